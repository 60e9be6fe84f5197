import Documents

extension MarkdownStorage {
    /// The tree of ``Block`` values, made once when parsing is done. Nesting is capped by the
    /// parser, so the recursion here is too. The texts of the tree are ranges of ``text``, or,
    /// for texts the parser left in pieces, of one buffer where they are joined.
    func tree() -> [Block] {
        // The ranges are written through pointers: written once per record, an array's
        // uniqueness check each time was most of laying out.
        var contentRanges = [Range<Int32>](repeating: 0..<0, count: inlines.count)
        var blockRanges = [Range<Int32>](repeating: 0..<0, count: blocks.count)
        return withView { view in
            contentRanges.withUnsafeMutableBufferPointer { contentRanges in
                blockRanges.withUnsafeMutableBufferPointer { blockRanges in
                    var reader = TreeReader(view: view, text: text, contentRanges: contentRanges, blockRanges: blockRanges)
                    reader.layOutInlines()
                    reader.makeInlines()
                    return reader.blocks(from: firstBlock)
                }
            }
        }
    }
}

/// Reads the records of a ``MarkdownStorage`` into ``Block`` and ``Inline`` values. Every array
/// is made at its final size: this runs once per parse, over every record.
///
/// Every text is a range of a buffer shared by the document's texts (``InlineText``): a text the
/// parser left in one piece is that piece's range of the text buffer, one it left in pieces (an
/// escape, a decoded reference, a leftover delimiter) a range of a second buffer where the pieces
/// are joined (adding them to the text buffer would copy all of it when it grows).
///
/// The inline runs (``Inlines``) are ranges of one array per nesting level, not an array each:
/// the content of a paragraph, heading or cell is a range of level 0, the content of an element
/// at level `n` a range of level `n + 1`. An array then only holds runs of deeper arrays, never
/// of itself (which would keep it alive forever), and the levels are made deepest first, so each
/// is complete before the level above takes ranges of it. ``layOutInlines()`` first decides
/// every run's and every text's range; ``makeInlines()`` then fills the levels in that order.
private struct TreeReader {
    /// Only pointers, valid while the storage's `withView` runs.
    let view: MarkdownStorageView
    /// The text buffer (``MarkdownStorage/text``), which `view.text` points into.
    let text: [UInt8]
    /// The texts made of several pieces, joined. ``layOut(from:level:)`` gives them ranges past
    /// the end of the text buffer, as if they followed it.
    var joined: [UInt8] = []
    /// Per level: the first record of each run, in the order their ranges were given.
    var runs: [[Int32]] = []
    /// Per level: how many inlines the runs given so far hold.
    var counts: [Int32] = []
    /// By record index: the range of the content of each element (emphasis, link, image) in the
    /// array of its level, and the range in the text buffer of each text, at the first record of
    /// its pieces (empty when all are empty). By block index: the range of the content of each
    /// paragraph, heading and cell in level 0. Valid while ``MarkdownStorage/tree()`` runs.
    let contentRanges: UnsafeMutableBufferPointer<Range<Int32>>
    let blockRanges: UnsafeMutableBufferPointer<Range<Int32>>
    /// Level 0, complete once ``makeInlines()`` has run.
    var topLevel: [Inline] = []

    init(view: MarkdownStorageView, text: [UInt8], contentRanges: UnsafeMutableBufferPointer<Range<Int32>>,
         blockRanges: UnsafeMutableBufferPointer<Range<Int32>>) {
        self.view = view
        self.text = text
        self.contentRanges = contentRanges
        self.blockRanges = blockRanges
    }

    /// Decides the range of every run of inlines and every text of the document.
    mutating func layOutInlines() {
        for index in view.blocks.indices {
            switch view.blocks[index].kind {
            case .paragraph, .heading, .tableCell: blockRanges[index] = layOut(from: view.blocks[index].first, level: 0)
            default: break
            }
        }
    }

    /// Makes every inline of the document, the levels deepest first.
    mutating func makeInlines() {
        var deeper: [Inline] = []
        // The closure below reads the reader through this constant: reading `self` there made a
        // copy of the reader (and a retain of each of its arrays) for every run.
        let reader = self
        for level in runs.indices.reversed() {
            // Filled in place: the runs hold exactly `counts[level]` inlines, as laid out, and an
            // append each (a uniqueness and capacity check) cost more than making the inline.
            let count = Int(counts[level])
            let content = deeper
            let levelRuns = runs[level]
            deeper = [Inline](unsafeUninitializedCapacity: count) { buffer, initialized in
                var next = buffer.baseAddress!
                let limit = next + count
                for first in levelRuns { reader.append(from: first, to: &next, limit: limit, content: content) }
                initialized = next - buffer.baseAddress!
                precondition(initialized == count, "the inlines made differ from those laid out")
            }
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
        while index >= 0 {
            let record = view.inline(index)
            if record.isText {
                // Neighbouring pieces of text become one `.text`, empty ones none (as `append`).
                let range = textRange(from: index)
                contentRanges[Int(index)] = range.range
                if !range.range.isEmpty { count += 1 }
                index = range.next
                continue
            }
            count += 1
            switch record.kind {
            case .emphasis, .strong, .link, .image: contentRanges[Int(index)] = layOut(from: record.first, level: level + 1)
            default: break
            }
            index = record.next
        }
        counts[level] = start + count
        return start..<(start + count)
    }

    /// The range in the text buffer of the text whose pieces start at record `first`, and the
    /// record after them. One piece with bytes is its own range; several are joined, and their
    /// range is that in ``joined`` moved past the text buffer's end.
    @inline(__always) private mutating func textRange(from first: Int32) -> (range: Range<Int32>, next: Int32) {
        // Most texts are one piece (escapes and references are resolved in place), or one and
        // empty ones (a link's brackets, used up): the piece's own range, without a call (the
        // call and its tuple cost more than the rest of laying the text out).
        let record = view.inline(first)
        var next = record.next
        while next >= 0 {
            let following = view.inline(next)
            guard following.isText else { break }
            guard following.textEnd == following.textStart else { return joinedRange(from: first) }
            next = following.next
        }
        return (record.textEnd > record.textStart ? record.textStart..<record.textEnd : 0..<0, next)
    }

    /// ``textRange(from:)`` of a text in several pieces.
    private mutating func joinedRange(from first: Int32) -> (range: Range<Int32>, next: Int32) {
        var index = first
        var range: Range<Int32> = 0..<0
        var joinedStart = -1
        while index >= 0 {
            let record = view.inline(index)
            guard record.isText else { break }
            index = record.next
            guard record.textEnd > record.textStart else { continue }
            if range.isEmpty {
                range = record.textStart..<record.textEnd
                continue
            }
            if joinedStart < 0 {
                joinedStart = joined.count
                joined.append(contentsOf: view.bytes(range.lowerBound, range.upperBound))
            }
            joined.append(contentsOf: view.bytes(record.textStart, record.textEnd))
        }
        if joinedStart >= 0 {
            let base = view.text.count
            range = Int32(base + joinedStart)..<Int32(base + joined.count)
        }
        return (range, index)
    }

    /// Writes the run of inlines from `first` on at `result` (before `limit`), moving it on; the
    /// content of its elements are ranges of `content`, the level below, and its texts ranges of
    /// the text buffer, as ``layOut(from:level:)`` gave them.
    private func append(from first: Int32, to result: inout UnsafeMutablePointer<Inline>, limit: UnsafeMutablePointer<Inline>,
                        content: [Inline]) {
        var index = first
        var inText = false
        while index >= 0 {
            let record = view.inline(index)
            let recordIndex = index
            index = record.next
            guard record.isText else {
                inText = false
                precondition(result < limit, "more inlines than laid out")
                // The common ones here, the rest through a call that returns the inline.
                switch record.kind {
                case .softBreak: result.initialize(to: .softBreak)
                case .emphasis: result.initialize(to: .emphasis(Inlines(content, contentRanges[Int(recordIndex)])))
                case .strong: result.initialize(to: .strong(Inlines(content, contentRanges[Int(recordIndex)])))
                default: result.initialize(to: view.inline(record, content: content, range: contentRanges[Int(recordIndex)]))
                }
                result += 1
                continue
            }
            // The text's range is at the first of its pieces; the others are skipped.
            guard !inText else { continue }
            inText = true
            let range = contentRanges[Int(recordIndex)]
            guard !range.isEmpty else { continue }
            precondition(result < limit, "more inlines than laid out")
            let start = Int(range.lowerBound), end = Int(range.upperBound), textCount = text.count
            if start < textCount {
                result.initialize(to: .text(InlineText(text, range: start..<end)))
            } else {
                result.initialize(to: .text(InlineText(joined, range: (start - textCount)..<(end - textCount))))
            }
            result += 1
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
    /// The inline of a record that is not text; an element's content is `content[range]`.
    func inline(_ record: InlineRecord, content: [Inline], range: Range<Int32>) -> Inline {
        switch record.kind {
        case .text, .delimiterRun: return .text(string(record.textStart, record.textEnd))  // not reached: ``TreeReader`` makes texts
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
