import Documents
import Mustache

/// One agenda made ready for its documents: what its three parts and its deck share, made once
/// for the four of them. Each document made its own before, so the context (the agenda's prose
/// parsed, its themes weighed, every value written out as text) was made four times per agenda,
/// and the public summary's values three times.
///
/// Made by ``AgendaDocumentBuilder/prepare(_:filling:)``; each value is made when a document first
/// needs it, so preparing an agenda whose documents are not asked for costs next to nothing. The
/// context's embedded values (prose, verdict signs, figures) live in one ``TemplateEmbeddings``
/// that every document of the agenda reads: a prepared agenda serves the documents of one agenda
/// made one after another, as a build job makes them, and is not shared between threads.
///
/// When the first document is asked for, the templates of every document the agenda was prepared
/// for are filled at once and the context is let go (``filledTemplate(_:fill:)``): a document is
/// laid out and written without the context beside it (at 100 times the national content the
/// national agenda's context is some 25 MB, its four filled templates some 5 MB of text).
public final class PreparedAgenda {
    /// The agenda.
    public let agenda: Agenda
    let assessor: CriteriaAssessor
    let names: NameLookup
    let budget: BudgetSummary
    let embeddings = TemplateEmbeddings()
    /// The keys of ``context`` that are made; nil: all of them.
    let keptKeys: Set<String>?
    /// The templates (by name: a part's ``AgendaDocumentBuilder/Part/rawValue``,
    /// ``AgendaDeckBuilder/templateName``) still to be filled all at once, in the order their
    /// documents are made; empty once they are.
    private var toFill: [String]
    /// The filled templates whose documents are not yet made (a problem is kept to be thrown when
    /// its document is asked for, as it was when each template was filled on its own).
    private var filled: [String: Swift.Result<[Segment], MustacheError>] = [:]

    /// `agenda` ready for its documents; with `keptKeys`, a context of only those keys (of
    /// ``AgendaDocumentContext``: the values every filled template has are always made), for a
    /// document whose template reads no others (a part made alone by ``AgendaDocumentBuilder``).
    /// `templates` are those of the documents to be made from it, in order (see
    /// ``filledTemplate(_:fill:)``); none: each is filled when its document is asked for and the
    /// context is kept.
    init(_ agenda: Agenda, assessor: CriteriaAssessor, keptKeys: Set<String>? = nil, filling templates: [String] = []) {
        self.agenda = agenda
        self.assessor = assessor
        self.keptKeys = keptKeys
        self.toFill = templates
        self.names = NameLookup(names: assessor.names, agenda: agenda)
        self.budget = BudgetSummary(agenda: agenda)
    }

    /// What every document of the agenda is filled with: the agenda's context
    /// (``AgendaDocumentContext``) with the values every filled template has (``FilledTemplate``).
    /// Made when first asked for, and again if asked for after it was let go.
    var context: [String: MustacheValue] {
        if let made = madeContext { return made }
        let entries = AgendaDocumentContext(
            agenda: agenda, assessor: assessor, embeddings: embeddings, names: names, budget: budget
        ).entries(keeping: keptKeys)
        let made = FilledTemplate.addingCommonValues(to: entries, embeddings: embeddings, figureNames: AgendaCharts.figureNames)
        madeContext = made
        return made
    }

    private var madeContext: [String: MustacheValue]?

    /// `publiek`: the public summary's values, which every part has (the deck does not). Made when
    /// first asked for, and let go with the context.
    var publicSummary: MustacheValue {
        if let made = madePublicSummary { return made }
        let made = PublicSummaryContext(
            agenda: agenda, names: names, budget: budget, parse: { [embeddings] in embeddings.blocks(ofProse: $0) }
        ).value()
        madePublicSummary = made
        return made
    }

    private var madePublicSummary: MustacheValue?

    /// Called once the templates are filled and the context is let go, before any document is
    /// laid out: a build of a large workspace gives the freed memory back to the system there.
    public var afterFilling: (() -> Void)?

    /// Whether the context is held now (it is let go once the templates are filled).
    var holdsContext: Bool { madeContext != nil }

    /// The template `name` filled for its document by `fill` (which reads ``context``). The first
    /// call fills every template the agenda was prepared for, in order, and lets go of the context
    /// and the public summary's values; each filled template is handed out once, then let go. A
    /// template not among those (or asked for a second time) is filled when asked for, from the
    /// context made again if it was let go: its embedded values are added again, so its document
    /// is the same.
    func filledTemplate(
        _ name: String, fill: (String) throws(MustacheError) -> [Segment]
    ) throws(MustacheError) -> [Segment] {
        if !toFill.isEmpty {
            for template in toFill {
                do { filled[template] = .success(try fill(template)) } catch { filled[template] = .failure(error) }
            }
            toFill = []
            madeContext = nil
            madePublicSummary = nil
            afterFilling?()
        }
        if let made = filled.removeValue(forKey: name) { return try made.get() }
        return try fill(name)
    }

    /// The agenda's charts, by name: made when a document first shows one, then shared.
    func figure(named name: String) -> Figure? {
        if let made = figures[name] { return made }
        let made = AgendaCharts(agenda: agenda, names: names, budget: budget).chart(named: name)
        figures[name] = made
        return made
    }

    private var figures: [String: Figure?] = [:]
}
