import FoundationEssentials
import FoundationGaps
import TOML

/// Reads what people type into a form field as the value the agenda file holds. Amounts, dates and
/// years are read the Dutch way; anything that could be read two ways is a `FieldProblem`, not a guess.
public enum FieldReading {
    /// A text field: one line as a string, several lines (prose) as a multi-line string; nil when empty.
    /// Browsers send a text area's line ends as CR LF; the file keeps LF.
    public static func text(_ typed: String) -> TOMLEditValue? {
        let text = typed.replacingEvery("\r\n", with: "\n").trimming(.spacesAndNewlines)
        guard !text.isEmpty else { return nil }
        return text.contains("\n") ? .multilineString(text + "\n") : .string(text)
    }

    /// An amount in euros typed the Dutch way: `1.500.000`, `1.500.000,50`, `€ 1.500`, `250000`.
    ///
    /// Euros have two decimals at most, so `1.500` is fifteen hundred, as a Dutch reader means it
    /// (and as the agenda reads `bedrag = "1.500"`). A comma followed by exactly three digits
    /// (`1,500`) is the Dutch decimal comma with a stray digit, or thousands as English writes
    /// them: refused with both readings (MJA321). Whole euros are written as an integer, an amount
    /// with cents as text (`"1500000,50"`), as the format asks.
    public static func amount(_ typed: String) throws(FieldProblem) -> Euro {
        let text = typed.trimming(.spaces)
        let body = text.filter { $0.isNumber || $0 == "." || $0 == "," || $0 == "-" }
        let separators = body.filter { $0 == "." || $0 == "," }
        if separators == ",", let number = AmbiguousNumber(written: body.replacingEvery(",", with: ".")) {
            throw .ambiguousAmount(text, thousands: number.thousands, decimal: number.asDecimal)
        }
        guard let euro = Euro(parsing: text) else { throw .unreadableAmount(text) }
        return euro
    }

    /// How an amount is written in the file: whole euros as an integer, otherwise text with a decimal comma.
    public static func written(_ amount: Euro) -> TOMLEditValue {
        if amount.cents % 100 == 0 { return .integer(amount.cents / 100) }
        let sign = amount.cents < 0 ? "-" : ""
        let cents = abs(amount.cents)
        return .string("\(sign)\(cents / 100),\(CFormat.string("%02d", Int(cents % 100)))")
    }

    /// A date as an `<input type=date>` sends it (`2027-12-31`) or as people type it (`31-12-2027`,
    /// `31/12/2027`); nil when empty. A day that does not exist (`31-2-2027`) is a problem.
    public static func date(_ typed: String) throws(FieldProblem) -> LocalDate? {
        let text = typed.trimming(.spaces)
        guard !text.isEmpty else { return nil }
        let parts = text.split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." }).map(String.init)
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }) else {
            throw .unreadableDate(text)
        }
        let (year, month, day) = parts[0].count == 4 ? (parts[0], parts[1], parts[2]) : (parts[2], parts[1], parts[0])
        guard year.count == 4, month.count <= 2, day.count <= 2, let y = Int(year), let m = Int(month), let d = Int(day),
              (1...12).contains(m), d >= 1, d <= daysIn(month: m, year: y) else { throw .unreadableDate(text) }
        return LocalDate(year: y, month: m, day: d)
    }

    /// A date as the form shows it to people: `31-12-2027`.
    public static func dutch(_ date: LocalDate) -> String { "\(date.day)-\(date.month)-\(date.year)" }

    /// A date as `<input type=date>` holds it: `2027-12-31`.
    public static func iso(_ date: LocalDate) -> String { CFormat.string("%04d-%02d-%02d", date.year, date.month, date.day) }

    /// A year of four digits; nil when empty.
    public static func year(_ typed: String) throws(FieldProblem) -> Int? {
        let text = typed.trimming(.spaces)
        guard !text.isEmpty else { return nil }
        guard text.count == 4, text.allSatisfy({ $0.isASCII && $0.isNumber }), let year = Int(text), year >= 1900 else { throw .unreadableYear(text) }
        return year
    }

    /// An id for a new theme or action: lower-case letters, digits, `-` and `_`, starting with a letter.
    public static func identifier(_ typed: String) throws(FieldProblem) -> String {
        let text = typed.trimming(.spaces)
        guard let first = text.unicodeScalars.first, ("a"..."z").contains(first), text.count <= 60,
              text.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" }) else {
            throw .unusableID(text)
        }
        return text
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
