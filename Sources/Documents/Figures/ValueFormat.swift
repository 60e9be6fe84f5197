/// How a chart writes its whole-number values, in Dutch notation.
///
/// A value beside a bar is written exactly as the table beside the chart writes it (cents
/// included), so a reader who compares the two never finds a rounded number: the label of a bar
/// comes from the same cents and the same notation (``DutchNotation``) as its row in the table.
public enum ValueFormat: Sendable, Equatable {
    /// A count: `12`, `1.250`.
    case count
    /// Cents, in Dutch euro notation: `€ 800.000`, `€ 635.000,50`.
    case euro

    /// `value` as a label of a bar: exact, in the notation of the tables.
    public func text(_ value: Int64) -> String {
        switch self {
        case .count: DutchNotation.grouped(value)
        case .euro: DutchNotation.euros(cents: value)
        }
    }

    /// A grid line's value on the axis. The grid's values are round (``BarChart/axis(for:)``), so
    /// millions may be shortened (`€ 1,25 mln`) where that stays exact; nothing is rounded.
    public func axisText(_ value: Int64) -> String {
        guard self == .euro, value >= 100_000_000, value % 1_000_000 == 0 else { return text(value) }
        // Whole ten-thousands of euros: at most two decimals of a million.
        return DutchNotation.euroMillions(hundredths: value / 1_000_000)
    }
}
