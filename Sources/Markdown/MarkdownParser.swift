import Documents

/// Parses Markdown text into the blocks of a ``Documents/Document``.
///
/// Parsing follows CommonMark 0.31.2 plus GFM pipe tables, with one deliberate deviation: raw
/// HTML is not recognised. `<script>` in the input is ordinary text, so text that comes from
/// agenda files can never inject markup into a generated document.
///
/// The parser works in a compact scratch form of its own (``MarkdownStorage``: records in flat
/// arrays, text in one buffer) and gives back the one tree every writer reads.
public enum MarkdownParser {
    /// The blocks of Markdown `text`.
    ///
    /// Never fails: every text is a Markdown document. Container nesting (block quotes, lists)
    /// deeper than ``maximumBlockNesting`` and inline nesting (emphasis, links) deeper than
    /// ``maximumInlineNesting`` are kept as literal text, so no input can exhaust the stack of the
    /// parser or of a writer.
    public static func blocks(from text: String) -> [Block] {
        blocks(from: text, resolvingInPlace: true)
    }

    /// ``blocks(from:)``; with `resolvingInPlace` false, escapes and character references are
    /// left in pieces that making the tree joins (the plain way, for tests to compare with).
    static func blocks(from text: String, resolvingInPlace: Bool) -> [Block] {
        var bytes = Array(text.utf8)
        var parser = BlockParser(bytes: &bytes)
        parser.resolvesInPlace = resolvingInPlace
        return parser.parse().tree()
    }

    /// How deeply block quotes and list items may nest; deeper markers are read as text.
    public static let maximumBlockNesting = 32

    /// How deeply emphasis, strong emphasis, links and images may nest; deeper delimiters stay text.
    public static let maximumInlineNesting = 32
}
