import Foundation
import Markdown
import TestSupport
import Testing
@testable import Documents

/// A link whose destination becomes a script address once character references are read
/// (issue 31 point 4): every writer refuses it, and the Markdown output never hands a CommonMark
/// renderer a destination it would read differently.
@Suite(.timed) struct ScriptLinkReferenceTests {
    /// cmark-gfm's `cmark_clean_url` and pandoc, for a destination as written: character references
    /// decoded first (the whole HTML5 list), then a backslash before ASCII punctuation removed.
    static func asCmarkReads(_ destination: String) -> String {
        var decoded: [UInt8] = []
        let bytes = Array(destination.utf8)
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0x26, let (next, text) = CharacterReference.decode(bytes, at: index, end: bytes.count) {
                decoded += text.utf8
                index = next
            } else {
                decoded.append(bytes[index])
                index += 1
            }
        }
        var result: [UInt8] = []
        index = 0
        while index < decoded.count {
            if decoded[index] == 0x5C, index + 1 < decoded.count, isPunctuation(decoded[index + 1]) { index += 1 }
            result.append(decoded[index])
            index += 1
        }
        return String(decoding: result, as: UTF8.self)
    }

    static func isPunctuation(_ byte: UInt8) -> Bool {
        (0x21...0x2F).contains(byte) || (0x3A...0x40).contains(byte) || (0x5B...0x60).contains(byte) || (0x7B...0x7E).contains(byte)
    }

    static let variants: [(id: String, markdown: String)] = [
        ("colon reference", "[e1](javascript&colon;alert(1))"),
        ("the old output read back", "[e2](javascript\\&colon;alert\\(1\\))"),
        ("literal reference", "[e3](javascript&amp;colon;alert(1))"),
        ("tab in the scheme", "[e4](java&Tab;script:alert(1))"),
        ("line break in the scheme", "[e5](java&NewLine;script:alert(1))"),
        ("decimal colon", "[e6](JaVaScRiPt&#58;alert(1))"),
        ("hexadecimal letter", "[e7](&#x00006A;avascript:alert(1))"),
        ("vbscript", "[e8](vbscript&colon;msgbox(1))"),
        ("data", "[e9](data&colon;text/html;base64,PHNjcmlwdD4=)"),
        ("image", "![e10](javascript&colon;alert(1))"),
        ("svg image", "![e11](data&colon;image/svg+xml,x)"),
        ("reference definition", "[e12][r]\n\n[r]: javascript&colon;alert(1)"),
        ("two levels", "[e13](javascript&amp;amp;colon;alert(1))"),
        ("leading tab", "[e14](&Tab;javascript&colon;x)"),
        ("file", "[e15](file&colon;///etc/passwd)"),
    ]

    static func blocks(_ markdown: String) -> [Block] {
        MarkdownParser.blocks(from: "Zie \(markdown)\n")
    }

    @Test(arguments: variants.map(\.id))
    func noWriterLinksToTheScript(id: String) throws {
        let markdown = try #require(Self.variants.first { $0.id == id }).markdown
        let blocks = Self.blocks(markdown)
        let written = MarkdownWriter().render(blocks)
        let lower = written.lowercased()
        #expect(!lower.contains("script") && !lower.contains("data") && !lower.contains("file"), "\(written)")
        let html = HTMLWriter().render(blocks)
        #expect(html.ranges(of: "href=\"").count == html.ranges(of: "href=\"\"").count, "\(html)")
        #expect(html.ranges(of: "src=\"").count == html.ranges(of: "src=\"#\"").count, "\(html)")
        let document = Document(metadata: DocumentMetadata(title: "Links"), blocks: blocks)
        for (format, parts) in [("docx", try DocxFixture.parts(document)), ("pptx", try PptxWriterTests.parts(document))] {
            for (name, bytes) in parts where name.hasSuffix(".rels") {
                let text = String(decoding: bytes, as: UTF8.self).lowercased()
                #expect(!text.contains("script") && !text.contains("data:") && !text.contains("file"), "\(format) \(name)")
            }
        }
        let pdf = String(decoding: PDFWriter(compressesStreams: false).render(document), as: UTF8.self)
        #expect(!pdf.contains("/URI"), "PDF")
    }

    @Test(arguments: [
        "javascript&colon;alert(1)", "java&Tab;script:x", "java&NewLine;script:x", "&#106;avascript:x", "&#X6a;avascript:x",
        "javascript&amp;colon;x", "javascript\\:x", "vbscript&colon;x", "data&colon;text/html,x", "&Tab;&NewLine;javascript&colon;x",
    ])
    func thePolicyReadsReferences(destination: String) {
        #expect(!LinkPolicy.allows(destination, image: false))
        #expect(!LinkPolicy.allows(destination, image: true))
    }

    @Test(arguments: ["https://a.nl/?a=1&b=2", "https://a.nl/?q=&colon;", "document:uitvoeringsdeel", "&#35;acties", "data/rapport.pdf"])
    func addressesWithReferencesStayLinks(destination: String) {
        #expect(LinkPolicy.allows(destination, image: false))
    }

    @Test func rasterDataImagesWithAReferenceStay() {
        #expect(LinkPolicy.allows("data&colon;image/png;base64,iVBO", image: true))
        #expect(!LinkPolicy.allows("data&colon;image/png;base64,iVBO", image: false))
    }

    /// The Markdown writer writes an `&` that could start a reference as `&amp;` in destinations
    /// and titles, so cmark reads back the same destination (`\&` made `\&copy;` a `\©`).
    @Test(arguments: ["https://a.nl/?x=1&copy;y", "https://a.nl/a&colon;b", "https://a.nl/?q=a&amp;b", "https://a.nl/(x)\\y&#41;", "https://a.nl/&"])
    func cmarkReadsTheDestinationAsWritten(destination: String) throws {
        let blocks: [Block] = [.paragraph([.link(destination: destination, title: "t&copy; \"x\"", content: [.text("klik")])])]
        let written = MarkdownWriter().render(blocks)
        let open = try #require(written.range(of: "]("))
        let close = try #require(written.range(of: " \"", range: open.upperBound..<written.endIndex))
        var raw = String(written[open.upperBound..<close.lowerBound])
        if raw.hasPrefix("<") { raw = String(raw.dropFirst().dropLast()) }
        #expect(Self.asCmarkReads(raw) == destination, "\(written)")
        #expect(MarkdownParser.blocks(from: written) == blocks, "\(written)")
    }

    /// cmark decodes references in an autolink too, so a link with one is written in brackets.
    @Test func anAutolinkNeverHoldsAReference() {
        let blocks: [Block] = [.paragraph([.link(destination: "https://a.nl/&copy;", title: nil, content: [.text("https://a.nl/&copy;")])])]
        let written = MarkdownWriter().render(blocks)
        #expect(written == "[https://a.nl/\\&copy;](https://a.nl/&amp;copy;)\n")
        #expect(MarkdownParser.blocks(from: written) == blocks)
    }

    @Test func theWholeHTML5ListIsRead() {
        #expect(CharacterReference.named("colon") == ":" && CharacterReference.named("Tab") == "\t")
        #expect(CharacterReference.named("NewLine") == "\n" && CharacterReference.named("ngE") == "\u{2267}\u{338}")
        #expect(CharacterReference.named("CounterClockwiseContourIntegral") == "\u{2233}")
        #expect(CharacterReference.named("MadeUpEntity") == nil && CharacterReference.named("copy") == "©")
        // The CommonMark spec's example (entity references).
        let blocks = MarkdownParser.blocks(from: "&nbsp; &amp; &copy; &AElig; &Dcaron;\n&frac34; &HilbertSpace; &DifferentialD;\n&ClockwiseContourIntegral; &ngE; &colon; &MadeUpEntity;\n")
        #expect(HTMLWriter().render(blocks) == "<p>\u{A0} &amp; © Æ Ď\n¾ ℋ ⅆ\n∲ ≧̸ : &amp;MadeUpEntity;</p>\n")
    }

    /// The list read over its bytes is the list read as it was before issue 38's sixth round: split
    /// by `Character`, each code point parsed with `UInt32(_:radix:)`.
    @Test func theListReadOverItsBytesIsTheListReadByCharacter() {
        var plain: [String: String] = [:]
        let words = CharacterReference.namesAndCodePoints.split(whereSeparator: { $0 == " " || $0 == "\n" })
        var index = 0
        while index + 1 < words.count {
            var text = ""
            for hex in words[index + 1].split(separator: ",") {
                if let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) { text.unicodeScalars.append(scalar) }
            }
            plain[String(words[index])] = text
            index += 2
        }
        #expect(plain.count == 2125)
        #expect(CharacterReference.names == plain)
    }

    /// Code points as the list writes them, and what is not one, read as `UInt32(_:radix:)` reads them.
    @Test(arguments: ["41", "2242,338", "1D504", "0", "D800", "110000", "FFFFFFFF", "100000000", "4g", ",41,", "", "41,,42"])
    func codePointsAreReadAsByRadix(_ word: String) {
        var plain = ""
        for hex in word.split(separator: ",") {
            if let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) { plain.unicodeScalars.append(scalar) }
        }
        let bytes = Array(word.utf8)
        #expect(bytes.withUnsafeBufferPointer { CharacterReference.text(ofCodePoints: $0) } == plain)
    }
}
