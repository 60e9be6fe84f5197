import Diagnostics

/// The document's bytes with its line starts, so that the parser's positions (line, column in
/// Unicode scalars) become byte offsets, and edits can be made as splices of bytes.
struct EditableText {
    /// The UTF-8 bytes of the document.
    let bytes: [UInt8]
    /// The offset of the first byte of each line; line 1 starts after a byte order mark.
    let lineStarts: [Int]
    /// The line break the document uses (`\r\n` when its first line break is one), for new lines.
    let newline: String

    init(_ text: String) {
        bytes = Array(text.utf8)
        let hasBOM = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        var starts = [hasBOM ? 3 : 0]
        var firstBreak: String?
        for (offset, byte) in bytes.enumerated() where byte == 0x0A {
            starts.append(offset + 1)
            if firstBreak == nil { firstBreak = offset > 0 && bytes[offset - 1] == 0x0D ? "\r\n" : "\n" }
        }
        lineStarts = starts
        newline = firstBreak ?? "\n"
    }

    /// The byte offset of a position the parser reported.
    func offset(_ position: SourcePosition) -> Int {
        var offset = lineStarts[position.line - 1]
        var column = 1
        while column < position.column, offset < bytes.count {
            offset += 1
            while offset < bytes.count, bytes[offset] & 0xC0 == 0x80 { offset += 1 }
            column += 1
        }
        return offset
    }

    /// The start of the line that holds `offset`.
    func lineStart(of offset: Int) -> Int {
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return lineStarts[low]
    }

    /// Just past the line break that ends the line holding `offset` (or the end of the text).
    func lineEnd(of offset: Int) -> Int {
        var current = offset
        while current < bytes.count, bytes[current] != 0x0A { current += 1 }
        return min(current + 1, bytes.count)
    }

    /// The first offset at or after `offset` that is not a space or tab.
    func skipBlanks(from offset: Int) -> Int {
        var current = offset
        while current < bytes.count, bytes[current] == 0x20 || bytes[current] == 0x09 { current += 1 }
        return current
    }

    /// The spaces and tabs that start the line holding `offset`.
    func indentation(of offset: Int) -> String {
        let start = lineStart(of: offset)
        return string(start, skipBlanks(from: start))
    }

    /// Whether the line starting at `start` holds only spaces and tabs (and its line break).
    func isBlankLine(at start: Int) -> Bool {
        let first = skipBlanks(from: start)
        return first >= bytes.count || bytes[first] == 0x0A || bytes[first] == 0x0D
    }

    /// Whether the line starting at `start` holds a comment and nothing else.
    func isCommentLine(at start: Int) -> Bool {
        let first = skipBlanks(from: start)
        return first < bytes.count && bytes[first] == UInt8(ascii: "#")
    }

    /// Whether the text ends with a line break (or is empty).
    var endsWithNewline: Bool { bytes.isEmpty || bytes.last == 0x0A }

    /// The text between two offsets.
    func string(_ start: Int, _ end: Int) -> String {
        String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// The offset just past the content of the block `start..<end`: the blank lines at its end are left
    /// out (they separate it from what follows), comments are kept.
    func contentEnd(_ start: Int, _ end: Int) -> Int {
        var lineStartOffset = end
        // Walk back line by line over blank lines.
        while lineStartOffset > start {
            let previous = lineStart(of: lineStartOffset - 1)
            if previous < start || !isBlankLine(at: previous) { break }
            lineStartOffset = previous
        }
        return lineStartOffset
    }
}
