import TOML

extension WrittenText {
    /// Every text value of `table` and the tables and lists in it, in the order written; an element
    /// of a list has the list's key.
    static func all(in table: TOMLTable) -> [WrittenText] {
        var texts: [WrittenText] = []
        collect(table, into: &texts)
        return texts
    }

    private static func collect(_ table: TOMLTable, into texts: inout [WrittenText]) {
        for entry in table.entries { collect(entry.value, key: entry.key, into: &texts) }
    }

    private static func collect(_ value: TOMLValue, key: String, into texts: inout [WrittenText]) {
        switch value.kind {
        case .string(let text):
            texts.append(WrittenText(key: key, text: text, range: value.range))
        case .array(let elements):
            for element in elements { collect(element, key: key, into: &texts) }
        case .table(let table):
            collect(table, into: &texts)
        default:
            break
        }
    }
}
