/// A habit of people who write in a word processor or a spreadsheet, recognised after the TOML
/// parser has stopped (`HabitDiagnosis`): what was written and the fix in TOML, so the message can
/// show the reader's own value written the right way. Many are Dutch habits (a decimal comma,
/// day-month-year dates, `ja` and `nee`, a euro amount as Excel shows it): they live beside the
/// agenda reader, not in the TOML library.
enum SyntaxHabit: Sendable, Equatable {
    /// A date as day-month-year, `12-03-2026` or `12/03/2026`; `fixed` is `2026-03-12`.
    case dayMonthYearDate(written: String, fixed: String)
    /// A number with a decimal comma, `6,5`; `fixed` is `6.5`.
    case decimalComma(written: String, fixed: String)
    /// A number with thousands points, maybe a decimal comma, a euro sign or `,-`: `12.000,50`,
    /// `€ 12.000,-`. `number` is the number TOML reads (`12000.50`, `12000`), `text` the same
    /// value as quoted text (`"12.000,50"`).
    case groupedNumber(written: String, number: String, text: String)
    /// Curly quotes as a word processor types them, `“Werk”`; `fixed` is `"Werk"`.
    case curlyQuotes(written: String, fixed: String)
    /// A straight quote inside a quoted text that ends it early: `"Het "mooie" plan"`; `fixed`
    /// escapes the inner quotes, `literal` uses single quotes around the text (nil when it holds one).
    case quoteInsideString(written: String, fixed: String, literal: String?)
    /// Text without quotes, `Werk in Zeeland`; `fixed` is `"Werk in Zeeland"`.
    case unquotedText(written: String, fixed: String)
    /// Yes or no in words, `ja`, `Nee`, `True`; `fixed` is `true` or `false`.
    case yesNoWord(written: String, fixed: String)
    /// `[name]` in single brackets where `[[name]]` on line `arrayLine` makes `name` a list of
    /// tables: every element starts with double brackets.
    case singleBrackets(name: String, arrayLine: Int)
    /// A date as day-month-year whose day does not exist, `31-02-2026`; `lastDay` is the last day
    /// of that month as TOML writes it, `2026-02-28`.
    case nonexistentDayMonthYear(written: String, year: Int, month: Int, day: Int, lastDay: String)
    /// A header whose closing bracket(s) are missing at the end of the line, `[[thema.actie]`;
    /// `fixed` is `[[thema.actie]]`.
    case unclosedHeader(written: String, fixed: String)
    /// A number with a percent sign, `15%`; `number` is `15`.
    case percentSign(written: String, number: String)
    /// Several texts after one `=` without brackets, `"a", "b"`; `fixed` is `["a", "b"]`.
    case listWithoutBrackets(written: String, fixed: String)
}
