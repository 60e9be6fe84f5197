import Mustache

/// What the agenda asks of its council (`gevraagd` in the templates): the points of the decision
/// slide and one sentence for the summary, with the themes that fall short named in both.
///
/// A council must never be asked to adopt "the themes" when one of them fails the six criteria: the
/// deck would show "✗ voldoet niet" and then ask for a vote on everything. So a theme that falls
/// short is taken out of the adoption and put to the council as a decision of its own, with its
/// budget named.
struct DecisionContext {
    let agenda: Agenda
    /// The themes of the execution part (not the continuous ones) with their overall verdict.
    let verdicts: [(theme: Theme, verdict: Verdict)]
    let budget: BudgetSummary
    /// "het Regionaal Beraad Midden-Utrecht", "het Landelijk Beraad".
    let council: String

    var shortfalls: [Theme] { verdicts.filter { $0.verdict != .meets }.map(\.theme) }

    func value() -> MustacheValue {
        let weak = shortfalls
        return [
            "punten": .array(points().map { .string($0) }),
            "zin": .string(sentence()),
            "tekortschietend": .string(DutchList.joined(weak.map { "‘\($0.title)’" })),
            "heeft_tekortschietend": .bool(!weak.isEmpty),
        ]
    }

    private var period: String { agenda.executionPeriod.description }

    /// The titles of `themes` in quotes, as one list: "‘A’ en ‘B’".
    private func quoted(_ themes: [Theme]) -> String { DutchList.joined(themes.map { "‘\($0.title)’" }) }

    /// "de € 60.000 voor ‘X’" for each theme of `themes`.
    private func budgets(of themes: [Theme]) -> String {
        DutchList.joined(themes.map { "de \((budget.byTheme[$0.id] ?? .zero).printedNotation) voor ‘\($0.title)’" })
    }

    /// The decision slide's points, each a sentence.
    func points() -> [String] {
        let weak = shortfalls
        let meeting = verdicts.filter { $0.verdict == .meets }.map(\.theme)
        if agenda.status == .adopted {
            var points = ["Kennisnemen van de voortgang van de acties.", "Besluiten over de signalen die nog open staan."]
            if !weak.isEmpty {
                points.append("Besluiten wat er gebeurt met \(quoted(weak)), \(DutchPhrases.thatFallShort(weak.count)): aanvullen of uit het uitvoeringsdeel halen.")
            }
            return points
        }
        guard !weak.isEmpty else {
            return [
                "De agenda, versie \(agenda.version), vaststellen.",
                verdicts.isEmpty
                    ? "Kennisnemen dat het uitvoeringsdeel \(period) nog geen thema's heeft."
                    : "Instemmen met \(DutchPhrases.theThemes(verdicts.count)) van het uitvoeringsdeel \(period) en \(DutchPhrases.owners(verdicts.count)).",
                "De begroting van \(budget.total.printedNotation) over \(period) goedkeuren.",
            ]
        }
        var points: [String] = []
        if meeting.isEmpty {
            points.append("De agenda, versie \(agenda.version), nog niet vaststellen: "
                + DutchPhrases.noneMeetYet(weak.count).lowercased() + ".")
        } else {
            points.append("De agenda, versie \(agenda.version), vaststellen met \(DutchPhrases.themesThatMeet(meeting.count)): "
                + "\(quoted(meeting)), en \(DutchPhrases.owners(meeting.count)).")
        }
        points.append("Besluiten over \(quoted(weak)), \(DutchPhrases.thatFallShort(weak.count)): eerst laten aanvullen, of uit het uitvoeringsdeel halen.")
        if budget.total != .zero {
            points.append("De begroting van \(budget.total.printedNotation) over \(period) goedkeuren; \(budgets(of: weak)) pas na dat besluit.")
        }
        return points
    }

    /// The summary's sentence on what is asked; empty for an adopted agenda whose themes all meet.
    func sentence() -> String {
        let weak = shortfalls
        let capitalised = council.prefix(1).uppercased() + council.dropFirst()
        if agenda.status == .adopted {
            return weak.isEmpty ? "" : "\(capitalised) wordt gevraagd te besluiten wat er gebeurt met \(quoted(weak)): aanvullen of uit het uitvoeringsdeel halen."
        }
        guard !weak.isEmpty else {
            if verdicts.isEmpty { return "\(capitalised) wordt gevraagd de agenda vast te stellen." }
            return "\(capitalised) wordt gevraagd de agenda met " + (verdicts.count == 1 ? "haar thema" : "haar thema's")
                + (budget.total == .zero ? "" : " en de begroting van \(budget.total.printedNotation)") + " vast te stellen."
        }
        let meeting = verdicts.count - weak.count
        let adopt = meeting == 0
            ? "de agenda nog niet vast te stellen"
            : "de agenda vast te stellen met " + DutchPhrases.meetingThemes(meeting)
        return "\(capitalised) wordt gevraagd \(adopt), en te besluiten over \(quoted(weak)): eerst aanvullen, of uit het uitvoeringsdeel halen."
    }
}
