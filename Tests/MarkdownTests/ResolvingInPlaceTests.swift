import Documents
import TestSupport
import Testing
@testable import Markdown

/// Escapes and character references resolved in the subject itself (issue 38, `markdown6`) give
/// the tree that leaving them in pieces for the tree maker to join gives, the way it was done
/// before: on random paragraphs where escapes and references fall beside text, emphasis, links,
/// brackets, code, breaks and each other.
@Suite(.timed) struct ResolvingInPlaceTests {
    static let pieces = [
        "a", "word", " ", " ", "é", "–", "\\*", "\\_", "\\[", "\\]", "\\\\", "\\`", "\\&", "\\a", "&amp;", "&euro;",
        "&eacute;", "&#233;", "&#x41;", "&#0;", "&nGt;", "&bogus;", "&amp", "*", "_", "**", "__", "[", "]", "](/u)",
        "](/u \"t&amp;\")", "[foo]", "![", "`", "``", "\n", "  \n", "\\\n", "<", "<http://x.nl>", "!", "|", ";", "&",
    ]

    static func documents(count: Int, seed: UInt64) -> [String] {
        var generator = SplitMix64(seed: seed)
        return generator.texts(count, of: pieces, maximumLength: 24).enumerated().map { index, text in
            // Some with a reference definition, so `[foo]` is a link; some as a heading or a cell.
            switch index % 5 {
            case 0: "[foo]: /bar\n\n" + text
            case 1: "# " + text.replacingOccurrences(of: "\n", with: " ")
            case 2: "| h |\n| - |\n| " + text.replacingOccurrences(of: "\n", with: " ") + " |"
            default: text
            }
        }
    }

    @Test func inPlaceGivesTheTreeOfThePlainWay() {
        for document in Self.documents(count: 4000, seed: 6) {
            let inPlace = MarkdownParser.blocks(from: document, resolvingInPlace: true)
            let plain = MarkdownParser.blocks(from: document, resolvingInPlace: false)
            #expect(inPlace == plain, "\(document.debugDescription)")
            if inPlace != plain { return }
        }
    }

    /// Cases where moving text would change what the raw bytes mean: a link label between
    /// brackets, a delimiter run right after a reference (flanking reads the `;`), a reference
    /// whose text is longer than itself.
    @Test(arguments: [
        ("[a\\*b]\n\n[a\\*b]: /x", "<p><a href=\"/x\">a*b</a></p>\n"),
        ("[a &amp; b]\n\n[a &amp; b]: /x", "<p><a href=\"/x\">a &amp; b</a></p>\n"),
        ("*a&eacute;*b*", "<p>*aé<em>b</em></p>\n"),
        ("x &nGt; y", "<p>x \u{226B}\u{20D2} y</p>\n"),
        ("a \\*b\\* &euro; c", "<p>a *b* € c</p>\n"),
    ])
    func rawBytesKeepTheirMeaning(markdown: String, html: String) {
        let blocks = MarkdownParser.blocks(from: markdown)
        #expect(blocks == MarkdownParser.blocks(from: markdown, resolvingInPlace: false))
        #expect(HTMLWriter(options: .init(headingIDs: false)).render(blocks) == html)
    }
}
