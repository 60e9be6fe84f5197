import Mustache

/// The management summary at the start of each part (`samenvatting` in the templates): the
/// ambition in a few lines, the themes with their overall verdict (and, when one falls short, a
/// sentence that says so), the budget per year, and the main result of each theme.
struct SummaryContext {
    let agenda: Agenda
    let scorecards: [(theme: Theme, card: Scorecard)]
    let budget: BudgetSummary
    let embeddings: TemplateEmbeddings

    func value() -> MustacheValue {
        let themes = scorecards.map { entry -> MustacheValue in
            [
                "titel": .string(entry.theme.title), "oordeel": .string(entry.card.overall.rawValue),
                "teken": embeddings.mark(entry.card.overall), "voldoet": .bool(entry.card.overall == .meets),
            ]
        }
        let results = agenda.themes.filter { !$0.isContinuous }.compactMap { theme -> MustacheValue? in
            guard let result = theme.results.first else { return nil }
            return ["thema": .string(theme.title), "omschrijving": .string(result.description), "doel": MustacheValue(target(of: result))]
        }
        return [
            "ambitie": embeddings.prose(Self.firstParagraph(of: agenda.policy.ambition)),
            "themas": .array(themes),
            "heeft_themas": .bool(!themes.isEmpty),
            "oordeel": .string(verdictSentence()),
            "begroting": .string(budgetSentence()),
            "resultaten": .array(results),
            "heeft_resultaten": .bool(!results.isEmpty),
        ]
    }

    /// "Alle 3 thema's voldoen aan de zes afwegingen." or "1 van de 3 thema's voldoet nog niet aan
    /// alle zes afwegingen: X."
    func verdictSentence() -> String {
        DutchPhrases.themeVerdict(weak: scorecards.filter { $0.card.overall != .meets }.map(\.theme.title), of: scorecards.count)
    }

    /// "De begroting is € 1.065.000: € 635.000 in 2026 en € 430.000 in 2027."
    func budgetSentence() -> String {
        guard budget.total != .zero else { return "Er is nog geen begroting." }
        let years = budget.years.filter { budget.byYear[$0] != nil }
        guard years.count > 1 else { return "De begroting is \(budget.total.printedNotation)." }
        let parts = years.map { "\((budget.byYear[$0] ?? .zero).printedNotation) in \($0)" }
        return "De begroting is \(budget.total.printedNotation): \(DutchList.joined(parts))."
    }

    /// "200 personen op 1 september 2027", or nil when the result has no target value.
    private func target(of result: Result) -> String? {
        guard let value = result.targetValue else { return nil }
        var text = DutchNumber.format(value)
        if let unit = result.unit { text += " \(unit)" }
        if let date = result.targetDate { text += " op \(date.dutchText)" }
        return text
    }

    /// The first paragraph of a Markdown text: up to its first blank line.
    static func firstParagraph(of text: String) -> String {
        let lines = TextLines.of(text)
        let start = lines.firstIndex { !$0.allSatisfy(\.isWhitespace) } ?? lines.endIndex
        let end = lines[start...].firstIndex { $0.allSatisfy(\.isWhitespace) } ?? lines.endIndex
        return lines[start..<end].joined(separator: "\n")
    }
}
