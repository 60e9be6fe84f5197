/// Where an action stands against its schedule on a reference date: from its status, its dates
/// and its progress against the time elapsed.
public enum ActionSchedule: String, Sendable, Hashable, CaseIterable {
    case ahead = "voor op schema"
    case onSchedule = "op schema"
    case behind = "achter op schema"
    case delayed = "vertraagd"
    case notStarted = "nog niet begonnen"
    case finished = "afgerond"
    case stopped = "gestopt"
    /// No peildatum for the action or its agenda: its status is the plan's, not a measured state.
    case noData = "geen voortgangsgegevens"

    /// Percentage points ahead of the time elapsed from which an action is ahead.
    static let aheadMargin = 15
    /// Percentage points behind the time elapsed from which an action is behind.
    static let behindMargin = 25

    /// The state of `action` on `date` (nil: the action and its agenda have no peildatum).
    ///
    /// Finished and stopped as written; `vertraagd` as written, or when the end date has passed
    /// without being finished; `gepland` with a start after the date: not started. Otherwise the
    /// progress is set against the share of the action's time that has passed: 15 points or more
    /// above it is ahead, 25 points or more below it is behind, in between on schedule.
    public static func of(_ action: Action, on date: CalendarDate?) -> ActionSchedule {
        switch action.status {
        case .finished: return .finished
        case .stopped: return .stopped
        default: break
        }
        guard let date else { return .noData }
        if action.status == .delayed { return .delayed }
        if let end = action.end, end < date { return .delayed }
        if action.status == .planned, action.start.map({ $0 > date }) ?? true, (action.progress ?? 0) == 0 { return .notStarted }
        guard let expected = expectedProgress(action, on: date) else { return .onSchedule }
        let progress = action.progress ?? 0
        if progress >= expected + aheadMargin { return .ahead }
        if progress + behindMargin <= expected { return .behind }
        return .onSchedule
    }

    /// The share of the action's time (start to end) that has passed on `date`, in whole percent.
    static func expectedProgress(_ action: Action, on date: CalendarDate) -> Int? {
        guard let start = action.start, let end = action.end, start < end else { return nil }
        let total = start.days(to: end), passed = min(max(0, start.days(to: date)), total)
        return (passed * 100 + total / 2) / total
    }

    /// The progress an action counts with in the roll-up: its `voortgang`, or 100 when finished, else 0.
    public static func countedProgress(_ action: Action) -> Int {
        action.progress ?? (action.status == .finished ? 100 : 0)
    }
}
