/// A TOML document as plain JSON (RFC 8259): tables are objects with their keys in source order,
/// arrays are arrays, strings, integers, floats and booleans are themselves, and dates and times are
/// strings in their TOML (RFC 3339) notation. Unlike the tagged JSON of toml-test, a reader needs
/// a schema to tell a date from a string; `mja importeer` has one. A float that is not finite has
/// no JSON notation and is written as `null`.
extension TOMLTable {
    /// The document as pretty-printed JSON (two spaces a level), ending in a line break.
    public func plainJSON() -> String {
        var out = ""
        PlainJSON.write(self, indent: 0, to: &out)
        out += "\n"
        return out
    }
}

enum PlainJSON {
    static func write(_ table: TOMLTable, indent: Int, to out: inout String) {
        guard !table.entries.isEmpty else { out += "{}"; return }
        out += "{\n"
        for (index, entry) in table.entries.enumerated() {
            out += String(repeating: "  ", count: indent + 1)
            string(entry.key, to: &out)
            out += ": "
            write(entry.value, indent: indent + 1, to: &out)
            out += index == table.entries.count - 1 ? "\n" : ",\n"
        }
        out += String(repeating: "  ", count: indent) + "}"
    }

    static func write(_ value: TOMLValue, indent: Int, to out: inout String) {
        switch value.kind {
        case .string(let text): string(text, to: &out)
        case .integer(let number): out += "\(number)"
        case .float(let number): out += number.isFinite ? "\(number)" : "null"
        case .boolean(let flag): out += flag ? "true" : "false"
        case .offsetDateTime(let date): string("\(date)", to: &out)
        case .localDateTime(let date): string("\(date)", to: &out)
        case .localDate(let date): string("\(date)", to: &out)
        case .localTime(let time): string("\(time)", to: &out)
        case .table(let table): write(table, indent: indent, to: &out)
        case .array(let elements):
            guard !elements.isEmpty else { out += "[]"; return }
            out += "[\n"
            for (index, element) in elements.enumerated() {
                out += String(repeating: "  ", count: indent + 1)
                write(element, indent: indent + 1, to: &out)
                out += index == elements.count - 1 ? "\n" : ",\n"
            }
            out += String(repeating: "  ", count: indent) + "]"
        }
    }

    /// A JSON string: quotes, backslashes and control characters escaped, everything else as UTF-8.
    static func string(_ text: String, to out: inout String) {
        out += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                let hex = String(scalar.value, radix: 16, uppercase: true)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}
