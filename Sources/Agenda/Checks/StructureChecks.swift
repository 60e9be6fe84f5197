/// The checks on the shape of an agenda: periods, dates inside the execution period, themes with
/// actions and tasks, owners and deliverables, every result's target date inside the execution period,
/// all three tasks addressed.
struct StructureChecks {
    let agenda: Agenda

    func run(into findings: inout [CheckFinding]) {
        let period = agenda.executionPeriod
        let header = agenda.origin
        if agenda.policyPeriod.length == 5, period.length == 2, !agenda.policyPeriod.contains(period) {
            findings.append(.init(.executionOutsidePolicy(execution: period, policy: agenda.policyPeriod),
                                  header.file, header.range(of: "uitvoeringsperiode")))
        }
        for task in AgendaTask.allCases where agenda.policy.tasks[task] == nil {
            findings.append(.init(.taskNotAddressed(task: task), header.file, header.range))
        }
        for theme in agenda.themes {
            let origin = theme.origin
            if theme.tasks.isEmpty {
                findings.append(.init(.themeWithoutTasks(theme: theme.title.isEmpty ? theme.id : theme.title), origin.file, origin.range(of: "opgaven")))
            }
            if theme.owner == nil {
                findings.append(.init(.themeWithoutOwner(theme: theme.title.isEmpty ? theme.id : theme.title), origin.file, origin.range))
            }
            if theme.actions.isEmpty && !theme.isContinuous {
                findings.append(.init(.themeWithoutActions(theme: theme.title.isEmpty ? theme.id : theme.title), origin.file, origin.range))
            }
            for result in theme.results {
                if let date = result.targetDate, !period.contains(date) {
                    let label = result.description.isBlank ? (result.indicator ?? "") : result.description
                    findings.append(.init(.resultDateOutsideExecution(result: label, theme: theme.title, date: date, period: period),
                                          result.origin.file, result.origin.range(of: "streefdatum")))
                }
            }
            for action in theme.actions { check(action, period: period, into: &findings) }
        }
    }

    private func check(_ action: Action, period: YearRange, into findings: inout [CheckFinding]) {
        let origin = action.origin
        for (key, date) in [("start", action.start), ("einde", action.end)] {
            if let date, !period.contains(date) {
                findings.append(.init(.dateOutsideExecution(action: action.title, key: key, date: date, period: period),
                                      origin.file, origin.range(of: key)))
            }
        }
        if let start = action.start, let end = action.end, end < start {
            findings.append(.init(.endsBeforeStart(action: action.title, start: start, end: end), origin.file, origin.range(of: "einde")))
        }
        if action.owner == nil {
            findings.append(.init(.actionWithoutOwner(action: action.title), origin.file, origin.range))
        }
        if (action.deliverable ?? "").isBlank {
            findings.append(.init(.actionWithoutDeliverable(action: action.title), origin.file, origin.range(of: "oplevering")))
        }
        for line in action.budget where !period.contains(line.year) {
            findings.append(.init(.budgetYearOutsideExecution(action: action.title, year: line.year, period: period),
                                  line.origin.file, line.origin.range(of: "jaar")))
        }
    }
}
