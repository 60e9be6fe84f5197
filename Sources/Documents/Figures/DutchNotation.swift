/// Numbers and amounts in Dutch notation: thousands grouped with dots, a decimal comma. One
/// formatter for every table, label and sentence that shows an amount, so the same cents always
/// read the same (the agenda's `Euro` prints through it too).
public enum DutchNotation {
    /// Thousands grouped with dots: `1.250`, `-300`.
    public static func grouped(_ value: Int64) -> String {
        let digits = String(value.magnitude)
        var result = value < 0 ? "-" : ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0 && (digits.count - offset) % 3 == 0 { result.append(".") }
            result.append(digit)
        }
        return result
    }

    /// An amount of `cents` with the euro sign, cents only when there are any: `€ 1.250,50`,
    /// `€ -300`. `space` follows the sign: a no-break space in documents (the default), so the €
    /// never ends a line apart from its amount.
    public static func euros(cents: Int64, space: String = "\u{A0}") -> String {
        let magnitude = cents.magnitude
        let whole = grouped(Int64(magnitude / 100))
        let fraction = magnitude % 100
        let centsPart = fraction == 0 ? "" : "," + (fraction < 10 ? "0" : "") + String(fraction)
        return "€" + space + (cents < 0 ? "-" : "") + whole + centsPart
    }

    /// An amount in whole hundredths of a million euros, shortened: `€ 1,25 mln`, `€ 12 mln`
    /// (no-break spaces). The abbreviation belongs to the notation as its separators do: a
    /// caller's word beside this decimal comma would read as a mix of two notations.
    public static func euroMillions(hundredths: Int64) -> String {
        let whole = hundredths / 100, rest = hundredths % 100
        let fraction = rest == 0 ? "" : rest % 10 == 0 ? ",\(rest / 10)" : ",\(rest < 10 ? "0" : "")\(rest)"
        return "€\u{A0}" + grouped(whole) + fraction + "\u{A0}mln"
    }
}
