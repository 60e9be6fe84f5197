import TestSupport
import Testing
@testable import Markdown
import Documents

/// GFM pipe tables.
@Suite(.timed) struct TableParsingTests {
    @Test func alignmentsHeaderAndRows() {
        let document = MarkdownParser.blocks(from: "| Regio | Budget | Status |\n| :-- | --: | :-: |\n| Twente | 1.200 | *gereed* |\n")
        #expect(document == [.table(Table(
            alignments: [.left, .right, .center],
            header: [[.text("Regio")], [.text("Budget")], [.text("Status")]],
            rows: [[[.text("Twente")], [.text("1.200")], [.emphasis([.text("gereed")])]]]))])
    }

    @Test func escapedPipesStayInTheCellAlsoInCode() {
        let document = MarkdownParser.blocks(from: "a | b\n--|--\nx \\| y | `p\\|q`\n")
        guard case .table(let table)? = document.first else { Issue.record("no table"); return }
        #expect(table.rows == [[[.text("x | y")], [.code("p|q")]]])
    }

    @Test func rowsArePaddedAndCutToTheHeader() {
        let document = MarkdownParser.blocks(from: "| a | b |\n|---|---|\n| 1 |\n| 1 | 2 | 3 |\n")
        guard case .table(let table)? = document.first else { Issue.record("no table"); return }
        #expect(table.rows == [[[.text("1")], []], [[.text("1")], [.text("2")]]])
    }

    @Test func paragraphLinesBeforeTheHeaderStayAParagraph() {
        let document = MarkdownParser.blocks(from: "Inleiding\n| a |\n| - |\n| 1 |\n\nna\n")
        #expect(document.count == 3)
        #expect(document.first == .paragraph([.text("Inleiding")]))
        #expect(document.last == .paragraph([.text("na")]))
    }

    @Test(arguments: ["| a | b |\n| --- |\n", "a\n---\n", "| a |\n| -x- |\n"])
    func notATable(_ markdown: String) {
        let document = MarkdownParser.blocks(from: markdown)
        #expect(!document.contains { if case .table = $0 { return true } else { return false } })
    }

    @Test func aBlankLineEndsTheTable() {
        let document = MarkdownParser.blocks(from: "| a |\n| - |\n| 1 |\n\n| 2 |\n")
        guard case .table(let table)? = document.first else { Issue.record("no table"); return }
        #expect(table.rows.count == 1)
        #expect(document.count == 2)
    }
}
