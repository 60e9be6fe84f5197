import Mustache

/// The budget tables of the execution part as template values: per year and task, per theme, per
/// funding source (with its ceiling), per certainty, with totals; every amount in Dutch notation.
struct BudgetContext {
    let budget: BudgetSummary
    let agenda: Agenda
    let names: NameLookup

    func value() -> MustacheValue {
        [
            "totaal": .string(budget.total.printedNotation),
            "heeft_begroting": .bool(budget.total != .zero),
            "jaren": .array(budget.years.map { .string(String($0)) }),
            "per_jaar": .array(budget.years.map { year in
                let byTask = budget.byYearAndTask[year] ?? [:]
                return [
                    "jaar": .string(String(year)),
                    "sociaal": .string((byTask[.social] ?? .zero).printedNotation),
                    "economisch": .string((byTask[.economic] ?? .zero).printedNotation),
                    "ontwikkel": .string((byTask[.development] ?? .zero).printedNotation),
                    "totaal": .string((budget.byYear[year] ?? .zero).printedNotation),
                ]
            }),
            "per_opgave": [
                "sociaal": .string((budget.byTask[.social] ?? .zero).printedNotation),
                "economisch": .string((budget.byTask[.economic] ?? .zero).printedNotation),
                "ontwikkel": .string((budget.byTask[.development] ?? .zero).printedNotation),
            ],
            "per_thema": .array(agenda.themes.filter { budget.byTheme[$0.id] != nil }.map { theme in
                [
                    "titel": .string(theme.title),
                    "per_jaar": .array(budget.years.map { .string((budget.byThemeAndYear[theme.id]?[$0] ?? .zero).printedNotation) }),
                    "totaal": .string((budget.byTheme[theme.id] ?? .zero).printedNotation),
                ]
            }),
            "per_bron": .array(budget.bySource.keys.sorted().map { id in
                let source = names.source(id)
                return [
                    "bron": .string(names.sourceName(id)),
                    "per_jaar": .array(budget.years.map { year in
                        let planned = budget.bySourceAndYear[id]?[year] ?? .zero
                        let ceiling = source?.envelope[year].map { " (plafond \($0.printedNotation))" } ?? ""
                        return .string(planned.printedNotation + ceiling)
                    }),
                    "totaal": .string((budget.bySource[id] ?? .zero).printedNotation),
                ]
            }),
            "per_zekerheid": .array(BudgetLine.Certainty.allCases.compactMap { certainty in
                budget.byCertainty[certainty].map { ["zekerheid": .string(certainty.rawValue), "bedrag": .string($0.printedNotation)] }
            }),
        ]
    }
}
