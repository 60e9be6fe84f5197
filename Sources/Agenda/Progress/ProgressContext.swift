import Documents
import Mustache

/// What the template `voortgang.md` sees for one agenda: its roll-up on the reference date as text
/// ready to print (percentages, euros, dates in Dutch notation, ids turned into names). Text from
/// the agenda is passed as it is; the template's `{{ }}` escapes it for Markdown.
struct ProgressContext {
    let rollUp: ProgressRollUp
    let names: NameLookup
    /// Where the reference date comes from, in words: "opgegeven", "de agenda", "de gegevens".
    let dateOrigin: String
    /// The figures the report asks for, by name, filled while the context is made.
    private(set) var figures: [String: Figure] = [:]
    /// Hands the figures to the template.
    let embeddings = TemplateEmbeddings()

    init(rollUp: ProgressRollUp, names: NameLookup, dateOrigin: String) {
        self.rollUp = rollUp
        self.names = names
        self.dateOrigin = dateOrigin
    }

    mutating func value() -> MustacheValue {
        let agenda = rollUp.agenda
        let hasData = agenda.hasProgressData
        return [
            "titel": .string(agenda.title),
            "naam": .string(Self.name(of: agenda, names: names)),
            "uitvoeringsperiode": .string(agenda.executionPeriod.description),
            "peildatum": rollUp.referenceDate.map { .string("peildatum " + $0.dutchText) } ?? .string("geen peildatum"),
            "peildatum_tekst": .string(rollUp.referenceDate?.dutchText ?? "geen"),
            "peildatum_herkomst": .string(dateOrigin),
            "heeft_gegevens": .bool(hasData),
            "voorbeeld": .bool(agenda.isExample),
            "samenvatting": summary(),
            "stand": .array(rollUp.scheduleCounts.map { ["stand": .string($0.schedule.rawValue), "aantal": .int($0.count)] as MustacheValue }),
            "opgaven": .array(rollUp.tasks.map { ["opgave": .string($0.task.dutchName), "voortgang": Self.percent($0.progress)] as MustacheValue }),
            "themas": .array(themes()),
            "begroting": Self.budget(rollUp.budget, names: names),
            "signalen": Self.signals(agenda.signals),
        ]
    }

    private func summary() -> MustacheValue {
        let budget = rollUp.budget
        return [
            "voortgang": rollUp.agenda.hasProgressData ? Self.percent(rollUp.total) : .string("—"),
            "acties": .string(DutchPhrases.actions(rollUp.actions.count)),
            "zonder_begroting": .int(rollUp.total.withoutBudget),
            "begroot": .string(budget.plannedTotal.printedNotation),
            "gerealiseerd": .string(budget.realisedTotal.printedNotation),
            "realisatie_pct": .string(budget.percent.map { "\($0)\u{A0}%" } ?? "—"),
            "metingen": .int(rollUp.agenda.themes.flatMap(\.results).flatMap(\.measurements).count),
        ]
    }

    private mutating func themes() -> [MustacheValue] {
        var values: [MustacheValue] = []
        for (themeIndex, entry) in rollUp.themes.enumerated() {
            let theme = entry.theme
            let states = rollUp.actions.filter { $0.theme.id == theme.id }
            var indicators: [MustacheValue] = []
            for (resultIndex, result) in theme.results.enumerated() {
                let indicator = IndicatorProgress(result: result, referenceDate: rollUp.referenceDate,
                                                  chartName: "indicator-\(themeIndex + 1)-\(resultIndex + 1)")
                if let figure = indicator.figure() { figures[indicator.chartName] = figure }
                indicators.append(indicator.value(embeddings: embeddings))
            }
            values.append([
                "titel": .string(theme.title),
                "landelijk_thema": theme.nationalTheme.map { .string(names.nationalTheme($0.id)?.title ?? $0.id) } ?? .null,
                "voortgang": rollUp.agenda.hasProgressData ? Self.percent(entry.progress) : .string("—"),
                "begroot": .string(entry.budget.plannedTotal.printedNotation),
                "gerealiseerd": .string(entry.budget.realisedTotal.printedNotation),
                "realisatie_pct": .string(entry.budget.percent.map { "\($0)\u{A0}%" } ?? "—"),
                "acties": .array(states.map(action)),
                "heeft_indicatoren": .bool(!indicators.isEmpty),
                "indicatoren": .array(indicators),
            ])
        }
        return values
    }

    private func action(_ state: ProgressRollUp.ActionState) -> MustacheValue {
        let action = state.action
        return [
            "titel": .string(action.title),
            "trekker": .string(action.owner.map { names.organisation($0.id) } ?? "—"),
            "status": .string(action.status.rawValue),
            "stand": .string(state.schedule == .noData ? "\(action.status.rawValue) (volgens plan)" : state.schedule.rawValue),
            "voortgang": .string(state.schedule == .noData ? "—" : "\(state.progress)\u{A0}%"),
            "einde": .string(action.end?.numericText ?? "—"),
            "peildatum": .string(action.statusDate?.dutchText ?? "—"),
            "begroot": .string(action.plannedTotal.printedNotation),
            "gerealiseerd": .string(action.realisedTotal.printedNotation),
        ]
    }

    /// A weighted progress as `35 %`, `—` when no action counts.
    static func percent(_ progress: WeightedProgress) -> MustacheValue {
        .string(progress.percent.map { "\($0)\u{A0}%" } ?? "—")
    }

    /// The region's name, or "Landelijk Beraad" for the national agenda.
    static func name(of agenda: Agenda, names: NameLookup) -> String {
        agenda.scope.regionCode.map { code in names.region(code).map { "\($0.name) (\(code))" } ?? code } ?? "Landelijk Beraad"
    }

    /// Planned against realised per year and source, with a total per year and overall.
    static func budget(_ budget: BudgetRealisation, names: NameLookup) -> MustacheValue {
        [
            "rijen": .array(budget.rows.map { row in
                ["jaar": .int(row.year), "bron": .string(names.sourceName(row.source)), "begroot": .string(row.planned.printedNotation),
                 "gerealiseerd": .string(row.realised.printedNotation), "pct": .string(row.percent.map { "\($0)\u{A0}%" } ?? "—")] as MustacheValue
            }),
            "jaren": .array(budget.years.map { year in
                ["jaar": .int(year.year), "begroot": .string(year.planned.printedNotation), "gerealiseerd": .string(year.realised.printedNotation),
                 "pct": .string(BudgetRealisation.percent(year.realised, of: year.planned).map { "\($0)\u{A0}%" } ?? "—")] as MustacheValue
            }),
            "begroot": .string(budget.plannedTotal.printedNotation),
            "gerealiseerd": .string(budget.realisedTotal.printedNotation),
            "pct": .string(budget.percent.map { "\($0)\u{A0}%" } ?? "—"),
            "heeft_rijen": .bool(!budget.rows.isEmpty),
        ]
    }

    /// Signals answered (opgelost, teruggekoppeld) and still open, each with its national answer.
    static func signals(_ signals: [Signal]) -> MustacheValue {
        let answered = signals.filter(\.isAnswered)
        let open = signals.filter { !$0.isAnswered }
        func entry(_ signal: Signal) -> MustacheValue {
            ["titel": .string(signal.title), "datum": .string(signal.date.dutchText), "status": .string(signal.status.rawValue),
             "antwoord": signal.answer.map(MustacheValue.string) ?? .null]
        }
        return [
            "beantwoord": .array(answered.map(entry)), "open": .array(open.map(entry)),
            "aantal_beantwoord": .int(answered.count), "aantal_open": .int(open.count),
            "heeft_signalen": .bool(!signals.isEmpty), "heeft_beantwoord": .bool(!answered.isEmpty), "heeft_open": .bool(!open.isEmpty),
        ]
    }
}

extension Signal {
    /// Whether the national level has answered: solved, or reported back to the region.
    var isAnswered: Bool { status == .solved || status == .reportedBack }
}
