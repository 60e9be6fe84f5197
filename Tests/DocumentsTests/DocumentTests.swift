import TestSupport
import Testing
@testable import Documents

/// How a document finds its cover and where its table of contents goes.
@Suite(.timed) struct DocumentTests {
    static let metadata = DocumentMetadata(title: "T")
    static let title = Block.heading(level: 1, content: [.text("Titel")])
    static let chapter = Block.heading(level: 2, content: [.text("Hoofdstuk")])
    static let line = Block.paragraph([.text("regio")])

    @Test func theTitleAndWhatFollowsItUpToTheFirstChapterAreTheCover() {
        let document = Document(metadata: Self.metadata, splittingCoverFrom: [Self.title, Self.line, Self.chapter, Self.line])
        #expect(document.cover == [Self.title, Self.line])
        #expect(document.blocks == [.tableOfContents, Self.chapter, Self.line])
        #expect(document.headings.map(\.text) == ["Hoofdstuk"])
    }

    @Test func aPlacedTableOfContentsEndsTheCover() {
        let document = Document(metadata: Self.metadata, splittingCoverFrom: [Self.title, .tableOfContents, Self.line, Self.chapter])
        #expect(document.cover == [Self.title])
        #expect(document.blocks == [.tableOfContents, Self.line, Self.chapter])
    }

    @Test func withoutATitleThereIsNoCover() {
        let document = Document(metadata: Self.metadata, splittingCoverFrom: [Self.chapter, Self.line])
        #expect(document.cover.isEmpty)
        #expect(document.blocks == [.tableOfContents, Self.chapter, Self.line])
    }

    @Test func headingIDsCountTheCoverFirst() {
        // The same text on the cover and in a chapter: the chapter's id is the second one.
        let document = Document(metadata: Self.metadata, splittingCoverFrom: [.heading(level: 1, content: [.text("Plan")]),
                                                                              .heading(level: 2, content: [.text("Plan")])])
        #expect(document.headings.map(\.id) == ["plan-2"])
    }
}

/// A chart's value axis ends near its largest value, on round steps.
@Suite(.timed) struct ChartAxisTests {
    @Test(arguments: [
        (Int64(63_500_050), Int64(75_000_000)),  // € 635.000,50: the axis ends at € 750.000, not € 800.000
        (Int64(3), Int64(3)), (Int64(7), Int64(8)), (Int64(100), Int64(100)), (Int64(101), Int64(120)),
    ])
    func theAxisEndsNearTheLargestValue(value: Int64, top: Int64) {
        let axis = BarChart.axis(for: value)
        #expect(axis.step * Int64(axis.count) == top)
        #expect((3...6).contains(axis.count))
    }
}

/// A link to another document of the build gets each format's own extension.
@Suite(.timed) struct DocumentLinkTests {
    static let blocks: [Block] = [.paragraph([.link(destination: "document:../signalen", title: nil, content: [.text("rapport")])])]

    @Test func everyWriterAddsItsOwnExtension() {
        #expect(MarkdownWriter().render(Self.blocks) == "[rapport](../signalen.md)\n")
        #expect(HTMLWriter().render(Self.blocks) == "<p><a href=\"../signalen.html\">rapport</a></p>\n")
        #expect(DocumentLink.resolve("https://example.nl", fileExtension: "html") == "https://example.nl")
    }
}
