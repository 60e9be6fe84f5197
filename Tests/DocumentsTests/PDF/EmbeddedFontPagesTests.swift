import TestSupport
import Testing
@testable import Documents

/// The font files' base64 text is read once, when the fonts are first needed, and its pages of the
/// program are given back then (issue 38): they are no longer resident afterwards, and the text is
/// still the file's when read again.
@Suite(.timed) struct EmbeddedFontPagesTests {
    @Test func theFontTextsPagesAreGivenBackOnceDecoded() throws {
        let files = PDFFont.files
        var text = EmbeddedFontFiles.liberationSansBold
        let resident = try text.withUTF8 { try #require(residentPages(UnsafeRawBufferPointer($0))) }
        // 134 pages before; the kernel maps up to 16 pages around each one read, so a neighbouring
        // literal that another test reads may bring back as many at either end, never the whole.
        #expect(resident <= 32)
        // Read again (the pages come back from the file): the same font.
        let again = try #require(Base64Decoding.decode(EmbeddedFontFiles.liberationSansBold))
        #expect(again == files[PDFFont.bold.rawValue].data.bytes)
    }
}
