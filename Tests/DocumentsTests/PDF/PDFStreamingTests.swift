import Markdown
import TestSupport
import Testing
@testable import Documents

/// Issue 38: a document whose drawing is too much to hold is laid out twice, first for its page
/// count and the pages of its headings, then with each page finished (page numbers of the table
/// of contents, running heads) and compressed as soon as it is closed. The file is the same, byte
/// for byte, and the layout never holds more than the page being drawn.
@Suite(.timed) struct PDFStreamingTests {
    /// A cover, a table of contents over several pages, 90 chapters with links, lists, notes and
    /// tables that run over pages.
    static let long: Document = {
        var lines = ["# Een lang document", "", "Versie 1", ""]
        for chapter in 1...90 {
            lines += ["## \(chapter). Hoofdstuk \(chapter)", "", "Zie [hoofdstuk 1](#1-hoofdstuk-1) en [de site](https://example.nl/\(chapter)).", ""]
            lines += ["### \(chapter).1 Paragraaf", "", String(repeating: "Werkgevers en werkzoekenden in de regio. ", count: 30), ""]
            lines += ["- een punt", "- nog een punt met [een link](#\(chapter)-hoofdstuk-\(chapter))", "", "> een noot", ""]
            if chapter % 10 == 0 {
                lines += ["| Maatregel | Budget (€) |", "| :-- | --: |"] + (1...60).map { "| maatregel \($0) | \($0).000 |" } + [""]
            }
        }
        var document = PDFWriterTests.document(lines.joined(separator: "\n"))
        document.tableOfContentsDepth = 3
        return document
    }()

    @Test(arguments: [true, false]) func aStreamedDocumentHasTheSameBytes(compress: Bool) {
        for document in [PDFWriterTests.sample, PDFWriterTests.hostile, Self.long] {
            var streamed = PDFWriter(compressesStreams: compress)
            streamed.heldContentLimit = 0
            var twice = false
            let bytes = streamed.render(document) { layout in twice = !layout.canvas.keepsContent || layout.canvas.heldContent == 0 }
            #expect(twice)
            #expect(bytes == PDFWriter(compressesStreams: compress).render(document))
        }
    }

    @Test func aStreamedLayoutHoldsOnlyThePageBeingDrawn() throws {
        var streamed = PDFWriter()
        streamed.heldContentLimit = 0
        var most = 0, pages = 0, unsealed = 0
        _ = streamed.render(Self.long) { layout in
            most = layout.canvas.mostHeldContent
            pages = layout.canvas.pages.count
            unsealed = layout.canvas.pages.filter { $0.stream == nil || !$0.content.isEmpty }.count
        }
        var held = 0
        _ = PDFWriter().render(Self.long) { layout in held = layout.canvas.mostHeldContent }
        #expect(pages > 40)
        #expect(unsealed == 0)
        // The longest page's drawing at most: a twentieth of the whole document's.
        #expect(most > 0 && most * 20 < held, "\(most) of \(held)")
    }

    @Test func aShortDocumentIsLaidOutOnce() {
        var once = false
        _ = PDFWriter().render(PDFWriterTests.sample) { layout in once = layout.canvas.keepsContent && layout.canvas.heldContent > 0 }
        #expect(once)
    }
}
