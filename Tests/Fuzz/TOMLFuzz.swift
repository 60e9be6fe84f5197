// libFuzzer target: the TOML parser on any bytes. Built and run by `.ci/fuzz toml`.
// Also the recovering parser: on a document the parser accepts it reads exactly what the parser
// reads and reports no error; on one the parser refuses it reports at least one error (recovery
// never accepts an invalid document) and ends. And `TOML.keepingTables`: whatever it keeps of a
// document the parser accepts parses to exactly the tables of the whole document (ranges included),
// or the program stops here.
import TOML

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let recovered = TOML.parseRecovering(bytes: bytes)
    guard let table = try? TOML.parse(bytes: bytes) else {
        if recovered.isValid { fatalError("recovery accepted a document the parser refuses") }
        return 0
    }
    if !recovered.isValid || recovered.table != table { fatalError("recovery changed a valid document") }
    let keys: Set<String> = ["agenda", "signaal", "a"]
    if let kept = TOML.keepingTables(startingWith: keys, in: bytes) {
        guard let part = try? TOML.parse(bytes: kept) else { fatalError("the kept tables do not parse") }
        for key in Set(table.keys).intersection(keys) where part[key] != table[key] {
            fatalError("the kept table '\(key)' differs from the whole document's")
        }
    }
    return 0
}
