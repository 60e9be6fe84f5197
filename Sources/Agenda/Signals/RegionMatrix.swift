import Documents

/// The regions against the national themes: per region (rows) and theme (columns) the number of
/// signals; writers shade each cell grey by its count with the number in it (readable by screen
/// readers, and in black-and-white print since the number is always there).
public struct RegionMatrix: Sendable {
    /// The row labels (region names with code), in order.
    public var rows: [(code: String, label: String)]
    /// The column keys (national theme ids, "" for none) and labels.
    public var columns: [(key: String, label: String)]
    /// Count per row code and column key.
    public var countsByRegion: [String: [String: Int]]
    /// The number of signals per row code (a signal with two themes counts once here).
    public var totals: [String: Int]

    /// The matrix of `signals`: every region that raised one, every national theme named (then the
    /// signals without one).
    public init(signals: [Signal], names: SignalNames) {
        var counts: [String: [String: Int]] = [:]
        var themes = Set<String>()
        var totals: [String: Int] = [:]
        for signal in signals {
            totals[signal.region, default: 0] += 1
            for key in SignalAggregation.keys(of: signal, in: .nationalTheme) {
                counts[signal.region, default: [:]][key, default: 0] += 1
                themes.insert(key)
            }
        }
        self.countsByRegion = counts
        self.totals = totals
        rows = counts.keys.sorted().map { ($0, names.regionWithCode($0)) }
        columns = themes.sorted { ($0.isEmpty ? 1 : 0, $0) < ($1.isEmpty ? 1 : 0, $1) }
            .map { ($0, names.name(of: $0, in: .nationalTheme)) }
    }

    /// The count in one cell.
    public func count(_ row: String, _ column: String) -> Int { countsByRegion[row]?[column] ?? 0 }

    /// The matrix as figure data, counts shaded by the writers.
    public var figureData: CountMatrix {
        CountMatrix(
            rowHeading: "Regio", rows: rows.map(\.label), columns: columns.map(\.label),
            counts: rows.map { row in columns.map { count(row.code, $0.key) } }, totals: rows.map { totals[$0.code] ?? 0 },
            totalHeading: "Totaal", unit: "signalen",
            scaleWord: "Schaal", emptyCellNote: "een lege cel is 0")
    }

    /// The table for formats without HTML: the same numbers.
    public var headerRow: [String] { ["Regio"] + columns.map(\.label) + ["Totaal"] }

    /// The body rows for formats without HTML.
    public var bodyRows: [[String]] {
        rows.map { row in
            [row.label] + columns.map { String(count(row.code, $0.key)) } + [String(totals[row.code] ?? 0)]
        }
    }
}
