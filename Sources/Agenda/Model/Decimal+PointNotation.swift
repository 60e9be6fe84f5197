import FoundationEssentials

extension Decimal {
    /// The number in `text` written with a decimal point (`"62.5"`, `"-3"`, `"1e3"`), as
    /// `Decimal(string:locale:)` reads it with the `en_US_POSIX` locale, but without a `Locale`:
    /// making one loads ICU's locale and number-format data (3 MB of the program's resident pages,
    /// issue 38), and without a locale `Decimal(string:)` takes the point as the separator, which
    /// is all `en_US_POSIX` contributed. `DecimalPointNotationTests` holds the two readings equal.
    init?(pointNotation text: String) {
        self.init(string: text)
    }
}
