/// A value to write into a TOML document with `TOMLEditor`.
///
/// It is written the way a careful person writes TOML: strings quoted and escaped so that any text
/// reads back exactly, prose in a multi-line string, arrays and tables on one line.
public indirect enum TOMLEditValue: Equatable, Sendable {
    /// A string on one line (`"..."`); newlines and control characters are escaped.
    case string(String)
    /// A string written over several lines (`'''...'''`, or `"""..."""` when the text needs escapes),
    /// for prose.
    case multilineString(String)
    /// A 64-bit integer.
    case integer(Int64)
    /// A 64-bit float.
    case float(Double)
    /// A float written with at least `fractionDigits` digits after the point, trailing zeros added
    /// (`1.1250` for 1.125 with four): for a reader that gives the written digits a meaning beyond the
    /// value, as a Dutch reader takes `1.125` for eleven hundred and twenty-five. Reads back as `float`.
    case paddedFloat(Double, fractionDigits: Int)
    /// `true` or `false`.
    case boolean(Bool)
    /// A date without a time: `2026-03-01`.
    case localDate(LocalDate)
    /// An array written in one line: `[1, 2]`.
    case array([TOMLEditValue])
    /// An inline table written in one line: `{ a = 1, b = "x" }`, keys in the order given.
    case inlineTable([(String, TOMLEditValue)])

    /// Two values are equal when they would be written the same.
    public static func == (lhs: TOMLEditValue, rhs: TOMLEditValue) -> Bool {
        switch (lhs, rhs) {
        case (.string(let a), .string(let b)), (.multilineString(let a), .multilineString(let b)): return a == b
        case (.integer(let a), .integer(let b)): return a == b
        case (.float(let a), .float(let b)): return a == b || (a.isNaN && b.isNaN)
        case (.paddedFloat(let a, let x), .paddedFloat(let b, let y)): return x == y && (a == b || (a.isNaN && b.isNaN))
        case (.boolean(let a), .boolean(let b)): return a == b
        case (.localDate(let a), .localDate(let b)): return a == b
        case (.array(let a), .array(let b)): return a == b
        case (.inlineTable(let a), .inlineTable(let b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: return false
        }
    }

    /// The value as the parser reads it back (with an empty range): what the document should hold
    /// after the edit.
    var parsed: TOMLValue {
        let nowhere = TOMLValue(.boolean(false), range: .init(start: .init(line: 0, column: 0), end: .init(line: 0, column: 0))).range
        switch self {
        case .string(let text), .multilineString(let text): return TOMLValue(.string(text), range: nowhere)
        case .integer(let value): return TOMLValue(.integer(value), range: nowhere)
        case .float(let value), .paddedFloat(let value, _): return TOMLValue(.float(value), range: nowhere)
        case .boolean(let value): return TOMLValue(.boolean(value), range: nowhere)
        case .localDate(let date): return TOMLValue(.localDate(date), range: nowhere)
        case .array(let elements): return TOMLValue(.array(elements.map(\.parsed)), range: nowhere)
        case .inlineTable(let entries): return TOMLValue(.table(Self.parsedTable(entries)), range: nowhere)
        }
    }

    /// The table that `entries` make when read back (a later duplicate key replaces an earlier one,
    /// though writing one is refused before).
    static func parsedTable(_ entries: [(String, TOMLEditValue)]) -> TOMLTable {
        var table = TOMLTable()
        for (key, value) in entries {
            let parsed = value.parsed
            table.set(parsed, for: key, keyRange: parsed.range)
        }
        return table
    }
}
