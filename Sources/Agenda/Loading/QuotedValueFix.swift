import Dates
import FoundationEssentials
import FoundationGaps
import TOML

/// The fix for a date, number or yes/no written between quotes, with the user's own value:
/// `start = "12-03-2026"` becomes `start = 2026-03-12`, `streefwaarde = "200"` becomes
/// `streefwaarde = 200`, `voorbeeld = "ja"` becomes `voorbeeld = true`.
enum QuotedValueFix {
    /// `key = value` written the right way, or nil when the text is no such value.
    static func example(_ value: TOMLValue, key: String, type: FieldType) -> String? {
        guard case .string(let text) = value.kind else { return nil }
        let trimmed = text.trimming(.spaces)
        switch type {
        case .date:
            return date(trimmed).map { "\(key) = \($0)" }
        case .integer, .year:
            return Int64(trimmed.filter { $0 != "." }).map { "\(key) = \($0)" }
        case .number:
            let number = trimmed.replacingEvery(",", with: ".")
            // "1.500" without its quotes would be ambiguous again (MJA022): both readings.
            if trimmed.contains("."), let ambiguous = AmbiguousNumber(written: number) {
                return "\(key) = \(ambiguous.thousands) (duizendtallen) of \(key) = \(ambiguous.decimal) (een kommagetal)"
            }
            return Double(number) != nil ? "\(key) = \(number)" : nil
        case .boolean:
            switch trimmed.lowercased() {
            case "ja", "true", "waar", "yes": return "\(key) = true"
            case "nee", "false", "onwaar", "no": return "\(key) = false"
            default: return nil
            }
        default:
            return nil
        }
    }

    /// `2026-03-12` for `2026-03-12`, `12-03-2026`, `12/03/2026` or `12.3.2026`, when that day exists.
    static func date(_ text: String) -> String? {
        let parts = text.split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." }).map(String.init)
        guard parts.count == 3, let a = Int(parts[0]), let b = Int(parts[1]), let c = Int(parts[2]) else { return nil }
        let (year, month, day) = parts[0].count == 4 ? (a, b, c) : parts[2].count == 4 ? (c, b, a) : (0, 0, 0)
        guard year > 0, GregorianCalendar.isValid(year: year, month: month, day: day) else { return nil }
        return CalendarDate(year: year, month: month, day: day).description
    }
}
