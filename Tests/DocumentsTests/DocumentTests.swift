import Testing
@testable import Documents

/// How a document finds its cover and where its table of contents goes.
@Suite struct DocumentTests {
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
