import Foundation
import Markdown
import TestSupport
import Testing
@testable import Documents

/// The warning sign ⚠ of the verdicts, which the standard fonts lack: drawn as a triangle with an
/// exclamation mark, one glyph wide, with an invisible "!" under it for the text a reader copies or a
/// screen reader reads.
@Suite struct PDFWarningSignTests {
    static let document = PDFWriterTests.document("""
        # Oordelen

        Per thema: ✓ voldoet, ⚠ onvoldoende onderbouwd, ✗ voldoet niet.

        | Thema | Oordeel |
        |---|---|
        | Werk | ⚠ onvoldoende onderbouwd |
        | [Scholing ⚠](https://example.nl) | **⚠ vet** |
        """)

    @Test func theSignIsDrawnAsATriangleWithItsActualText() {
        let text = String(decoding: PDFWriter(compressesStreams: false).render(Self.document), as: UTF8.self)
        // Four signs: each an invisible "!" stretched to the sign's width, and a triangle (outline
        // closed and stroked, then the bar and dot of the "!").
        #expect(text.components(separatedBy: "Tz (!) Tj 100 Tz 0 Tr").count - 1 == 4)
        #expect(text.components(separatedBy: " 3 Tr ").count - 1 == 4)
        #expect(text.components(separatedBy: " l h S ").count - 1 == 4)
        #expect(!text.contains("(! onvoldoende"))
        #expect(!text.contains("\u{81}"))
    }

    @Test func theSignTakesTheWidthOfAGlyph() {
        let spans = PDFInlineSpans.spans("⚠", font: .regular)
        #expect(spans.count == 1 && spans[0].bytes == [PDFWarningSign.code])
        #expect(PDFFont.regular.width(spans[0].bytes, size: 10) == 9)
        #expect(PDFFont.bold.width(spans[0].bytes, size: 10) == 9)
        #expect(PDFWarningSign.occurs(in: spans))
        #expect(!PDFWarningSign.occurs(in: PDFInlineSpans.spans("! en ✓", font: .regular)))
        // Text made outside the lines (running heads, figures) still writes "!".
        #expect(PDFText.winAnsi("⚠") == Array("!".utf8))
    }

    @Test(.enabled(if: ExternalTool.pdftotext.shouldRun, ExternalTool.pdftotext.skipReason))
    func copiedTextHasTheSign() throws {
        let pages = try PDFKeepTogetherTests.pages(PDFWriter().render(Self.document))
        let text = pages.joined()
        #expect(text.contains("! onvoldoende onderbouwd"), "\(text)")
        #expect(text.contains("voldoet, ! onvoldoende onderbouwd, "))
    }
}
