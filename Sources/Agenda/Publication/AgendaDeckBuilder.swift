import Documents
import Mustache

/// Turns an agenda into its slide deck for a meeting: the template `dia/agenda.md` is filled with
/// the same context as the documents (``AgendaDocumentContext``) and made into a document tree the
/// same way (``FilledTemplate``); the deck writer cuts it into slides at its `#`/`##` headings and
/// thematic breaks.
public struct AgendaDeckBuilder: Sendable {
    /// The template's name in the library: `dia/agenda` (the file `templates/dia/agenda.md`).
    public static let templateName = "dia/agenda"
    /// The deck's file name without its extension, next to the agenda's documents: `dia`.
    public static let fileName = "dia"
    /// The deck's name in a link: "Dia's".
    public static let title = "Dia's"

    private let documents: AgendaDocumentBuilder

    /// A deck builder that shares the documents' builder (its templates, workspace and options).
    public init(documents: AgendaDocumentBuilder) {
        self.documents = documents
    }

    /// The deck of `agenda` as a document tree, ready for a deck writer.
    public func document(of agenda: Agenda) throws(MustacheError) -> Document {
        try document(of: documents.prepare(agenda, parts: []))
    }

    /// The deck of a prepared agenda, sharing its context with the agenda's documents.
    public func document(of prepared: PreparedAgenda) throws(MustacheError) -> Document {
        let agenda = prepared.agenda
        let filled = FilledTemplate(
            filled: try documents.filledTemplate(Self.templateName, of: prepared), embeddings: prepared.embeddings,
            abbreviations: documents.abbreviations)
        var metadata = documents.metadata(.policy, of: agenda)
        metadata.title = agenda.title
        metadata.part = "Dia's \(agenda.executionPeriod.description)"
        return filled.document(metadata: metadata) { prepared.figure(named: $0) }
    }
}
