// libFuzzer target: the TOML parser on any bytes. Built and run by `.ci/fuzz toml`.
// Also `TOML.keepingTables`: whatever it keeps of a document the parser accepts parses to exactly
// the tables of the whole document (ranges included), or the program stops here.
import TOML

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let table = try? TOML.parse(bytes: bytes) else { return 0 }
    let keys: Set<String> = ["agenda", "signaal", "a"]
    if let kept = TOML.keepingTables(startingWith: keys, in: bytes) {
        guard let part = try? TOML.parse(bytes: kept) else { fatalError("the kept tables do not parse") }
        for key in Set(table.keys).intersection(keys) where part[key] != table[key] {
            fatalError("the kept table '\(key)' differs from the whole document's")
        }
    }
    return 0
}
