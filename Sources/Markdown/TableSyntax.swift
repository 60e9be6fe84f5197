/// The line syntax of GFM pipe tables: the delimiter row and the splitting of a row into cells.
enum TableSyntax {
    /// A table while the block parser collects its rows; cells are raw inline text.
    struct Rows {
        var alignments: [Table.Alignment]
        var header: [[UInt8]]
        var body: [[[UInt8]]]
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

    /// Splits a row into trimmed cells at unescaped pipes; a leading and a trailing pipe are
    /// optional. `\|` becomes `|` in the cell (also inside code spans), other escapes stay for
    /// the inline parser.
    static func cells(_ bytes: [UInt8], from start: Int, to end: Int) -> [[UInt8]] {
        var cells: [[UInt8]] = []
        var index = start
        while index < end, ASCII.isSpaceOrTab(bytes[index]) { index += 1 }
        if index < end, bytes[index] == ASCII.pipe { index += 1 }
        var cell: [UInt8] = []
        var closed = true
        while index < end {
            let byte = bytes[index]
            if byte == ASCII.backslash, index + 1 < end {
                if bytes[index + 1] != ASCII.pipe { cell.append(byte) }
                cell.append(bytes[index + 1])
                index += 2
                closed = false
                continue
            }
            if byte == ASCII.pipe {
                cells.append(trimmed(cell))
                cell.removeAll(keepingCapacity: true)
                closed = true
            } else {
                cell.append(byte)
                if !ASCII.isSpaceOrTab(byte) { closed = false }
            }
            index += 1
        }
        if !closed || cells.isEmpty { cells.append(trimmed(cell)) }
        return cells
    }

    private static func trimmed(_ cell: [UInt8]) -> [UInt8] {
        var start = 0, end = cell.count
        while start < end, ASCII.isSpaceOrTab(cell[start]) { start += 1 }
        while end > start, ASCII.isSpaceOrTab(cell[end - 1]) { end -= 1 }
        return start == 0 && end == cell.count ? cell : Array(cell[start..<end])
    }
}
