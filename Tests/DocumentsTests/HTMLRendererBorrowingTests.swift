import Markdown
import TestSupport
import Testing
@testable import Documents

/// The HTML writer reads the parser's texts and emphasis in place (``BorrowedInline``) and every
/// other inline as a copy: a parsed tree and the same tree made in code (texts of their own,
/// runs of their own arrays, which take the copying way) give the same HTML.
@Suite(.timed) struct HTMLRendererBorrowingTests {
    static let pieces = [
        "a", "woord", " ", "é", "€", "&amp;", "<", "\"", "\\*", "*", "_", "**", "[", "](/u)", "](/u \"t\")", "![",
        "`", "\n", "  \n", "- ", "> ", "\n\n", "1. ", "# ", "| a | b |\n| - | -: |\n| x *y* | `z` |\n",
    ]

    /// `blocks` with every text and run rebuilt as one of its own.
    static func ownCopy(_ blocks: [Block]) -> [Block] {
        blocks.map { block in
            switch block {
            case .paragraph(let content): return .paragraph(ownCopy(content))
            case .heading(let level, let content): return .heading(level: level, content: ownCopy(content))
            case .blockQuote(let inner): return .blockQuote(ownCopy(inner))
            case .list(let list): return .list(ListBlock(kind: list.kind, isTight: list.isTight, items: list.items.map(ownCopy)))
            case .table(var table):
                table.header = table.header.map(ownCopy)
                table.rows = table.rows.map { $0.map(ownCopy) }
                return .table(table)
            default: return block
            }
        }
    }

    static func ownCopy(_ content: Inlines) -> Inlines {
        Inlines(content.map { inline -> Inline in
            switch inline {
            case .text(let text): return .text(text.string)
            case .emphasis(let inner): return .emphasis(ownCopy(inner))
            case .strong(let inner): return .strong(ownCopy(inner))
            case .link(let destination, let title, let inner): return .link(destination: destination, title: title, content: ownCopy(inner))
            case .image(let source, let title, let inner): return .image(source: source, title: title, description: ownCopy(inner))
            default: return inline
            }
        })
    }

    @Test func parsedAndOwnTreesWriteTheSameHTML() {
        var generator = SplitMix64(seed: 66)
        for document in generator.texts(3000, of: Self.pieces, maximumLength: 30) {
            let parsed = MarkdownParser.blocks(from: document)
            let own = Self.ownCopy(parsed)
            #expect(own == parsed)
            let html = HTMLWriter().render(parsed)
            #expect(html == HTMLWriter().render(own), "\(document.debugDescription)")
            if html != HTMLWriter().render(own) { return }
        }
    }
}
