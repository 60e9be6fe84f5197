/// How a chart writes its whole-number values, in Dutch notation.
public enum ValueFormat: Sendable, Equatable {
    /// A count: `12`, `1.250`.
    case count
    /// Cents shown as rounded euros, in Dutch notation: `€ 800.000`, `€ 1,2 mln`.
    case shortEuro

    /// `value` as text.
    public func text(_ value: Int64) -> String {
        switch self {
        case .count:
            return Self.grouped(value)
        case .shortEuro:
            let euros = value / 100
            if euros >= 1_000_000 {
                let tenths = (euros + 50_000) / 100_000
                return "€\u{A0}\(tenths / 10)" + (tenths % 10 == 0 ? "" : ",\(tenths % 10)") + "\u{A0}mln"
            }
            return "€\u{A0}" + Self.grouped((value + 50) / 100)
        }
    }

    /// Thousands grouped with dots: `1.250`.
    private static func grouped(_ value: Int64) -> String {
        let digits = String(value.magnitude)
        var result = value < 0 ? "-" : ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0 && (digits.count - offset) % 3 == 0 { result.append(".") }
            result.append(digit)
        }
        return result
    }
}
