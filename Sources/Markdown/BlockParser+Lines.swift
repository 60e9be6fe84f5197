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
        while let last = container.lastChild, last.isOpen {
            container = last
            findNextNonspace()
            switch continuation(of: container) {
            case .matched: continue
            case .lineConsumed: return
            case .failed: container = container.parent ?? document
            }
            break
        }
        allClosed = container === oldTip
        lastMatchedContainer = container

        // Unless the last match is a leaf that takes every line, look for new blocks.
        var matchedLeaf = container.kind != .paragraph && container.kind != .table && container.acceptsLines
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
        if !allClosed && !blank && tip.kind == .paragraph {
            addLine()  // lazy continuation
            return
        }
        closeUnmatchedBlocks()
        switch container.kind {
        case .table:
            if !blank, offset < lineEnd, container.table != nil {
                let row = TableSyntax.cells(bytes, from: offset, to: lineEnd, into: &text)
                container.table!.body.append(row)
            }
        case .indentedCode:
            if !blank { container.lastNonBlankLine = lineNumber }
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
    mutating func continuation(of container: BlockNode) -> Continuation {
        switch container.kind {
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
                if container.children.isEmpty { return .failed }
                advanceNextNonspace()
            } else if indent >= container.marker.markerOffset + container.marker.padding {
                advanceOffset(container.marker.markerOffset + container.marker.padding, columns: true)
            } else {
                return .failed
            }
            return .matched
        case .heading, .thematicBreak:
            return .failed
        case .fencedCode:
            if indent <= 3, peek(nextNonspace) == container.fenceCharacter {
                var index = nextNonspace
                while index < lineEnd, bytes[index] == container.fenceCharacter { index += 1 }
                let length = index - nextNonspace
                while index < lineEnd, ASCII.isSpaceOrTab(bytes[index]) { index += 1 }
                if length >= container.fenceLength && index == lineEnd {
                    finalize(container, line: lineNumber)
                    return .lineConsumed
                }
            }
            var skip = container.fenceOffset
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
    mutating func finalize(_ block: BlockNode, line: Int) {
        block.isOpen = false
        block.endLine = line
        switch block.kind {
        case .paragraph:
            extractReferenceDefinitions(from: block, removingEmpty: true)
        case .indentedCode:
            block.endLine = block.lastNonBlankLine
        case .item:
            block.endLine = block.lastChild?.endLine ?? block.startLine
        case .list:
            block.endLine = block.lastChild?.endLine ?? block.startLine
        default:
            break
        }
        tip = block.parent ?? document
    }

    /// Removes link reference definitions from the start of a paragraph and records them; a
    /// paragraph of definitions only disappears.
    mutating func extractReferenceDefinitions(from paragraph: BlockNode, removingEmpty: Bool) {
        guard paragraph.hasContent, text[paragraph.contentStart] == ASCII.openBracket else { return }
        var position = 0
        let content = Array(text[paragraph.contentStart..<paragraph.contentEnd])
        while position < content.count, content[position] == ASCII.openBracket,
              let end = references.parseDefinition(content, from: position) {
            position = end
        }
        guard position > 0 else { return }
        paragraph.contentStart += position
        if removingEmpty, text[paragraph.contentStart..<paragraph.contentEnd].allSatisfy(ASCII.isWhitespace),
           let parent = paragraph.parent {
            parent.children.removeAll { $0 === paragraph }
        }
    }
}
