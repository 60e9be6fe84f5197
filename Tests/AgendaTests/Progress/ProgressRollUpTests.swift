import Diagnostics
import Foundation
import TestSupport
import Testing
@testable import Agenda

/// The roll-up arithmetic: progress weighted by planned budget, exact cents, an action without
/// budget, a stopped action, tasks, and the budget realised against planned.
@Suite(.timed) struct ProgressRollUpTests {
    static let origin = Origin(file: "t.toml", range: SourceRange(start: .init(line: 1, column: 1), end: .init(line: 1, column: 1)))

    static func action(_ id: String, progress: Int?, status: Action.Status = .running, budget: [(Int, String, Int64)] = [],
                       realised: [(Int, String, Int64)] = [], start: String = "2026-01-01", end: String = "2027-12-31") -> Action {
        Action(
            id: id, title: id, description: "", owner: nil, partners: [], start: date(start), end: date(end), deliverable: nil,
            status: status, progress: progress,
            budget: budget.map { BudgetLine(year: $0.0, source: Reference($0.1, range: origin.range), amount: Euro(cents: $0.2), certainty: .committed, origin: origin) },
            realisation: realised.map { RealisedLine(year: $0.0, source: Reference($0.1, range: origin.range), amount: Euro(cents: $0.2), origin: origin) },
            origin: origin)
    }

    static func date(_ text: String) -> CalendarDate { CalendarDate(parsing: text)! }

    static func theme(_ id: String, tasks: [AgendaTask], _ actions: [Action]) -> Theme {
        Theme(id: id, title: id, description: "", tasks: tasks, nationalTheme: nil, isContinuous: false, owner: nil, partners: [],
              sectors: [], targetGroups: [], signals: [], criteria: CriteriaEvidence(), results: [], actions: actions, origin: origin)
    }

    static func agenda(_ themes: [Theme], referenceDate: String? = "2026-10-01") -> Agenda {
        Agenda(file: "t.toml", scope: .regional("AM05"), origin: origin, title: "T", version: "1", status: .draft, adoptedBy: nil,
               adoptedOn: nil, policyPeriod: YearRange(first: 2026, last: 2030), executionPeriod: YearRange(first: 2026, last: 2027),
               isExample: true, policy: PolicyPart(ambition: "", analysis: "", tasks: [:], synergy: "", governance: ""),
               organisations: [], fundingSources: [], themes: themes, signals: [], referenceDate: referenceDate.map(date))
    }

    @Test func progressIsWeightedByPlannedBudget() {
        // 20 % of € 300.000 and 80 % of € 100.000: (20 × 300.000 + 80 × 100.000) / 400.000 = 35 %.
        let rollUp = ProgressRollUp(agenda: Self.agenda([Self.theme("a", tasks: [.social], [
            Self.action("groot", progress: 20, budget: [(2026, "rijk", 20_000_000), (2027, "rijk", 10_000_000)]),
            Self.action("klein", progress: 80, budget: [(2026, "gemeente", 10_000_000)]),
        ])]))
        #expect(rollUp.total.percent == 35)
        #expect(rollUp.total.fraction.map { $0.numerator } == Int64(1_400_000_000))  // 20 × 30.000.000 + 80 × 10.000.000
        #expect(rollUp.total.fraction.map { $0.denominator } == Int64(40_000_000))
        #expect(rollUp.total.isWeighted)
    }

    @Test func anActionWithoutBudgetDoesNotCountUnlessNoneHasABudget() {
        let mixed = ProgressRollUp(agenda: Self.agenda([Self.theme("a", tasks: [.social], [
            Self.action("met", progress: 40, budget: [(2026, "rijk", 100)]),
            Self.action("zonder", progress: 100, status: .finished),
        ])]))
        #expect(mixed.total.percent == 40)
        #expect(mixed.total.withoutBudget == 1)
        let none = ProgressRollUp(agenda: Self.agenda([Self.theme("a", tasks: [.social], [
            Self.action("een", progress: 25), Self.action("twee", progress: nil, status: .finished), Self.action("drie", progress: nil),
        ])]))
        // The plain mean: (25 + 100 + 0) / 3 = 41,67 -> 42.
        #expect(none.total.percent == 42)
        #expect(!none.total.isWeighted)
    }

    @Test func aStoppedActionDoesNotCountAndHalfRoundsUp() {
        let rollUp = ProgressRollUp(agenda: Self.agenda([Self.theme("a", tasks: [.social], [
            Self.action("een", progress: 25, budget: [(2026, "rijk", 1)]),
            Self.action("twee", progress: 26, budget: [(2026, "rijk", 1)]),
            Self.action("gestopt", progress: 0, status: .stopped, budget: [(2026, "rijk", 1_000_000)]),
        ])]))
        #expect(rollUp.total.percent == 26)  // 25,5 rounds up
        #expect(rollUp.total.count == 2)
    }

    @Test func themesRollUpToTasksAndTheAgenda() {
        let rollUp = ProgressRollUp(agenda: Self.agenda([
            Self.theme("a", tasks: [.social, .economic], [Self.action("a1", progress: 50, budget: [(2026, "rijk", 30_000)])]),
            Self.theme("b", tasks: [.economic], [Self.action("b1", progress: 10, budget: [(2026, "rijk", 10_000)])]),
        ]))
        #expect(rollUp.themes.map(\.progress.percent) == [50, 10])
        #expect(rollUp.tasks.map(\.task) == [.social, .economic])
        #expect(rollUp.tasks.map(\.progress.percent) == [50, 40])
        #expect(rollUp.total.percent == 40)
    }

    @Test func budgetRealisedAgainstPlannedIsExactInCents() {
        let rollUp = ProgressRollUp(agenda: Self.agenda([Self.theme("a", tasks: [.social], [
            Self.action("a1", progress: 10, budget: [(2026, "rijk", 8_500_050), (2027, "rijk", 100)], realised: [(2026, "rijk", 4_125_075), (2026, "rijk", 1)]),
            Self.action("a2", progress: 10, budget: [(2026, "gemeente", 33)], realised: [(2026, "gemeente", 11), (2026, "esf", 7)]),
        ])]))
        let rows = rollUp.budget.rows.map { "\($0.year) \($0.source) \($0.planned.cents) \($0.realised.cents) \($0.percent.map(String.init) ?? "-")" }
        #expect(rows == ["2026 esf 0 7 -", "2026 gemeente 33 11 33", "2026 rijk 8500050 4125076 49", "2027 rijk 100 0 0"])
        #expect(rollUp.budget.plannedTotal == Euro(cents: 8_500_183))
        #expect(rollUp.budget.realisedTotal == Euro(cents: 4_125_094))
        #expect(rollUp.budget.years.map(\.realised.cents) == [4_125_094, 0])
    }

    @Test(arguments: [
        (Action.Status.running, 60, "2026-01-01", "2027-12-31", ActionSchedule.ahead),        // 37 % of the time passed
        (.running, 40, "2026-01-01", "2027-12-31", .onSchedule),
        (.running, 10, "2026-01-01", "2026-12-31", .behind),                                  // 75 % passed
        (.running, 90, "2026-01-01", "2026-09-30", .delayed),                                 // end passed
        (.delayed, 90, "2026-01-01", "2027-12-31", .delayed),
        (.planned, 0, "2026-11-01", "2027-12-31", .notStarted),
        (.finished, 100, "2026-01-01", "2026-06-30", .finished),
        (.stopped, 20, "2026-01-01", "2027-12-31", .stopped),
    ])
    func theScheduleOfAnAction(status: Action.Status, progress: Int, start: String, end: String, expected: ActionSchedule) {
        let action = Self.action("x", progress: progress, status: status, start: start, end: end)
        #expect(ActionSchedule.of(action, on: Self.date("2026-10-01")) == expected)
    }

    @Test func anAgendaWithoutProgressDataHasNoStates() {
        let rollUp = ProgressRollUp(agenda: Self.agenda([Self.theme("a", tasks: [.social], [Self.action("a1", progress: 20)])], referenceDate: nil),
                                    referenceDate: Self.date("2026-10-01"))
        #expect(!rollUp.agenda.hasProgressData)
        #expect(rollUp.actions.map(\.schedule) == [.noData])
    }
}
