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
    static func cells(_ bytes: [UInt8], from start: Int, to end: Int, into text: inout [UInt8],
                      cells: inout [Range<Int32>]) -> Int {
        let before = cells.count
        var index = start
        while index < end, ASCII.isSpaceOrTab(bytes[index]) { index += 1 }
        if index < end, bytes[index] == ASCII.pipe { index += 1 }
        var cellStart = text.count
        var closed = true
        bytes.withUnsafeBufferPointer { source in
            while index < end {
                let byte = source[index]
                if byte == ASCII.backslash, index + 1 < end {
                    if source[index + 1] != ASCII.pipe { text.append(byte) }
                    text.append(source[index + 1])
                    index += 2
                    closed = false
                } else if byte == ASCII.pipe {
                    cells.append(trimmed(text, cellStart..<text.count))
                    cellStart = text.count
                    closed = true
                    index += 1
                } else {
                    // Up to the next pipe or escape, copied at once rather than byte by byte.
                    let runStart = index
                    repeat {
                        if !ASCII.isSpaceOrTab(source[index]) { closed = false }
                        index += 1
                    } while index < end && source[index] != ASCII.pipe && source[index] != ASCII.backslash
                    text.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<index]))
                }
            }
        }
        if !closed || cells.count == before { cells.append(trimmed(text, cellStart..<text.count)) }
        return cells.count - before
    }

    private static func trimmed(_ text: [UInt8], _ range: Range<Int>) -> Range<Int32> {
        var start = range.lowerBound, end = range.upperBound
        while start < end, ASCII.isSpaceOrTab(text[start]) { start += 1 }
        while end > start, ASCII.isSpaceOrTab(text[end - 1]) { end -= 1 }
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
