/// Phase one of parsing: one pass over the lines builds the block structure (CommonMark's
/// "parsing strategy"). For each line the open containers are matched from the outside in, new
/// blocks are started, and what remains of the line is added to the innermost open leaf.
/// Phase two (``BlockParser/parse()`` at the end) parses the inline content of the leaves.
struct BlockParser {
    let bytes: [UInt8]
    var lineStart = 0
    var lineEnd = 0
    var lineNumber = 0

    // Position in the current line: `offset` indexes `bytes`, `column` counts with tab stops of 4.
    var offset = 0
    var column = 0
    var partiallyConsumedTab = false
    var nextNonspace = 0
    var nextNonspaceColumn = 0
    var indent = 0
    var indented = false
    var blank = false
    var spaceScanLine = -1
    var spaceScanStart = 0
    var spaceScanEnd = 0

    let document: BlockNode
    var tip: BlockNode
    var oldTip: BlockNode
    var lastMatchedContainer: BlockNode
    var allClosed = true
    var references = LinkReferences()
    /// The raw content of all leaf blocks, one after another. Only the innermost open block (the
    /// tip) takes lines and it is always the leaf made last, so its content is at the end of this
    /// buffer and grows in place: no array per block, and no reallocation per line.
    var text: [UInt8] = []

    static let codeIndent = 4

    init(bytes: inout [UInt8]) {
        if bytes.withUnsafeBufferPointer(ByteScanning.containsZero) {  // U+0000 is replaced for security
            var cleaned: [UInt8] = []
            cleaned.reserveCapacity(bytes.count + 16)
            for byte in bytes { if byte == 0 { cleaned += [0xEF, 0xBF, 0xBD] } else { cleaned.append(byte) } }
            bytes = cleaned
        }
        self.bytes = bytes
        text.reserveCapacity(bytes.count + bytes.count / 8)
        document = BlockNode(kind: .document, parent: nil, line: 0)
        tip = document
        oldTip = document
        lastMatchedContainer = document
    }

    /// Parses the whole input: blocks first, then the inline content of every leaf.
    mutating func parse() -> MarkdownStorage {
        var start = 0
        let count = bytes.count
        while start < count {
            let end = bytes.withUnsafeBufferPointer { ByteScanning.lineEnd(in: $0, from: start) }
            incorporateLine(start: start, end: end)
            start = end + 1
            if end < count, bytes[end] == ASCII.carriageReturn, end + 1 < count, bytes[end + 1] == ASCII.newline {
                start += 1
            }
        }
        var open: BlockNode? = tip
        while let node = open {
            open = node.parent
            finalize(node, line: lineNumber)
        }
        var builder = StorageBuilder(references: references, text: text)
        text = []
        return builder.storage(of: document)
    }

    // MARK: - Positions in the current line

    @inline(__always) func peek(_ index: Int) -> UInt8 {
        index < lineEnd ? bytes[index] : ASCII.newline
    }

    mutating func findNextNonspace() {
        // Lines of many spaces are matched against many containers: reuse the last scan when
        // it started earlier on this line and crossed no tab.
        if spaceScanLine == lineNumber, offset >= spaceScanStart, offset <= spaceScanEnd {
            blank = spaceScanEnd == lineEnd
            nextNonspace = spaceScanEnd
            nextNonspaceColumn = column + (spaceScanEnd - offset)
            indent = nextNonspaceColumn - column
            indented = indent >= Self.codeIndent
            return
        }
        var sawTab = false
        defer {
            if !sawTab { spaceScanLine = lineNumber; spaceScanStart = offset; spaceScanEnd = nextNonspace }
        }
        var index = offset
        var columns = column
        while index < lineEnd {
            let byte = bytes[index]
            if byte == ASCII.space { index += 1; columns += 1 }
            else if byte == ASCII.tab { index += 1; columns += 4 - columns % 4; sawTab = true }
            else { break }
        }
        blank = index == lineEnd
        nextNonspace = index
        nextNonspaceColumn = columns
        indent = columns - column
        indented = indent >= Self.codeIndent
    }

    mutating func advanceNextNonspace() {
        offset = nextNonspace
        column = nextNonspaceColumn
        partiallyConsumedTab = false
    }

    /// Moves `count` characters on, or `count` columns when `columns` is true (a tab may then be
    /// consumed partly).
    mutating func advanceOffset(_ count: Int, columns: Bool) {
        var count = count
        while count > 0, offset < lineEnd {
            if bytes[offset] == ASCII.tab {
                let toTab = 4 - column % 4
                if columns {
                    partiallyConsumedTab = toTab > count
                    let advance = min(toTab, count)
                    column += advance
                    if !partiallyConsumedTab { offset += 1 }
                    count -= advance
                } else {
                    partiallyConsumedTab = false
                    column += toTab
                    offset += 1
                    count -= 1
                }
            } else {
                partiallyConsumedTab = false
                offset += 1
                column += 1
                count -= 1
            }
        }
    }

    // MARK: - Tree operations

    mutating func addLine() {
        if partiallyConsumedTab {
            offset += 1
            let spaces = 4 - column % 4
            for _ in 0..<spaces { text.append(ASCII.space) }
        }
        if offset < lineEnd {
            bytes.withUnsafeBufferPointer { text.append(contentsOf: UnsafeBufferPointer(rebasing: $0[offset..<lineEnd])) }
        }
        text.append(ASCII.newline)
        tip.contentEnd = text.count
    }

    @discardableResult
    mutating func addChild(_ kind: BlockNode.Kind) -> BlockNode {
        while !tip.canContain(kind) { finalize(tip, line: lineNumber - 1) }
        let node = BlockNode(kind: kind, parent: tip, line: lineNumber)
        node.contentStart = text.count
        node.contentEnd = text.count
        tip.children.append(node)
        tip = node
        return node
    }

    mutating func closeUnmatchedBlocks() {
        guard !allClosed else { return }
        while oldTip !== lastMatchedContainer {
            guard let parent = oldTip.parent else { break }
            finalize(oldTip, line: lineNumber - 1)
            oldTip = parent
        }
        allClosed = true
    }
}
