import TOML

extension WrittenText {
    /// Every text value of `table` and the tables and lists in it, in the order written; an element
    /// of a list has the list's key; only those for which `keep(text, key)` holds.
    static func all(in table: TOMLTable, where keep: (String, String) -> Bool) -> [WrittenText] {
        var texts: [WrittenText] = []
        collect(table, keep, into: &texts)
        return texts
    }

    private static func collect(_ table: TOMLTable, _ keep: (String, String) -> Bool, into texts: inout [WrittenText]) {
        for entry in table.entries { collect(entry.value, key: entry.key, keep, into: &texts) }
    }

    private static func collect(_ value: TOMLValue, key: String, _ keep: (String, String) -> Bool, into texts: inout [WrittenText]) {
        switch value.kind {
        case .string(let text):
            if keep(text, key) { texts.append(WrittenText(key: key, text: text, range: value.range)) }
        case .array(let elements):
            for element in elements { collect(element, key: key, keep, into: &texts) }
        case .table(let table):
            collect(table, keep, into: &texts)
        default:
            break
        }
    }
}
