/// The follow-up of the signals: how many are in each handling status, how long the open ones
/// (not `opgelost` or `teruggekoppeld`) have been open, and per region its signals with the national
/// answer (the terugkoppeling).
///
/// Days are counted from a signal's date to the reference date (peildatum) passed in; without one,
/// the latest signal date, so the same data always gives the same report. The clock is never read.
public struct SignalFollowUp: Sendable, Hashable {
    /// An open signal and how long it has been open.
    public struct OpenSignal: Sendable, Hashable {
        /// The signal.
        public var signal: Signal
        /// Days from the signal's date to the reference date; 0 for a signal dated after it.
        public var days: Int
    }

    /// One region's signals with their answers.
    public struct RegionFeedback: Sendable, Hashable {
        /// The region code.
        public var region: String
        /// By date and id.
        public var signals: [Signal]
        /// How many of them have an answer.
        public var answered: Int
    }

    /// The date the days are counted to.
    public var referenceDate: CalendarDate
    /// The number of signals per status, in the order of the enumeration.
    public var byStatus: [(status: Signal.Status, count: Int)]
    /// The open signals, longest open first (then by region and id).
    public var open: [OpenSignal]
    /// Per region, in code order.
    public var regions: [RegionFeedback]

    /// Whether a status counts as handled.
    public static func isClosed(_ status: Signal.Status) -> Bool { status == .solved || status == .reportedBack }

    /// The follow-up of `signals`, days counted to `referenceDate` (default: the latest signal date).
    public init(signals: [Signal], referenceDate: CalendarDate? = nil) {
        let reference = referenceDate ?? signals.map(\.date).filter(SignalAggregation.isPlausible).max()
            ?? CalendarDate(year: 2026, month: 1, day: 1)
        self.referenceDate = reference
        var counts: [Signal.Status: Int] = [:]
        for signal in signals { counts[signal.status, default: 0] += 1 }
        byStatus = Signal.Status.allCases.map { ($0, counts[$0] ?? 0) }
        open = signals.filter { !Self.isClosed($0.status) }
            .map { OpenSignal(signal: $0, days: max(0, $0.date.days(to: reference))) }
            .sorted { ($1.days, $0.signal.region, $0.signal.id) < ($0.days, $1.signal.region, $1.signal.id) }
        var perRegion: [String: [Signal]] = [:]
        for signal in signals { perRegion[signal.region, default: []].append(signal) }
        regions = perRegion.keys.sorted().map { region in
            let list = perRegion[region]!.sorted { ($0.date, $0.id) < ($1.date, $1.id) }
            return RegionFeedback(region: region, signals: list, answered: list.filter { !($0.answer ?? "").isEmpty }.count)
        }
    }

    /// The median number of days the open signals have been open; nil when none is open.
    public var medianOpenDays: Int? {
        guard !open.isEmpty else { return nil }
        let days = open.map(\.days).sorted()
        return days[days.count / 2]
    }

    /// Equal when every figure is equal.
    public static func == (lhs: SignalFollowUp, rhs: SignalFollowUp) -> Bool {
        lhs.referenceDate == rhs.referenceDate && lhs.open == rhs.open && lhs.regions == rhs.regions
            && lhs.byStatus.map(\.count) == rhs.byStatus.map(\.count)
    }

    /// Hashes the figures.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(referenceDate)
        hasher.combine(open)
        hasher.combine(regions)
    }
}
