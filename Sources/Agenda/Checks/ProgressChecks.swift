import Diagnostics
import FoundationEssentials

/// The checks on the progress data: realised money against the budget and the execution period,
/// measurements against the period and the peildatum, status against progress and the end date,
/// and indicators moving away from their targets. An agenda without progress data passes.
struct ProgressChecks {
    let agenda: Agenda
    let registry: Registry
    var language: Language = .dutch

    func run(into findings: inout [CheckFinding]) {
        let period = agenda.executionPeriod
        for theme in agenda.themes {
            for action in theme.actions { check(action, period: period, into: &findings) }
            for result in theme.results { check(result, period: period, into: &findings) }
        }
    }

    private func check(_ action: Action, period: YearRange, into findings: inout [CheckFinding]) {
        let origin = action.origin
        for line in action.realisation where !period.contains(line.year) {
            add(.realisedYearOutsideExecution(action: action.title, year: line.year, period: period), line.origin, "jaar", to: &findings)
        }
        checkSpending(action, period: period, into: &findings)
        if let progress = action.progress, (progress == 100) != (action.status == .finished), action.status != .stopped {
            add(.progressDoesNotMatchStatus(action: action.title, progress: progress, status: action.status), origin, "voortgang", to: &findings)
        }
        if let date = action.statusDate, let reference = agenda.referenceDate, date > reference {
            add(.dateAfterReferenceDate(what: .statusDate(action: action.title), date: date, referenceDate: reference),
                origin, "peildatum", to: &findings)
        }
        if let end = action.end, let reference = action.statusDate ?? agenda.referenceDate, end < reference,
            action.status == .planned || action.status == .running {
            add(.endPassed(action: action.title, end: end, referenceDate: reference, status: action.status),
                origin, !origin.hasField("status") ? "einde" : "status", to: &findings)
        }
    }

    /// Per year and source: what was spent against what was planned, pointing at the last
    /// realisation line that counts, with notes at the budget lines.
    /// A year outside the execution period has been reported by itself (MJA151).
    private func checkSpending(_ action: Action, period: YearRange, into findings: inout [CheckFinding]) {
        struct Key: Hashable, Comparable {
            var year: Int
            var source: String
            static func < (a: Key, b: Key) -> Bool { (a.year, a.source) < (b.year, b.source) }
        }
        var realised: [Key: (total: Euro, last: RealisedLine)] = [:]
        for line in action.realisation where period.contains(line.year) {
            let key = Key(year: line.year, source: line.source.id)
            realised[key] = ((realised[key]?.total ?? .zero) + line.amount, line)
        }
        for (key, spent) in realised.sorted(by: { $0.key < $1.key }) {
            let lines = action.budget.filter { $0.year == key.year && $0.source.id == key.source }
            let planned = lines.map(\.amount).sum()
            guard spent.total > planned else { continue }
            let notes = lines.map { line in
                Diagnostic.Note(message: language.pick("begroot: \(line.amount.dutchNotation)", "budgeted: \(line.amount.dutchNotation)"),
                                file: line.origin.file, range: line.origin.range(of: "bedrag"))
            }
            findings.append(.init(.progress(.realisedAboveBudget(action: action.title, year: key.year, source: sourceName(key.source),
                                                                 realised: spent.total, planned: planned)),
                                  spent.last.origin.file, spent.last.origin.range(of: "bedrag"), notes: notes))
        }
    }

    private func check(_ result: Result, period: YearRange, into findings: inout [CheckFinding]) {
        let label = result.description.isBlank ? (result.indicator ?? "") : result.description
        for measurement in result.measurements {
            if !period.contains(measurement.date) {
                add(.measurementOutsideExecution(result: label, date: measurement.date, period: period), measurement.origin, "datum", to: &findings)
            }
            if let reference = agenda.referenceDate, measurement.date > reference {
                add(.dateAfterReferenceDate(what: .measurement(result: label), date: measurement.date, referenceDate: reference),
                    measurement.origin, "datum", to: &findings)
            }
        }
        // The latest measurement against the one before it, or against the baseline.
        let series = result.measurementsByDate
        guard let target = result.targetValue, let latest = series.last,
            let previous = series.count > 1 ? series[series.count - 2].value : result.baseline?.value
        else { return }
        if abs(target - latest.value) > abs(target - previous) {
            add(.movingAwayFromTarget(result: label, previous: previous, latest: latest.value, target: target),
                latest.origin, "waarde", to: &findings)
        }
    }

    private func add(_ problem: ProgressProblem, _ origin: Origin, _ key: String, to findings: inout [CheckFinding]) {
        findings.append(.init(.progress(problem), origin.file, origin.range(of: key)))
    }

    /// The name of a funding source, as the budget checks print it.
    private func sourceName(_ id: String) -> String {
        (agenda.fundingSources + registry.fundingSources).first { $0.id == id }?.name ?? id
    }
}
