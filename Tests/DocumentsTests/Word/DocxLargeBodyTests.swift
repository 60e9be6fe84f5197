import TestSupport
import Testing
@testable import Documents

/// A body larger than ``WordBody/heldLimit`` is compressed as it is written
/// (``WordBody/passOnWhenLarge()``): the file must hold the same `word/document.xml` entry as the
/// whole part compressed at once, the plain way.
@Suite(.timed) struct DocxLargeBodyTests {
    /// Paragraphs, then a table of thousands of rows, then paragraphs: the body is cut between
    /// blocks and between rows.
    static func document() -> Document {
        var blocks: [Block] = [.heading(level: 1, content: [.text("Signalen")])]
        for index in 0..<2_000 { blocks.append(.paragraph([.text("Signaal \(index): de arbeidsmarkt in de regio vraagt om scholing & zorg.")])) }
        let rows = (0..<4_000).map { ["Regio \($0 % 35)", "Thema \($0 % 17)", "\($0 * 37 % 1000)", "signaal <\($0)>"] }
        blocks.append(.table(Table(header: ["Regio", "Thema", "Aantal", "Omschrijving"], rows: rows, numericFrom: 2, caption: "Alle signalen")))
        for index in 0..<2_000 { blocks.append(.paragraph([.text("Na de tabel \(index).")])) }
        return Document(metadata: DocumentMetadata(title: "Groot"), blocks: blocks)
    }

    @Test func theStreamedPartIsTheWholePartCompressed() throws {
        let docx = DocxWriter().write(Self.document())
        let xml = try #require(try ZipReader(docx)["word/document.xml"])
        #expect(xml.count > 2 * WordBody.heldLimit, "large enough to be handed on more than once: \(xml.count) bytes")
        let whole = ZipWriter.PreparedEntry(xml)
        #expect(whole.method == .deflated)
        // The entry's compressed bytes in the file are those of the whole part, after its local header.
        let name = Array("word/document.xml".utf8)
        let at = try #require(docx.firstRange(of: name)).upperBound
        #expect(Array(docx[at..<(at + whole.data.count)]) == whole.data)
        #expect(docx.u32(at: at - name.count - 16) == whole.crc)
        #expect(Int(docx.u32(at: at - name.count - 12)) == whole.data.count)
        #expect(Int(docx.u32(at: at - name.count - 8)) == xml.count)
    }
}
