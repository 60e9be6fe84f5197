import Foundation
import Markdown
import TestSupport
import Testing
@testable import Documents

/// The PDF writer: byte-identical output, text escaped and cleaned, hostile text giving a valid
/// file, lines that never run past the margin, and the parts a reader and a screen reader need.
@Suite(.timed) struct PDFWriterTests {
    static let metadata = DocumentMetadata(
        title: "Regionale Meerjarenagenda Twente: beleidsdeel", kind: "Regionale Meerjarenagenda", part: "Beleidsdeel 2026-2030",
        region: "Twente", version: "0.9", status: "concept", keywords: ["Twente", "arbeidsmarkt"], words: .dutch)

    static func document(_ markdown: String, metadata: DocumentMetadata = metadata) -> Document {
        Document(metadata: metadata, splittingCoverFrom: MarkdownParser.blocks(from: markdown))
    }

    static let sample = document(SampleDocument.text)

    /// `text` as a content stream shows it: one-byte codes as a hex string of two-byte CIDs.
    static func shown(_ text: String) -> String {
        var output: [UInt8] = []
        PDFText.appendCodes(PDFText.winAnsi(text), to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    static let hostileWord = String(repeating: "Arbeidsmarktregio", count: 118)  // 2,006 characters

    static let hostile = document("""
        # Titel met ) en ( en \\\\ en \u{1}\u{7}\u{1B} stuurtekens

        ## Hoofdstuk ) ( \\\\ \u{0}

        Tekst met haakjes ) ( en een backslash \\\\ en \u{2}\u{1F}\u{7F} en ł, 中文, 🙂, € ‘ ’ “ ” – — é ë ï ö ü.

        \(hostileWord)

        - punt ) met [link ( \\\\](https://example.nl/a(b)c\\\\d)
        - [script](javascript:alert(1))

        | kolom ) | bedrag |
        |---|--:|
        | \(hostileWord) | € 1.000 |
        """, metadata: DocumentMetadata(title: "Titel ) ( \\ \u{1} ł 中", kind: "soort (", part: "deel )", keywords: [") (", "\\"]))

    @Test func theSameDocumentGivesTheSameBytes() {
        #expect(PDFWriter().render(Self.sample) == PDFWriter().render(Self.sample))
        #expect(PDFWriter().render(Self.hostile) == PDFWriter().render(Self.hostile))
    }

    @Test func theFileHasAValidCrossReferenceTable() throws {
        for document in [Self.sample, Self.hostile] {
            // The compressed file ends in a cross-reference stream (checked by qpdf below).
            let packed = PDFWriter().render(document)
            let packedStart = try #require(Int(String(decoding: packed.suffix(40), as: UTF8.self).components(separatedBy: "startxref\n").last?.split(separator: "\n").first ?? ""))
            #expect(String(decoding: packed[packedStart..<min(packed.count, packedStart + 40)], as: UTF8.self).contains("<</Type /XRef"))
            let bytes = PDFWriter(compressesStreams: false).render(document)
            let text = String(decoding: bytes, as: UTF8.self)
            #expect(text.hasPrefix("%PDF-1.7\n"))
            #expect(text.hasSuffix("%%EOF\n"))
            let tail = Array(bytes.suffix(40))
            let startxref = try #require(String(decoding: tail, as: UTF8.self).components(separatedBy: "startxref\n").last?.split(separator: "\n").first)
            let xref = try #require(Int(startxref))
            #expect(Array(bytes[xref..<(xref + 4)]) == Array("xref".utf8))
            // Every in-use entry points at "N 0 obj".
            let table = String(decoding: bytes[xref...], as: UTF8.self).split(separator: "\n")
            let count = try #require(Int(table[1].split(separator: " ")[1]))
            for number in 1..<count {
                let entry = table[2 + number]
                let offset = try #require(Int(entry.prefix(10)))
                let expected = Array("\(number) 0 obj".utf8)
                #expect(Array(bytes[offset..<(offset + expected.count)]) == expected, "object \(number)")
            }
            #expect(!text.contains("CreationDate") && !text.contains("ModDate"))
        }
    }

    @Test func hostileTextGivesAFileQPDFAccepts() throws {
        let bytes = PDFWriter().render(Self.hostile)
        let uncompressed = String(decoding: PDFWriter(compressesStreams: false).render(Self.hostile), as: UTF8.self)
        #expect(uncompressed.contains(Self.shown("Tekst met haakjes ) ( en een backslash \\ en en l, ??, ?, ").dropLast()))
        #expect(!uncompressed.contains("javascript"))
        #expect(uncompressed.contains("/URI (https://example.nl/a\\(b\\)c\\\\d)"))
        // Without qpdf the rest is skipped on a developer's machine; under CI=true it fails.
        guard ExternalTool.qpdf.shouldRun else { return }
        let qpdf = try ExternalTool.qpdf.require()
        let path = NSTemporaryDirectory() + "mja-pdf-\(UUID().uuidString).pdf"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: qpdf)
        process.arguments = ["--check", path]
        process.standardOutput = Pipe()
        process.standardError = Pipe()
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }

    @Test func noLineIsWiderThanItsColumn() {
        let spans = PDFInlineSpans.spans([.text("Een zin met " + Self.hostileWord + " erin, en " + Self.hostileWord)], font: .regular)
        for width in [40.0, 120, 504] {
            let lines = PDFLineBreaker(width: width, size: 10).lines(spans)
            #expect(lines.count > 1)
            for line in lines {
                #expect(line.width <= width + 0.01)
                let drawn = line.spans.reduce(0) { $0 + $1.font.width($1.bytes, size: 10) }
                let trailingSpace = line.spans.last?.bytes.last == 0x20 ? PDFFont.regular.width([0x20], size: 10) : 0
                #expect(abs(drawn - trailingSpace - line.width) < 0.01)
            }
            // Nothing is lost: every character is on a line.
            let letters = lines.flatMap { $0.spans.flatMap(\.bytes) }.filter { $0 != 0x20 }.count
            #expect(letters == spans.flatMap(\.bytes).filter { $0 != 0x20 }.count)
        }
    }

    @Test func textIsEscapedAndDutchCharactersAreKept() {
        var literal: [UInt8] = []
        PDFText.appendLiteral(PDFText.winAnsi("a(b)c\\d\u{1}\u{7F}e"), to: &literal)
        #expect(String(decoding: literal, as: UTF8.self) == "(a\\(b\\)c\\\\de)")
        #expect(PDFText.winAnsi("é ë ï ö ü € ‘ ’ “ ” – —") == [0xE9, 32, 0xEB, 32, 0xEF, 32, 0xF6, 32, 0xFC, 32, 128, 32, 145, 32, 146, 32, 147, 32, 148, 32, 150, 32, 151])
        #expect(PDFText.winAnsi("ł č − → 中\u{200B}\u{AD}") == Array("l c - ".utf8) + [PDFFont.arrowCode] + Array(" ?".utf8))
        var codes: [UInt8] = []
        PDFText.appendCodes([0x41, 0x81, 0xFF], to: &codes)
        #expect(String(decoding: codes, as: UTF8.self) == "<0041008100FF>")
        #expect(PDFText.textString("A\u{1}é") == "<FEFF004100E9>")
    }

    /// Liberation Sans is metric-compatible with Helvetica: the layout measures as it did with the
    /// standard fonts' AFM widths.
    @Test func textWidthsAreHelveticasThroughLiberationSans() {
        #expect(PDFFont.regular.units(UInt8(ascii: "a")) == 556)
        #expect(PDFFont.bold.units(UInt8(ascii: "a")) == 556)
        #expect(PDFFont.regular.units(UInt8(ascii: "i")) == 222)
        #expect(PDFFont.bold.units(UInt8(ascii: "i")) == 278)
        #expect(PDFFont.regular.units(128) == 556)  // €
        #expect(PDFFont.regular.units(151) == 1000)  // —
        #expect(PDFFont.oblique.units(0xEB) == 556)  // ë
    }

    @Test func theFileIsTaggedWithLanguageOutlineAndMetadata() {
        let text = String(decoding: PDFWriter(compressesStreams: false).render(Self.sample), as: UTF8.self)
        #expect(text.contains("/MarkInfo <</Marked true>>"))
        #expect(text.contains("/Lang (nl-NL)"))
        #expect(text.contains("/Type /StructTreeRoot"))
        #expect(text.contains("/S /H2 ") && text.contains("/S /H3 ") && text.contains("/S /L ") && text.contains("/S /LI "))
        #expect(text.contains("/Type /Outlines"))
        #expect(text.contains("<rdf:li>nl-NL</rdf:li>"))
        #expect(text.contains("/Subtype /Type0 /BaseFont /") && text.contains("+LiberationSans /Encoding /Identity-H"))
        #expect(text.contains(Self.shown("pagina 2 van ").dropLast()))
    }
}
