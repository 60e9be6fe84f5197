import Documents
import Markdown
import Mustache

/// What the public summary (publieksversie, `publiek` in the templates) adds to an agenda's
/// context: short, plain sentences made from the agenda's own fields, so the template can say in
/// two pages what the region will do, for whom, with how much money, and how it will know it worked.
struct PublicSummaryContext {
    let agenda: Agenda
    let names: NameLookup
    let budget: BudgetSummary
    /// Parses a Markdown field; ``PreparedAgenda`` hands over its embeddings' parse, which the
    /// context already made of the same fields.
    var parse: (String) -> [Block] = { MarkdownParser.blocks(from: $0) }

    func value() -> MustacheValue {
        let themes = agenda.themes.filter { !$0.isContinuous }
        let groups = Self.unique(themes.flatMap(\.targetGroups).map { names.targetGroup($0.id) }
            + agenda.policy.tasks.keys.sorted().flatMap { agenda.policy.tasks[$0]!.targetGroups.map { names.targetGroup($0.id) } })
        let sectors = Self.unique(themes.flatMap(\.sectors).map { names.sector($0.id) }
            + agenda.policy.tasks.keys.sorted().flatMap { agenda.policy.tasks[$0]!.sectors.map { names.sector($0.id) } })
        let actions = themes.reduce(0) { $0 + $1.actions.count }
        return [
            "themas": .array(themes.map { theme in
                [
                    "titel": .string(theme.title),
                    "zin": .string(Self.firstSentence(of: parse(theme.description))),
                    "acties": .string(DutchCount.of(theme.actions.count, "actie", "acties")),
                ] as MustacheValue
            }),
            "aantal_themas": .string(DutchCount.of(themes.count, "thema", "thema's")),
            "aantal_acties": .string(DutchCount.of(actions, "actie", "acties")),
            "doelgroepen": .array(groups.map { .string(Self.lowercasedStart($0)) }),
            "heeft_doelgroepen": .bool(!groups.isEmpty),
            "sectoren": .array(sectors.enumerated().map { index, name in
                // The word after each name, so a template can print them apart: "A, B en C".
                let after = index == sectors.count - 1 ? "" : index == sectors.count - 2 ? " en " : ", "
                return ["naam": .string(name), "daarna": .string(after)] as MustacheValue
            }),
            "heeft_sectoren": .bool(!sectors.isEmpty),
            "bronnen": .array(budget.bySource.sorted { ($1.value.cents, $0.key) < ($0.value.cents, $1.key) }.map { id, amount in
                ["bron": .string(names.sourceName(id)), "bedrag": .string(amount.printedNotation)] as MustacheValue
            }),
            "heeft_begroting": .bool(budget.total != .zero),
        ]
    }

    /// The first sentence of a Markdown text as plain text: what a theme is about, in one line.
    static func firstSentence(of blocks: [Block]) -> String {
        guard let first = blocks.lazy.compactMap({ block -> String? in
            if case .paragraph(let content) = block { return content.plainText }
            return nil
        }).first else { return "" }
        return Readability.firstSentence(in: first) ?? first
    }

    /// "Mensen in de bijstand" -> "mensen in de bijstand" for the middle of a sentence; a name
    /// that starts with two capitals (an abbreviation: "MKB") stays as it is.
    static func lowercasedStart(_ name: String) -> String {
        let prefix = name.prefix(2)
        guard let first = prefix.first, first.isUppercase, !(prefix.count == 2 && prefix.last!.isUppercase) else { return name }
        return first.lowercased() + name.dropFirst()
    }

    /// The names in their first order, each once.
    static func unique(_ names: [String]) -> [String] {
        var seen = Set<String>()
        return names.filter { seen.insert($0).inserted }
    }
}
