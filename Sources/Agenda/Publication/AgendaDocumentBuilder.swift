import Documents
import Mustache

/// Turns an agenda into its documents: the template (Markdown with Mustache) is filled with the
/// agenda's context and made into a document tree, with the agenda's prose, its figures and its
/// verdicts put in as typed values (``FilledTemplate``). Writers make every format from the tree.
public struct AgendaDocumentBuilder: Sendable {
    /// The documents of every agenda.
    public enum Part: String, Sendable, CaseIterable {
        /// The five-year policy part.
        case policy = "beleidsdeel"
        /// The two-year execution part.
        case execution = "uitvoeringsdeel"
        /// The public summary: at most two pages in plain Dutch for anyone, without a table of contents.
        case publicSummary = "publieksversie"

        /// The name in a title: "Beleidsdeel", "Uitvoeringsdeel".
        public var title: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }
    }

    public var templates: TemplateLibrary
    /// Weighs the themes for the scorecards; it holds the workspace the agendas come from.
    public let assessor: CriteriaAssessor
    /// The registry's abbreviations, ready to be looked for in every document of the build.
    let abbreviations: AbbreviationList

    /// A builder for the agendas of `workspace`.
    public init(templates: TemplateLibrary, workspace: Workspace, options: CheckOptions = CheckOptions()) {
        self.init(templates: templates, assessor: CriteriaAssessor(workspace: workspace, options: options))
    }

    /// A builder for the agendas `assessor` weighs (its workspace's), with the scorecards it made
    /// for the checks: the criteria are worked out once per run.
    public init(templates: TemplateLibrary, assessor: CriteriaAssessor) {
        self.templates = templates
        self.assessor = assessor
        self.abbreviations = AbbreviationList(abbreviations: assessor.workspace.registry.abbreviations)
    }

    /// The document of one part of an agenda of the builder's workspace, made alone (as `mja check`
    /// makes the public summary of each agenda to measure it).
    ///
    /// Its context holds only the values the part's template, and what it includes, can look up
    /// (``TemplateLibrary/contextKeys(of:)``): the public summary reads the agenda's header, its
    /// summary and `publiek`, not every theme's signals, actions and scorecards, which for the
    /// national agenda at 100 times the national content were 25 of the 27 MB its context held.
    /// The document is the same as with the whole context. A template with a problem is filled
    /// again with the whole context, so the problem says what it said (a missing name's
    /// suggestion is picked from every key).
    public func document(_ part: Part, of agenda: Agenda) throws(MustacheError) -> Document {
        if let keys = templates.contextKeys(of: part.rawValue),
           let document = try? document(part, of: PreparedAgenda(agenda, assessor: assessor, keptKeys: keys)) {
            return document
        }
        return try document(part, of: prepare(agenda, parts: [part], deck: false))
    }

    /// `agenda` made ready for its documents: make its parts and its deck from it, one after
    /// another, so they share what they have in common (``PreparedAgenda``). `parts` and `deck`
    /// are the documents that will be made from it: their templates are filled at once when the
    /// first is asked for, and the context is let go before any document is laid out.
    public func prepare(_ agenda: Agenda, parts: [Part] = Part.allCases, deck: Bool = true) -> PreparedAgenda {
        PreparedAgenda(
            agenda, assessor: assessor, filling: parts.map(\.rawValue) + (deck ? [AgendaDeckBuilder.templateName] : []))
    }

    /// The document of one part of a prepared agenda.
    public func document(_ part: Part, of prepared: PreparedAgenda) throws(MustacheError) -> Document {
        let agenda = prepared.agenda
        let filled = FilledTemplate(
            filled: try filledTemplate(part.rawValue, of: prepared), embeddings: prepared.embeddings,
            abbreviations: abbreviations)
        var document = filled.document(metadata: metadata(part, of: agenda)) { prepared.figure(named: $0) }
        if part == .publicSummary {
            // Two pages for anyone: no table of contents, the cover at the top of the first page.
            document.tableOfContentsDepth = 0
            document.coverHasOwnPage = false
        }
        return document
    }

    /// The template called `name` (a part's or the deck's) filled with the prepared agenda's
    /// context, as the prepared agenda hands it out (``PreparedAgenda/filledTemplate(_:fill:)``).
    func filledTemplate(_ name: String, of prepared: PreparedAgenda) throws(MustacheError) -> [Segment] {
        try prepared.filledTemplate(name) { (name) throws(MustacheError) in
            guard let part = Part(rawValue: name) else {
                // The deck: the agenda's context as it is.
                return try FilledTemplate.fill(name, from: templates, withComplete: .dictionary(prepared.context))
            }
            var entries = prepared.context
            // The other part, for the links between the two: each writer adds its own extension.
            let other = part == .policy ? Part.execution : Part.policy
            entries["ander_deel"] = ["naam": .string(other.rawValue), "link": .string("document:\(other.rawValue)")]
            entries["deel"] = [
                "kop": .string(heading(part, of: prepared.agenda)),
                "beleidsdeel": .bool(part == .policy), "uitvoeringsdeel": .bool(part == .execution),
                "publieksversie": .bool(part == .publicSummary),
            ]
            entries["publiek"] = prepared.publicSummary
            return try FilledTemplate.fill(name, from: templates, withComplete: .dictionary(entries))
        }
    }

    /// The document's title: "Regionale Meerjarenagenda Twente 2026-2030: uitvoeringsdeel 2026-2027".
    /// The period is left out when the agenda's title already ends with it, so a title never reads
    /// "2026-2030: beleidsdeel 2026-2030".
    func heading(_ part: Part, of agenda: Agenda) -> String {
        let period = (part == .policy ? agenda.policyPeriod : agenda.executionPeriod).description
        let title = agenda.title
        return title.hasSuffix(period) ? "\(title): \(part.rawValue)" : "\(title): \(part.rawValue) \(period)"
    }

    /// What the document is: for the cover, running headers and the file's properties.
    func metadata(_ part: Part, of agenda: Agenda) -> DocumentMetadata {
        let region = agenda.scope.regionCode.flatMap { assessor.names.regions[$0] }
        let period = part == .policy ? agenda.policyPeriod.description : agenda.executionPeriod.description
        let kind = agenda.scope == .national ? "Landelijke Meerjarenagenda" : "Regionale Meerjarenagenda"
        return DocumentMetadata(
            title: "\(agenda.title): \(part.rawValue)", kind: kind, part: "\(part.title) \(period)",
            region: region?.name ?? "Landelijk Beraad", version: agenda.version, status: agenda.status.rawValue,
            date: agenda.status == .adopted ? agenda.adoptedOn?.dutchText ?? "" : "",
            keywords: [kind, region?.name ?? "Landelijk Beraad", part.title, period], words: .dutch)
    }
}
