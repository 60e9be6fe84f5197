import Documents
import Markdown
import Mustache

/// A template filled with a context, turned into a ``Document``. The template's own text (the
/// author's Markdown, with the values it wrote, escaped) is parsed as Markdown; what the context
/// handed over as ``TemplateEmbeddings`` (prose, figures, verdict signs, total rows) is put in the
/// tree where its tag stands (``TemplateSplicer``).
///
/// Two fenced blocks of the author's Markdown place what the document makes itself:
/// - ```` ```inhoudsopgave ````: the table of contents; what stands before it is the cover;
/// - ```` ```afkortingen ````: the abbreviations of the registry that the document uses.
struct FilledTemplate {
    let segments: [Segment]
    let embeddings: TemplateEmbeddings
    /// The registry's abbreviations, for a ```` ```afkortingen ```` block.
    var abbreviations: AbbreviationList

    /// The key of the total row's mark in every context: `{{totaalrij}}`.
    static let totalRowKey = "totaalrij"
    /// The key of the figures in every context: `{{grafieken.tijdlijn}}`.
    static let figuresKey = "grafieken"

    /// The template called `name` in `templates`, filled with `context` and two values every
    /// document has: `totaalrij` and `grafieken` (the figures called `figureNames`). Values that
    /// are not text come from `embeddings`, which the context was made with.
    ///
    /// - Throws: The first problem in the template, located (strict: a name the context lacks is one).
    init(
        _ name: String, from templates: TemplateLibrary, with context: MustacheValue, embeddings: TemplateEmbeddings,
        figureNames: [String] = [], abbreviations: [Registry.Abbreviation] = []
    ) throws(MustacheError) {
        var context = context
        if case .dictionary(let entries) = context {
            context = .dictionary(Self.addingCommonValues(to: entries, embeddings: embeddings, figureNames: figureNames))
        }
        try self.init(
            name, from: templates, withComplete: context, embeddings: embeddings,
            abbreviations: AbbreviationList(abbreviations: abbreviations))
    }

    /// The template called `name` in `templates`, filled with `context` as it is: a context that
    /// already has the values of ``addingCommonValues(to:embeddings:figureNames:)``, made once for
    /// several documents (``PreparedAgenda``).
    ///
    /// - Throws: The first problem in the template, located (strict: a name the context lacks is one).
    init(
        _ name: String, from templates: TemplateLibrary, withComplete context: MustacheValue, embeddings: TemplateEmbeddings,
        abbreviations: AbbreviationList
    ) throws(MustacheError) {
        self.init(
            filled: try Self.fill(name, from: templates, withComplete: context), embeddings: embeddings,
            abbreviations: abbreviations)
    }

    /// A template already filled (``fill(_:from:withComplete:)``) with a context made with
    /// `embeddings`: the filled templates of a ``PreparedAgenda``, made before their documents.
    init(filled segments: [Segment], embeddings: TemplateEmbeddings, abbreviations: AbbreviationList) {
        self.segments = segments
        self.embeddings = embeddings
        self.abbreviations = abbreviations
    }

    /// The template called `name` in `templates` filled with `context` as it is, as segments.
    ///
    /// - Throws: The first problem in the template, located (strict: a name the context lacks is one).
    static func fill(
        _ name: String, from templates: TemplateLibrary, withComplete context: MustacheValue
    ) throws(MustacheError) -> [Segment] {
        try templates.segments(name, with: context, escaping: .markdown, strict: .all)
    }

    /// `entries` with the two values every document has: `totaalrij` and `grafieken` (the figures
    /// called `figureNames`), embedded in `embeddings`.
    static func addingCommonValues(
        to entries: [String: MustacheValue], embeddings: TemplateEmbeddings, figureNames: [String]
    ) -> [String: MustacheValue] {
        var entries = entries
        entries[totalRowKey] = embeddings.totalRow()
        entries[figuresKey] = embeddings.figures(named: figureNames)
        return entries
    }

    /// The document, with `metadata`, taking the figures the template uses from `figure`.
    func document(metadata: DocumentMetadata, figure: (String) -> Figure?) -> Document {
        // Only the figures the rendered template holds are made.
        var figures: [String: Figure] = [:]
        for case .embedded(let number) in segments {
            if case .figure(let name)? = embeddings[number], figures[name] == nil { figures[name] = figure(name) }
        }
        let parsed = MarkdownParser.blocks(from: TemplateMarks.markdown(of: segments), inPiecesOf: Self.markdownPieceSize)
        var blocks = TemplateSplicer(embeddings: embeddings, figures: figures).blocks(parsed)
        if let index = blocks.firstIndex(of: Self.abbreviationsBlock) {
            blocks[index] = abbreviations.block(for: blocks)
        }
        return Document(metadata: metadata, splittingCoverFrom: blocks)
    }

    /// How much of a filled template's Markdown is parsed at a time. An agenda's document (some 40
    /// KB) is parsed whole; the signal report at 100 times the national content (4.7 MB) held 109
    /// MB of parser storage when parsed whole, and holds that of one piece.
    static let markdownPieceSize = 64 * 1024

    private static let abbreviationsBlock = Block.codeBlock(info: "afkortingen", text: "")
}
