import Foundation
import Markdown
import TestSupport
import Testing
@testable import Documents

/// What is painted on a page comes in the order the structure tree reads it, and a matrix is not
/// split with its turned header repeated as an artifact (outloud's ORD-001 and TAG-002).
@Suite(.timed) struct PDFReadingOrderTests {
    static let pdftotext = ExternalTool.pdftotext

    /// The page number of a contents entry is a Link element of its own after the entry's text,
    /// painted between that entry and the next (it was filled in at the end of the page).
    @Test func contentsPageNumbersArePaintedAfterTheirOwnEntry() throws {
        var document = PDFWriterTests.document("# Titel\n\nVersie 1\n\n## Eerste deel\n\nTekst.\n\n## Tweede deel\n\nMeer tekst.\n")
        document.tableOfContentsDepth = 2
        let text = String(decoding: PDFWriter(compressesStreams: false).render(document), as: UTF8.self)
        let first = try #require(text.range(of: PDFWriterTests.shown("Eerste deel") + " Tj"))
        let second = try #require(text.range(of: PDFWriterTests.shown("Tweede deel") + " Tj", range: first.upperBound..<text.endIndex))
        let between = text[first.upperBound..<second.lowerBound]
        // The entry's own link text ends, then its page number: a Link with text of its own.
        let number = try #require(between.range(of: "/Link <</MCID "))
        #expect(between[number.upperBound...].contains(" Tj"), "no page number between the entries: \(between)")
        // Not an artifact and not left for the end of the page.
        #expect(!between.contains("/Artifact"))
        #expect(!text.contains("/Alt \(PDFText.textString("Naar Eerste deel"))"))
    }

    /// A matrix that fits on a page starts on a new one rather than be split, so its turned header
    /// row is drawn once, as content, never repeated as an artifact.
    @Test(.enabled(if: pdftotext.shouldRun, pdftotext.skipReason))
    func aMatrixThatFitsAPageIsKeptWhole() throws {
        let regions = (1...35).map { "Regio \($0)" }
        let themes = (1...9).map { "Thema \($0) met een lange naam over de regionale arbeidsmarkt" }
        let counts = regions.indices.map { row in themes.indices.map { (row + $0) % 3 } }
        let matrix = CountMatrix(rowHeading: "Regio", rows: regions, columns: themes, counts: counts, totals: counts.map { $0.reduce(0, +) }, totalHeading: "Totaal", unit: "signalen", scaleWord: "schaal", emptyCellNote: "leeg: geen signalen")
        let filler = (1...30).map { "Vulregel \($0)." }.joined(separator: "\n\n")
        var blocks = MarkdownParser.blocks(from: "# Titel\n\n\(filler)\n")
        blocks.append(.figure(Figure(content: .matrix(matrix), data: Table(header: [], rows: [], caption: "Signalen per regio"))))
        let pdf = PDFWriter().write(Document(metadata: DocumentMetadata(title: "t"), blocks: blocks))
        let pages = try PDFKeepTogetherTests.pages(pdf)
        let firstRow = try #require(pages.firstIndex { $0.contains("Regio 1\n") || $0.contains("Regio 1 ") })
        let lastRow = try #require(pages.firstIndex { $0.contains("Regio 35") })
        #expect(firstRow == lastRow, "the matrix runs from page \(firstRow + 1) to page \(lastRow + 1)")
        let uncompressed = String(decoding: PDFWriter(compressesStreams: false).write(Document(metadata: DocumentMetadata(title: "t"), blocks: blocks)), as: UTF8.self)
        #expect(uncompressed.components(separatedBy: PDFWriterTests.shown("Thema 1 met een lange")).count <= 2)
    }

    /// A document whose cover has no page of its own (a changes document) starts its contents on
    /// the first page, and every page has the running heads, so a short document's repeated title
    /// is recognised as a running head (a cover page without them made it "prose in an artifact").
    @Test(.enabled(if: pdftotext.shouldRun, pdftotext.skipReason))
    func aCoverWithoutAPageOfItsOwnSharesTheFirstPage() throws {
        var document = PDFWriterTests.document("# De titel van het stuk\n\nVersie 1\n\n## Eerste deel\n\nDe eerste tekst.\n")
        document.tableOfContentsDepth = 2
        let ownPage = try PDFKeepTogetherTests.pages(PDFWriter().render(document))
        #expect(!ownPage[0].contains("De eerste tekst."))
        document.coverHasOwnPage = false
        let pages = try PDFKeepTogetherTests.pages(PDFWriter().render(document))
        #expect(pages[0].contains("De titel van het stuk") && pages[0].contains("De eerste tekst."))
        // The running head's "pagina 1 van 1" is on the first page.
        #expect(pages[0].contains("pagina 1 van"), "\(pages[0])")
    }
}
