@testable import Documents
import Markdown
import TestSupport
import Testing

extension DocumentWords {
    /// The Dutch words of the toolkit's documents (the Agenda module has its own `DocumentWords.dutch`;
    /// the writers' tests use the same words, as the documents they stand for are Dutch).
    static let dutch = DocumentWords(
        page: "pagina", of: "van", version: "versie", tableOfContents: "Inhoudsopgave", continued: "vervolg", slide: "Dia",
        table: "Tabel", tableWithColumns: "Tabel met de kolommen", scrollHint: "Schuif de tabel opzij om alles te zien",
        goTo: "Naar", theDocument: "het document", aHeading: "een kop in dit document")
}

/// Issue 32, point 3: the words the writers add come from the caller, so the module holds no Dutch.
/// With the English defaults, no Dutch word appears in any format.
@Suite(.timed) struct DocumentWordsTests {
    static let matrix = CountMatrix(rowHeading: "Region", rows: ["North"], columns: ["Theme"], counts: [[4]], totals: [4],
                                    totalHeading: "Sum", unit: "signals", scaleWord: "Scale", emptyCellNote: "an empty cell is 0")
    static let document = Document(
        metadata: DocumentMetadata(title: "Plan", kind: "Plan", version: "2", language: "en"),
        splittingCoverFrom: MarkdownParser.blocks(from: "# Plan\n\nCover.\n\n## Goals\n\n"
            + (1...40).map { "- goal \($0)" }.joined(separator: "\n") + "\n")
            + [.figure(Figure(content: .matrix(matrix), data: Table(header: ["Region"], rows: [["North"]], caption: "Counts")))])

    @Test func htmlRunningHeadsAndContents() {
        let html = HTMLPage().render(Self.document)
        #expect(html.contains("@bottom-right { content: \"page \" counter(page) \" of \" counter(pages);"))
        #expect(html.contains("@bottom-left { content: \"version 2\";"))
        #expect(html.contains("<p class=\"toc-title\">Contents</p>"))
        #expect(html.contains("<th scope=\"col\">Sum</th>"))
        #expect(html.contains("<p class=\"matrix-legenda\">Scale: ") && html.contains(" signals; an empty cell is 0.</p>"))
        #expect(html.contains("content: \"Scroll the table sideways to see it all \\2192\";"))
        #expect(html.contains("aria-label=\"Table: Counts\""))
        #expect(!html.contains("Totaal") && !html.contains("pagina") && !html.contains("Inhoudsopgave") && !html.contains("Tabel"))
    }

    @Test func wordFooterAndMatrix() throws {
        let parts = try DocxFixture.parts(Self.document)
        let footer = String(decoding: try #require(parts["word/footer1.xml"]), as: UTF8.self)
        #expect(footer.contains(">page </w:t>") && footer.contains("> of </w:t>") && footer.contains("version 2"))
        let body = String(decoding: try #require(parts["word/document.xml"]), as: UTF8.self)
        #expect(body.contains(">Sum</w:t>") && body.contains(">Contents</w:t>"))
        #expect(body.contains("Scale (signals; an empty cell is 0)"))
        #expect(!body.contains("Totaal") && !body.contains("Schaal") && !footer.contains("pagina"))
    }

    @Test func pdfPageNumbers() {
        let text = String(decoding: PDFWriter(compressesStreams: false).render(Self.document), as: UTF8.self)
        #expect(text.contains(PDFWriterTests.shown("page 2 of ").dropLast()))
        #expect(!text.contains(PDFWriterTests.shown("pagina").dropLast()))
        #expect(text.contains(PDFWriterTests.shown("Scale: ").dropLast()))
    }

    @Test func slidesContinueAndCountInTheCallersWords() {
        let deck = SlideDeck(document: Self.document)
        #expect(deck.slides.contains { $0.title == [.text("Goals"), .text(" (continued)")] })
        let html = SlideDeckPage().render(deck)
        #expect(html.contains("aria-label=\"Slide 1 of \(deck.slides.count)\""))
        #expect(!html.contains("vervolg") && !html.contains("aria-label=\"Dia"))
        #expect(html.contains(">Sum<"))
    }
}
