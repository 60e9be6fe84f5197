import Documents
import Mustache

/// One agenda made ready for its documents: what its three parts and its deck share, made once
/// for the four of them. Each document made its own before, so the context (the agenda's prose
/// parsed, its themes weighed, every value written out as text) was made four times per agenda,
/// and the public summary's values three times.
///
/// Made by ``AgendaDocumentBuilder/prepare(_:)``; each value is made when a document first needs
/// it, so preparing an agenda whose documents are not asked for costs next to nothing. The context's
/// embedded values (prose, verdict signs, figures) live in one ``TemplateEmbeddings`` that every
/// document of the agenda reads: a prepared agenda serves the documents of one agenda made one
/// after another, as a build job makes them, and is not shared between threads.
public final class PreparedAgenda {
    /// The agenda.
    public let agenda: Agenda
    let assessor: CriteriaAssessor
    let names: NameLookup
    let budget: BudgetSummary
    let embeddings = TemplateEmbeddings()
    /// The keys of ``context`` that are made; nil: all of them.
    let keptKeys: Set<String>?

    /// `agenda` ready for its documents; with `keptKeys`, a context of only those keys (of
    /// ``AgendaDocumentContext``: the values every filled template has are always made), for a
    /// document whose template reads no others (a part made alone by ``AgendaDocumentBuilder``).
    init(_ agenda: Agenda, assessor: CriteriaAssessor, keptKeys: Set<String>? = nil) {
        self.agenda = agenda
        self.assessor = assessor
        self.keptKeys = keptKeys
        self.names = NameLookup(names: assessor.names, agenda: agenda)
        self.budget = BudgetSummary(agenda: agenda)
    }

    /// What every document of the agenda is filled with: the agenda's context
    /// (``AgendaDocumentContext``) with the values every filled template has (``FilledTemplate``).
    private(set) lazy var context: [String: MustacheValue] = {
        let entries = AgendaDocumentContext(
            agenda: agenda, assessor: assessor, embeddings: embeddings, names: names, budget: budget
        ).entries(keeping: keptKeys)
        return FilledTemplate.addingCommonValues(to: entries, embeddings: embeddings, figureNames: AgendaCharts.figureNames)
    }()

    /// `publiek`: the public summary's values, which every part has (the deck does not).
    private(set) lazy var publicSummary: MustacheValue = PublicSummaryContext(
        agenda: agenda, names: names, budget: budget, parse: { [embeddings] in embeddings.blocks(ofProse: $0) }
    ).value()

    /// The agenda's charts, by name: made when a document first shows one, then shared.
    func figure(named name: String) -> Figure? {
        if let made = figures[name] { return made }
        let made = AgendaCharts(agenda: agenda, names: names, budget: budget).chart(named: name)
        figures[name] = made
        return made
    }

    private var figures: [String: Figure?] = [:]
}
