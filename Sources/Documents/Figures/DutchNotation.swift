/// Numbers and amounts in Dutch notation: thousands grouped with dots, a decimal comma. One
/// formatter for every table, label and sentence that shows an amount, so the same cents always
/// read the same (the agenda's `Euro` prints through it too).
public enum DutchNotation {
    /// Thousands grouped with dots: `1.250`, `-300`.
    public static func grouped(_ value: Int64) -> String {
        // Written from the last digit back into the string's own bytes: counting the digits'
        // characters for each digit, and appending them one by one, cost more than the rest.
        var magnitude = value.magnitude
        let capacity = 28  // 20 digits, 6 dots and a sign
        return String(unsafeUninitializedCapacity: capacity) { buffer in
            var position = capacity, digits = 0
            repeat {
                if digits > 0 && digits % 3 == 0 {
                    position -= 1
                    buffer[position] = UInt8(ascii: ".")
                }
                position -= 1
                buffer[position] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                digits += 1
            } while magnitude > 0
            if value < 0 {
                position -= 1
                buffer[position] = UInt8(ascii: "-")
            }
            let length = capacity - position
            for offset in 0..<length { buffer[offset] = buffer[position + offset] }
            return length
        }
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
