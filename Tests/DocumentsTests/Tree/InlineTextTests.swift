import Markdown
import TestSupport
import Testing
@testable import Documents

/// Texts of the tree: a parsed document's texts are ranges of one shared buffer, texts made in
/// code own their bytes, and which one a text is never shows.
@Suite(.timed) struct InlineTextTests {
    @Test func aSharedTextIsTheTextOfItsRange() {
        let buffer = Array("vóór de regio: één".utf8)
        let shared = InlineText(buffer, range: 0..<6)
        #expect(shared.string == "vóór")
        #expect(shared.utf8Count == 6)
        #expect(shared == InlineText("vóór"))
        #expect(shared != InlineText("vóó"))
        #expect(InlineText(buffer, range: 3..<3).isEmpty)
        #expect(InlineText(buffer, range: 3..<3) == InlineText(""))
        #expect(Inline.text(shared) == .text("vóór"))
        #expect(Inline.text(InlineText(buffer, range: (buffer.count - 5)..<buffer.count)) == .text("één"))
        #expect("\(shared)" == "vóór")
    }

    /// Every text of `blocks`, in order.
    private func texts(in blocks: [Block]) -> [InlineText] {
        var result: [InlineText] = []
        func add(_ run: Inlines) {
            for inline in run {
                switch inline {
                case .text(let text): result.append(text)
                case .emphasis(let inner), .strong(let inner), .link(_, _, let inner), .image(_, _, let inner): add(inner)
                case .code, .softBreak, .hardBreak: break
                }
            }
        }
        for block in blocks {
            switch block {
            case .paragraph(let content), .heading(_, let content): add(content)
            case .blockQuote(let inner): result += texts(in: inner)
            case .list(let list): for item in list.items { result += texts(in: item) }
            case .table(let table): for row in [table.header] + table.rows { for cell in row { add(cell) } }
            default: break
            }
        }
        return result
    }

    /// Texts the parser leaves in pieces (escapes, references, unused delimiters and brackets) are
    /// joined into one text: all texts are ranges of two buffers, the document's text and the
    /// joined pieces.
    @Test func theParsedTextsShareOneBufferAndPiecesAreJoined() {
        let blocks = MarkdownParser.blocks(from: """
            # Kop \\* met &euro; 5 en *nadruk*

            Een \\[zin] met &amp; en * los, _half en [geen link] of `code` &#233;n **vet &lt;b&gt;**.

            | a \\| b | c |
            | --- | --- |
            | d&ndash;e | ![f](g) h |
            """)
        let found = texts(in: blocks)
        #expect(found.map(\.string) == [
            "Kop * met € 5 en ", "nadruk",
            "Een [zin] met & en * los, _half en [geen link] of ", " én ", "vet <b>", ".",
            "a | b", "c", "d–e", "f", " h",
        ])
        #expect(Set(found.map(\.bufferAddress)).count == 2)
        let plain = texts(in: MarkdownParser.blocks(from: "Een *zin* met [link](x) en\nnog een regel."))
        #expect(plain.count == 6 && Set(plain.map(\.bufferAddress)).count == 1)
    }

    @Test func aParsedTreeEqualsTheSameTreeMadeInCode() {
        let parsed = MarkdownParser.blocks(from: "Een *korte* zin \\* met [link](https://example.nl \"titel\").")
        let made: [Block] = [.paragraph([
            .text("Een "), .emphasis([.text("korte")]), .text(" zin * met "),
            .link(destination: "https://example.nl", title: "titel", content: [.text("link")]), .text("."),
        ])]
        #expect(parsed == made)
        #expect(parsed[0] != .paragraph([.text("Een ")]))
    }
}
