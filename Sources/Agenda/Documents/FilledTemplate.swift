import Foundation
import Documents
import Markdown

/// A template filled with an agenda's values, turned into a ``Document``: the Markdown is parsed,
/// the prose fields are put in as parsed blocks (``ProseFields``), and what a template asks for
/// with a fenced block is put in its place:
///
/// - ```` ```grafiek ```` with a figure's name on the next line: that figure (an unknown name
///   stays a code block, so a typo shows in the document);
/// - ```` ```inhoudsopgave ````: the table of contents; what stands before it is the cover;
/// - ```` ```afkortingen ````: the abbreviations of the registry that the document uses.
///
/// A table whose last row starts with "Totaal" is marked as having a total row, and a cell that
/// starts with the sign of a verdict that falls short (⚠ or ✗, see ``Verdict/mark``) is shaded.
struct FilledTemplate {
    let markdown: String
    let prose: ProseFields
    /// The registry's abbreviations, for a ```` ```afkortingen ```` block.
    var abbreviations: [Registry.Abbreviation] = []

    /// The document, with `metadata`, taking figures from `figure`.
    func document(metadata: DocumentMetadata, figure: (String) -> Figure?) -> Document {
        var blocks = prose.insert(into: Self.placing(MarkdownParser.blocks(from: markdown), figure: figure))
        if let index = blocks.firstIndex(of: Self.abbreviationsBlock) {
            blocks[index] = AbbreviationList(abbreviations: abbreviations).block(for: blocks)
        }
        return Document(metadata: metadata, splittingCoverFrom: blocks)
    }

    private static let abbreviationsBlock = Block.codeBlock(info: "afkortingen", text: "")

    /// Whether a row's first cell starts with "Totaal" (in bold or not).
    private static func isTotalRow(_ row: [[Inline]]) -> Bool {
        row.first.map { $0.plainText.drop { $0 == " " }.hasPrefix("Totaal") } ?? false
    }

    /// The table with its total row and its shaded verdicts marked.
    private static func marking(_ table: Table) -> Table {
        var table = table
        if !table.hasTotalRow && table.rows.last.map(Self.isTotalRow) == true { table.hasTotalRow = true }
        for (row, cells) in table.rows.enumerated() {
            for (column, cell) in cells.enumerated() {
                if let shade = shade(of: cell) { table.shades[Table.CellPosition(row: row, column: column)] = shade }
            }
        }
        return table
    }

    /// The shade of a cell that starts with the sign of a verdict that falls short.
    private static func shade(of cell: [Inline]) -> Table.CellShade? {
        switch cell.plainText.first(where: { $0 != " " }).map(String.init) {
        case Verdict.fails.mark: .shortfall
        case Verdict.unsubstantiated.mark: .caution
        default: nil
        }
    }

    private static func placing(_ blocks: [Block], figure: (String) -> Figure?) -> [Block] {
        blocks.map { block in
            switch block {
            case .codeBlock(let info, let text) where info == "grafiek":
                return figure(text.trimmingCharacters(in: .whitespacesAndNewlines)).map(Block.figure) ?? block
            case .codeBlock(let info, _) where info == "inhoudsopgave":
                return .tableOfContents
            case .table(let table):
                return .table(marking(table))
            case .blockQuote(let inner):
                return .blockQuote(placing(inner, figure: figure))
            case .codeBlock, .heading, .paragraph, .list, .thematicBreak, .figure, .tableOfContents:
                return block
            }
        }
    }
}
