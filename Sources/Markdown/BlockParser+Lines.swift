import Documents

extension BlockParser {
    /// What a container's continuation check found on the current line.
    enum Continuation { case matched, failed, lineConsumed }

    /// Adds one line (`bytes[start..<end]`, without its line ending) to the tree.
    mutating func incorporateLine(start: Int, end: Int) {
        lineStart = start
        lineEnd = end
        lineNumber += 1
        offset = start
        column = 0
        blank = false
        partiallyConsumedTab = false
        oldTip = tip

        // Match the open containers from the outside in.
        var container = document
        while true {
            let last = nodes[Int(container)].lastChild
            guard last >= 0, nodes[Int(last)].isOpen else { break }
            container = last
            findNextNonspace()
            switch continuation(of: container) {
            case .matched: continue
            case .lineConsumed: return
            case .failed: container = nodes[Int(container)].parent
            }
            break
        }
        allClosed = container == oldTip
        lastMatchedContainer = container

        // Unless the last match is a leaf that takes every line, look for new blocks.
        let matchedKind = nodes[Int(container)].kind
        var matchedLeaf = matchedKind != .paragraph && matchedKind != .table && nodes[Int(container)].acceptsLines
        while !matchedLeaf {
            findNextNonspace()
            if !indented && !mayStartBlock(peek(nextNonspace)) {
                advanceNextNonspace()
                break
            }
            switch startBlock(in: container) {
            case .none:
                advanceNextNonspace()
            case .container:
                container = tip
                continue
            case .leaf:
                container = tip
                matchedLeaf = true
                continue
            }
            break
        }

        // What remains is text for the innermost block.
        if !allClosed && !blank && nodes[Int(tip)].kind == .paragraph {
            addLine()  // lazy continuation
            return
        }
        closeUnmatchedBlocks()
        switch nodes[Int(container)].kind {
        case .table:
            let table = Int(nodes[Int(container)].table)
            if !blank, offset < lineEnd, table >= 0 {
                tableRowStarts.append(Int32(tableCells.count))
                _ = TableSyntax.cells(bytes, from: offset, to: lineEnd, into: &text, cells: &tableCells)
                tables[table].rowCount += 1
            }
        case .indentedCode:
            if !blank { nodes[Int(container)].lastNonBlankLine = lineNumber }
            addLine()
        case .paragraph, .fencedCode:
            addLine()
        default:
            if offset < lineEnd && !blank {
                addChild(.paragraph)
                advanceNextNonspace()
                addLine()
            }
        }
    }

    @inline(__always) func mayStartBlock(_ byte: UInt8) -> Bool {
        switch byte {
        case ASCII.hash, ASCII.backtick, ASCII.tilde, ASCII.star, ASCII.plus, ASCII.minus, ASCII.underscore,
             ASCII.equals, ASCII.greaterThan, ASCII.pipe, ASCII.colon:
            return true
        default:
            return ASCII.isDigit(byte)
        }
    }

    /// Whether the open `container` goes on in the current line; consumes its marker if so.
    mutating func continuation(of container: Int32) -> Continuation {
        let node = nodes[Int(container)]
        switch node.kind {
        case .document, .list:
            return .matched
        case .blockQuote:
            guard !indented, peek(nextNonspace) == ASCII.greaterThan else { return .failed }
            advanceNextNonspace()
            advanceOffset(1, columns: false)
            if ASCII.isSpaceOrTab(peek(offset)) { advanceOffset(1, columns: true) }
            return .matched
        case .item:
            if blank {
                if node.firstChild < 0 { return .failed }
                advanceNextNonspace()
            } else if indent >= node.marker.markerOffset + node.marker.padding {
                advanceOffset(node.marker.markerOffset + node.marker.padding, columns: true)
            } else {
                return .failed
            }
            return .matched
        case .heading, .thematicBreak:
            return .failed
        case .fencedCode:
            if indent <= 3, peek(nextNonspace) == node.fenceCharacter {
                var index = nextNonspace
                while index < lineEnd, bytes[index] == node.fenceCharacter { index += 1 }
                let length = index - nextNonspace
                while index < lineEnd, ASCII.isSpaceOrTab(bytes[index]) { index += 1 }
                if length >= node.fenceLength && index == lineEnd {
                    finalize(container, line: lineNumber)
                    return .lineConsumed
                }
            }
            var skip = node.fenceOffset
            while skip > 0, ASCII.isSpaceOrTab(peek(offset)) {
                advanceOffset(1, columns: true)
                skip -= 1
            }
            return .matched
        case .indentedCode:
            if indent >= Self.codeIndent {
                advanceOffset(Self.codeIndent, columns: true)
            } else if blank {
                advanceNextNonspace()
            } else {
                return .failed
            }
            return .matched
        case .paragraph, .table:
            return blank ? .failed : .matched
        }
    }

    /// Closes `block`, which ended at `line`, and finishes what the kind needs at its end.
    mutating func finalize(_ block: Int32, line: Int) {
        nodes[Int(block)].isOpen = false
        nodes[Int(block)].endLine = line
        switch nodes[Int(block)].kind {
        case .paragraph:
            extractReferenceDefinitions(from: block, removingEmpty: true)
        case .indentedCode:
            nodes[Int(block)].endLine = nodes[Int(block)].lastNonBlankLine
        case .item, .list:
            let last = nodes[Int(block)].lastChild
            nodes[Int(block)].endLine = last >= 0 ? nodes[Int(last)].endLine : nodes[Int(block)].startLine
        default:
            break
        }
        let parent = nodes[Int(block)].parent
        tip = parent >= 0 ? parent : document
    }

    /// Removes link reference definitions from the start of a paragraph and records them; a
    /// paragraph of definitions only disappears.
    mutating func extractReferenceDefinitions(from paragraph: Int32, removingEmpty: Bool) {
        let node = nodes[Int(paragraph)]
        guard node.hasContent, text[node.contentStart] == ASCII.openBracket else { return }
        var position = 0
        let content = Array(text[node.contentStart..<node.contentEnd])
        while position < content.count, content[position] == ASCII.openBracket,
              let end = references.parseDefinition(content, from: position) {
            position = end
        }
        guard position > 0 else { return }
        nodes[Int(paragraph)].contentStart += position
        if removingEmpty, text[(node.contentStart + position)..<node.contentEnd].allSatisfy(ASCII.isWhitespace),
           node.parent >= 0 {
            unlink(paragraph)
        }
    }
}
