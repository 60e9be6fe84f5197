import Markdown
import TestSupport
import Testing
@testable import Documents

/// The runs of a parsed document: shared arrays, one per nesting level, none holding a run of
/// itself (which would keep it alive forever).
@Suite(.timed) struct ParsedInlinesTests {
    static let markdown = """
        # Kop met *nadruk*

        Eerste alinea met **sterk *en genest* woord** en een [link *met* nadruk](https://example.nl).

        - punt *een*
        - punt [twee](t) met ![beeld **vet**](b.png)

        > Citaat met _nadruk_.

        | Kolom *a* | Kolom b |
        | --- | --: |
        | **cel** | [x](y) |
        """

    /// Every run of `blocks`, with the runs inside its elements, in order.
    private func runs(in blocks: [Block]) -> [Inlines] {
        var result: [Inlines] = []
        func add(_ run: Inlines) {
            result.append(run)
            for inline in run {
                switch inline {
                case .emphasis(let inner), .strong(let inner), .link(_, _, let inner), .image(_, _, let inner): add(inner)
                case .text, .code, .softBreak, .hardBreak: break
                }
            }
        }
        for block in blocks {
            switch block {
            case .paragraph(let content), .heading(_, let content): add(content)
            case .blockQuote(let inner): result += runs(in: inner)
            case .list(let list): for item in list.items { result += runs(in: item) }
            case .table(let table): for row in [table.header] + table.rows { for cell in row { add(cell) } }
            default: break
            }
        }
        return result
    }

    @Test func noRunSharesAnArrayWithTheRunsInsideIt() {
        let blocks = MarkdownParser.blocks(from: Self.markdown)
        var checked = 0
        func check(_ run: Inlines) {
            for inline in run {
                switch inline {
                case .emphasis(let inner), .strong(let inner), .link(_, _, let inner), .image(_, _, let inner):
                    #expect(inner.arrayAddress != run.arrayAddress, "\(inner) shares the array of \(run)")
                    checked += 1
                    check(inner)
                default: break
                }
            }
        }
        for run in runs(in: blocks) { check(run) }
        #expect(checked >= 12)
    }

    @Test func theTopLevelRunsOfADocumentShareOneArray() {
        let blocks = MarkdownParser.blocks(from: Self.markdown)
        var topLevel: [Inlines] = []
        for block in blocks {
            switch block {
            case .paragraph(let content), .heading(_, let content): topLevel.append(content)
            case .table(let table): topLevel += table.header + table.rows.joined()
            default: break
            }
        }
        #expect(topLevel.count == 6)
        #expect(Set(topLevel.map(\.arrayAddress)).count == 1)
        // And the tree reads as it did when each run had an array of its own.
        #expect(blocks[0] == .heading(level: 1, content: [.text("Kop met "), .emphasis([.text("nadruk")])]))
        #expect(topLevel[4] == [.strong([.text("cel")])])
    }
}
