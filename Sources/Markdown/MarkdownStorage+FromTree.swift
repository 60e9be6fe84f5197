extension MarkdownStorage {
    /// The compact form of a tree built in code (``MarkdownDocument/init(blocks:)``): one record per
    /// block and inline, text copied into the buffer, nothing joined or dropped, so
    /// ``tree()`` gives the same tree back.
    init(blocks: [Block]) {
        self.init()
        firstBlock = appendBlocks(blocks)
    }

    /// Appends blocks as siblings; returns the first, -1 when there are none.
    private mutating func appendBlocks(_ list: [Block]) -> Int32 {
        var first: Int32 = -1, previous: Int32 = -1
        for block in list {
            let index = appendBlock(block)
            if previous >= 0 { blocks[Int(previous)].next = index } else { first = index }
            previous = index
        }
        return first
    }

    private mutating func appendBlock(_ block: Block) -> Int32 {
        let index = Int32(blocks.count)
        switch block {
        case .paragraph(let content):
            blocks.append(BlockRecord(kind: .paragraph))
            blocks[Int(index)].first = appendInlines(content)
        case .heading(let level, let content):
            var record = BlockRecord(kind: .heading)
            record.number = level
            blocks.append(record)
            blocks[Int(index)].first = appendInlines(content)
        case .blockQuote(let children):
            blocks.append(BlockRecord(kind: .blockQuote))
            blocks[Int(index)].first = appendBlocks(children)
        case .list(let list):
            var record = BlockRecord(kind: .bulletList)
            if case .ordered(let start) = list.kind { record = BlockRecord(kind: .orderedList); record.number = start }
            record.isTight = list.isTight
            blocks.append(record)
            var previous: Int32 = -1
            for item in list.items {
                let itemIndex = Int32(blocks.count)
                blocks.append(BlockRecord(kind: .item))
                blocks[Int(itemIndex)].first = appendBlocks(item)
                if previous >= 0 { blocks[Int(previous)].next = itemIndex } else { blocks[Int(index)].first = itemIndex }
                previous = itemIndex
            }
        case .codeBlock(let info, let text):
            var record = BlockRecord(kind: .codeBlock)
            (record.infoStart, record.infoEnd) = appendText(info)
            (record.start, record.end) = appendText(text)
            blocks.append(record)
        case .thematicBreak:
            blocks.append(BlockRecord(kind: .thematicBreak))
        case .table(let table):
            var record = BlockRecord(kind: .table)
            record.start = Int32(alignments.count)
            alignments += table.alignments
            record.end = Int32(alignments.count)
            blocks.append(record)
            var previous: Int32 = -1
            for row in [table.header] + table.rows {
                let rowIndex = Int32(blocks.count)
                blocks.append(BlockRecord(kind: .tableRow))
                var previousCell: Int32 = -1
                for cell in row {
                    let cellIndex = Int32(blocks.count)
                    blocks.append(BlockRecord(kind: .tableCell))
                    blocks[Int(cellIndex)].first = appendInlines(cell)
                    if previousCell >= 0 { blocks[Int(previousCell)].next = cellIndex } else { blocks[Int(rowIndex)].first = cellIndex }
                    previousCell = cellIndex
                }
                if previous >= 0 { blocks[Int(previous)].next = rowIndex } else { blocks[Int(index)].first = rowIndex }
                previous = rowIndex
            }
        case .embedded(let block):
            var record = BlockRecord(kind: .embedded)
            record.number = embedded.count
            embedded.append(block)
            blocks.append(record)
        }
        return index
    }

    /// Appends inlines as siblings; returns the first, -1 when there are none.
    private mutating func appendInlines(_ list: [Inline]) -> Int32 {
        var first: Int32 = -1, previous: Int32 = -1
        for inline in list {
            let index = appendInline(inline)
            if previous >= 0 { inlines[Int(previous)].next = index } else { first = index }
            previous = index
        }
        return first
    }

    private mutating func appendInline(_ inline: Inline) -> Int32 {
        let index = Int32(inlines.count)
        switch inline {
        case .text(let string):
            let (start, end) = appendText(string)
            inlines.append(InlineRecord(kind: .text, textStart: start, textEnd: end))
        case .code(let string):
            let (start, end) = appendText(string)
            inlines.append(InlineRecord(kind: .code, textStart: start, textEnd: end))
        case .softBreak:
            inlines.append(InlineRecord(kind: .softBreak))
        case .hardBreak:
            inlines.append(InlineRecord(kind: .hardBreak))
        case .emphasis(let content):
            inlines.append(InlineRecord(kind: .emphasis))
            inlines[Int(index)].first = appendInlines(content)
        case .strong(let content):
            inlines.append(InlineRecord(kind: .strong))
            inlines[Int(index)].first = appendInlines(content)
        case .link(let destination, let title, let content):
            inlines.append(InlineRecord(kind: .link, target: appendLink(destination, title)))
            inlines[Int(index)].first = appendInlines(content)
        case .image(let source, let title, let description):
            inlines.append(InlineRecord(kind: .image, target: appendLink(source, title)))
            inlines[Int(index)].first = appendInlines(description)
        }
        return index
    }

    private mutating func appendLink(_ destination: String, _ title: String?) -> Int32 {
        let (start, end) = appendText(destination)
        var link = LinkRecord(destinationStart: start, destinationEnd: end)
        if let title { (link.titleStart, link.titleEnd) = appendText(title) }
        links.append(link)
        return Int32(links.count - 1)
    }

    /// Appends `string` to the text buffer and returns its range.
    mutating func appendText(_ string: String) -> (Int32, Int32) {
        let start = Int32(text.count)
        text.append(contentsOf: string.utf8)
        return (start, Int32(text.count))
    }
}
