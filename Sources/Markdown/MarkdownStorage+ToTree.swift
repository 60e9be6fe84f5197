import Documents

extension MarkdownStorage {
    /// The tree of ``Block`` values, made once when parsing is done. Nesting is capped by the
    /// parser, so the recursion here is too.
    func tree() -> [Block] {
        withView { view in
            var reader = TreeReader(view: view)
            reader.makeInlines()
            return reader.blocks(from: firstBlock)
        }
    }
}

/// Reads the records of a ``MarkdownStorage`` into ``Block`` and ``Inline`` values. Every array
/// is made at its final size, and a text that the parser left in one piece becomes its `String`
/// directly: this runs once per parse, over every record.
///
/// The inline runs (``Inlines``) are ranges of one array per nesting level, not an array each:
/// the content of a paragraph, heading or cell is a range of level 0, the content of an element
/// at level `n` a range of level `n + 1`. An array then only holds runs of deeper arrays, never
/// of itself (which would keep it alive forever), and the levels are made deepest first, so each
/// is complete before the level above takes ranges of it. ``layOut(from:level:)`` first decides
/// every run's range; ``makeInlines()`` then fills the levels in that order.
private struct TreeReader {
    let view: MarkdownStorageView
    /// Where the pieces of a text split by the parser are joined, kept for the whole document:
    /// one buffer instead of one per run of inlines that has such a text.
    var pending: [UInt8] = []
    /// Per level: the first record of each run, in the order their ranges were given.
    var runs: [[Int32]] = []
    /// Per level: how many inlines the runs given so far hold.
    var counts: [Int32] = []
    /// The range of the content of each element (emphasis, link, image) by record index, and of
    /// each paragraph, heading and cell by block index, in the array of its level.
    var contentRanges: [Range<Int32>]
    var blockRanges: [Range<Int32>]
    /// Level 0, complete once ``makeInlines()`` has run.
    var topLevel: [Inline] = []

    init(view: MarkdownStorageView) {
        self.view = view
        contentRanges = Array(repeating: 0..<0, count: view.inlines.count)
        blockRanges = Array(repeating: 0..<0, count: view.blocks.count)
    }

    /// Makes every inline of the document: the ranges first, then the levels, deepest first.
    mutating func makeInlines() {
        for index in view.blocks.indices {
            switch view.blocks[index].kind {
            case .paragraph, .heading, .tableCell: blockRanges[index] = layOut(from: view.blocks[index].first, level: 0)
            default: break
            }
        }
        var deeper: [Inline] = []
        for level in runs.indices.reversed() {
            var inlines: [Inline] = []
            inlines.reserveCapacity(Int(counts[level]))
            let levelRuns = runs[level]
            for first in levelRuns { append(from: first, to: &inlines, content: deeper) }
            deeper = inlines
        }
        topLevel = deeper
    }

    /// Gives the run of inlines from `first` on its range at `level`, and the runs of its
    /// elements theirs at the level below; returns the range.
    private mutating func layOut(from first: Int32, level: Int) -> Range<Int32> {
        if runs.count == level {
            runs.append([])
            counts.append(0)
        }
        runs[level].append(first)
        let start = counts[level]
        var count: Int32 = 0
        var index = first
        var inText = false, textHasBytes = false
        while index >= 0 {
            let record = view.inline(index)
            if record.kind == .text || record.kind == .delimiterRun {
                // Neighbouring pieces of text become one `.text`, empty ones none (as `append`).
                inText = true
                textHasBytes = textHasBytes || record.textEnd > record.textStart
            } else {
                if inText && textHasBytes { count += 1 }
                inText = false
                textHasBytes = false
                count += 1
                switch record.kind {
                case .emphasis, .strong, .link, .image: contentRanges[Int(index)] = layOut(from: record.first, level: level + 1)
                default: break
                }
            }
            index = record.next
        }
        if inText && textHasBytes { count += 1 }
        counts[level] = start + count
        return start..<(start + count)
    }

    /// Appends the run of inlines from `first` on to `result`; the content of its elements are
    /// ranges of `content`, the level below, as ``layOut(from:level:)`` gave them.
    private mutating func append(from first: Int32, to result: inout [Inline], content: [Inline]) {
        // Parsed text comes in pieces (an escape, a decoded reference, a leftover delimiter):
        // neighbouring pieces become one `.text`, empty ones none. `pending` is empty between
        // texts.
        // Only pointers, so a copy costs nothing; calling methods of `self` in this mutating loop
        // copied the whole reader for each call.
        let view = self.view
        var index = first
        while index >= 0 {
            let record = view.inline(index)
            let recordIndex = index
            index = record.next
            guard record.kind == .text || record.kind == .delimiterRun else {
                result.append(view.inline(record, content: content, range: contentRanges[Int(recordIndex)]))
                continue
            }
            guard record.textEnd > record.textStart else { continue }
            let continues = view.textFollows(index)
            if pending.isEmpty && !continues {
                result.append(.text(view.string(record.textStart, record.textEnd)))
                continue
            }
            pending.append(contentsOf: view.bytes(record.textStart, record.textEnd))
            if !continues {
                result.append(.text(String(decoding: pending, as: UTF8.self)))
                pending.removeAll(keepingCapacity: true)
            }
        }
    }

    /// The content of the paragraph, heading or cell at block `index`.
    private func content(ofBlock index: Int32) -> Inlines {
        Inlines(topLevel, blockRanges[Int(index)])
    }

    func blocks(from first: Int32) -> [Block] {
        var result: [Block] = []
        result.reserveCapacity(blockCount(from: first))
        var index = first
        while index >= 0 {
            let record = view.block(index)
            result.append(block(record, at: index))
            index = record.next
        }
        return result
    }

    private func blockCount(from first: Int32) -> Int {
        var count = 0
        var index = first
        while index >= 0 {
            count += 1
            index = view.block(index).next
        }
        return count
    }

    private func block(_ record: BlockRecord, at index: Int32) -> Block {
        switch record.kind {
        case .paragraph:
            return .paragraph(content(ofBlock: index))
        case .heading:
            return .heading(level: record.number, content: content(ofBlock: index))
        case .blockQuote:
            return .blockQuote(blocks(from: record.first))
        case .bulletList, .orderedList:
            let kind: ListBlock.Kind = record.kind == .orderedList ? .ordered(start: record.number) : .bullet
            var items: [[Block]] = []
            items.reserveCapacity(blockCount(from: record.first))
            var item = record.first
            while item >= 0 {
                let itemRecord = view.block(item)
                items.append(blocks(from: itemRecord.first))
                item = itemRecord.next
            }
            return .list(ListBlock(kind: kind, isTight: record.isTight, items: items))
        case .item:  // only inside lists
            return .paragraph([])
        case .codeBlock:
            return .codeBlock(info: view.string(record.infoStart, record.infoEnd), text: view.string(record.start, record.end))
        case .thematicBreak:
            return .thematicBreak
        case .table:
            // The parser gives every row as many cells as the table has columns.
            var rows: [[Inlines]] = []
            rows.reserveCapacity(blockCount(from: record.first))
            var row = record.first
            while row >= 0 {
                let rowRecord = view.block(row)
                var cells: [Inlines] = []
                cells.reserveCapacity(blockCount(from: rowRecord.first))
                var cell = rowRecord.first
                while cell >= 0 {
                    cells.append(content(ofBlock: cell))
                    cell = view.block(cell).next
                }
                rows.append(cells)
                row = rowRecord.next
            }
            let alignments = Array(view.alignments[Int(record.start)..<Int(record.end)])
            let header = rows.isEmpty ? [] : rows.removeFirst()
            return .table(Table(alignments: alignments, header: header, rows: rows))
        case .tableRow, .tableCell:  // only inside tables
            return .paragraph([])
        }
    }
}

extension MarkdownStorageView {
    /// Whether a non-empty text comes at `index` or after the empty texts there.
    func textFollows(_ index: Int32) -> Bool {
        var index = index
        while index >= 0 {
            let record = inline(index)
            guard record.kind == .text || record.kind == .delimiterRun else { return false }
            if record.textEnd > record.textStart { return true }
            index = record.next
        }
        return false
    }

    /// The inline of a record that is not text; an element's content is `content[range]`.
    func inline(_ record: InlineRecord, content: [Inline], range: Range<Int32>) -> Inline {
        switch record.kind {
        case .text, .delimiterRun: return .text(string(record.textStart, record.textEnd))
        case .softBreak: return .softBreak
        case .hardBreak: return .hardBreak
        case .code: return .code(string(record.textStart, record.textEnd))
        case .emphasis: return .emphasis(Inlines(content, range))
        case .strong: return .strong(Inlines(content, range))
        case .link:
            let link = links[Int(record.target)]
            return .link(destination: string(link.destinationStart, link.destinationEnd), title: title(link),
                         content: Inlines(content, range))
        case .image:
            let link = links[Int(record.target)]
            return .image(source: string(link.destinationStart, link.destinationEnd), title: title(link),
                          description: Inlines(content, range))
        }
    }

    func title(_ link: LinkRecord) -> String? {
        link.hasTitle ? string(link.titleStart, link.titleEnd) : nil
    }
}

extension Inlines {
    /// The run at `range` of `base`, a level of the reader.
    fileprivate init(_ base: [Inline], _ range: Range<Int32>) {
        self.init(base, range: Int(range.lowerBound)..<Int(range.upperBound))
    }
}
