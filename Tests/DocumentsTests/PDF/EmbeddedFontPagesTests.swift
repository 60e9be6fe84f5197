import SystemCalls
import TestSupport
import Testing
@testable import Documents

/// The font files' base64 text is read once, when the fonts are first needed, and its pages of the
/// program are given back then (issue 38): they can be given back (none of them was written), and
/// the text is still the file's when read again.
@Suite(.timed) struct EmbeddedFontPagesTests {
    @Test func theFontTextsPagesCanBeGivenBackOnceDecoded() throws {
        let files = PDFFont.files
        var text = EmbeddedFontFiles.liberationSansBold
        // Given back here once more and counted at once: other tests in this process read the
        // fonts' texts too (a subset test decodes them itself), which brings their pages back in
        // at any time, so what `PDFFont.files` gave back cannot be counted later in the run.
        let (given, resident) = try text.withUTF8 { bytes in
            let given = mja_release_program_pages(bytes.baseAddress, UInt(bytes.count))
            return (given, try #require(residentPages(UnsafeRawBufferPointer(bytes))))
        }
        // Every whole page of the text (134), so none was written: a written page is refused.
        #expect(given >= 130)
        // The kernel maps up to 16 pages around each one read, so a neighbouring literal read at
        // the same moment may bring back as many at either end, never the whole.
        #expect(resident <= 32)
        // Read again (the pages come back from the file): the same font.
        let again = try #require(Base64Decoding.decode(EmbeddedFontFiles.liberationSansBold))
        #expect(again == files[PDFFont.bold.rawValue].data.bytes)
    }
}
