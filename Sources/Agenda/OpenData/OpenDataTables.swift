import Documents

/// The tables of an agenda's open data (`mja build --formaat data`), one row per theme, action,
/// budget line, result, indicator, measurement, signal and criterion verdict, in the order of the
/// file. Every table starts with `regio`, so the national tables are the agendas' tables together.
/// The columns are described in ``OpenDataTables/schemas``; `Sources/AgendaCLI/Formats/README.md`
/// lists the tables and their keys.
public struct OpenDataTables: Sendable {
    /// The tables, in the order of the package.
    public var tables: [DataTable]

    /// The key of the agenda in every row: its region code, or `landelijk` for the LMJA.
    public static func regionKey(of agenda: Agenda) -> String { agenda.scope.regionCode ?? "landelijk" }

    /// The tables of `agenda`, with the verdicts of `scorecards` (one per execution theme).
    public init(agenda: Agenda, scorecards: [Scorecard]) {
        typealias V = OpenDataValues
        let region = CSVWriter.Cell.value(Self.regionKey(of: agenda))
        var themes: [[CSVWriter.Cell]] = [], actions: [[CSVWriter.Cell]] = [], budget: [[CSVWriter.Cell]] = []
        var results: [[CSVWriter.Cell]] = [], indicators: [[CSVWriter.Cell]] = [], measurements: [[CSVWriter.Cell]] = []
        var criteria: [[CSVWriter.Cell]] = []
        let cards = Dictionary(scorecards.map { ($0.themeID, $0) }, uniquingKeysWith: { first, _ in first })
        for theme in agenda.themes {
            let themeID = CSVWriter.Cell.value(theme.id)
            themes.append([
                region, themeID, V.text(theme.title), V.text(theme.description),
                .value(theme.tasks.map(\.rawValue).joined(separator: V.listSeparator)), V.id(theme.nationalTheme?.id),
                V.boolean(theme.isContinuous), V.id(theme.owner?.id), V.ids(theme.partners), V.ids(theme.sectors),
                V.ids(theme.targetGroups), V.ids(theme.signals),
            ])
            for action in theme.actions {
                let actionID = CSVWriter.Cell.value(action.id)
                actions.append([
                    region, themeID, actionID, V.text(action.title), V.text(action.description), V.id(action.owner?.id),
                    V.ids(action.partners), V.date(action.start), V.date(action.end), V.text(action.deliverable),
                    .value(action.status.rawValue), V.integer(action.progress), V.date(action.statusDate),
                    V.cents(action.plannedTotal), V.euros(action.plannedTotal),
                    V.cents(action.realisedTotal), V.euros(action.realisedTotal),
                ])
                for (index, line) in action.budget.enumerated() {
                    budget.append([
                        region, themeID, actionID, .value("begroting"), V.integer(index + 1), V.integer(line.year),
                        .value(line.source.id), V.cents(line.amount), V.euros(line.amount), .value(line.certainty.rawValue),
                    ])
                }
                for (index, line) in action.realisation.enumerated() {
                    budget.append([
                        region, themeID, actionID, .value("realisatie"), V.integer(index + 1), V.integer(line.year),
                        .value(line.source.id), V.cents(line.amount), V.euros(line.amount), .empty,
                    ])
                }
            }
            for (index, result) in theme.results.enumerated() {
                let number = V.integer(index + 1)
                results.append([region, themeID, number, V.text(result.description)])
                guard result.indicator != nil || result.targetValue != nil || result.baseline != nil
                    || !result.measurements.isEmpty else { continue }
                let latest = result.measurementsByDate.last
                indicators.append([
                    region, themeID, number, V.text(result.indicator), V.text(result.unit), V.text(result.source),
                    V.number(result.baseline?.value), V.integer(result.baseline?.year), V.number(result.targetValue),
                    V.date(result.targetDate), V.number(latest?.value), V.date(latest?.date),
                ])
                for (position, measurement) in result.measurements.enumerated() {
                    measurements.append([
                        region, themeID, number, V.integer(position + 1), V.date(measurement.date),
                        V.number(measurement.value), V.text(measurement.source),
                    ])
                }
            }
            if let card = cards[theme.id] {
                for assessment in card.assessments {
                    criteria.append([
                        region, themeID, .value(assessment.criterion.rawValue), .value(assessment.verdict.rawValue),
                        V.text(assessment.reasons.map(\.dutch).joined(separator: "; ")),
                        V.text(Self.argument(for: assessment.criterion, in: theme.criteria)),
                    ])
                }
            }
        }
        let signals: [[CSVWriter.Cell]] = agenda.signals.map { signal in
            [
                region, .value(signal.id), V.date(signal.date), .value(signal.kind.rawValue), V.text(signal.title),
                V.text(signal.description), V.id(signal.task?.rawValue), V.ids(signal.sectors), V.ids(signal.targetGroups),
                V.ids(signal.nationalThemes), .value(signal.urgency.rawValue), .value(signal.ask.rawValue),
                .value(signal.status.rawValue), V.text(signal.answer),
            ]
        }
        let rows = [themes, actions, budget, results, indicators, measurements, signals, criteria]
        tables = zip(Self.schemas, rows).map { schema, rows in
            var table = schema
            table.rows = rows
            return table
        }
    }

    /// The agenda's own argument for a criterion (`[thema.afwegingen]`); for novelty, the
    /// continuation's reason when the theme gives that instead.
    static func argument(for criterion: Criterion, in evidence: CriteriaEvidence) -> String? {
        switch criterion {
        case .signals: evidence.signals
        case .crossOrganisational: evidence.crossOrganisational
        case .handledNowhereElse: evidence.handledNowhereElse
        case .concrete: evidence.concrete
        case .novel: evidence.novelty ?? evidence.continuation
        case .scalable: evidence.scaling
        }
    }
}
