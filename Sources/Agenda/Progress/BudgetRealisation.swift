/// Planned against realised money per year and funding source, exact in cents.
public struct BudgetRealisation: Sendable, Hashable {
    /// One year and source.
    public struct Row: Sendable, Hashable {
        public var year: Int
        public var source: String
        public var planned: Euro
        public var realised: Euro

        /// Realised as a share of planned, in whole percent rounded half up; nil without a plan.
        public var percent: Int? { BudgetRealisation.percent(realised, of: planned) }
    }

    /// By year, then source id.
    public private(set) var rows: [Row] = []

    /// The table of `actions`: every year and source with a budget line or a realisation line.
    public init(actions: [Action]) {
        var planned: [Int: [String: Euro]] = [:]
        var realised: [Int: [String: Euro]] = [:]
        for action in actions {
            for line in action.budget { planned[line.year, default: [:]][line.source.id, default: .zero] += line.amount }
            for line in action.realisation { realised[line.year, default: [:]][line.source.id, default: .zero] += line.amount }
        }
        let years = Set(planned.keys).union(realised.keys).sorted()
        for year in years {
            let sources = Set((planned[year] ?? [:]).keys).union((realised[year] ?? [:]).keys).sorted()
            for source in sources {
                rows.append(Row(year: year, source: source, planned: planned[year]?[source] ?? .zero, realised: realised[year]?[source] ?? .zero))
            }
        }
    }

    public var plannedTotal: Euro { rows.map(\.planned).sum() }
    public var realisedTotal: Euro { rows.map(\.realised).sum() }
    public var percent: Int? { Self.percent(realisedTotal, of: plannedTotal) }

    /// The totals per year, in order.
    public var years: [(year: Int, planned: Euro, realised: Euro)] {
        Dictionary(grouping: rows, by: \.year).sorted { $0.key < $1.key }
            .map { ($0.key, $0.value.map(\.planned).sum(), $0.value.map(\.realised).sum()) }
    }

    /// `part` as a share of `whole` in whole percent, rounded half up; nil when `whole` is not positive.
    static func percent(_ part: Euro, of whole: Euro) -> Int? {
        guard whole > .zero else { return nil }
        return Int((200 * part.cents + whole.cents) / (2 * whole.cents))
    }
}
