import FoundationEssentials
import FoundationGaps

/// Cuts the content under one slide title into slides that each stay within a ``SlideBudget``:
/// a block that does not fit goes to the next slide, and a list, table or paragraph that does not
/// fit even there is cut between items, rows or sentences. Every slide after the first of a title
/// is a continuation, its title followed by `continued` in brackets ("… (continued)", "… (continued 2)").
struct SlideSplitter {
    let budget: SlideBudget
    /// What follows the title of a continuation (``DocumentWords/continued``).
    var continued = ""

    /// What the slide being filled holds so far.
    private struct Page {
        var blocks: [Block] = []
        var lines = 0.0
        var listItems = 0
        var tableRows = 0
        var isEmpty: Bool { blocks.isEmpty }
        /// The gap above the next block: half a line, none at the top.
        var gap: Double { blocks.isEmpty ? 0 : 0.5 }
    }

    /// The slides for `title` and `blocks`; at least one, even for a title alone.
    func split(title: Inlines, blocks: [Block]) -> [Slide] {
        var pages: [[Block]] = []
        var page = Page()
        var rest = blocks
        func flush() {
            if !page.isEmpty { pages.append(page.blocks) }
            page = Page()
        }
        while !rest.isEmpty {
            let block = rest.removeFirst()
            switch block {
            case .figure(let figure):
                if case .matrix(let matrix) = figure.content {
                    rest.insert(.table(Self.table(of: matrix, caption: figure.title)), at: 0)
                    continue
                }
                flush()
                page.blocks = [block]
                flush()
            case .list(let list):
                var taken: [[Block]] = []
                for item in list.items {
                    let cost = itemLines(item, width: budget.charactersPerLine - 3)
                    let count = itemCount(item)
                    let fits = page.lines + page.gap + cost <= budget.lines && page.listItems + count <= budget.listItems
                    if !fits && !(page.isEmpty && taken.isEmpty) { break }
                    if taken.isEmpty { page.lines += page.gap }
                    taken.append(item)
                    page.lines += cost
                    page.listItems += count
                }
                if taken.isEmpty { flush(); rest.insert(block, at: 0); continue }
                var head = list
                head.items = taken
                page.blocks.append(.list(head))
                if taken.count < list.items.count {
                    var tail = list
                    tail.items = Array(list.items[taken.count...])
                    if case .ordered(let start) = list.kind { tail.kind = .ordered(start: start + taken.count) }
                    rest.insert(.list(tail), at: 0)
                    flush()
                }
            case .table(let table):
                let widths = columnWidths(table)
                let header = rowLines(table.header, widths: widths)
                var taken = 0
                var lines = page.lines + page.gap + header
                for row in table.rows {
                    let cost = rowLines(row, widths: widths)
                    let fits = lines + cost <= budget.lines && page.tableRows + taken + 1 <= budget.tableRows
                    if !fits && !(page.isEmpty && taken == 0) { break }
                    lines += cost
                    taken += 1
                }
                if taken == 0 && !table.rows.isEmpty { flush(); rest.insert(block, at: 0); continue }
                // One or two rows left for a continuation of their own: keep them here when the whole
                // table fits the slide's full room, which the budget's margin leaves unused.
                if taken < table.rows.count, table.rows.count - taken <= Self.widowRows,
                   page.tableRows + table.rows.count <= budget.tableRows {
                    let wide = columnWidths(table, charactersPerLine: budget.widowCharactersPerLine)
                    let whole = ([table.header] + table.rows).reduce(page.lines + page.gap) { $0 + rowLines($1, widths: wide) }
                    if whole <= budget.widowLines {
                        taken = table.rows.count
                        lines = whole
                    } else if taken > Self.widowRows + 1 {
                        // They do not fit: move rows along so the continuation is not a widow
                        // (4 + 2 becomes 3 + 3; the rows moved were on this slide, so they fit).
                        let moved = min(Self.widowRows + 1 - (table.rows.count - taken), taken - (Self.widowRows + 1))
                        for row in table.rows[(taken - moved)..<taken] { lines -= rowLines(row, widths: widths) }
                        taken -= moved
                    }
                }
                page.blocks.append(.table(table.rows(0..<taken)))
                page.lines = lines
                page.tableRows += taken
                if taken < table.rows.count {
                    rest.insert(.table(table.rows(taken..<table.rows.count)), at: 0)
                    flush()
                }
            case .paragraph(let content):
                let cost = lines(content.plainText, width: budget.charactersPerLine)
                if page.lines + page.gap + cost <= budget.lines {
                    page.lines += page.gap + cost
                    page.blocks.append(block)
                    continue
                }
                let room = budget.lines - page.lines - page.gap
                if !page.isEmpty && (cost <= budget.lines || room < 2) { flush(); rest.insert(block, at: 0); continue }
                let characters = Int(room) * budget.charactersPerLine
                if let (head, tail) = Self.splitParagraph(content, within: characters) {
                    page.blocks.append(.paragraph(head))
                    rest.insert(.paragraph(tail), at: 0)
                } else {
                    page.blocks.append(block)
                }
                flush()
            case .heading, .blockQuote, .codeBlock, .thematicBreak, .tableOfContents:
                let cost = lines(of: block)
                if !page.isEmpty && page.lines + page.gap + cost > budget.lines { flush() }
                page.lines += page.gap + cost
                page.blocks.append(block)
            }
        }
        flush()
        if pages.isEmpty { pages = [[]] }
        return pages.enumerated().map { index, blocks in
            let continued = index > 0
            // Every slide a title of its own (PowerPoint's accessibility checker, and a screen
            // reader's list of slides): the second continuation is "(continued 2)".
            let mark = index == 1 ? " (\(self.continued))" : " (\(self.continued) \(index))"
            let shown = continued && !title.isEmpty ? title + [.text(mark)] : title
            return Slide(title: shown, blocks: blocks, isContinuation: continued)
        }
    }

    /// At most this many rows of a table are kept back from a continuation of their own.
    static let widowRows = 2

    // MARK: - Sizes

    private func lines(_ text: String, width: Int) -> Double {
        Double(max(1, (CellTextMeasure.characterCount(text) + max(width, 1) - 1) / max(width, 1)))
    }

    func lines(of block: Block) -> Double {
        switch block {
        case .paragraph(let content): lines(content.plainText, width: budget.charactersPerLine)
        case .heading: 1.5
        case .blockQuote(let inner): inner.reduce(0.5) { $0 + lines(of: $1) }
        case .codeBlock(_, let text): Double(max(1, text.split(separator: "\n", omittingEmptySubsequences: false).count - 1))
        case .list(let list): list.items.reduce(0) { $0 + itemLines($1, width: budget.charactersPerLine - 3) }
        case .table(let table): tableLines(table)
        case .figure: budget.lines
        case .thematicBreak, .tableOfContents: 0
        }
    }

    /// A table's lines: its rows' in one set of column widths (measured once, not per row).
    private func tableLines(_ table: Table) -> Double {
        let widths = columnWidths(table)
        return ([table.header] + table.rows).reduce(0) { $0 + rowLines($1, widths: widths) }
    }

    private func itemLines(_ item: [Block], width: Int) -> Double {
        max(1, item.reduce(0) { total, block in
            switch block {
            case .paragraph(let content): total + lines(content.plainText, width: width)
            case .list(let list): total + list.items.reduce(0) { $0 + itemLines($1, width: width - 3) }
            case .heading, .blockQuote, .codeBlock, .thematicBreak, .table, .figure, .tableOfContents: total + lines(of: block)
            }
        })
    }

    private func itemCount(_ item: [Block]) -> Int {
        1 + item.reduce(0) { total, block in
            if case .list(let list) = block { return total + list.items.reduce(0) { $0 + itemCount($1) } }
            return total
        }
    }

    /// A row's height: its tallest cell, in the widths of ``columnWidths(_:)``.
    func rowLines(_ row: [Inlines], widths: [Int]) -> Double {
        let tallest = zip(row, widths).map { lines($0.plainText, width: $1) }.max() ?? 1
        return 0.3 + tallest
    }

    /// The width of each column in characters, as a browser lays a table out: each column as wide
    /// as its longest cell when they all fit, or else a share of the width in proportion to it
    /// (less two characters of padding per column).
    func columnWidths(_ table: Table, charactersPerLine: Int? = nil) -> [Int] {
        let rows = [table.header] + table.rows
        let longest = table.alignments.indices.map { column in
            max(1, rows.map { CellTextMeasure.characterCount($0[column].plainText) }.max() ?? 1)
        }
        let available = max(4 * longest.count, (charactersPerLine ?? budget.charactersPerLine) - 2 * longest.count)
        let total = longest.reduce(0, +)
        return total <= available ? longest : longest.map { max(4, available * $0 / total) }
    }

    // MARK: - Cutting

    /// The paragraph cut after the last sentence (or else word) that ends within `characters`
    /// characters, or nil when it cannot be cut there. Only text at the top level is cut.
    static func splitParagraph(_ content: Inlines, within characters: Int) -> (Inlines, Inlines)? {
        var used = 0
        var best: (inline: Int, offset: String.Index, sentence: Bool)?
        for (index, inline) in content.enumerated() {
            let text: String
            if case .text(let value) = inline { text = value.string } else {
                used += inline.plainText.count
                if used > characters { break }
                continue
            }
            var position = text.startIndex
            while position < text.endIndex {
                if used > characters { break }
                let character = text[position]
                let next = text.index(after: position)
                if character == " ", position > text.startIndex {
                    let before = text[text.index(before: position)]
                    let sentence = before == "." || before == ";" || before == ":" || before == "?" || before == "!"
                    if sentence || best?.sentence != true { best = (index, next, sentence) }
                }
                used += 1
                position = next
            }
            if used > characters { break }
        }
        guard let best, case .text(let inlineText) = content[best.inline] else { return nil }
        let text = inlineText.string
        let head = String(text[..<best.offset]).trimming(.spaces)
        let tail = String(text[best.offset...])
        let first = Array(content[..<best.inline]) + (head.isEmpty ? [] : [.text(head)])
        let second = (tail.isEmpty ? [] : [Inline.text(tail)]) + Array(content[(best.inline + 1)...])
        guard !first.isEmpty, !second.isEmpty else { return nil }
        return (Inlines(first), Inlines(second))
    }

    /// A matrix as a plain table, so that its rows can be cut like any table's.
    static func table(of matrix: CountMatrix, caption: String) -> Table {
        Table(
            header: [matrix.rowHeading] + matrix.columns + [matrix.totalHeading],
            rows: matrix.rows.indices.map { row in
                [matrix.rows[row]] + matrix.counts[row].map { $0 == 0 ? "" : String($0) } + [String(matrix.totals[row])]
            },
            numericFrom: 1, caption: caption)
    }
}
