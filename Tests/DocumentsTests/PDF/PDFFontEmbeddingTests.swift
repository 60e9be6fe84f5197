import Foundation
import Markdown
import TestSupport
import Testing
@testable import Documents

/// The fonts of a PDF: subsets of the font files in the repository, embedded (PDF/UA-1, PDF/A),
/// holding only the glyphs the text uses, with widths and a Unicode map; the marks from the font.
@Suite(.timed) struct PDFFontEmbeddingTests {
    static let document = PDFWriterTests.document("""
        # Fonts

        Oordeel: ✓ voldoet, ⚠ onvoldoende onderbouwd, ✗ voldoet niet; van werk → naar werk, € 705.000,50, `code`, *schuin* en **vet**.
        """)

    static func run(_ tool: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = Pipe()
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test func everyFontIsAnEmbeddedSubsetWithAUnicodeMap() throws {
        let text = String(decoding: PDFWriter(compressesStreams: false).render(Self.document), as: UTF8.self)
        #expect(!text.contains("/Type1") && !text.contains("/Helvetica") && !text.contains("ZapfDingbats"))
        #expect(text.components(separatedBy: "/Subtype /Type0 ").count - 1 == 5)  // regular, bold, italic, mono, symbols
        #expect(text.components(separatedBy: "/FontFile2 ").count - 1 == 5)
        #expect(text.contains("/CIDToGIDMap ") && text.contains("/ToUnicode ") && text.contains("/Encoding /Identity-H"))
        guard ExternalTool.pdffonts.shouldRun else { return }
        let path = NSTemporaryDirectory() + "mja-fonts-\(UUID().uuidString).pdf"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data(PDFWriter().render(Self.document)).write(to: URL(fileURLWithPath: path))
        let (status, output) = try Self.run(try ExternalTool.pdffonts.require(), [path])
        #expect(status == 0)
        let rows = output.split(separator: "\n").dropFirst(2)
        #expect(rows.count == 5)
        for row in rows {
            let columns = row.split(separator: " ")
            // name, type (2 words), encoding, emb, sub, uni, object, generation
            #expect(columns.count >= 8 && columns[columns.count - 5] == "yes" && columns[columns.count - 4] == "yes" && columns[columns.count - 3] == "yes", "\(row)")
            #expect(columns[0].count > 7 && columns[0].dropFirst(6).first == "+", "subset tag: \(row)")
        }
        #expect(output.contains("+LiberationSans ") && output.contains("+LiberationSans-Bold ") && output.contains("+LiberationSans-Italic ")
            && output.contains("+LiberationMono ") && output.contains("+DejaVuSans "))
        if ExternalTool.qpdf.shouldRun {
            #expect(try Self.run(try ExternalTool.qpdf.require(), ["--check", path]).status == 0)
        }
    }

    @Test func theMarksComeFromTheSymbolFont() {
        let spans = PDFInlineSpans.spans("a ⚠ b ✓ ✗", font: .regular)
        #expect(spans.map(\.font) == [.regular, .dingbats, .regular, .dingbats, .regular, .dingbats])
        for mark: UInt32 in [0x2713, 0x2714, 0x2717, 0x2718, 0x26A0] {
            let code = try! #require(PDFFont.symbolCodes[mark])
            #expect(PDFFont.dingbats.unicode(code) == mark)
            #expect(PDFFont.dingbats.glyph(code) != nil && PDFFont.dingbats.units(code) > 500)
        }
        // → has a glyph of its own in the text fonts now, not "->".
        #expect(PDFFont.regular.glyph(PDFFont.arrowCode) != nil && PDFFont.regular.units(PDFFont.arrowCode) == 1000)
        #expect(PDFFont.regular.unicode(0xA0) == 0xA0 && PDFFont.regular.unicode(128) == 0x20AC)
    }

    @Test func theSubsetHoldsOnlyTheGlyphsUsed() throws {
        var embedding = PDFFontEmbedding()
        var content = Array("BT /F1 10 Tf ".utf8)
        PDFText.appendCodes(PDFText.winAnsi("Aa Aa"), to: &content)
        content += Array(" Tj ET <</MCID 3>> BDC <FEFF0042> BT /F2 9 Tf ".utf8)
        PDFText.appendCodes(PDFText.winAnsi("ë"), to: &content)
        content += Array(" Tj ET".utf8)
        embedding.collect(content)
        #expect(embedding.codes[.regular] == Set(PDFText.winAnsi("Aa ")))
        #expect(embedding.codes[.bold] == [0xEB])
        #expect(embedding.usedFonts == [.regular, .bold])

        let font = PDFFont.regular.file
        let glyphs = Set(PDFText.winAnsi("Aa ").compactMap { PDFFont.regular.glyph($0) })
        let subset = font.subset(glyphs)
        #expect(subset.oldGlyphs == ([0] + glyphs).sorted())
        let read = try TrueTypeFont(bytes: subset.bytes)
        #expect(read.glyphCount == 4)
        for glyph in glyphs { #expect(read.width(ofGlyph: subset.newGlyph[glyph]!) == font.width(ofGlyph: glyph)) }
        #expect(subset.bytes.count < 5_000)  // of 410,712: the hinting programs (3.5 kB) and four outlines

        // A composite glyph brings its components, renumbered inside the subset.
        let composite = try #require(font.glyphs.values.first { !TrueTypeFont.components(font.glyphData(Int($0))).isEmpty })
        let parts = TrueTypeFont.components(font.glyphData(Int(composite)))
        let withParts = font.subset([composite])
        #expect(Set(withParts.oldGlyphs) == Set([0, composite] + parts))
        let reread = try TrueTypeFont(bytes: withParts.bytes)
        let renumbered = TrueTypeFont.components(reread.glyphData(Int(withParts.newGlyph[composite]!)))
        #expect(renumbered == parts.map { withParts.newGlyph[$0]! })
    }

    @Test func theSubsetTagComesFromTheGlyphsAndTheOutputIsTheSameEachTime() {
        let a = PDFFontEmbedding.tag([0, 5, 9], "LiberationSans")
        #expect(a.count == 6 && a.allSatisfy { $0 >= "A" && $0 <= "Z" })
        #expect(a == PDFFontEmbedding.tag([0, 5, 9], "LiberationSans"))
        #expect(a != PDFFontEmbedding.tag([0, 5, 10], "LiberationSans"))
        #expect(PDFWriter().render(Self.document) == PDFWriter().render(Self.document))
    }

    @Test func aDamagedFontFileIsAnErrorNotACrash() throws {
        #expect(throws: TrueTypeFont.ReadError.self) { try TrueTypeFont(bytes: Array("not a font".utf8)) }
        let whole = PDFFont.regular.file.subset([]).bytes
        for length in [4, 12, 40, whole.count / 2] {
            #expect(throws: TrueTypeFont.ReadError.self) { try TrueTypeFont(bytes: Array(whole.prefix(length))) }
        }
    }
}
