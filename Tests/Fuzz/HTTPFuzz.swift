// libFuzzer target: the preview server's HTTP request reading (where the head ends, the request
// line and headers, the path asked for), on any bytes. Built and run by `.ci/fuzz http`. The
// parser is internal to AgendaCLI, hence @testable (the fuzz build compiles with -enable-testing).
@testable import AgendaCLI

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let end = HTTPRequest.headerEnd(in: bytes) ?? bytes.count
    if let request = try? HTTPRequest(header: bytes[..<end]) {
        _ = PreviewPath.resolve(request.target)
    }
    return 0
}
