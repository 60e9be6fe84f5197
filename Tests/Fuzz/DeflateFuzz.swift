// libFuzzer target: any bytes compressed with our DEFLATE and inflated back must be the same bytes,
// and compressing twice must give the same stream. Built and run by `.ci/fuzz deflate`.
import Documents

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let input = Array(UnsafeBufferPointer(start: data, count: size))
    let compressed = Deflate.compress(input)
    guard Inflate.decompress(compressed) == input else { fatalError("DEFLATE round trip lost bytes") }
    guard Deflate.compress(input) == compressed else { fatalError("DEFLATE is not deterministic") }
    return 0
}
