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

    /// Every block, the document first; blocks refer to each other by index in this array.
    var nodes: [BlockNode] = []
    /// The rows of every table; a table node holds its index.
    var tables: [TableSyntax.Rows] = []
    /// Where each row of every table starts in ``tableCells``; a row ends where the next row
    /// starts, the last at the end of ``tableCells``.
    var tableRowStarts: [Int32] = []
    /// The cells of every table, as ranges of ``text``.
    var tableCells: [Range<Int32>] = []
    let document: Int32 = 0
    /// The innermost open block.
    var tip: Int32 = 0
    var oldTip: Int32 = 0
    var lastMatchedContainer: Int32 = 0
    var allClosed = true
    var references = LinkReferences()
    /// The raw content of all leaf blocks, one after another. Only the innermost open block (the
    /// tip) takes lines and it is always the leaf made last, so its content is at the end of this
    /// buffer and grows in place: no array per block, and no reallocation per line.
    var text: [UInt8] = []
    /// Whether the inline parser resolves escapes and references in place (see
    /// ``InlineParser/resolvesInPlace``); tests turn it off to compare.
    var resolvesInPlace = true

    static let codeIndent = 4

    init(bytes: inout [UInt8]) {
        if bytes.withUnsafeBufferPointer({ ByteScanning.contains(0, in: $0) }) {  // U+0000 is replaced for security
            var cleaned: [UInt8] = []
            cleaned.reserveCapacity(bytes.count + 16)
            for byte in bytes { if byte == 0 { cleaned += [0xEF, 0xBF, 0xBD] } else { cleaned.append(byte) } }
            bytes = cleaned
        }
        self.bytes = bytes
        // Room for the leaf content and for the text inline parsing adds (decoded references).
        text.reserveCapacity(bytes.count + bytes.count / 8)
        nodes.reserveCapacity(bytes.count / 48)
        nodes.append(BlockNode(kind: .document, parent: -1, parentDepth: 0, line: 0))
    }

    /// Parses the whole input: blocks first, then the inline content of every leaf.
    mutating func parse() -> MarkdownStorage {
        var start = 0
        let count = bytes.count
        // Lines end at a line feed or carriage return. The next carriage return is looked for
        // again only once passed, so that a rare one costs one search, not one per line.
        var nextCarriageReturn = -1
        while start < count {
            let end = bytes.withUnsafeBufferPointer { buffer in
                if nextCarriageReturn < start {
                    nextCarriageReturn = ByteScanning.index(of: ASCII.carriageReturn, in: buffer, from: start)
                }
                return min(ByteScanning.index(of: ASCII.newline, in: buffer, from: start), nextCarriageReturn)
            }
            incorporateLine(start: start, end: end)
            start = end + 1
            if end < count, bytes[end] == ASCII.carriageReturn, end + 1 < count, bytes[end + 1] == ASCII.newline {
                start += 1
            }
        }
        var open = tip
        while open >= 0 {
            let parent = nodes[Int(open)].parent
            finalize(open, line: lineNumber)
            open = parent
        }
        var builder = StorageBuilder(references: references, text: text)
        builder.inlineParser.resolvesInPlace = resolvesInPlace
        text = []
        let storage = builder.storage(of: nodes, tables: TableCells(tables: tables, rowStarts: tableRowStarts, cells: tableCells))
        // The nodes and rows are done with: not held while the tree is made from the storage.
        nodes = []
        tables = []
        tableRowStarts = []
        tableCells = []
        return storage
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
        nodes[Int(tip)].contentEnd = text.count
    }

    /// Adds a block of `kind` as the last child of the tip (closing blocks that cannot contain
    /// it first) and makes it the tip.
    @discardableResult
    mutating func addChild(_ kind: BlockNode.Kind) -> Int32 {
        while !nodes[Int(tip)].canContain(kind) { finalize(tip, line: lineNumber - 1) }
        let index = Int32(nodes.count)
        var node = BlockNode(kind: kind, parent: tip, parentDepth: nodes[Int(tip)].depth, line: lineNumber)
        node.contentStart = text.count
        node.contentEnd = text.count
        let previous = nodes[Int(tip)].lastChild
        node.previous = previous
        nodes.append(node)
        if previous >= 0 { nodes[Int(previous)].next = index } else { nodes[Int(tip)].firstChild = index }
        nodes[Int(tip)].lastChild = index
        tip = index
        return index
    }

    /// Takes `child` out of its parent's children.
    mutating func unlink(_ child: Int32) {
        let node = nodes[Int(child)]
        if node.previous >= 0 { nodes[Int(node.previous)].next = node.next } else { nodes[Int(node.parent)].firstChild = node.next }
        if node.next >= 0 { nodes[Int(node.next)].previous = node.previous } else { nodes[Int(node.parent)].lastChild = node.previous }
    }

    mutating func closeUnmatchedBlocks() {
        guard !allClosed else { return }
        while oldTip != lastMatchedContainer {
            let parent = nodes[Int(oldTip)].parent
            guard parent >= 0 else { break }
            finalize(oldTip, line: lineNumber - 1)
            oldTip = parent
        }
        allClosed = true
    }
}
