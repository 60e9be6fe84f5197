/// The signals counted per dimension: per national theme, task, sector, target group, kind and
/// urgency, the number of signals, the distinct regions that raised them, and the trend per quarter.
/// A group raised by at least `broadThreshold` distinct regions is broadly shared (breed gedragen).
public struct SignalAggregation: Sendable, Hashable {
    /// What signals are grouped by.
    public enum Dimension: String, Sendable, Hashable, CaseIterable {
        case nationalTheme = "landelijk_thema"
        case task = "opgave"
        case sector = "sector"
        case targetGroup = "doelgroep"
        case kind = "soort"
        case urgency = "urgentie"
    }

    /// The signals that share one value of a dimension.
    public struct Group: Sendable, Hashable {
        /// The value: an id (`lt3-mobiliteit`, `techniek`), an enumeration's raw value, or "" for the
        /// signals that have none.
        public var key: String
        /// The number of signals in the group.
        public var signalCount: Int
        /// The distinct region codes, sorted.
        public var regions: [String]
        /// Signals per quarter, one count per entry of `SignalAggregation.quarters`.
        public var trend: [Int]
        /// Whether at least the threshold number of distinct regions raised it.
        public var isBroad: Bool

        /// The number of distinct regions.
        public var regionCount: Int { regions.count }
    }

    /// The number of distinct regions that makes a group broadly shared.
    public var broadThreshold: Int
    /// The number of signals counted.
    public var signalCount: Int
    /// The distinct region codes of all signals, sorted.
    public var regions: [String]
    /// Every quarter from the first signal to the last, as `2026-K1`.
    public var quarters: [String]
    /// All signals per quarter.
    public var trend: [Int]
    /// The groups per dimension, most regions first (then most signals, then key); for kind and
    /// urgency in the order of the enumeration.
    public var groups: [Dimension: [Group]]

    /// Counts `signals`; `broadThreshold` distinct regions make a group broadly shared.
    public init(signals: [Signal], broadThreshold: Int = 5) {
        self.broadThreshold = broadThreshold
        signalCount = signals.count
        regions = Set(signals.map(\.region)).sorted()
        quarters = Self.quarters(spanning: signals.map(\.date).filter(Self.isPlausible))
        let quarterIndex = Dictionary(uniqueKeysWithValues: quarters.enumerated().map { ($1, $0) })
        var total = [Int](repeating: 0, count: quarters.count)
        var tallies: [Dimension: [String: Tally]] = [:]
        for signal in signals {
            let quarter = quarterIndex[signal.date.quarterLabel]
            if let quarter { total[quarter] += 1 }
            for dimension in Dimension.allCases {
                for key in Self.keys(of: signal, in: dimension) {
                    tallies[dimension, default: [:]][key, default: Tally(quarters: quarters.count)]
                        .add(region: signal.region, quarter: quarter)
                }
            }
        }
        trend = total
        groups = [:]
        for dimension in Dimension.allCases {
            var list = (tallies[dimension] ?? [:]).map { key, tally in
                Group(key: key, signalCount: tally.count, regions: tally.regions.sorted(), trend: tally.quarters,
                      isBroad: tally.regions.count >= broadThreshold)
            }
            if let order = Self.enumerationOrder(dimension) {
                list.sort { (order.firstIndex(of: $0.key) ?? order.count) < (order.firstIndex(of: $1.key) ?? order.count) }
            } else {
                list.sort { ($1.regionCount, $1.signalCount, $0.key) < ($0.regionCount, $0.signalCount, $1.key) }
            }
            groups[dimension] = list
        }
    }

    /// The groups of one dimension.
    public func groups(_ dimension: Dimension) -> [Group] { groups[dimension] ?? [] }

    /// The broadly shared topics: national themes, sectors and target groups raised by enough
    /// regions. Tasks, kinds and urgencies are left out: with three or four values each, nearly all
    /// of them are raised everywhere, which says nothing; their counts stay in the tables.
    public var broadlyShared: [(dimension: Dimension, group: Group)] {
        [.nationalTheme, .sector, .targetGroup].flatMap { dimension in
            groups(dimension).filter { $0.isBroad && !$0.key.isEmpty }.map { (dimension, $0) }
        }
    }

    /// How many broadly shared topics each dimension has, in the order of `broadlyShared`; only
    /// dimensions with one or more. A summary that names a count of topics and then lists only one
    /// dimension's says so with these.
    public var broadlySharedCounts: [(dimension: Dimension, count: Int)] {
        let broad = broadlyShared
        var dimensions: [Dimension] = []
        for entry in broad where !dimensions.contains(entry.dimension) { dimensions.append(entry.dimension) }
        return dimensions.map { dimension in (dimension, broad.filter { $0.dimension == dimension }.count) }
    }

    /// The values of `dimension` a signal has; "" when it has none (no theme, no sector, ...).
    static func keys(of signal: Signal, in dimension: Dimension) -> [String] {
        let keys: [String] = switch dimension {
        case .nationalTheme: signal.nationalThemes.map(\.id)
        case .task: signal.task.map { [$0.rawValue] } ?? []
        case .sector: signal.sectors.map(\.id)
        case .targetGroup: signal.targetGroups.map(\.id)
        case .kind: [signal.kind.rawValue]
        case .urgency: [signal.urgency.rawValue]
        }
        if keys.isEmpty { return [""] }
        var seen = Set<String>()
        return keys.filter { seen.insert($0).inserted }
    }

    private static func enumerationOrder(_ dimension: Dimension) -> [String]? {
        switch dimension {
        case .kind: Signal.Kind.allCases.map(\.rawValue)
        case .urgency: Signal.Urgency.allCases.reversed().map(\.rawValue)
        case .task: AgendaTask.allCases.map(\.rawValue) + [""]
        default: nil
        }
    }

    /// Whether a date can be counted in the trend: a real day after 1900 (a signal read with errors
    /// may have none).
    static func isPlausible(_ date: CalendarDate) -> Bool { date.exists && date.year >= 1900 }

    /// Every quarter from the earliest to the latest date, in order.
    static func quarters(spanning dates: [CalendarDate]) -> [String] {
        guard let first = dates.min(), let last = dates.max() else { return [] }
        var result: [String] = []
        var year = first.year, quarter = first.quarter
        while (year, quarter) <= (last.year, last.quarter) {
            result.append("\(year)-K\(quarter)")
            quarter += 1
            if quarter > 4 { quarter = 1; year += 1 }
        }
        return result
    }

    /// Counts for one group while adding up.
    private struct Tally {
        var count = 0
        var regions = Set<String>()
        var quarters: [Int]

        init(quarters: Int) { self.quarters = [Int](repeating: 0, count: quarters) }

        mutating func add(region: String, quarter: Int?) {
            count += 1
            regions.insert(region)
            if let quarter { quarters[quarter] += 1 }
        }
    }
}
