import Documents

extension MarkdownStorage {
    /// The tree of ``Block`` values, made once when parsing is done. Nesting is capped by the
    /// parser, so the recursion here is too.
    func tree() -> [Block] {
        withView { view in
            var reader = TreeReader(view: view)
            return reader.blocks(from: firstBlock)
        }
    }
}

/// Reads the records of a ``MarkdownStorage`` into ``Block`` and ``Inline`` values. Every array
/// is made at its final size, and a text that the parser left in one piece becomes its `String`
/// directly: this runs once per parse, over every record.
private struct TreeReader {
    let view: MarkdownStorageView
    /// Where the pieces of a text split by the parser are joined, kept for the whole document:
    /// one buffer instead of one per run of inlines that has such a text.
    var pending: [UInt8] = []

    init(view: MarkdownStorageView) {
        self.view = view
    }

    mutating func blocks(from first: Int32) -> [Block] {
        var result: [Block] = []
        result.reserveCapacity(blockCount(from: first))
        var index = first
        while index >= 0 {
            let record = view.block(index)
            result.append(block(record))
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

    private mutating func block(_ record: BlockRecord) -> Block {
        switch record.kind {
        case .paragraph:
            return .paragraph(inlines(from: record.first))
        case .heading:
            return .heading(level: record.number, content: inlines(from: record.first))
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
            var rows: [[[Inline]]] = []
            rows.reserveCapacity(blockCount(from: record.first))
            var row = record.first
            while row >= 0 {
                let rowRecord = view.block(row)
                var cells: [[Inline]] = []
                cells.reserveCapacity(blockCount(from: rowRecord.first))
                var cell = rowRecord.first
                while cell >= 0 {
                    let cellRecord = view.block(cell)
                    cells.append(inlines(from: cellRecord.first))
                    cell = cellRecord.next
                }
                rows.append(cells)
                row = rowRecord.next
            }
            let alignments = Array(view.storage.alignments[Int(record.start)..<Int(record.end)])
            let header = rows.isEmpty ? [] : rows.removeFirst()
            return .table(Table(alignments: alignments, header: header, rows: rows))
        case .tableRow, .tableCell:  // only inside tables
            return .paragraph([])
        }
    }

    mutating func inlines(from first: Int32) -> [Inline] {
        var result: [Inline] = []
        var count = 0
        var index = first
        while index >= 0 {
            count += 1
            index = view.inline(index).next
        }
        result.reserveCapacity(count)
        // Parsed text comes in pieces (an escape, a decoded reference, a leftover delimiter):
        // neighbouring pieces become one `.text`, empty ones none. `pending` is empty between
        // texts, so a nested call (a link's content) finds it empty too.
        index = first
        while index >= 0 {
            let record = view.inline(index)
            index = record.next
            guard record.kind == .text || record.kind == .delimiterRun else {
                result.append(inline(record))
                continue
            }
            guard record.textEnd > record.textStart else { continue }
            let continues = textFollows(index)
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
        return result
    }

    /// Whether a non-empty text comes at `index` or after the empty texts there.
    private func textFollows(_ index: Int32) -> Bool {
        var index = index
        while index >= 0 {
            let record = view.inline(index)
            guard record.kind == .text || record.kind == .delimiterRun else { return false }
            if record.textEnd > record.textStart { return true }
            index = record.next
        }
        return false
    }

    private mutating func inline(_ record: InlineRecord) -> Inline {
        switch record.kind {
        case .text, .delimiterRun: return .text(view.string(record.textStart, record.textEnd))
        case .softBreak: return .softBreak
        case .hardBreak: return .hardBreak
        case .code: return .code(view.string(record.textStart, record.textEnd))
        case .emphasis: return .emphasis(inlines(from: record.first))
        case .strong: return .strong(inlines(from: record.first))
        case .link:
            let link = view.links[Int(record.target)]
            return .link(destination: view.string(link.destinationStart, link.destinationEnd), title: title(link),
                         content: inlines(from: record.first))
        case .image:
            let link = view.links[Int(record.target)]
            return .image(source: view.string(link.destinationStart, link.destinationEnd), title: title(link),
                          description: inlines(from: record.first))
        }
    }

    private func title(_ link: LinkRecord) -> String? {
        link.hasTitle ? view.string(link.titleStart, link.titleEnd) : nil
    }
}
