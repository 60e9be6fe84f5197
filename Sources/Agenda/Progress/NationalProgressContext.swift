import Documents
import Mustache

/// What the template `voortgang-landelijk.md` sees: the progress across all agendas of a
/// workspace, rolled up per national theme over the regional contributions (regional themes with
/// `landelijk_thema`) and the national agenda's own actions, with a row per region.
///
/// Only agendas with progress data count in the roll-up: an agenda without a peildatum,
/// realisation or measurements shows its plan, not its course, so it is listed as without data.
struct NationalProgressContext {
    let rollUps: [ProgressRollUp]
    let workspace: Workspace
    let referenceDate: CalendarDate?
    let dateOrigin: String
    private(set) var figures: [String: Figure] = [:]
    /// Hands the figures to the template.
    let embeddings = TemplateEmbeddings()

    init(rollUps: [ProgressRollUp], workspace: Workspace, referenceDate: CalendarDate?, dateOrigin: String) {
        self.rollUps = rollUps
        self.workspace = workspace
        self.referenceDate = referenceDate
        self.dateOrigin = dateOrigin
    }

    private var withData: [ProgressRollUp] { rollUps.filter { $0.agenda.hasProgressData } }

    private func names(_ agenda: Agenda) -> NameLookup { NameLookup(workspace: workspace, agenda: agenda) }

    mutating func value() -> MustacheValue {
        let counted = withData
        var total = WeightedProgress()
        for rollUp in counted { total.add(rollUp.total) }
        let budget = BudgetRealisation(actions: counted.flatMap(\.agenda.actions))
        let states = counted.flatMap(\.actions)
        let regional = rollUps.filter { $0.agenda.scope != .national }
        let regionalWithData = regional.filter { $0.agenda.hasProgressData }
        let lookup = workspace.nationalAgenda.map(names) ?? NameLookup(workspace: workspace, agenda: rollUps[0].agenda)
        return [
            "peildatum": referenceDate.map { .string($0.dutchText) } ?? .string("geen"),
            "peildatum_herkomst": .string(dateOrigin),
            "heeft_gegevens": .bool(!counted.isEmpty),
            "samenvatting": [
                "agendas": .string(DutchPhrases.agendas(rollUps.count)),
                "met_gegevens": .string(DutchPhrases.agendas(counted.count)),
                "regios_met_gegevens": .string(regionalWithData.map { ProgressContext.name(of: $0.agenda, names: names($0.agenda)) }.joined(separator: ", ")),
                "regios_zonder": .string(DutchPhrases.regions(regional.count - regionalWithData.count)),
                "landelijk_met_gegevens": .bool(counted.contains { $0.agenda.scope == .national }),
                "voortgang": ProgressContext.percent(total),
                "acties": .string(DutchPhrases.actions(states.count)),
                "begroot": .string(budget.plannedTotal.printedNotation),
                "gerealiseerd": .string(budget.realisedTotal.printedNotation),
                "realisatie_pct": .string(budget.percent.map { "\($0)\u{A0}%" } ?? "—"),
            ] as MustacheValue,
            "stand": .array(ActionSchedule.allCases.map { schedule in (schedule, states.filter { $0.schedule == schedule }.count) }
                .filter { $0.1 > 0 }.map { ["stand": .string($0.0.rawValue), "aantal": .int($0.1)] as MustacheValue }),
            "landelijke_themas": .array(nationalThemes()),
            "regios": .array(rollUps.map(regionRow)),
            "begroting": ProgressContext.budget(budget, names: lookup),
            "signalen": .array(rollUps.map(signalRow)),
            "signalen_totaal": signalTotals(),
        ]
    }

    /// Per national theme: its own actions and the regional themes that contribute, counted over
    /// the agendas with progress data.
    private mutating func nationalThemes() -> [MustacheValue] {
        guard let national = workspace.nationalAgenda else { return [] }
        var values: [MustacheValue] = []
        for (themeIndex, theme) in national.themes.enumerated() {
            var progress = WeightedProgress()
            var actions: [Action] = []
            var contributions: [MustacheValue] = []
            var states: [ProgressRollUp.ActionState] = []
            var contributionsWithData = 0
            var contributionHasData: [Bool] = []
            for rollUp in rollUps {
                for entry in rollUp.themes where entry.theme.nationalTheme?.id == theme.id || (rollUp.agenda.scope == .national && entry.theme.id == theme.id) {
                    let hasData = rollUp.agenda.hasProgressData
                    if hasData {
                        contributionsWithData += 1
                        progress.add(entry.progress)
                        actions += entry.theme.actions
                        states += rollUp.actions.filter { $0.theme.id == entry.theme.id }
                    }
                    contributions.append([
                        "wie": .string(ProgressContext.name(of: rollUp.agenda, names: names(rollUp.agenda))),
                        "thema": .string(entry.theme.title),
                        "heeft_gegevens": .bool(hasData),
                        "voortgang": hasData ? ProgressContext.percent(entry.progress) : .string("—"),
                        "begroot": .string(entry.budget.plannedTotal.printedNotation),
                        "gerealiseerd": .string(hasData ? entry.budget.realisedTotal.printedNotation : "—"),
                    ])
                    contributionHasData.append(hasData)
                }
            }
            // The contributions with data first, each group in the order of the agendas.
            contributions = zip(contributions, contributionHasData).enumerated()
                .sorted { ($0.element.1 ? 0 : 1, $0.offset) < ($1.element.1 ? 0 : 1, $1.offset) }.map(\.element.0)
            let budget = BudgetRealisation(actions: actions)
            var indicators: [MustacheValue] = []
            if national.hasProgressData {
                for (resultIndex, result) in theme.results.enumerated() {
                    let indicator = IndicatorProgress(result: result, referenceDate: referenceDate, chartName: "landelijk-\(themeIndex + 1)-\(resultIndex + 1)")
                    if let figure = indicator.figure() { figures[indicator.chartName] = figure }
                    indicators.append(indicator.value(embeddings: embeddings))
                }
            }
            values.append([
                "titel": .string(theme.title),
                "doorlopend": .bool(theme.isContinuous),
                "voortgang": ProgressContext.percent(progress),
                "bijdragen": .int(contributions.count),
                "met_gegevens": .int(contributionsWithData),
                "begroot": .string(budget.plannedTotal.printedNotation),
                "gerealiseerd": .string(budget.realisedTotal.printedNotation),
                "realisatie_pct": .string(budget.percent.map { "\($0)\u{A0}%" } ?? "—"),
                "stand": .string(ActionSchedule.allCases.compactMap { schedule in
                    let count = states.filter { $0.schedule == schedule }.count
                    return count == 0 ? nil : "\(count) \(schedule.rawValue)"
                }.joined(separator: ", ")),
                "per_bijdrage": .array(contributions),
                "heeft_indicatoren": .bool(!indicators.isEmpty),
                "indicatoren": .array(indicators),
            ])
        }
        return values
    }

    private func regionRow(_ rollUp: ProgressRollUp) -> MustacheValue {
        let agenda = rollUp.agenda
        let hasData = agenda.hasProgressData
        return [
            "wie": .string(ProgressContext.name(of: agenda, names: names(agenda))),
            "heeft_gegevens": .bool(hasData),
            "peildatum": .string(hasData ? ((agenda.referenceDate ?? ProgressReportBuilder.latestDate(in: agenda))?.dutchText ?? "—") : "—"),
            "voortgang": hasData ? ProgressContext.percent(rollUp.total) : .string("—"),
            "begroot": .string(rollUp.budget.plannedTotal.printedNotation),
            "gerealiseerd": .string(hasData ? rollUp.budget.realisedTotal.printedNotation : "—"),
            "realisatie_pct": .string(hasData ? (rollUp.budget.percent.map { "\($0)\u{A0}%" } ?? "—") : "—"),
            "stand": .string(hasData ? rollUp.scheduleCounts.map { "\($0.count) \($0.schedule.rawValue)" }.joined(separator: ", ") : "—"),
        ]
    }

    private func signalRow(_ rollUp: ProgressRollUp) -> MustacheValue {
        let signals = rollUp.agenda.signals
        return [
            "wie": .string(ProgressContext.name(of: rollUp.agenda, names: names(rollUp.agenda))),
            "signalen": .int(signals.count), "beantwoord": .int(signals.filter(\.isAnswered).count),
            "open": .int(signals.filter { !$0.isAnswered }.count),
        ]
    }

    private func signalTotals() -> MustacheValue {
        let signals = rollUps.flatMap(\.agenda.signals)
        return ["signalen": .int(signals.count), "beantwoord": .int(signals.filter(\.isAnswered).count),
                "open": .int(signals.filter { !$0.isAnswered }.count)]
    }
}
