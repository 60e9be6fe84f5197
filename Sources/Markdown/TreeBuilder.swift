/// Turns the block parser's closed nodes into ``Block`` values, parsing inline content on the way.
struct TreeBuilder {
    var inlineParser: InlineParser
    /// The block parser's buffer of leaf content (see ``BlockParser/text``).
    let text: [UInt8]

    init(references: LinkReferences, text: [UInt8]) {
        inlineParser = InlineParser(references: references)
        self.text = text
    }

    mutating func blocks(of node: BlockNode) -> [Block] {
        var blocks: [Block] = []
        blocks.reserveCapacity(node.children.count)
        for child in node.children {
            if let block = block(of: child) { blocks.append(block) }
        }
        return blocks
    }

    private mutating func block(of node: BlockNode) -> Block? {
        switch node.kind {
        case .document:
            return nil
        case .paragraph:
            return .paragraph(inlines(node))
        case .heading:
            return .heading(level: node.headingLevel, content: inlines(node))
        case .thematicBreak:
            return .thematicBreak
        case .blockQuote:
            return .blockQuote(blocks(of: node))
        case .item:
            return nil
        case .list:
            let kind: ListBlock.Kind = node.marker.isOrdered ? .ordered(start: node.marker.start) : .bullet
            return .list(ListBlock(kind: kind, isTight: isTight(node), items: node.children.map { blocks(of: $0) }))
        case .fencedCode:
            let content = Array(text[node.contentStart..<node.contentEnd])
            let firstLineEnd = content.firstIndex(of: ASCII.newline) ?? content.count
            var infoStart = 0, infoEnd = firstLineEnd
            while infoStart < infoEnd, ASCII.isWhitespace(content[infoStart]) { infoStart += 1 }
            while infoEnd > infoStart, ASCII.isWhitespace(content[infoEnd - 1]) { infoEnd -= 1 }
            let info = LinkSyntax.unescaped(content, from: infoStart, to: infoEnd)
            let textStart = min(firstLineEnd + 1, content.count)
            return .codeBlock(info: info, text: String(decoding: content[textStart...], as: UTF8.self))
        case .indentedCode:
            var content = text[node.contentStart..<node.contentEnd]
            // Drop trailing blank lines.
            while let last = content.last, ASCII.isWhitespace(last) {
                guard let lineStart = content.dropLast().lastIndex(of: ASCII.newline).map({ $0 + 1 }) ?? Optional(content.startIndex),
                      content[lineStart...].allSatisfy(ASCII.isWhitespace) else { break }
                content = content[..<lineStart]
            }
            return .codeBlock(info: "", text: String(decoding: content, as: UTF8.self))
        case .table:
            guard let rows = node.table else { return nil }
            let header = rows.header.map { inlineParser.parse(rows.text[$0]) }
            let body = rows.body.map { row in row.map { inlineParser.parse(rows.text[$0]) } }
            return .table(Table(alignments: rows.alignments, header: header, rows: body))
        }
    }

    /// A list is loose when a blank line separates two items, or two blocks of one item.
    private func isTight(_ list: BlockNode) -> Bool {
        let items = list.children
        for (position, item) in items.enumerated() {
            if position + 1 < items.count, item.endLine < items[position + 1].startLine - 1 { return false }
            let blocks = item.children
            for (index, block) in blocks.enumerated() where index + 1 < blocks.count {
                if block.endLine < blocks[index + 1].startLine - 1 { return false }
            }
        }
        return true
    }

    private mutating func inlines(_ node: BlockNode) -> [Inline] {
        inlineParser.parse(text[node.contentStart..<node.contentEnd])
    }
}
