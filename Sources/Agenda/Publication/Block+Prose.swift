import Documents
import FoundationEssentials
import FoundationGaps

extension Block {
    /// The block with its headings (and those inside it) `levels` deeper, at most level 6.
    func demotingHeadings(by levels: Int) -> Block {
        guard levels > 0 else { return self }
        switch self {
        case .heading(let level, let content): return .heading(level: min(6, level + levels), content: content)
        case .blockQuote(let inner): return .blockQuote(inner.map { $0.demotingHeadings(by: levels) })
        case .list(var list):
            list.items = list.items.map { $0.map { $0.demotingHeadings(by: levels) } }
            return .list(list)
        case .paragraph, .codeBlock, .thematicBreak, .table, .figure, .tableOfContents: return self
        }
    }
}

extension Array where Element == Block {
    /// The blocks as one line of inline content, for a place that holds no blocks (a table cell):
    /// paragraphs and headings keep their inlines, list items are joined with "; ", code becomes
    /// a code span, and blocks are separated by a space.
    var inlineContent: Inlines {
        var result: Inlines = []
        for block in self {
            let content: Inlines
            switch block {
            case .paragraph(let inlines), .heading(_, let inlines): content = inlines
            case .blockQuote(let inner): content = inner.inlineContent
            case .list(let list):
                content = Inlines(list.items.enumerated().flatMap { index, item in (index > 0 ? [.text("; ")] : []) + item.inlineContent })
            case .codeBlock(_, let text): content = [.code(text.trimming(.newlines))]
            case .table(let table): content = [.text(([table.header] + table.rows).map { $0.map(\.plainText).joined(separator: " ") }.joined(separator: "; "))]
            case .thematicBreak, .figure, .tableOfContents: content = []
            }
            guard !content.isEmpty else { continue }
            if !result.isEmpty { result.append(.text(" ")) }
            result += content.map { $0 == .hardBreak || $0 == .softBreak ? .text(" ") : $0 }
        }
        return result
    }
}
