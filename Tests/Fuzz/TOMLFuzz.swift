// libFuzzer target: the TOML parser on any bytes. Built and run by `.ci/fuzz toml`.
import TOML

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    if let table = try? TOML.parse(bytes: bytes) {
        _ = table.entries.count
    }
    return 0
}
