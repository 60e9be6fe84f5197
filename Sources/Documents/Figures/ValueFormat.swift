/// How a chart writes its whole-number values, in Dutch notation.
public enum ValueFormat: Sendable, Equatable {
    /// A count: `12`, `1.250`.
    case count
    /// Cents shown as rounded euros on an axis: `€ 250k`, `€ 1,2 mln`, `€ 800`.
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
                return "€ \(tenths / 10)" + (tenths % 10 == 0 ? "" : ",\(tenths % 10)") + " mln"
            }
            if euros >= 1_000 { return "€ \((euros + 500) / 1_000)k" }
            return "€ \(euros)"
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
