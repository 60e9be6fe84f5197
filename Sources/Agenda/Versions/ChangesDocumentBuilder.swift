import Documents
import Mustache

/// The document "Wijzigingen ten opzichte van versie X" for the board: the template
/// `wijzigingen.md` (Markdown with Mustache) filled with ``ChangesContext``, parsed into a document
/// tree that every writer (Markdown, HTML, Word, ...) turns into its format.
public struct ChangesDocumentBuilder: Sendable {
    /// The template's name in the library: `wijzigingen` (the file `templates/wijzigingen.md`).
    public static let templateName = "wijzigingen"
    /// The file name of the document, without extension.
    public static let fileName = "wijzigingen"

    public var templates: TemplateLibrary

    public init(templates: TemplateLibrary) {
        self.templates = templates
    }

    /// The document for `comparison`, whose new version is `new` read in `workspace`.
    public func document(for comparison: AgendaComparison, new: AgendaComparer.Version) throws(MustacheError) -> Document {
        let agenda = new.agenda
        let region = agenda.scope.regionCode.flatMap { new.workspace.registry.region($0) }
        let kind = agenda.scope == .national ? "Landelijke Meerjarenagenda" : "Regionale Meerjarenagenda"
        let owner = region?.name ?? "Landelijk Beraad"
        let embeddings = TemplateEmbeddings()
        let context = ChangesContext(comparison: comparison, kind: kind, owner: owner, embeddings: embeddings).value()
        let filled = try FilledTemplate(
            Self.templateName, from: templates, with: context, embeddings: embeddings,
            abbreviations: new.workspace.registry.abbreviations)
        let title = Self.title(since: comparison.old.version)
        let metadata = DocumentMetadata(
            title: "\(agenda.title): \(title.prefix(1).lowercased() + title.dropFirst())", kind: kind, part: title, region: owner,
            version: agenda.version, status: agenda.status.rawValue,
            date: agenda.status == .adopted ? agenda.adoptedOn?.dutchText ?? "" : "",
            keywords: [kind, owner, "Wijzigingen", "versie \(comparison.old.version)", "versie \(agenda.version)"], words: .dutch)
        var document = filled.document(metadata: metadata) { _ in nil }
        // A working paper of a page or two: no page for the cover alone, and the running heads
        // on every page (on a short document whose cover has none, a checker takes the repeated
        // title for prose hidden as an artifact: outloud TAG-002).
        document.coverHasOwnPage = false
        return document
    }

    /// "Wijzigingen ten opzichte van versie 0.9".
    public static func title(since version: String) -> String { "Wijzigingen ten opzichte van versie \(version)" }
}
