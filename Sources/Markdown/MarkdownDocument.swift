/// A parsed Markdown document: a format-neutral tree of blocks.
///
/// The tree knows nothing of HTML or Word; the writers in the `Documents` module turn it into a
/// format. Parsing follows CommonMark 0.31.2 plus GFM pipe tables, with one deliberate deviation:
/// raw HTML is not recognised. `<script>` in the input is ordinary text, so text that comes from
/// agenda files can never inject markup into a generated document.
///
/// The document is kept in a compact form (``MarkdownStorage``: records in flat arrays, text in one
/// buffer) that the writers read directly; ``blocks`` makes the public tree from it when asked.
public struct MarkdownDocument: Sendable, Equatable {
    /// The compact form, which the writers read.
    package var storage: MarkdownStorage

    /// The top-level blocks, in document order. Made from the compact form on each read, so read
    /// it once rather than in a loop; setting it replaces the document's content.
    public var blocks: [Block] {
        get { storage.tree() }
        set { storage = MarkdownStorage(blocks: newValue) }
    }

    /// Makes a document from blocks built in code (for example by a later stage that adds charts).
    public init(blocks: [Block]) {
        storage = MarkdownStorage(blocks: blocks)
    }

    /// Parses Markdown text.
    ///
    /// Never fails: every text is a Markdown document. Container nesting (block quotes, lists)
    /// deeper than ``MarkdownDocument/maximumBlockNesting`` and inline nesting (emphasis, links)
    /// deeper than ``MarkdownDocument/maximumInlineNesting`` are kept as literal text, so no input
    /// can exhaust the stack of the parser or of a writer.
    public init(parsing text: String) {
        var bytes = Array(text.utf8)
        var parser = BlockParser(bytes: &bytes)
        storage = parser.parse()
    }

    /// Documents are equal when their trees are (however each is stored).
    public static func == (lhs: MarkdownDocument, rhs: MarkdownDocument) -> Bool {
        lhs.blocks == rhs.blocks
    }

    /// How deeply block quotes and list items may nest; deeper markers are read as text.
    public static let maximumBlockNesting = 32

    /// How deeply emphasis, strong emphasis, links and images may nest; deeper delimiters stay text.
    public static let maximumInlineNesting = 32
}
