import Dates
import FoundationEssentials
import FoundationGaps

/// The CSV format for signals, shared by the reader and the writer, for exchange with Excel.
///
/// - Columns, with Dutch headers: `regio;id;datum;soort;titel;beschrijving;opgave;sectoren;
///   doelgroepen;landelijke_themas;urgentie;vraag;status;antwoord`. The order is free; required are
///   `regio`, `id`, `datum`, `soort`, `titel`, `urgentie` and `vraag`. Headers ignore case and
///   spaces (`Landelijke themas` is `landelijke_themas`).
/// - `regio`: a CBS code (`AM05`) or the region's name (`Twente`).
/// - `datum`: `2026-03-01`, `1-3-2026` or `01-03-2026` (also with `/`).
/// - Lists (`sectoren`, `doelgroepen`, `landelijke_themas`): ids separated by `|`. The writer
///   writes `|`; the reader also accepts `,`, since ids never hold either.
/// - Formula protection: a cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return is
///   written with `'` in front, so Excel shows it as text instead of running it; the reader takes
///   that `'` off again, so an export reads back as the same signals.
public enum SignalCSVFormat {
    /// The columns, in the order the writer writes them.
    public static let columns = [
        "regio", "id", "datum", "soort", "titel", "beschrijving", "opgave", "sectoren", "doelgroepen",
        "landelijke_themas", "urgentie", "vraag", "status", "antwoord",
    ]

    /// The columns as the workbook's header row shows them; each reads back as its column name.
    public static let headings = [
        "Regio", "Id", "Datum", "Soort", "Titel", "Beschrijving", "Opgave", "Sectoren", "Doelgroepen",
        "Landelijke thema's", "Urgentie", "Vraag", "Status", "Antwoord",
    ]

    /// The columns a file must have.
    public static let requiredColumns = ["regio", "id", "datum", "soort", "titel", "urgentie", "vraag"]

    /// The separator between the ids of a list cell, as written.
    public static let listSeparator = "|"

    /// The characters that make Excel read a cell as a formula when they start it.
    public static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    /// A header as written, normalised to the column name: lower case, spaces as `_`, apostrophes
    /// left out (`Landelijke thema's` is `landelijke_themas`).
    static func columnName(_ header: String) -> String {
        header.trimming(.spaces).lowercased().replacingEvery(" ", with: "_")
            .filter { $0 != "'" && $0 != "\u{2019}" }
    }

    /// The ids of a list cell.
    static func listItems(_ cell: String) -> [String] {
        cell.split(whereSeparator: { $0 == "|" || $0 == "," })
            .map { $0.trimming(.spaces) }.filter { !$0.isEmpty }
    }

    /// A cell as the writer writes it: neutralised when it could start a formula.
    static func neutralised(_ text: String) -> String {
        guard let first = text.first, formulaStarts.contains(first) || text.unicodeScalars.first == "\r" else { return text }
        return "'" + text
    }

    /// A cell as read: the writer's `'` taken off again.
    static func restored(_ text: String) -> String {
        // The first two scalars only: counting them all would walk every long description.
        let scalars = text.unicodeScalars
        guard scalars.first == "'" else { return text }
        let index = scalars.index(after: scalars.startIndex)
        guard index < scalars.endIndex, ["=", "+", "-", "@", "\t", "\r"].contains(scalars[index]) else { return text }
        return String(text.unicodeScalars.dropFirst())
    }

    /// `text` without spaces and tabs at either end (Foundation's `.whitespaces`: a tab or any
    /// space separator), looking only at the ends: most cells have none and are returned as they are.
    static func trimmed(_ text: String) -> String {
        func isSpace(_ scalar: Unicode.Scalar) -> Bool { scalar == "\t" || scalar.properties.generalCategory == .spaceSeparator }
        let scalars = text.unicodeScalars
        guard let first = scalars.first, let last = scalars.last, isSpace(first) || isSpace(last) else { return text }
        guard let start = scalars.firstIndex(where: { !isSpace($0) }), let end = scalars.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(scalars[start...end])
    }

    /// Whether `text` is empty or only spaces and tabs.
    static func isBlank(_ text: String) -> Bool { trimmed(text).isEmpty }

    /// Reads `2026-03-01`, `1-3-2026`, `01-03-2026` or `1/3/2026`; nil when it is not a date that
    /// exists (`31-02-2026`).
    public static func date(_ text: String) -> CalendarDate? {
        let trimmed = text.trimming(.spaces)
        let parts = trimmed.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "-" || $0 == "/" })
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }) else {
            return nil
        }
        let numbers = parts.compactMap { Int($0) }
        guard numbers.count == 3 else { return nil }
        let date: CalendarDate
        if parts[0].count == 4, parts[1].count <= 2, parts[2].count <= 2, trimmed.contains("-") {
            date = CalendarDate(year: numbers[0], month: numbers[1], day: numbers[2])
        } else if parts[2].count == 4, parts[0].count <= 2, parts[1].count <= 2 {
            date = CalendarDate(year: numbers[2], month: numbers[1], day: numbers[0])
        } else {
            return nil
        }
        return date.exists ? date : nil
    }
}

extension SignalCSVFormat {
    /// For a date with slashes that reads two ways (`3/12/2026`: 3 December as the Dutch write it,
    /// or 12 March as English-language Excel writes it), the other reading; nil when there is only
    /// one (`2026-12-03`, `1-3-2026` with dashes as Dutch Excel writes, `13/12/2026`, `3/3/2026`).
    public static func otherReading(of text: String) -> CalendarDate? {
        let trimmed = text.trimming(.spaces)
        guard trimmed.contains("/") else { return nil }
        let parts = trimmed.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[2].count == 4, let first = Int(parts[0]), let second = Int(parts[1]), let year = Int(parts[2]),
              first != second, (1...12).contains(first), (1...12).contains(second) else { return nil }
        let other = CalendarDate(year: year, month: first, day: second)
        return other.exists ? other : nil
    }
}

extension CalendarDate {
    /// Whether the date is a real day of the Gregorian calendar (no 31 February).
    public var exists: Bool {
        (1...9999).contains(year) && GregorianCalendar.isValid(year: year, month: month, day: day)
    }

    /// The number of days from this date to `other` (negative when `other` is earlier).
    public func days(to other: CalendarDate) -> Int {
        GregorianCalendar.days(from: (year, month, day), to: (other.year, other.month, other.day))
    }

    /// The quarter as the reports write it: `2026-K1`.
    public var quarterLabel: String { "\(year)-K\(quarter)" }

    /// Reads a reference date (`--peildatum`) in the forms the CSV accepts.
    public init?(parsing text: String) {
        guard let date = SignalCSVFormat.date(text) else { return nil }
        self = date
    }
}
