import Testing
@testable import Markdown

/// The compact form a document is kept in: a tree given in code comes back as given, and a parsed
/// document's tree survives the trip through `init(blocks:)`.
@Suite struct CompactStorageTests {
    static let builtTree: [Block] = [
        .heading(level: 9, content: [.text(""), .text("a"), .text("b"), .code("c")]),
        .paragraph([.link(destination: "https://example.nl", title: "", content: [.emphasis([.text("x")]), .softBreak]),
                    .image(source: "i.png", title: nil, description: [.strong([.text("y")]), .hardBreak])]),
        .list(ListBlock(kind: .ordered(start: 0), isTight: false, items: [[], [.thematicBreak], [.paragraph([])]])),
        .list(ListBlock(kind: .ordered(start: 12_345_678_901), isTight: true, items: [[.codeBlock(info: "swift x", text: "let é = 1\n")]])),
        .blockQuote([.blockQuote([]), .list(ListBlock(kind: .bullet, isTight: true, items: [[.paragraph([.text("q")])]]))]),
        .table(Table(alignments: [.left, .none], header: [[.text("h")]], rows: [[], [[.text("1")], [.text("2")], [.text("3")]]])),
        .table(Table(alignments: [], header: [], rows: [[], []])),
        .embedded(EmbeddedBlock(kind: "chart", html: "<svg/>", fallback: [.paragraph([.text("f")])])),
    ]

    @Test func treeGivenInCodeComesBackAsGiven() {
        #expect(MarkdownDocument(blocks: Self.builtTree).blocks == Self.builtTree)
    }

    @Test func settingBlocksReplacesTheContent() {
        var document = MarkdownDocument(parsing: "# Oud\n")
        document.blocks = [.paragraph([.text("nieuw")])]
        #expect(document.blocks == [.paragraph([.text("nieuw")])])
        #expect(document == MarkdownDocument(blocks: [.paragraph([.text("nieuw")])]))
    }

    @Test func parsedTextPiecesJoin() {
        // An escape, a character reference and a leftover delimiter are separate pieces inside.
        let document = MarkdownDocument(parsing: "a \\* b &amp; c **d*\n")
        #expect(document.blocks == [.paragraph([.text("a * b & c *"), .emphasis([.text("d")])])])
    }

    @Test(arguments: [
        "# Kop\n\nTekst met *nadruk*, [link](/a \"t\") en `code`.\n\n> - a\n>\n> - b\n",
        "| a | b |\n| :-- | --: |\n| 1 |\n| 1 | 2 | 3 |\n\n```sh &amp;\nx\n```\n\n    code\n\n\n",
        "[ref]: /url 'titel'\n\n[ref] ![beeld *x*][ref] <https://x.nl> <a@b.nl>\r\nregel\rregel\n",
    ])
    func parsedDocumentSurvivesRebuilding(_ markdown: String) {
        let parsed = MarkdownDocument(parsing: markdown)
        let rebuilt = MarkdownDocument(blocks: parsed.blocks)
        #expect(rebuilt == parsed)
        #expect(rebuilt.blocks == parsed.blocks)
    }
}
