import Documents

/// The line syntax of GFM pipe tables: the delimiter row and the splitting of a row into cells.
enum TableSyntax {
    /// A table while the block parser collects its rows. The cells' raw inline text is appended
    /// to the parser's text buffer (the table is the open leaf, so nothing else is) and each cell
    /// is a range of it in ``BlockParser/tableCells``, one array for the cells of every table: a
    /// table makes no array per row or cell (a row's array was 17 MB of a large report's parse).
    struct Rows {
        var alignments: [Table.Alignment]
        /// The table's rows, the header first, as a range of ``BlockParser/tableRowStarts``: the
        /// only open leaf takes the rows, so one table's rows follow one another there.
        var firstRow: Int32
        var rowCount: Int32 = 1

        init(alignments: [Table.Alignment], firstRow: Int32) {
            self.alignments = alignments
            self.firstRow = firstRow
        }
    }

    /// The alignments of a delimiter row such as `| :-- | :-: | --: |`, or nil when the line is
    /// not one. The row must contain a pipe, so `---` and `:-` alone stay what they were.
    static func delimiterRow(_ bytes: [UInt8], from start: Int, to end: Int) -> [Table.Alignment]? {
        var alignments: [Table.Alignment] = []
        var index = start
        var sawPipe = false
        if index < end, bytes[index] == ASCII.pipe { sawPipe = true; index += 1 }
        while true {
            while index < end, ASCII.isSpaceOrTab(bytes[index]) { index += 1 }
            if index == end { break }
            var left = false, right = false, dashes = 0
            if bytes[index] == ASCII.colon { left = true; index += 1 }
            while index < end, bytes[index] == ASCII.minus { dashes += 1; index += 1 }
            if index < end, bytes[index] == ASCII.colon { right = true; index += 1 }
            guard dashes > 0 else { return nil }
            while index < end, ASCII.isSpaceOrTab(bytes[index]) { index += 1 }
            alignments.append(left && right ? .center : left ? .left : right ? .right : .none)
            if index == end { break }
            guard bytes[index] == ASCII.pipe else { return nil }
            sawPipe = true
            index += 1
        }
        return sawPipe && !alignments.isEmpty ? alignments : nil
    }

    /// Splits a row into trimmed cells at unescaped pipes, appending their text to `text` and
    /// their ranges in it to `cells`; returns how many it appended. A leading and a trailing pipe
    /// are optional. `\|` becomes `|` in the cell (also inside code spans), other escapes stay for
    /// the inline parser.
    ///
    /// The row is copied to `text` at once and cut there: its pipes and backslashes are found a
    /// word at a time (``nextPipeOrBackslash(_:from:count:)``). The pipes stay in the text between
    /// the cells (no range takes them in), so the bytes move only after a `\|`, which leaves its
    /// backslash out. (Copying each cell's run with an `append` of its own and testing every
    /// byte was a tenth of parsing a document with tables; `TableCellsTests` keeps that way and
    /// holds this one to it.)
    static func cells(_ bytes: [UInt8], from start: Int, to end: Int, into text: inout [UInt8],
                      cells: inout [Range<Int32>]) -> Int {
        let before = cells.count
        var index = start
        while index < end, ASCII.isSpaceOrTab(bytes[index]) { index += 1 }
        if index < end, bytes[index] == ASCII.pipe { index += 1 }
        let rowStart = text.count
        if index < end { bytes.withUnsafeBufferPointer { text.append(contentsOf: UnsafeBufferPointer(rebasing: $0[index..<end])) } }
        let written = text.withUnsafeMutableBufferPointer { buffer in
            let base = buffer.baseAddress!
            let count = buffer.count
            // Bytes before `read` are looked at; those kept are before `write` (<= `read`).
            var read = rowStart, write = rowStart, cellStart = rowStart
            while true {
                let found = nextPipeOrBackslash(base, from: read, count: count)
                if write != read { UnsafeMutableRawPointer(base + write).copyMemory(from: base + read, byteCount: found - read) }
                write += found - read
                read = found
                guard read < count else { break }
                let byte = base[read]
                if byte == ASCII.pipe {
                    cells.append(trimmed(base, cellStart, write))
                    base[write] = byte
                    write += 1
                    read += 1
                    cellStart = write
                } else if read + 1 < count {
                    // An escape: `\|` keeps only the pipe, any other both bytes.
                    let escaped = base[read + 1]
                    if escaped != ASCII.pipe {
                        base[write] = byte
                        write += 1
                    }
                    base[write] = escaped
                    write += 1
                    read += 2
                } else {
                    base[write] = byte  // a backslash at the end stays
                    write += 1
                    read += 1
                }
            }
            // The bytes after the last pipe are a cell unless they are blank (a trailing pipe).
            let last = trimmed(base, cellStart, write)
            if !last.isEmpty || cells.count == before { cells.append(last) }
            return write
        }
        text.removeLast(text.count - written)
        return cells.count - before
    }

    /// The index of the first `|` or `\` at or after `start`, or `count`. Eight bytes at a time:
    /// setting bit 5 maps `\` (0x5C) to `|` (0x7C), which the zero-byte test finds; the lowest
    /// byte found is exact.
    @inline(__always) private static func nextPipeOrBackslash(_ base: UnsafeMutablePointer<UInt8>, from start: Int, count: Int) -> Int {
        let raw = UnsafeRawPointer(base)
        let ones: UInt64 = 0x0101_0101_0101_0101
        var index = start
        while index + 8 <= count {
            let word = (UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) | ones &* 0x20) ^ (ones &* 0x7C)
            let found = (word &- ones) & ~word & (ones &* 0x80)
            if found != 0 { return index + found.trailingZeroBitCount >> 3 }
            index += 8
        }
        while index < count, base[index] != ASCII.pipe, base[index] != ASCII.backslash { index += 1 }
        return index
    }

    private static func trimmed(_ base: UnsafeMutablePointer<UInt8>, _ start: Int, _ end: Int) -> Range<Int32> {
        var start = start, end = end
        while start < end, ASCII.isSpaceOrTab(base[start]) { start += 1 }
        while end > start, ASCII.isSpaceOrTab(base[end - 1]) { end -= 1 }
        return Int32(start)..<Int32(end)
    }
}

/// The rows and cells of every table of a document, as the block parser collected them (see
/// ``TableSyntax/Rows``).
struct TableCells {
    var tables: [TableSyntax.Rows] = []
    var rowStarts: [Int32] = []
    var cells: [Range<Int32>] = []

    /// The cells of row `row` (an index of ``rowStarts``).
    func cells(ofRow row: Int) -> ArraySlice<Range<Int32>> {
        let end = row + 1 < rowStarts.count ? Int(rowStarts[row + 1]) : cells.count
        return cells[Int(rowStarts[row])..<end]
    }
}
