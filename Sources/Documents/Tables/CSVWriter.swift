/// Writes a table as CSV by RFC 4180: UTF-8 without a byte order mark, fields separated by commas,
/// records ended by CRLF, a header record first. Every field is written safely: one holding a comma,
/// a quote, a line break or a leading or trailing space is quoted, its quotes doubled.
///
/// Spreadsheets read a cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return as a
/// formula (CSV injection). A ``Cell/text(_:)`` cell that starts so gets a leading apostrophe, as
/// OWASP advises: Excel and LibreOffice then show it as text. A ``Cell/value(_:)`` cell (a number, a
/// date, a true/false, an id) is written as is: a negative number must stay a number, and such
/// values are made by the program, not typed by a user. Knows nothing of what the table holds.
public struct CSVWriter: Sendable {
    /// One field of a record.
    public enum Cell: Sendable, Equatable {
        /// Free text a person wrote: protected against being read as a formula.
        case text(String)
        /// A value the program formats (number, date, boolean, identifier): written unchanged.
        case value(String)
        /// No value: an empty field.
        case empty
    }

    /// The characters that make a spreadsheet read a text cell as a formula.
    static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    public init() {}

    /// The CSV text of `header` and `rows`, as UTF-8 bytes. Rows shorter or longer than the header
    /// are written as they are; the caller keeps them the same width.
    public func write(header: [String], rows: [[Cell]]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(64 * (rows.count + 1))
        append(header.map(Cell.value), to: &out)
        for row in rows { append(row, to: &out) }
        return out
    }

    /// The text of one field as it stands in the file (quoted where needed, protected where text).
    public func field(_ cell: Cell) -> String {
        let raw: String
        switch cell {
        case .empty: return ""
        case .value(let value): raw = value
        case .text(let text): raw = text.first.map { Self.formulaStarts.contains($0) } == true ? "'" + text : text
        }
        return Self.needsQuotes(raw) ? "\"" + raw.replacingAll("\"", with: "\"\"") + "\"" : raw
    }

    private func append(_ row: [Cell], to out: inout [UInt8]) {
        for (index, cell) in row.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            out.append(contentsOf: field(cell).utf8)
        }
        out.append(contentsOf: [13, 10])
    }

    /// Whether a field must be quoted: a separator, a quote or a line break inside, or spaces at an
    /// end (which some readers trim).
    static func needsQuotes(_ field: String) -> Bool {
        if field.first == " " || field.last == " " { return true }
        return field.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 10 || $0 == 13 }
    }
}

extension String {
    /// The string with every `target` replaced, without Foundation.
    fileprivate func replacingAll(_ target: Character, with replacement: String) -> String {
        var result = ""
        result.reserveCapacity(count + 8)
        for character in self {
            if character == target { result += replacement } else { result.append(character) }
        }
        return result
    }
}
