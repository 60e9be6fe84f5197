// libFuzzer target: the HTTP layer's request reading (where the head ends, the request line and
// headers, the framing of a body, the Host) and the preview's path lookup, on any bytes. Built and
// run by `.ci/fuzz http`. PreviewPath is internal to AgendaCLI, hence @testable (the fuzz build
// compiles with -enable-testing).
import HTTP
@testable import AgendaCLI

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let end = HTTPRequest.headEnd(in: bytes) ?? bytes.count
    if let request = try? HTTPRequest(head: bytes[..<end]) {
        _ = try? request.bodyLength
        _ = request.host
        _ = request.closes
        _ = PreviewPath.resolve(request.target)
    }
    return 0
}
