/// Writes a TOML table as a TOML 1.0 document that parses back to the same values: in each table
/// the plain keys first, then the sub-tables under `[header]`s and the arrays of tables under
/// `[[header]]`s, in the table's order. Strings with a line break are multi-line basic strings, so
/// Markdown stays readable; every other string is a basic string. Keys that are not bare are
/// quoted. An array whose elements are all tables (and not empty) is an array of tables.
public struct TOMLDocumentWriter: Sendable {
    public init() {}

    /// The document text of `table`, ending in a line break.
    public func write(_ table: TOMLTable) -> String {
        var out = ""
        write(table, path: [], to: &out)
        return out
    }

    private static func isArrayOfTables(_ value: TOMLValue) -> Bool {
        guard case .array(let elements) = value.kind, !elements.isEmpty else { return false }
        return elements.allSatisfy { if case .table = $0.kind { true } else { false } }
    }

    private static func isTable(_ value: TOMLValue) -> Bool {
        if case .table = value.kind { true } else { false }
    }

    private func write(_ table: TOMLTable, path: [String], to out: inout String) {
        for entry in table.entries where !Self.isTable(entry.value) && !Self.isArrayOfTables(entry.value) {
            out += Self.key(entry.key) + " = "
            inline(entry.value, to: &out)
            out += "\n"
        }
        for entry in table.entries {
            let childPath = path + [entry.key]
            switch entry.value.kind {
            case .table(let child):
                if !out.isEmpty { out += "\n" }
                out += "[" + childPath.map(Self.key).joined(separator: ".") + "]\n"
                write(child, path: childPath, to: &out)
            case .array(let elements) where Self.isArrayOfTables(entry.value):
                for element in elements {
                    guard case .table(let child) = element.kind else { continue }
                    if !out.isEmpty { out += "\n" }
                    out += "[[" + childPath.map(Self.key).joined(separator: ".") + "]]\n"
                    write(child, path: childPath, to: &out)
                }
            default:
                continue
            }
        }
    }

    /// A value on the right of `=` or inside an array or inline table.
    private func inline(_ value: TOMLValue, to out: inout String) {
        switch value.kind {
        case .string(let text): Self.string(text, to: &out)
        case .integer(let number): out += "\(number)"
        case .float(let number):
            if number.isNaN { out += "nan" } else if number.isInfinite { out += number < 0 ? "-inf" : "inf" } else {
                // A float keeps a point or an exponent, so it reads back as a float.
                let text = "\(number)"
                out += text.contains(where: { $0 == "." || $0 == "e" || $0 == "E" }) ? text : text + ".0"
            }
        case .boolean(let flag): out += flag ? "true" : "false"
        case .offsetDateTime(let date): out += "\(date)"
        case .localDateTime(let date): out += "\(date)"
        case .localDate(let date): out += "\(date)"
        case .localTime(let time): out += "\(time)"
        case .array(let elements):
            out += "["
            for (index, element) in elements.enumerated() {
                if index > 0 { out += ", " }
                inline(element, to: &out)
            }
            out += "]"
        case .table(let table):
            out += "{"
            for (index, entry) in table.entries.enumerated() {
                out += (index > 0 ? ", " : " ") + Self.key(entry.key) + " = "
                inline(entry.value, to: &out)
            }
            out += table.entries.isEmpty ? "}" : " }"
        }
    }

    /// A key as written: bare when it is only letters, digits, `-` and `_`, quoted otherwise.
    static func key(_ key: String) -> String {
        let bare = !key.isEmpty && key.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_"
        }
        if bare { return key }
        var out = "\""
        basic(key, multiline: false, to: &out)
        return out + "\""
    }

    static func string(_ text: String, to out: inout String) {
        if text.contains("\n") {
            // The line break after the opening quotes is not part of the string (TOML 1.0).
            out += "\"\"\"\n"
            basic(text, multiline: true, to: &out)
            out += "\"\"\""
        } else {
            out += "\""
            basic(text, multiline: false, to: &out)
            out += "\""
        }
    }

    private static func basic(_ text: String, multiline: Bool, to out: inout String) {
        TOMLStringLiteral.appendBasicContent(text, multiline: multiline, to: &out)
    }
}
