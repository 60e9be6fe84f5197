/// One step of a path into a TOML document: a key of a table, or a position in an array (a static
/// array `[...]` or an array of tables `[[...]]`).
public enum TOMLPathComponent: Hashable, Sendable {
    /// The value under this key of a table.
    case key(String)
    /// The element at this position (from 0) of an array or array of tables.
    case index(Int)
}

extension [TOMLPathComponent] {
    /// The path written the way a reader of the file recognises it: `thema[2].actie[0].titel`, keys
    /// quoted when they are not bare (`"a b"`).
    public var written: String {
        var result = ""
        for component in self {
            switch component {
            case .key(let key):
                if !result.isEmpty { result += "." }
                result += TOMLEditValue.writtenKey(key)
            case .index(let index):
                result += "[\(index)]"
            }
        }
        return result
    }
}
