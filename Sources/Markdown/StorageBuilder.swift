import Documents

/// Turns the block parser's closed nodes into the records of a ``MarkdownStorage``, parsing inline
/// content on the way. The inline parser adds its nodes to the storage's inline arena and its text
/// to the buffer of leaf content, which become the storage as they are.
struct StorageBuilder: ~Copyable {
    var inlineParser: InlineParser
    /// The block parser's nodes and table rows.
    var nodes: [BlockNode] = []
    var tables = TableCells()
    var blocks: [BlockRecord] = []
    var alignments: [Table.Alignment] = []

    /// `text` is the block parser's buffer of leaf content (see ``BlockParser/text``).
    init(references: LinkReferences, text: [UInt8]) {
        // The text buffer has room for what inline parsing adds (see `BlockParser.init`); growing
        // it here would copy it, as the block parser still holds it.
        inlineParser = InlineParser(references: references, text: text)
        // About one inline per 11 bytes of text in prose (denser in tables) and a block per 40:
        // growing copies the array, reserving too much holds memory for the whole parse (a
        // quarter of the text's size in records was 9 bytes per byte of text).
        inlineParser.nodes.nodes.reserveCapacity(text.count / 8)
        blocks.reserveCapacity(text.count / 32)
    }

    /// The storage for the children of the document node (the first of `nodes`).
    mutating func storage(of nodes: [BlockNode], tables: TableCells) -> MarkdownStorage {
        self.nodes = nodes
        self.tables = tables
        let first = appendChildren(of: nodes[0])
        var storage = MarkdownStorage()
        storage.firstBlock = first
        storage.blocks = blocks
        storage.alignments = alignments
        storage.text = inlineParser.text
        storage.inlines = inlineParser.nodes.nodes.take()
        storage.links = inlineParser.nodes.links
        return storage
    }

    /// Appends records for the children of `node`; returns the first, -1 when there are none.
    private mutating func appendChildren(of node: BlockNode) -> Int32 {
        var first: Int32 = -1, previous: Int32 = -1
        var child = node.firstChild
        while child >= 0 {
            let childNode = nodes[Int(child)]
            child = childNode.next
            guard let index = appendBlock(childNode) else { continue }
            if previous >= 0 { blocks[Int(previous)].next = index } else { first = index }
            previous = index
        }
        return first
    }

    private mutating func append(_ record: BlockRecord) -> Int32 {
        blocks.append(record)
        return Int32(blocks.count - 1)
    }

    private mutating func appendBlock(_ node: BlockNode) -> Int32? {
        switch node.kind {
        case .document:
            return nil
        case .paragraph, .heading:
            var record = BlockRecord(kind: node.kind == .paragraph ? .paragraph : .heading)
            record.number = node.headingLevel
            record.first = inlineParser.parse(from: node.contentStart, to: node.contentEnd)
            return append(record)
        case .thematicBreak:
            return append(BlockRecord(kind: .thematicBreak))
        case .blockQuote, .item:
            let index = append(BlockRecord(kind: node.kind == .blockQuote ? .blockQuote : .item))
            blocks[Int(index)].first = appendChildren(of: node)
            return index
        case .list:
            var record = BlockRecord(kind: node.marker.isOrdered ? .orderedList : .bulletList)
            record.number = node.marker.isOrdered ? node.marker.start : 0
            record.isTight = isTight(node)
            let index = append(record)
            blocks[Int(index)].first = appendChildren(of: node)
            return index
        case .fencedCode:
            let (firstLineEnd, info) = fenceLine(node)
            var record = BlockRecord(kind: .codeBlock)
            (record.infoStart, record.infoEnd) = unescaped(info)
            record.start = Int32(min(firstLineEnd + 1, node.contentEnd))
            record.end = Int32(node.contentEnd)
            return append(record)
        case .indentedCode:
            var record = BlockRecord(kind: .codeBlock)
            record.start = Int32(node.contentStart)
            record.end = Int32(endWithoutBlankLines(node))
            return append(record)
        case .table:
            guard node.table >= 0 else { return nil }
            let rows = tables.tables[Int(node.table)]
            var record = BlockRecord(kind: .table)
            record.start = Int32(alignments.count)
            alignments += rows.alignments
            record.end = Int32(alignments.count)
            let index = append(record)
            let columns = rows.alignments.count
            let firstRow = Int(rows.firstRow)
            var previous = appendRow(tables.cells(ofRow: firstRow), columns: columns)
            blocks[Int(index)].first = previous
            for row in (firstRow + 1)..<(firstRow + Int(rows.rowCount)) {
                let rowIndex = appendRow(tables.cells(ofRow: row), columns: columns)
                blocks[Int(previous)].next = rowIndex
                previous = rowIndex
            }
            return index
        }
    }

    /// A fenced code block's content starts with the fence line: where that line ends, and its
    /// info string (trimmed, escapes not yet resolved).
    private func fenceLine(_ node: BlockNode) -> (Int, Range<Int>) {
        let text = inlineParser.text
        let start = node.contentStart, end = node.contentEnd
        var firstLineEnd = start
        while firstLineEnd < end, text[firstLineEnd] != ASCII.newline { firstLineEnd += 1 }
        var infoStart = start, infoEnd = firstLineEnd
        while infoStart < infoEnd, ASCII.isWhitespace(text[infoStart]) { infoStart += 1 }
        while infoEnd > infoStart, ASCII.isWhitespace(text[infoEnd - 1]) { infoEnd -= 1 }
        return (firstLineEnd, infoStart..<infoEnd)
    }

    /// The end of an indented code block's content without its trailing blank lines.
    private func endWithoutBlankLines(_ node: BlockNode) -> Int {
        let text = inlineParser.text
        var end = node.contentEnd
        while end > node.contentStart, ASCII.isWhitespace(text[end - 1]) {
            var lineStart = end - 1
            while lineStart > node.contentStart, text[lineStart - 1] != ASCII.newline { lineStart -= 1 }
            guard text[lineStart..<end].allSatisfy(ASCII.isWhitespace) else { break }
            end = lineStart
        }
        return end
    }

    /// A row of exactly `columns` cells: missing cells are empty, extra ones are dropped (as
    /// ``Table/init(alignments:header:rows:)`` does).
    private mutating func appendRow(_ cells: ArraySlice<Range<Int32>>, columns: Int) -> Int32 {
        let rowIndex = append(BlockRecord(kind: .tableRow))
        var previous: Int32 = -1
        for column in 0..<columns {
            var cell = BlockRecord(kind: .tableCell)
            if column < cells.count {
                let range = cells[cells.startIndex + column]
                cell.first = inlineParser.parse(from: Int(range.lowerBound), to: Int(range.upperBound))
            }
            let cellIndex = append(cell)
            if previous >= 0 { blocks[Int(previous)].next = cellIndex } else { blocks[Int(rowIndex)].first = cellIndex }
            previous = cellIndex
        }
        return rowIndex
    }

    /// The range of `text[raw]` with escapes and character references resolved: `raw` itself when
    /// there are none, else a resolved copy at the end of the buffer.
    private mutating func unescaped(_ raw: Range<Int>) -> (Int32, Int32) {
        guard LinkSyntax.needsUnescaping(inlineParser.text, from: raw.lowerBound, to: raw.upperBound) else {
            return (Int32(raw.lowerBound), Int32(raw.upperBound))
        }
        let source = Array(inlineParser.text[raw])
        let start = inlineParser.text.count
        LinkSyntax.appendUnescaped(source, from: 0, to: source.count, to: &inlineParser.text)
        return (Int32(start), Int32(inlineParser.text.count))
    }

    /// A list is loose when a blank line separates two items, or two blocks of one item.
    private func isTight(_ list: BlockNode) -> Bool {
        var item = list.firstChild
        while item >= 0 {
            let itemNode = nodes[Int(item)]
            if itemNode.next >= 0, itemNode.endLine < nodes[Int(itemNode.next)].startLine - 1 { return false }
            var block = itemNode.firstChild
            while block >= 0 {
                let blockNode = nodes[Int(block)]
                if blockNode.next >= 0, blockNode.endLine < nodes[Int(blockNode.next)].startLine - 1 { return false }
                block = blockNode.next
            }
            item = itemNode.next
        }
        return true
    }
}
