import Diagnostics
import Documents
import FoundationEssentials
import FoundationGaps
import TOML

/// Reads a cell of the progress workbook as the value its column holds: what Excel stored typed (a
/// number, a date) as it is, what was typed as text the Dutch way through `FieldReading`; anything
/// that could be read two ways is a problem, never a guess.
enum ProgressCellReading {
    /// An amount in euros; nil when empty. A number must be whole cents.
    static func amount(_ value: XlsxReader.Value?) throws(ProgressImportProblem) -> Euro? {
        switch value {
        case nil: return nil
        case .number(_, let text)?:
            guard let decimal = Decimal(string: text), let cents = wholeCents(decimal) else {
                throw .unreadableCell(reason: "'\(text)' heeft meer dan twee cijfers achter de komma; een bedrag in euro's heeft hele centen. Rond af op centen.")
            }
            return Euro(cents: cents)
        case .text(let typed)?:
            let text = typed.trimming(.spaces)
            if text.isEmpty { return nil }
            do { return try FieldReading.amount(text) } catch { throw .field(error) }
        case let other?:
            throw .field(.unreadableAmount(ProgressWorkbookReader.text(other)))
        }
    }

    /// Exact cents of `decimal`; nil for a fraction of a cent or out of range.
    static func wholeCents(_ decimal: Decimal) -> Int64? {
        let cents = decimal * 100
        let rounded = DecimalValues.roundedToWhole(cents)
        guard rounded == cents, abs(rounded) < 1e17 else { return nil }
        return DecimalValues.wholePart(rounded).flatMap { Decimal($0) == rounded ? $0 : nil }
    }

    /// A year of four digits; nil when empty.
    static func year(_ value: XlsxReader.Value?) throws(ProgressImportProblem) -> Int? {
        let text = ProgressWorkbookReader.text(value)
        do { return try FieldReading.year(text) } catch { throw .field(error) }
    }

    /// A date; nil when empty. A date cell as the date it shows, a number as a date serial.
    static func date(_ value: XlsxReader.Value?) throws(ProgressImportProblem) -> CalendarDate? {
        switch value {
        case nil: return nil
        case .date(let year, let month, let day)?: return CalendarDate(year: year, month: month, day: day)
        case .number(let number, _)?:
            guard let serial = Int(exactly: number), let date = SpreadsheetDate.date(serial: serial) else {
                throw .field(.unreadableDate(ProgressWorkbookReader.text(value)))
            }
            return CalendarDate(year: date.year, month: date.month, day: date.day)
        default:
            do {
                return try FieldReading.date(ProgressWorkbookReader.text(value)).map { CalendarDate(year: $0.year, month: $0.month, day: $0.day) }
            } catch { throw .field(error) }
        }
    }

    /// A percentage from 0 to 100; nil when empty. `35`, `35%`, or 0.35 when Excel stored a percentage cell.
    static func percentage(_ value: XlsxReader.Value?) throws(ProgressImportProblem) -> Int? {
        var text = ProgressWorkbookReader.text(value)
        if text.isEmpty { return nil }
        if text.hasSuffix("%") { text = String(text.dropLast()).trimming(.spaces) }
        guard let number = Int(text), (0...100).contains(number) else {
            throw .unreadableCell(reason: "'\(ProgressWorkbookReader.text(value))' is geen voortgang. Schrijf een heel getal van 0 tot en met 100, zoals 35.")
        }
        return number
    }

    /// A measured value; nil when empty. Typed as text: `41`, `41,5`, `1.500.000`; `1.500` reads two
    /// ways (fifteen hundred, or one and a half as English writes it) and is refused.
    static func number(_ value: XlsxReader.Value?) throws(ProgressImportProblem) -> Decimal? {
        switch value {
        case nil: return nil
        case .number(_, let text)?:
            guard let decimal = Decimal(string: text) else { throw .unreadableCell(reason: "'\(text)' is geen getal.") }
            return decimal
        default:
            let text = ProgressWorkbookReader.text(value).replacingEvery(" ", with: "")
            if text.isEmpty { return nil }
            let refused = ProgressImportProblem.unreadableCell(reason: "'\(text)' is geen getal. Schrijf het getal zoals 41 of 41,5 (een komma voor de decimalen).")
            guard text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "," || $0 == "-") }) else { throw refused }
            let hasComma = text.contains(","), hasDot = text.contains(".")
            var plain = text
            if hasComma && !hasDot, let ambiguous = AmbiguousNumber(written: text.replacingEvery(",", with: ".")) {
                throw .unreadableCell(reason: "'\(text)' kan \(ambiguous.thousands) betekenen (een komma tussen de duizendtallen, zoals in het Engels) of \(ambiguous.asDecimal) (een decimaalkomma); mja gokt niet. Schrijf \(ambiguous.thousands) of \(ambiguous.asDecimal).")
            }
            if hasDot {
                if let ambiguous = AmbiguousNumber(written: text) {
                    throw .unreadableCell(reason: "'\(text)' kan \(ambiguous.thousands) betekenen (een punt tussen de duizendtallen) of \(ambiguous.asDecimal) (een decimale punt, zoals in het Engels); mja gokt niet. Schrijf \(ambiguous.thousands) of \(ambiguous.asDecimal).")
                }
                let groups = text.split(separator: ",", maxSplits: 1)[0].split(separator: ".", omittingEmptySubsequences: false)
                let grouped = groups.count > 1 && groups.dropFirst().allSatisfy { $0.count == 3 } && (1...3).contains(groups[0].filter(\.isNumber).count)
                if grouped { plain = plain.replacingEvery(".", with: "") } else if hasComma { throw refused }
            }
            plain = plain.replacingEvery(",", with: ".")
            guard plain.filter({ $0 == "." }).count <= 1, let decimal = Decimal(string: plain) else { throw refused }
            return decimal
        }
    }

    /// A measured value as the file writes it: as the forms write it (whole as an integer, a float
    /// the agenda reads one way: `1.1250` for a cell holding 1.125, not `1.125`, which it would read
    /// as thousands), else as a float.
    static func written(_ value: Decimal) -> TOMLEditValue {
        if let form = FieldReading.writtenNumber(value) { return form }
        if let whole = DecimalValues.wholePart(value), Decimal(whole) == value { return .integer(whole) }
        return FieldReading.writtenFloat(DecimalValues.double(value))
    }

    /// A value as the preview shows it: `41,5`.
    static func dutch(_ value: Decimal) -> String { "\(value)".replacingEvery(".", with: ",") }
}
