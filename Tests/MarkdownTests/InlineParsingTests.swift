import TestSupport
import Testing
@testable import Markdown
import Documents

/// Inline content, checked on the tree.
@Suite(.timed) struct InlineParsingTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let id: String
        let markdown: String
        let inlines: Inlines
        var testDescription: String { id }
    }

    static let cases: [Case] = [
        Case(id: "emphasis and strong", markdown: "*a* en **b** en _c_ en __d__",
             inlines: [.emphasis([.text("a")]), .text(" en "), .strong([.text("b")]), .text(" en "),
                       .emphasis([.text("c")]), .text(" en "), .strong([.text("d")])]),
        Case(id: "rule of three", markdown: "*foo**bar**baz*",
             inlines: [.emphasis([.text("foo"), .strong([.text("bar")]), .text("baz")])]),
        Case(id: "triple delimiters", markdown: "***sterk***", inlines: [.emphasis([.strong([.text("sterk")])])]),
        Case(id: "intraword underscore is text", markdown: "snake_case_naam", inlines: [.text("snake_case_naam")]),
        Case(id: "unmatched delimiters stay text", markdown: "**a*", inlines: [.text("*"), .emphasis([.text("a")])]),
        Case(id: "code span strips one space", markdown: "`` `x` ``", inlines: [.code("`x`")]),
        Case(id: "backslash escapes", markdown: "\\*niet\\* \\\\ \\a", inlines: [.text("*niet* \\ \\a")]),
        Case(id: "entities", markdown: "&amp; &copy; &euro; &eacute; &#233; &#xE9; &onbekend; &#0;",
             inlines: [.text("& © € é é é &onbekend; \u{FFFD}")]),
        Case(id: "texts in pieces inside and around a link", markdown: "a\\*b [c\\_d &amp; e](u) f&euro;g\\!",
             inlines: [.text("a*b "), .link(destination: "u", title: nil, content: [.text("c_d & e")]), .text(" f€g!")]),
        Case(id: "inline link with title", markdown: "[UWV](https://www.uwv.nl \"Het UWV\")",
             inlines: [.link(destination: "https://www.uwv.nl", title: "Het UWV", content: [.text("UWV")])]),
        Case(id: "link destination in brackets", markdown: "[a](<met spatie>)",
             inlines: [.link(destination: "met spatie", title: nil, content: [.text("a")])]),
        Case(id: "URI autolink", markdown: "<https://example.nl/a?b=c>",
             inlines: [.link(destination: "https://example.nl/a?b=c", title: nil, content: [.text("https://example.nl/a?b=c")])]),
        Case(id: "e-mail autolink", markdown: "<info@regio.nl>",
             inlines: [.link(destination: "mailto:info@regio.nl", title: nil, content: [.text("info@regio.nl")])]),
        Case(id: "image", markdown: "![grafiek *1*](g.png)",
             inlines: [.image(source: "g.png", title: nil, description: [.text("grafiek "), .emphasis([.text("1")])])]),
        Case(id: "no links in links", markdown: "[a [b](c) d](e)",
             inlines: [.text("[a "), .link(destination: "c", title: nil, content: [.text("b")]), .text(" d](e)")]),
        Case(id: "hard breaks", markdown: "a  \nb\\\nc", inlines: [.text("a"), .hardBreak, .text("b"), .hardBreak, .text("c")]),
        Case(id: "raw HTML is text", markdown: "<b onclick=\"x\">vet</b>", inlines: [.text("<b onclick=\"x\">vet</b>")]),
        Case(id: "script is text", markdown: "<script>alert(1)</script>", inlines: [.text("<script>alert(1)</script>")]),
    ]

    @Test(arguments: cases)
    func parses(_ example: Case) {
        #expect(MarkdownParser.blocks(from: example.markdown) == [.paragraph(example.inlines)])
    }

    @Test func plainTextDropsMarkup() {
        let inlines: Inlines = [.text("Werk "), .emphasis([.text("en")]), .softBreak, .code("inkomen")]
        #expect(inlines.plainText == "Werk en inkomen")
    }
}
