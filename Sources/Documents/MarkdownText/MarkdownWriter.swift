/// Writes a ``Document`` (or blocks of one) as normalised CommonMark (with GFM tables).
///
/// The output is deterministic and stable: parsing it gives the same tree, and writing that tree
/// again gives the same text. Choices: ATX headings (setext only for a heading with a line break),
/// `-` bullets and `.` ordered markers (`*` and `)` for a list that directly follows a list of the
/// same kind, which would otherwise merge with it), `*` and `**` for emphasis, fenced code blocks,
/// `***` for thematic breaks, blank lines between blocks, hard breaks as a backslash. Text is
/// escaped where it could otherwise be read as syntax, control characters are left out, and link
/// destinations that ``LinkPolicy`` refuses are left empty. A figure becomes its title in bold
/// and the table of its numbers; a table's caption a bold line above it; the table of contents
/// nothing (a Markdown reader shows the headings).
public struct MarkdownWriter: Sendable {
    /// Makes a writer.
    public init() {}

    /// The Markdown text of `document`: its cover, then its content.
    public func render(_ document: Document) -> String {
        render(document.cover + document.blocks)
    }

    /// The Markdown text of `blocks`, ending in a newline (empty when there are none).
    public func render(_ blocks: [Block]) -> String {
        var writer = MarkdownBlockWriter()
        writer.write(blocks, tight: false)
        return writer.output.string()
    }

    /// The UTF-8 bytes of ``render(_:)-([Block])``, without making a string first.
    func bytes(_ blocks: [Block]) -> [UInt8] {
        var writer = MarkdownBlockWriter()
        writer.write(blocks, tight: false)
        return writer.output.bytes()
    }
}
