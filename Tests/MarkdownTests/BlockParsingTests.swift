import TestSupport
import Testing
@testable import Markdown
import Documents

/// The block structure: which blocks a text gives, checked on the tree itself.
@Suite(.timed) struct BlockParsingTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let id: String
        let markdown: String
        let blocks: [Block]
        var testDescription: String { id }
    }

    static let cases: [Case] = [
        Case(id: "atx heading", markdown: "## Doelen ##\n", blocks: [.heading(level: 2, content: [.text("Doelen")])]),
        Case(id: "seven hashes are text", markdown: "####### te veel\n", blocks: [.paragraph([.text("####### te veel")])]),
        Case(id: "setext heading", markdown: "Doelen\n---\n", blocks: [.heading(level: 2, content: [.text("Doelen")])]),
        Case(id: "paragraphs", markdown: "een\ntwee\n\ndrie\n",
             blocks: [.paragraph([.text("een"), .softBreak, .text("twee")]), .paragraph([.text("drie")])]),
        Case(id: "thematic break", markdown: "a\n\n* * *\n", blocks: [.paragraph([.text("a")]), .thematicBreak]),
        Case(id: "fenced code with info", markdown: "~~~ toml extra\nx = 1\n~~~\n",
             blocks: [.codeBlock(info: "toml extra", text: "x = 1\n")]),
        Case(id: "unclosed fence runs to the end", markdown: "```\na\n\nb\n",
             blocks: [.codeBlock(info: "", text: "a\n\nb\n")]),
        Case(id: "indented code", markdown: "    let x\n\n    let y\n\n",
             blocks: [.codeBlock(info: "", text: "let x\n\nlet y\n")]),
        Case(id: "block quote with laziness", markdown: "> een\ntwee\n",
             blocks: [.blockQuote([.paragraph([.text("een"), .softBreak, .text("twee")])])]),
        Case(id: "tight bullet list", markdown: "- a\n- b\n",
             blocks: [.list(ListBlock(kind: .bullet, isTight: true, items: [[.paragraph([.text("a")])], [.paragraph([.text("b")])]]))]),
        Case(id: "loose ordered list with start", markdown: "3. a\n\n4. b\n",
             blocks: [.list(ListBlock(kind: .ordered(start: 3), isTight: false,
                                      items: [[.paragraph([.text("a")])], [.paragraph([.text("b")])]]))]),
        Case(id: "nested list", markdown: "- a\n  - b\n",
             blocks: [.list(ListBlock(kind: .bullet, isTight: true, items: [[
                 .paragraph([.text("a")]),
                 .list(ListBlock(kind: .bullet, isTight: true, items: [[.paragraph([.text("b")])]])),
             ]]))]),
        Case(id: "changing bullet starts a new list", markdown: "- a\n+ b\n", blocks: [
            .list(ListBlock(kind: .bullet, isTight: true, items: [[.paragraph([.text("a")])]])),
            .list(ListBlock(kind: .bullet, isTight: true, items: [[.paragraph([.text("b")])]])),
        ]),
        Case(id: "ordered list other than 1 does not interrupt a paragraph", markdown: "Aantal\n2. keer\n",
             blocks: [.paragraph([.text("Aantal"), .softBreak, .text("2. keer")])]),
        Case(id: "reference definition disappears", markdown: "[uwv]: https://www.uwv.nl \"UWV\"\n\nZie [uwv].\n",
             blocks: [.paragraph([.text("Zie "), .link(destination: "https://www.uwv.nl", title: "UWV", content: [.text("uwv")]), .text(".")])]),
        Case(id: "raw HTML block is text", markdown: "<div>\n<script>x</script>\n</div>\n",
             blocks: [.paragraph([.text("<div>"), .softBreak, .text("<script>x</script>"), .softBreak, .text("</div>")])]),
        Case(id: "tab indentation", markdown: "-\tfoo\n\n\tbar\n", blocks: [
            .list(ListBlock(kind: .bullet, isTight: false, items: [[.paragraph([.text("foo")]), .paragraph([.text("bar")])]])),
        ]),
        Case(id: "NUL becomes replacement character", markdown: "a\u{0}b", blocks: [.paragraph([.text("a\u{FFFD}b")])]),
        Case(id: "CRLF line endings", markdown: "# Kop\r\n\r\ntekst\r\n",
             blocks: [.heading(level: 1, content: [.text("Kop")]), .paragraph([.text("tekst")])]),
        Case(id: "empty document", markdown: "", blocks: []),
    ]

    @Test(arguments: cases)
    func parses(_ example: Case) {
        #expect(MarkdownParser.blocks(from: example.markdown) == example.blocks)
    }
}
