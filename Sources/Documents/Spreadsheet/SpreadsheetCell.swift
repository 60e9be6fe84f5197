/// One cell of a worksheet, typed so that a spreadsheet can count and sort with it: a date is a
/// date, an amount of money a number in euros, a count a number. Text always stays text: a text
/// that starts like a formula (`=`, `+`, `-`, `@`) is written as a string, never as a formula.
public enum SpreadsheetCell: Sendable, Hashable {
    /// Nothing in the cell.
    case empty
    /// Text, shown as it is.
    case text(String)
    /// A count, shown with thousands separators (`1.234`).
    case count(Int64)
    /// A whole number without separators, such as a year (`2026`).
    case whole(Int64)
    /// An amount in euros, held exactly in cents, shown as `€ 1.234,50`.
    case euro(cents: Int64)
    /// A number shown as the reader's spreadsheet chooses (General).
    case number(Double)
    /// A calendar date, shown as `1-3-2026`.
    case date(year: Int, month: Int, day: Int)
    /// True or false (WAAR or ONWAAR in Dutch Excel).
    case boolean(Bool)

    /// About how many characters the cell shows, for a column width that fits.
    var shownLength: Int {
        switch self {
        case .empty: 0
        case .text(let text) where !text.utf8.contains(0x0A): CellTextMeasure.characterCount(text)
        case .text(let text): text.split(separator: "\n", omittingEmptySubsequences: false).map(\.count).max() ?? 0
        case .count(let value): Self.groupedLength(value.magnitude) + (value < 0 ? 1 : 0)
        case .whole(let value): Self.groupedLength(value.magnitude, grouping: false) + (value < 0 ? 1 : 0)
        case .euro(let cents): Self.groupedLength(cents.magnitude / 100) + 5 + (cents < 0 ? 1 : 0)
        case .number(let value): min(String(value).count, 15)
        case .date: 10
        case .boolean: 6
        }
    }

    /// The length of `value` with its thousands grouped by dots (`1.234.567`), or of its plain
    /// digits, counted without making it: a workbook's column widths made a string of every number.
    static func groupedLength(_ value: UInt64, grouping: Bool = true) -> Int {
        var digits = 1, rest = value
        while rest >= 10 {
            rest /= 10
            digits += 1
        }
        return grouping ? digits + (digits - 1) / 3 : digits
    }
}
