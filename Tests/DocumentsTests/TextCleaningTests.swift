import Markdown
import Testing
@testable import Documents

/// What a format cannot hold is removed at the writer, and every writer follows one link policy.
@Suite struct TextCleaningTests {
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
            default: if scalar.value >= 0x20 && scalar.value != 0x7F { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }

    /// The HTML escaper reads eight bytes at a time (the last eight overlapping): every length
    /// around the word size, with a character to escape or drop at every position.
    @Test(arguments: ["&", "<", ">", "\"", "\u{1}", "\u{1F}", "\u{7F}", "\t", "\n", "é", "€"])
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
@Suite struct MarkdownEscapeTests {
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
