import Documents
@testable import Markdown
import TestSupport
import Testing

/// Parsing a long text piece by piece gives the blocks of parsing it whole.
@Suite(.timed) struct MarkdownPiecesTests {
    /// The pieces' blocks, or nil when the text is parsed whole after all.
    private func pieces(_ text: String, size: Int) -> [Block]? {
        var text = text
        return text.withUTF8 { MarkdownPieces(bytes: $0, pieceSize: size).blocks() }
    }

    private func cuts(_ text: String) -> [MarkdownPieces.Cut] {
        var text = text
        return text.withUTF8 { MarkdownPieces(bytes: $0, pieceSize: 0).cuts() }
    }

    @Test func headingsAfterABlankLineAndTableRowsAreWhereTheTextIsCut() {
        let text = "Inleiding\n# geen\n\n## Kop\n\n#geen\n\n    # ingesprongen\n\n| a | b |\n|---|--:|\n| 1 | 2 |\n| 3 | 4 |\n| 5 | 6 |\n\n###### Zes\n\n####### zeven\n"
        // The byte offset of the line that starts with `prefix`.
        let start = { (prefix: String) -> Int in
            var offset = 0
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                if line.hasPrefix(prefix) { return offset }
                offset += line.utf8.count + 1
            }
            return -1
        }
        let head = start("| a |")..<start("| 1 |")
        #expect(cuts(text) == [
            .init(at: start("## Kop"), tableHead: nil), .init(at: start("| 3 |"), tableHead: head),
            .init(at: start("| 5 |"), tableHead: head), .init(at: start("###### Zes"), tableHead: nil),
        ])
    }

    @Test func aLongTableBetweenHeadingsIsReadInPiecesAsTheWholeIs() throws {
        var text = "# Rapport\n\nInleiding met *nadruk*.\n\n## Open signalen\n\n| Regio | Signaal | Dagen |\n|---|---|--:|\n"
        for row in 0..<500 { text += "| Regio \(row % 35) | Signaal **\(row)** met `code` | \(row * 7) |\n" }
        text += "\n## Terugkoppeling\n\n- een\n- twee\n\n### Twente\n\nTekst.\n"
        let whole = MarkdownParser.blocks(from: text)
        for size in [0, 1, 100, 1_000, 10_000] {
            // Not parsed whole after all: every cut was confirmed.
            let cut = try #require(pieces(text, size: size))
            #expect(cut == whole)
            #expect(MarkdownParser.blocks(from: text, inPiecesOf: size) == whole)
        }
        guard case .table(let table)? = whole.dropFirst(3).first else { Issue.record("no table"); return }
        #expect(table.rows.count == 500)
    }

    /// A heading after a fence that is not closed is code, not a heading: the piece ends in code,
    /// so the cut before the heading is not taken.
    @Test func aFenceLeftOpenHoldsTheHeadingsAfterIt() {
        for fence in ["```", "~~~ swift", "````", "  ```"] {
            let text = "Tekst.\n\n\(fence)\ncode\n\n# Geen kop\n\n| a |\n|---|\n| 1 |\n| 2 |\n"
            #expect(cuts(text).first?.tableHead == nil)
            #expect(pieces(text, size: 0) == nil)
            let whole = MarkdownParser.blocks(from: text)
            #expect(whole.count == 2)
            #expect(MarkdownParser.blocks(from: text, inPiecesOf: 0) == whole)
        }
    }

    /// A link reference definition holds for the whole text, also before it.
    @Test func aTextThatMayDefineALinkIsParsedWhole() {
        let text = "[doel]\n\n# Kop\n\n[doel]: https://example.org\n"
        #expect(!cuts(text).isEmpty)
        #expect(pieces(text, size: 0) == nil)
        let whole = MarkdownParser.blocks(from: text)
        #expect(whole.first == .paragraph([.link(destination: "https://example.org", title: nil, content: [.text("doel")])]))
        #expect(MarkdownParser.blocks(from: text, inPiecesOf: 0) == whole)
    }

    /// Rows that start with `|` but are no table's (a paragraph's lines): not confirmed, parsed whole.
    @Test func pipeLinesThatAreNoTableAreNotCut() {
        let text = "| geen | tabel\n| nog | een regel\n| en nog\n| en de laatste\n"
        #expect(cuts(text).count == 1)
        #expect(pieces(text, size: 0) == nil)
        #expect(MarkdownParser.blocks(from: text, inPiecesOf: 0) == MarkdownParser.blocks(from: text))
    }

    /// A short text is parsed whole, without looking for cuts.
    @Test func aTextNoLongerThanAPieceIsParsedWhole() {
        let text = "# Kop\n\n## Kop\n"
        #expect(MarkdownParser.blocks(from: text, inPiecesOf: text.utf8.count) == MarkdownParser.blocks(from: text))
    }

    /// Random texts of the blocks that meet at a cut (lists, quotes, fences open and closed,
    /// indented code, tables, setext underlines, every line end): the pieces' blocks are the whole's.
    @Test func randomTextsParseInPiecesAsTheyDoWhole() {
        var random = SplitMix64(seed: 38_004)
        var confirmed = 0
        for _ in 0..<600 {
            let text = Self.randomText(&random)
            let whole = MarkdownParser.blocks(from: text)
            for size in [0, 7, 60] {
                if let cut = pieces(text, size: size) {
                    confirmed += 1
                    #expect(cut == whole, "\(text.debugDescription)")
                }
                #expect(MarkdownParser.blocks(from: text, inPiecesOf: size) == whole)
            }
        }
        // Many texts are cut (some 250 of 1 800 parses; the others end a piece in code or in no
        // table), so the pieces are what is compared, not the whole parse with itself.
        #expect(confirmed > 150)
    }

    private static let lines = [
        "# Kop", "## Kop *twee*", "###### Zes", "#geen", "Tekst met *nadruk* en `code`.", "[doel] en [doel][]", "lui",
        "- een", "- twee", "  vervolg", "1. eerste", "   - genest", "> citaat", ">", "    code", "===", "---", "***", "| a | b |", "|---|--:|", "| 1 | 2 |", "| x \\| y |",
        "|:-:|", "| 3 |", "a | b", "--|--", "", "", "   ", "\t",
    ]

    /// Fence lines, rarer than the others: a fence left open makes the rest of the text one piece.
    private static let fences = ["```", "```swift", "~~~", "````", "  ```", "- ```", "> ```"]

    private static func randomText(_ random: inout SplitMix64) -> String {
        var text = ""
        let ends = ["\n", "\n", "\n", "\r\n", "\r"]
        for _ in 0..<Int.random(in: 10...80, using: &random) {
            let end = ends[Int.random(in: 0..<ends.count, using: &random)]
            switch Int.random(in: 0..<20, using: &random) {
            case 0, 1:
                // A heading after a blank line: a cut.
                text += "\(end)## Deel\(end)\(end)"
            case 2, 3:
                // A table with rows to cut between.
                text += "| a | b |\(end)|---|:-:|\(end)"
                for row in 0..<Int.random(in: 0...6, using: &random) { text += "| \(row) | *\(row)* |\(end)" }
            case 4:
                text += fences[Int.random(in: 0..<fences.count, using: &random)] + end
            default:
                text += lines[Int.random(in: 0..<lines.count, using: &random)] + end
            }
        }
        return text
    }
}
