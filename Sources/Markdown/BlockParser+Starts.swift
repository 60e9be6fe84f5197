import Documents

extension BlockParser {
    /// What a block start found: nothing, a container (keep looking for more), or a leaf.
    enum Start { case none, container, leaf }

    /// Tries each kind of block start at the current position, in CommonMark's order.
    mutating func startBlock(in container: Int32) -> Start {
        let first = peek(nextNonspace)
        let containerKind = nodes[Int(container)].kind
        if !indented {
            switch first {
            case ASCII.greaterThan:
                if startBlockQuote(in: container) { return .container }
            case ASCII.hash:
                if startATXHeading() { return .leaf }
            case ASCII.backtick, ASCII.tilde:
                if startFencedCode() { return .leaf }
            default:
                break
            }
            if (first == ASCII.equals || first == ASCII.minus) && startSetextHeading(in: container) { return .leaf }
            if (first == ASCII.star || first == ASCII.minus || first == ASCII.underscore) && startThematicBreak() {
                return .leaf
            }
            if containerKind == .paragraph && startTable(in: container) { return .leaf }
        }
        if (!indented || containerKind == .list) && startListItem(in: container) { return .container }
        let tipKind = nodes[Int(tip)].kind
        if indented && tipKind != .paragraph && tipKind != .table && !blank {
            advanceOffset(Self.codeIndent, columns: true)
            closeUnmatchedBlocks()
            addChild(.indentedCode)
            return .leaf
        }
        return .none
    }

    mutating func startBlockQuote(in container: Int32) -> Bool {
        guard nodes[Int(container)].depth < MarkdownParser.maximumBlockNesting else { return false }
        advanceNextNonspace()
        advanceOffset(1, columns: false)
        if ASCII.isSpaceOrTab(peek(offset)) { advanceOffset(1, columns: true) }
        closeUnmatchedBlocks()
        addChild(.blockQuote)
        return true
    }

    mutating func startATXHeading() -> Bool {
        var index = nextNonspace
        while index < lineEnd, bytes[index] == ASCII.hash { index += 1 }
        let level = index - nextNonspace
        guard level <= 6, index == lineEnd || ASCII.isSpaceOrTab(bytes[index]) else { return false }
        advanceNextNonspace()
        closeUnmatchedBlocks()
        let heading = addChild(.heading)
        nodes[Int(heading)].headingLevel = level
        // The content without the optional closing sequence of #s.
        var start = index
        while start < lineEnd, ASCII.isSpaceOrTab(bytes[start]) { start += 1 }
        var end = lineEnd
        while end > start, ASCII.isSpaceOrTab(bytes[end - 1]) { end -= 1 }
        var hashes = end
        while hashes > start, bytes[hashes - 1] == ASCII.hash { hashes -= 1 }
        if hashes == start {
            end = start
        } else if hashes < end, ASCII.isSpaceOrTab(bytes[hashes - 1]) {
            end = hashes
            while end > start, ASCII.isSpaceOrTab(bytes[end - 1]) { end -= 1 }
        }
        text.append(contentsOf: bytes[start..<end])
        nodes[Int(heading)].contentEnd = text.count
        advanceOffset(lineEnd - offset, columns: false)
        return true
    }

    mutating func startFencedCode() -> Bool {
        let fence = bytes[nextNonspace]
        var index = nextNonspace
        while index < lineEnd, bytes[index] == fence { index += 1 }
        let length = index - nextNonspace
        guard length >= 3 else { return false }
        if fence == ASCII.backtick && bytes[index..<lineEnd].contains(ASCII.backtick) { return false }
        closeUnmatchedBlocks()
        let code = addChild(.fencedCode)
        nodes[Int(code)].fenceCharacter = fence
        nodes[Int(code)].fenceLength = length
        nodes[Int(code)].fenceOffset = indent
        advanceNextNonspace()
        advanceOffset(length, columns: false)
        return true
    }

    mutating func startSetextHeading(in container: Int32) -> Bool {
        guard nodes[Int(container)].kind == .paragraph else { return false }
        let underline = bytes[nextNonspace]
        var index = nextNonspace
        while index < lineEnd, bytes[index] == underline { index += 1 }
        while index < lineEnd, ASCII.isSpaceOrTab(bytes[index]) { index += 1 }
        guard index == lineEnd else { return false }
        closeUnmatchedBlocks()
        extractReferenceDefinitions(from: container, removingEmpty: false)
        guard nodes[Int(container)].hasContent, nodes[Int(container)].parent >= 0 else { return false }
        // The paragraph becomes the heading, in place.
        nodes[Int(container)].kind = .heading
        nodes[Int(container)].headingLevel = underline == ASCII.equals ? 1 : 2
        tip = container
        advanceOffset(lineEnd - offset, columns: false)
        return true
    }

    mutating func startThematicBreak() -> Bool {
        let mark = bytes[nextNonspace]
        var count = 0
        var index = nextNonspace
        while index < lineEnd {
            let byte = bytes[index]
            if byte == mark { count += 1 } else if !ASCII.isSpaceOrTab(byte) { return false }
            index += 1
        }
        guard count >= 3 else { return false }
        closeUnmatchedBlocks()
        addChild(.thematicBreak)
        advanceOffset(lineEnd - offset, columns: false)
        return true
    }

    /// A GFM table starts when a delimiter row follows a paragraph line with as many cells.
    mutating func startTable(in paragraph: Int32) -> Bool {
        guard let alignments = TableSyntax.delimiterRow(bytes, from: nextNonspace, to: lineEnd) else { return false }
        let contentStart = nodes[Int(paragraph)].contentStart
        let contentEnd = nodes[Int(paragraph)].contentEnd
        var headerStart = contentEnd - 1  // content ends in a newline
        while headerStart > contentStart, text[headerStart - 1] != ASCII.newline { headerStart -= 1 }
        let rows = TableSyntax.Rows(alignments: alignments, firstRow: Int32(tableRowStarts.count))
        let headerLine = Array(text[headerStart..<(contentEnd - 1)])  // text cannot be read while it grows
        let headerCellsStart = tableCells.count
        let headerCells = TableSyntax.cells(headerLine, from: 0, to: headerLine.count, into: &text, cells: &tableCells)
        guard headerCells == alignments.count else {
            text.removeSubrange(contentEnd...)  // the paragraph, still open, must end the buffer
            tableCells.removeSubrange(headerCellsStart...)
            return false
        }
        tableRowStarts.append(Int32(headerCellsStart))
        closeUnmatchedBlocks()
        nodes[Int(paragraph)].contentEnd = headerStart
        let parent = nodes[Int(paragraph)].parent
        if !nodes[Int(paragraph)].hasContent, parent >= 0 {
            unlink(paragraph)
            tip = parent
        }
        let table = addChild(.table)
        nodes[Int(table)].table = Int32(tables.count)
        tables.append(rows)
        advanceOffset(lineEnd - offset, columns: false)
        return true
    }

    mutating func startListItem(in container: Int32) -> Bool {
        let containerKind = nodes[Int(container)].kind
        guard indent < 4, nodes[Int(container)].depth < MarkdownParser.maximumBlockNesting else { return false }
        var marker = BlockNode.ListMarker()
        marker.markerOffset = indent
        let first = peek(nextNonspace)
        var markerLength = 1
        if first == ASCII.minus || first == ASCII.plus || first == ASCII.star {
            marker.character = first
        } else if ASCII.isDigit(first) {
            var index = nextNonspace
            var number = 0
            while index < lineEnd, ASCII.isDigit(bytes[index]), index - nextNonspace < 9 {
                number = number * 10 + Int(bytes[index] - 0x30)
                index += 1
            }
            let delimiter = peek(index)
            guard delimiter == ASCII.dot || delimiter == ASCII.closeParen else { return false }
            guard containerKind != .paragraph || number == 1 else { return false }
            marker.isOrdered = true
            marker.character = delimiter
            marker.start = number
            markerLength = index + 1 - nextNonspace
        } else {
            return false
        }
        let after = peek(nextNonspace + markerLength)
        guard after == ASCII.newline || ASCII.isSpaceOrTab(after) else { return false }
        if containerKind == .paragraph {
            // An item that interrupts a paragraph may not start empty.
            var index = nextNonspace + markerLength
            while index < lineEnd, ASCII.isSpaceOrTab(bytes[index]) { index += 1 }
            if index == lineEnd { return false }
        }

        advanceNextNonspace()
        advanceOffset(markerLength, columns: true)
        let spacesStartColumn = column
        let spacesStartOffset = offset
        repeat {
            advanceOffset(1, columns: true)
        } while column - spacesStartColumn < 5 && ASCII.isSpaceOrTab(peek(offset))
        let blankItem = offset >= lineEnd
        let spacesAfterMarker = column - spacesStartColumn
        if spacesAfterMarker >= 5 || spacesAfterMarker < 1 || blankItem {
            marker.padding = markerLength + 1
            column = spacesStartColumn
            offset = spacesStartOffset
            partiallyConsumedTab = false
            if ASCII.isSpaceOrTab(peek(offset)) { advanceOffset(1, columns: true) }
        } else {
            marker.padding = markerLength + spacesAfterMarker
        }

        closeUnmatchedBlocks()
        let tipNode = nodes[Int(tip)]
        if tipNode.kind != .list || tipNode.marker.isOrdered != marker.isOrdered || tipNode.marker.character != marker.character {
            let list = addChild(.list)
            nodes[Int(list)].marker = marker
        }
        let item = addChild(.item)
        nodes[Int(item)].marker = marker
        return true
    }
}
