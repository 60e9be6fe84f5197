import FoundationEssentials
import FoundationGaps

/// A number written with a point followed by exactly three digits, such as `streefwaarde = 1.500`.
///
/// In TOML (and to every computer) the point is a decimal point, so `1.500` is one and a half; in
/// Dutch the point groups thousands, so whoever typed it most likely meant fifteen hundred. Such a
/// number is read only where the unit makes the decimal plausible and the value fits it
/// (``decimalIsPlausible(unit:)``): `1.500` with the unit `%` is 1,5 %, since 1500 % is no share of
/// anything. Everywhere else it is an error (MJA022) whose hint writes the person's own value both
/// ways: `1500` for the thousands, `1.5` for the decimal.
struct AmbiguousNumber: Sendable, Hashable {
    /// The number as written: `1.500`.
    var written: String
    /// The number read as thousands, as it should be written then: `1500`.
    var thousands: String
    /// The number as the computer reads it, in Dutch notation: `1,5`.
    var asDecimal: String
    /// The decimal written so that it cannot be mistaken for thousands: `1.5`, `1.0050`.
    var decimal: String
    /// The decimal's value.
    var value: Decimal

    /// The units whose values are often fractions, first word of `eenheid` in lower case, with the
    /// largest value the decimal reading may have: a percentage up to 100, a mark or ratio up to 10.
    static let decimalUnits: [String: Decimal] = [
        "%": 100, "procent": 100, "procentpunt": 100, "procentpunten": 100,
        "cijfer": 10, "rapportcijfer": 10, "ratio": 10, "verhouding": 10, "factor": 10,
    ]

    /// The number `written` if it is ambiguous: an optional sign, one to three digits not starting
    /// with 0 (`0.500` is plainly a decimal, `1234.500` plainly not thousands), a point and exactly
    /// three digits. Nil for anything else.
    init?(written: String) {
        var body = Substring(written)
        var sign = ""
        if let first = body.first, first == "-" || first == "+" {
            sign = first == "-" ? "-" : ""
            body = body.dropFirst()
        }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, let whole = parts.first, let fraction = parts.last,
            (1...3).contains(whole.count), fraction.count == 3, whole.first != "0",
            (whole + fraction).allSatisfy({ $0.isASCII && $0.isNumber }),
            let value = Decimal(pointNotation: sign + whole + "." + fraction)
        else { return nil }
        self.written = written
        self.value = value
        thousands = sign + whole + fraction
        var trimmed = fraction
        while trimmed.last == "0" { trimmed = trimmed.dropLast() }
        asDecimal = sign + whole + (trimmed.isEmpty ? "" : "," + trimmed)
        // Three digits left would be ambiguous again: a trailing zero makes it four.
        decimal = sign + whole + (trimmed.isEmpty ? "" : "." + trimmed + (trimmed.count == 3 ? "0" : ""))
    }

    /// Whether the unit makes the decimal reading plausible and the value fits the unit: a
    /// percentage of at most 100, a mark or ratio of at most 10. Without a unit, nothing is.
    func decimalIsPlausible(unit: String?) -> Bool {
        guard let unit, let word = Self.firstWord(of: unit), let limit = Self.decimalUnits[word] else { return false }
        return value >= 0 && value <= limit
    }

    /// `% van de werkzoekenden` -> `%`, `Procent` -> `procent`, `%-punt` -> `%`.
    static func firstWord(of unit: String) -> String? {
        let lowered = unit.trimming(.spaces).lowercased()
        if lowered.hasPrefix("%") { return "%" }
        return lowered.split(whereSeparator: { $0 == " " || $0 == "-" }).first.map(String.init)
    }
}
