/// A parsed Markdown document: a format-neutral tree of blocks.
///
/// The tree knows nothing of HTML or Word; the writers in the `Documents` module turn it into a
/// format. Parsing follows CommonMark 0.31.2 plus GFM pipe tables, with one deliberate deviation:
/// raw HTML is not recognised. `<script>` in the input is ordinary text, so text that comes from
/// agenda files can never inject markup into a generated document.
public struct MarkdownDocument: Sendable, Equatable {
    /// The top-level blocks, in document order.
    public var blocks: [Block]

    /// Makes a document from blocks built in code (for example by a later stage that adds charts).
    public init(blocks: [Block]) {
        self.blocks = blocks
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
        self.blocks = parser.parse()
    }

    /// How deeply block quotes and list items may nest; deeper markers are read as text.
    public static let maximumBlockNesting = 32

    /// How deeply emphasis, strong emphasis, links and images may nest; deeper delimiters stay text.
    public static let maximumInlineNesting = 32
}
