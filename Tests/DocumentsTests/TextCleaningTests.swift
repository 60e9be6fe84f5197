import Markdown
import TestSupport
import Testing
@testable import Documents

/// What a format cannot hold is removed at the writer, and every writer follows one link policy.
@Suite(.timed) struct TextCleaningTests {
    /// Escaping done one character at a time, to compare the word-at-a-time escaper with.
    static func naive(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            default: if !Self.unwanted(scalar) { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }

    /// What no format may carry, written out here independently of ``TextCleaning``: C0 controls
    /// but tab and line breaks, DEL, C1 controls, bidirectional embeddings, overrides, isolates.
    static func unwanted(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: false
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// Every character the rule removes, and neighbours it keeps (U+00A0, U+200F, U+2029, U+202F, U+206A).
    static let removed: String = {
        var values: [UInt32] = Array(0..<0x20).filter { $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }
        values += Array(0x7F...0x9F)
        values += Array(0x202A...0x202E)
        values += Array(0x2066...0x2069)
        var scalars = String.UnicodeScalarView()
        for value in values { scalars.append(Unicode.Scalar(value)!) }
        return String(scalars)
    }()
    static let kept = "\u{A0}\u{200F}\u{2029}\u{202F}\u{206A}’–€"

    /// The HTML escaper reads eight bytes at a time (the last eight overlapping): every length
    /// around the word size, with a character to escape or drop at every position.
    @Test(arguments: ["&", "<", ">", "\"", "\u{1}", "\u{1F}", "\u{7F}", "\t", "\n", "é", "€", "\u{0}", "\u{85}", "\u{9F}",
                      "\u{A0}", "\u{202E}", "\u{202A}", "\u{2066}", "\u{2069}", "\u{202F}", "\u{2019}", "\u{200F}"])
    func escapingMatchesOneCharacterAtATime(special: String) {
        for length in 0...20 {
            for position in 0...length {
                let text = String(repeating: "a", count: position) + special + String(repeating: "b", count: length - position)
                let html = HTMLWriter().render([.paragraph([.text(text)])])
                #expect(html == "<p>" + Self.naive(text) + "</p>\n", "length \(length), position \(position)")
            }
        }
    }

    @Test func controlCharactersLeaveEveryFormat() {
        let blocks: [Block] = [.paragraph([.text("a\u{1}b\u{7F}c")]), .codeBlock(info: "", text: "x\u{2}y\n"),
                               .table(Table(header: ["k\u{3}op"], rows: [["c\u{4}el"]]))]
        let html = HTMLWriter().render(blocks)
        let markdown = MarkdownWriter().render(blocks)
        for output in [html, markdown] {
            #expect(!output.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || $0.value == 0x7F }, "\(output)")
        }
        #expect(markdown.contains("abc") && markdown.contains("xy") && markdown.contains("kop") && markdown.contains("cel"))
    }

    /// Issue 31 point 5: NUL, every other C0 control, DEL, U+0085 and the bidirectional overrides
    /// leave every format, in text, headings, table cells, code, titles and image descriptions.
    @Test func invisibleControlsLeaveEveryFormat() throws {
        let dirty = "a" + Self.removed + "b" + Self.kept
        let blocks: [Block] = [
            .heading(level: 2, content: [.text("Kop " + dirty)]),
            .paragraph([.text(dirty), .code("c" + dirty), .link(destination: "https://a.nl/", title: "t" + dirty, content: [.text("l" + dirty)]),
                        .image(source: "x.png", title: nil, description: [.text("i" + dirty)])]),
            .codeBlock(info: "i" + dirty, text: "blok" + dirty + "\n"),
            .table(Table(header: ["k" + dirty], rows: [["c" + dirty]])),
        ]
        let document = Document(metadata: DocumentMetadata(title: "Titel" + dirty, keywords: ["w" + dirty]), blocks: blocks)
        var outputs = [("md", MarkdownWriter().render(document)), ("html", HTMLWriter().render(blocks))]
        for (format, parts) in [("docx", try DocxFixture.parts(document)), ("pptx", try PptxWriterTests.parts(document))] {
            for (name, bytes) in parts where name.hasSuffix(".xml") { outputs.append(("\(format) \(name)", String(decoding: bytes, as: UTF8.self))) }
        }
        for (name, output) in outputs {
            #expect(!output.unicodeScalars.contains { Self.unwanted($0) && $0 != "\r" }, "\(name)")
        }
        let markdown = outputs[0].1, html = outputs[1].1
        #expect(markdown.contains("ab" + Self.kept) && html.contains("ab" + Self.kept))
        // PDF: page text in WinAnsi and UTF-16 properties and bookmarks.
        #expect(PDFText.winAnsi("a" + Self.removed + "b") == Array("ab".utf8))
        #expect(PDFText.textString("a\u{202E}\u{85}\u{0}b") == PDFText.textString("ab"))
        // Excel: left out, not written as _x0001_ (a carriage return still is).
        #expect(SpreadsheetText.escape("a" + Self.removed + "b\r") == "ab_x000D_")
    }

    @Test func controlCharactersLeaveTheDrawingsToo() {
        let chart = HorizontalBarChart(id: "b", title: "Bron\u{1}nen", description: "x\u{2}", bars: [.init(label: "Regio\u{1}budget <b>", value: 5)], format: .count)
        let html = HTMLWriter().render([.figure(Figure(content: .horizontalBars(chart), data: Table(header: ["Bron"], rows: [["a"]])))])
        #expect(!html.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "a control character reached the SVG")
        #expect(html.contains("Regiobudget &lt;b&gt;"))
    }

    @Test(arguments: ["javascript:alert(1)", " JavaScript:alert(1)", "vbscript:x", "file:///etc/passwd", "data:text/html,<b>x</b>"])
    func refusedLinksAreRefusedInMarkdownToo(destination: String) {
        let blocks: [Block] = [.paragraph([.link(destination: destination, title: nil, content: [.text("klik")]),
                                           .image(source: destination, title: nil, description: [.text("beeld")])])]
        let markdown = MarkdownWriter().render(blocks)
        #expect(!markdown.lowercased().contains("script:") && !markdown.contains("file:") && !markdown.contains("data:"), "\(markdown)")
        #expect(MarkdownParser.blocks(from: markdown) == [.paragraph([.link(destination: "", title: nil, content: [.text("klik")]),
                                                                      .image(source: "#", title: nil, description: [.text("beeld")])])])
    }

    @Test func autolinksFollowThePolicy() {
        let markdown = MarkdownWriter().render(MarkdownParser.blocks(from: "<javascript:alert(1)> en [x](javascript:alert(1))\n"))
        #expect(!markdown.contains("javascript:alert(1)>") && !markdown.contains("(javascript:"), "\(markdown)")
    }
}

/// Markdown output reads as plain text: a backslash only where the text would otherwise start a block.
@Suite(.timed) struct MarkdownEscapeTests {
    @Test(arguments: [
        ("1.500 volwassenen", "1.500 volwassenen\n"),
        ("-5 graden", "-5 graden\n"),
        ("+31 6 1234", "+31 6 1234\n"),
        ("#hashtag", "#hashtag\n"),
        ("2026. Daarna", "2026\\. Daarna\n"),
        ("- geen lijst", "\\- geen lijst\n"),
        ("## geen kop", "\\## geen kop\n"),
        ("---", "\\---\n"),
        ("> geen citaat", "\\> geen citaat\n"),
        ("nergens_anders_belegd", "nergens_anders_belegd\n"),
        ("_nadruk_", "\\_nadruk\\_\n"),
    ])
    func onlyWhereABlockWouldStart(text: String, expected: String) {
        let blocks: [Block] = [.paragraph([.text(text)])]
        let written = MarkdownWriter().render(blocks)
        #expect(written == expected)
        #expect(MarkdownParser.blocks(from: written) == blocks)
    }
}
