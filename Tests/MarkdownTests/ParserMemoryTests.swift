import Documents
import TestSupport
import Testing
@testable import Markdown

/// What the parser holds per node while it parses (issue 38: the parser held about 23 bytes per
/// byte of text), and the tables' rows and cells kept in one array for the whole document.
@Suite(.timed) struct ParserMemoryTests {
    /// The parser keeps a block node per block and an inline record per inline of the whole
    /// document until the tree is made: they were 152 and 36 bytes.
    @Test func nodesAndRecordsStaySmall() {
        #expect(MemoryLayout<BlockNode>.stride <= 80)
        #expect(MemoryLayout<InlineRecord>.stride <= 32)
        #expect(MemoryLayout<BlockRecord>.stride <= 32)
    }

    /// Rows of tables that follow one another, a table in a list item, and a line that looked
    /// like a header with the wrong number of cells (its cells are taken back) keep their own
    /// cells in the one array of cells.
    @Test func tablesKeepTheirOwnRowsInTheSharedArrays() {
        let markdown = """
            | a | b |
            | - | - |
            | 1 | 2 |
            | 3 |

            x | y | z
            --- | ---

            | c |
            | :-: |
            | 4 |

            - | d | e |
              | --: | --- |
              | 5 | *6* |
            """
        let blocks = MarkdownParser.blocks(from: markdown)
        #expect(blocks.count == 4)
        #expect(blocks[0] == .table(Table(alignments: [.none, .none], header: [[.text("a")], [.text("b")]],
                                          rows: [[[.text("1")], [.text("2")]], [[.text("3")], []]])))
        #expect(blocks[1] == .paragraph([.text("x | y | z"), .softBreak, .text("--- | ---")]))
        #expect(blocks[2] == .table(Table(alignments: [.center], header: [[.text("c")]], rows: [[[.text("4")]]])))
        guard case .list(let list) = blocks[3], list.items.count == 1 else {
            Issue.record("no list: \(blocks[3])")
            return
        }
        #expect(list.items[0] == [.table(Table(alignments: [.right, .none], header: [[.text("d")], [.text("e")]],
                                               rows: [[[.text("5")], [.emphasis([.text("6")])]]]))])
    }
}
