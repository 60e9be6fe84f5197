import TestSupport
import Testing
@testable import Markdown

/// Issue 38, `markdown7`: a row is copied to the text buffer at once and cut at its pipes, found
/// a word at a time, and `\|` is resolved in place; the cells hold the texts that copying a byte
/// at a time gives (``cellsByteByByte(_:from:to:into:cells:)`` below), on random rows of
/// pipes, escapes, spaces and text, with pipes and backslashes at every place of the words.
@Suite(.timed) struct TableCellsTests {
    static let pieces = ["a", "regio", " ", "  ", "\t", "|", "| ", " |", "\\|", "\\", "\\\\", "\\a", "`", "é", "€", "x y z"]

    /// The cells' texts, and how many, a way of splitting gives after `prefix` in the buffer.
    static func split(_ row: [UInt8], from start: Int, prefix: [UInt8], fast: Bool) -> (count: Int, cells: [[UInt8]]) {
        var text = prefix
        var ranges: [Range<Int32>] = [5..<6]
        let count = fast
            ? TableSyntax.cells(row, from: start, to: row.count, into: &text, cells: &ranges)
            : Self.cellsByteByByte(row, from: start, to: row.count, into: &text, cells: &ranges)
        return (count, ranges.dropFirst().map { Array(text[Int($0.lowerBound)..<Int($0.upperBound)]) })
    }

    @Test func cutsRowsAsTheByteByByteWayDoes() {
        var generator = SplitMix64(seed: 7)
        for (index, row) in generator.texts(4000, of: Self.pieces, maximumLength: 16).enumerated() {
            let bytes = Array(row.utf8)
            let start = index % 3 == 0 ? 0 : min(index % 3, bytes.count)
            let prefix = Array(repeating: UInt8(ascii: "p"), count: index % 11)
            let fast = Self.split(bytes, from: start, prefix: prefix, fast: true)
            let plain = Self.split(bytes, from: start, prefix: prefix, fast: false)
            #expect(fast.count == plain.count && fast.cells == plain.cells, "\(row.debugDescription)")
            if fast.cells != plain.cells { return }
        }
    }

    @Test func edgeRows() {
        for row in ["", "|", "||", "| |", "\\", "a\\", "\\|", "|\\||", "a|b", " | a | b | ", "a \\| b | `c\\|d` |", "abcdefgh|ijklmnop|qrstuvwx\\|yz"] {
            let bytes = Array(row.utf8)
            let fast = Self.split(bytes, from: 0, prefix: [], fast: true)
            let plain = Self.split(bytes, from: 0, prefix: [], fast: false)
            #expect(fast.count == plain.count && fast.cells == plain.cells, "\(row.debugDescription)")
        }
    }

    /// ``TableSyntax/cells(_:from:to:into:cells:)`` a byte at a time, as it was in the parser: the plain
    /// way the fast one is held to.
    static func cellsByteByByte(_ bytes: [UInt8], from start: Int, to end: Int, into text: inout [UInt8],
                                cells: inout [Range<Int32>]) -> Int {
        let before = cells.count
        var index = start
        while index < end, ASCII.isSpaceOrTab(bytes[index]) { index += 1 }
        if index < end, bytes[index] == ASCII.pipe { index += 1 }
        var cellStart = text.count
        var closed = true
        while index < end {
            let byte = bytes[index]
            if byte == ASCII.backslash, index + 1 < end {
                if bytes[index + 1] != ASCII.pipe { text.append(byte) }
                text.append(bytes[index + 1])
                index += 2
                closed = false
            } else if byte == ASCII.pipe {
                cells.append(trimmed(text, cellStart..<text.count))
                cellStart = text.count
                closed = true
                index += 1
            } else {
                if !ASCII.isSpaceOrTab(byte) { closed = false }
                text.append(byte)
                index += 1
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
