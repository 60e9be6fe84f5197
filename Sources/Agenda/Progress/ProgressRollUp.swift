/// The progress of one agenda on a reference date: each action's state against its schedule, and
/// progress weighted by budget rolled up from action to theme, task and agenda (the rule is in
/// ``WeightedProgress``), with planned against realised money per year and source.
public struct ProgressRollUp: Sendable {
    /// One action with where it stands.
    public struct ActionState: Sendable {
        public var action: Action
        public var theme: Theme
        public var schedule: ActionSchedule
        /// The progress it counts with (see ``ActionSchedule/countedProgress(_:)``).
        public var progress: Int
    }

    public let agenda: Agenda
    /// The date the report stands at.
    public let referenceDate: CalendarDate?
    public let actions: [ActionState]
    /// Per theme id, in the agenda's order.
    public let themes: [(theme: Theme, progress: WeightedProgress, budget: BudgetRealisation)]
    /// Per task, in the order of the tasks; a theme counts in full for every task it serves.
    public let tasks: [(task: AgendaTask, progress: WeightedProgress)]
    public let total: WeightedProgress
    public let budget: BudgetRealisation

    /// The roll-up of `agenda` on `referenceDate` (nil: the agenda's own peildatum).
    public init(agenda: Agenda, referenceDate: CalendarDate? = nil) {
        self.agenda = agenda
        let date = referenceDate ?? agenda.referenceDate
        self.referenceDate = date
        var states: [ActionState] = []
        var themes: [(Theme, WeightedProgress, BudgetRealisation)] = []
        var tasks: [AgendaTask: WeightedProgress] = [:]
        var total = WeightedProgress()
        for theme in agenda.themes {
            var progress = WeightedProgress()
            for action in theme.actions {
                // With an agenda-wide reference date the actions without their own are measured on it.
                let state = ActionState(action: action, theme: theme, schedule: ActionSchedule.of(action, on: Self.date(of: action, in: agenda, report: date)),
                                        progress: ActionSchedule.countedProgress(action))
                states.append(state)
                if action.status != .stopped { progress.add(progress: state.progress, budget: action.plannedTotal) }
            }
            themes.append((theme, progress, BudgetRealisation(actions: theme.actions)))
            for task in theme.tasks { tasks[task, default: WeightedProgress()].add(progress) }
            total.add(progress)
        }
        self.actions = states
        self.themes = themes
        self.tasks = AgendaTask.allCases.compactMap { task in tasks[task].map { (task, $0) } }
        self.total = total
        self.budget = BudgetRealisation(actions: agenda.actions)
    }

    /// The date an action is judged on: the report's date when the agenda records progress (its
    /// own peildatum, or an action's), else none: an agenda without progress data has no states.
    static func date(of action: Action, in agenda: Agenda, report: CalendarDate?) -> CalendarDate? {
        guard agenda.hasProgressData else { return nil }
        return report ?? action.statusDate
    }

    /// How many actions are in each state, in the order of ``ActionSchedule``, leaving out empty ones.
    public var scheduleCounts: [(schedule: ActionSchedule, count: Int)] {
        ActionSchedule.allCases.compactMap { schedule in
            let count = actions.filter { $0.schedule == schedule }.count
            return count > 0 ? (schedule, count) : nil
        }
    }
}

extension Agenda {
    /// Whether the agenda records any progress: a peildatum, a realisation or a measurement.
    public var hasProgressData: Bool {
        referenceDate != nil || actions.contains { $0.statusDate != nil || !$0.realisation.isEmpty }
            || themes.contains { $0.results.contains { !$0.measurements.isEmpty } }
    }
}
