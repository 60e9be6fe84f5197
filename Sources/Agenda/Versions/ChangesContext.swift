import FoundationGaps
import Diagnostics
import Mustache

/// What the template `wijzigingen.md` sees of a comparison: every value as text ready to print
/// (euros in Dutch notation, verdicts with their sign), changed fields as table rows (`veld`, `oud`,
/// `nieuw`; prose as one row per changed sentence), in Dutch keys. `templates/README.md` lists them.
struct ChangesContext {
    let comparison: AgendaComparison
    /// "Regionale Meerjarenagenda" or "Landelijke Meerjarenagenda".
    let kind: String
    /// The region's name, or "Landelijk Beraad".
    let owner: String
    /// Hands over the verdicts with their sign, so a table cell of one that falls short is shaded.
    let embeddings: TemplateEmbeddings

    func value() -> MustacheValue {
        let c = comparison
        let themes = c.themes.map(item)
        let progress = c.themes.flatMap { theme in
            theme.children.filter { $0.item == .action && $0.fields.contains { ["status", "voortgang"].contains($0.field) } }.map { action in
                let field = { (name: String) in action.fields.first { $0.field == name } }
                return [
                    "thema": .string(theme.title), "actie": .string(action.title),
                    "status_oud": .string(field("status")?.old ?? "ongewijzigd"), "status_nieuw": .string(field("status")?.new ?? "ongewijzigd"),
                    "voortgang_oud": .string(field("voortgang").map { $0.old ?? "—" } ?? "ongewijzigd"),
                    "voortgang_nieuw": .string(field("voortgang").map { $0.new ?? "—" } ?? "ongewijzigd"),
                ] as MustacheValue
            }
        }
        let verdicts = c.verdictChanges.map { theme, change in
            [
                "thema": .string(theme.title), "criterium": .string(change.criterion.dutchName),
                "oud": embeddings.markedText(change.old), "nieuw": embeddings.markedText(change.new),
            ] as MustacheValue
        }
        return [
            "agenda": [
                "titel": .string(c.new.title), "soort": .string(kind), "naam": .string(owner),
                "oude_versie": .string(c.old.version), "nieuwe_versie": .string(c.new.version),
                "oude_status": .string(c.old.status), "nieuwe_status": .string(c.new.status),
                "oud_bestand": .string(c.old.file), "nieuw_bestand": .string(c.new.file),
            ],
            "niets_gewijzigd": .bool(c.isEmpty),
            "samenvatting": .array(summary().map { .string($0) }),
            "agendavelden": .array(c.agenda.flatMap(rows)),
            "heeft_agendavelden": .bool(!c.agenda.isEmpty),
            "beleidsdeel": .array(c.policy.map { ["veld": .string(Self.capitalised($0.field)), "rijen": .array(rows($0))] }),
            "heeft_beleidsdeel": .bool(!c.policy.isEmpty),
            "themas": .array(themes),
            "heeft_themas": .bool(!themes.isEmpty),
            "begroting": budget(),
            "heeft_begroting": .bool(!c.budget.isEmpty),
            "status_en_voortgang": .array(progress),
            "heeft_status_en_voortgang": .bool(!progress.isEmpty),
            "oordelen": .array(verdicts),
            "heeft_oordelen": .bool(!verdicts.isEmpty),
            "controle_nieuw": .array(c.newFindings.map(finding)),
            "heeft_controle_nieuw": .bool(!c.newFindings.isEmpty),
            "controle_opgelost": .array(c.resolvedFindings.map(finding)),
            "heeft_controle_opgelost": .bool(!c.resolvedFindings.isEmpty),
            "signalen": .array(c.signals.map(item)),
            "heeft_signalen": .bool(!c.signals.isEmpty),
        ]
    }

    /// One finding of the check: its kind in words, its code, its message and its line.
    private func finding(_ change: CheckChange) -> MustacheValue {
        // The check's message is terminal text; in a document the € stays with its amount.
        let message = Self.capitalised(change.message) + (change.oldMessage.map { " (eerder: \($0))" } ?? "")
        return [
            "soort": .string(change.severity.label(in: .dutch)), "code": .string(change.code),
            "melding": .string(message.replacingEvery("€ ", with: "€\u{A0}")),
            "regel": change.location?.line.map { .string(String($0)) } ?? .string("—"),
        ]
    }

    /// One theme, action, result or signal.
    private func item(_ change: ItemChange) -> MustacheValue {
        [
            "soort": .string(change.kind.rawValue), "wat": .string(change.item.rawValue),
            "wat_hoofdletter": .string(Self.capitalised(change.item.rawValue)),
            "toegevoegd": .bool(change.kind == .added), "verwijderd": .bool(change.kind == .removed),
            "gewijzigd": .bool(change.kind == .changed),
            "titel": .string(change.title), "id": MustacheValue(change.id), "hint": MustacheValue(change.hint),
            "velden": .array(change.fields.flatMap(rows)), "heeft_velden": .bool(!change.fields.isEmpty),
            "onderdelen": .array(change.children.map(item)), "heeft_onderdelen": .bool(!change.children.isEmpty),
            "oordelen": .array(change.verdicts.map {
                ["criterium": .string($0.criterion.dutchName), "oud": embeddings.markedText($0.old), "nieuw": embeddings.markedText($0.new)] as MustacheValue
            }),
            "heeft_oordelen": .bool(!change.verdicts.isEmpty),
        ]
    }

    /// A field as table rows: one for a value, one per changed sentence for prose (the field named
    /// on the first).
    private func rows(_ field: FieldChange) -> [MustacheValue] {
        guard let sentences = field.sentences else {
            let new = (field.new ?? "niet meer ingevuld") + (field.difference.map { " (\($0.printedSignedNotation))" } ?? "")
            return [["veld": .string(field.field), "oud": .string(field.old ?? "niet ingevuld"), "nieuw": .string(new)]]
        }
        return sentences.enumerated().map { index, sentence in
            [
                "veld": .string(index == 0 ? field.field : ""),
                "oud": .string(sentence.old.map(Self.plain) ?? "—"), "nieuw": .string(sentence.new.map(Self.plain) ?? "—"),
            ]
        }
    }

    private func budget() -> MustacheValue {
        let b = comparison.budget
        func money(_ euro: Euro) -> MustacheValue { .string(euro.printedNotation) }
        func signed(_ euro: Euro) -> MustacheValue { .string(euro.printedSignedNotation) }
        return [
            "rijen": .array(b.rows.map { ["jaar": .string(String($0.year)), "bron": .string($0.sourceName), "oud": money($0.old), "nieuw": money($0.new), "verschil": signed($0.difference)] }),
            "jaren": .array(b.years.map { ["jaar": .string(String($0.year)), "oud": money($0.old), "nieuw": money($0.new), "verschil": signed($0.difference)] }),
            "oud": money(b.oldTotal), "nieuw": money(b.newTotal), "verschil": signed(b.difference),
        ]
    }

    /// The points of "In het kort".
    private func summary() -> [String] {
        let c = comparison
        guard !c.isEmpty else { return [] }
        var points: [String] = []
        // What the check now says first: a raise that broke a ceiling is the news, not the amount.
        let findings = c.checkCounts(in: .dutch)
        if !findings.isEmpty {
            points.append("De controle zegt bij deze versie iets anders dan bij de vorige: " + DutchList.joined(findings) + ".")
        }
        if c.old.version != c.new.version || c.old.status != c.new.status {
            points.append("De agenda gaat van versie \(c.old.version) (\(c.old.status)) naar versie \(c.new.version) (\(c.new.status)).")
        }
        let counts = c.counts
        let words: [(ItemChange.Item, String, String)] = [(.theme, "Thema's", "thema"), (.action, "Acties", "actie"),
                                                          (.result, "Resultaten", "resultaat"), (.signal, "Signalen", "signaal")]
        for (item, heading, _) in words {
            guard let byKind = counts[item] else { continue }
            let parts = ItemChange.Kind.allCases.compactMap { kind in byKind[kind].map { "\($0) \(kind.rawValue)" } }
            points.append("\(heading): " + DutchList.joined(parts) + ".")
        }
        if !c.policy.isEmpty {
            points.append("Beleidsdeel: " + DutchList.joined(c.policy.map(\.field)) + " \(c.policy.count == 1 ? "is" : "zijn") aangepast.")
        }
        if c.budget.isEmpty {
            points.append("De begroting is niet veranderd (\(c.budget.newTotal.printedNotation)).")
        } else {
            points.append("De begroting gaat van \(c.budget.oldTotal.printedNotation) naar \(c.budget.newTotal.printedNotation) (\(c.budget.difference.printedSignedNotation)).")
        }
        let verdicts = c.verdictChanges.count
        if verdicts > 0 { points.append("\(verdicts) \(verdicts == 1 ? "oordeel" : "oordelen") over de zes afwegingen \(verdicts == 1 ? "is" : "zijn") veranderd.") }
        return points
    }

    /// A sentence of Markdown prose as plain text: emphasis marks out.
    private static func plain(_ sentence: String) -> String {
        sentence.replacingEvery("**", with: "").replacingEvery("__", with: "").replacingEvery("`", with: "")
    }

    static func capitalised(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }
}
