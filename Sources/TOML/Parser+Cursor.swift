import Diagnostics

// Moving through the bytes: whitespace, newlines, comments, UTF-8, and turning offsets into positions.
//
// Columns count Unicode scalars. Most lines are ASCII, where the column is the byte offset from the
// line start. Non-ASCII bytes may only appear in strings and comments, and the scanners of those mark
// the first one on a line; past that mark the column is found by counting the bytes that start a scalar,
// continuing from the last column counted, so a long line is not counted over and over.

extension Parser {
    /// The byte at `index`, or 0 past the end. (A real NUL byte is never valid where this is used
    /// to decide, so callers tell the two apart by comparing `index` with `count` only when it matters.)
    @inline(__always)
    func byte(at index: Int) -> UInt8 {
        index < count ? bytes[index] : 0
    }

    /// Skips spaces and tabs.
    @inline(__always)
    mutating func skipWhitespace() {
        while offset < count {
            let next = bytes[offset]
            guard next == .space || next == .tab else { return }
            offset += 1
        }
    }

    /// Consumes a line feed or a carriage return + line feed at `offset`.
    mutating func consumeNewline() throws(TOMLError) {
        if bytes[offset] == .carriageReturn {
            guard byte(at: offset + 1) == .lineFeed else { throw bareCarriageReturn(at: offset) }
            offset += 1
        }
        offset += 1
        startLine(at: offset)
    }

    /// Records that a new line starts at `start` (just past its line feed).
    @inline(__always)
    mutating func startLine(at start: Int) {
        line += 1
        lineStart = start
        firstNonASCII = Int.max
        cachedOffset = -1
    }

    /// Skips spaces, tabs, newlines and comments, as allowed between the values of an array.
    mutating func skipWhitespaceCommentsAndNewlines() throws(TOMLError) {
        while offset < count {
            switch bytes[offset] {
            case .space, .tab: offset += 1
            case .lineFeed, .carriageReturn: try consumeNewline()
            case .hash: try skipComment()
            default: return
            }
        }
    }

    /// Skips a comment from its `#` up to (not including) the line ending.
    mutating func skipComment() throws(TOMLError) {
        offset += 1
        while offset < count {
            let next = bytes[offset]
            if next >= 0x20 && next < 0x7F || next == .tab {
                offset += 1
            } else if next >= 0x80 {
                try skipUTF8Scalar()
            } else if next == .lineFeed || next == .carriageReturn {
                return
            } else {
                throw TOMLError(reason: .controlCharacter(UInt32(next), in: .comment), range: range(offset, offset + 1))
            }
        }
    }

    // MARK: UTF-8

    /// Checks the UTF-8 sequence at `offset` (whose first byte is not ASCII), marks the line as
    /// non-ASCII and moves past the sequence.
    @inline(__always)
    mutating func skipUTF8Scalar() throws(TOMLError) {
        let length = utf8SequenceLength(at: offset)
        guard length > 0 else { throw invalidUTF8(at: offset) }
        if offset < firstNonASCII { firstNonASCII = offset }
        offset += length
    }

    /// The length of the valid UTF-8 sequence starting at `index`, or 0 when it is not valid
    /// (overlong forms, surrogates and values past U+10FFFF are not valid).
    func utf8SequenceLength(at index: Int) -> Int {
        let lead = byte(at: index)
        let second = byte(at: index + 1)
        @inline(__always) func isContinuation(_ value: UInt8) -> Bool { value & 0xC0 == 0x80 }
        switch lead {
        case 0x00...0x7F:
            return index < count ? 1 : 0
        case 0xC2...0xDF:
            return isContinuation(second) ? 2 : 0
        case 0xE0...0xEF:
            let low: UInt8 = lead == 0xE0 ? 0xA0 : 0x80
            let high: UInt8 = lead == 0xED ? 0x9F : 0xBF
            guard second >= low, second <= high, isContinuation(byte(at: index + 2)) else { return 0 }
            return 3
        case 0xF0...0xF4:
            let low: UInt8 = lead == 0xF0 ? 0x90 : 0x80
            let high: UInt8 = lead == 0xF4 ? 0x8F : 0xBF
            guard second >= low, second <= high, isContinuation(byte(at: index + 2)),
                isContinuation(byte(at: index + 3))
            else { return 0 }
            return 4
        default:
            return 0
        }
    }

    /// The scalar whose valid UTF-8 sequence starts at `index`, or nil.
    func scalar(at index: Int) -> Unicode.Scalar? {
        let length = utf8SequenceLength(at: index)
        guard length > 0 else { return nil }
        var value = length == 1 ? UInt32(bytes[index]) : UInt32(bytes[index] & (0xFF >> (length + 1)))
        for next in 1..<max(length, 1) { value = value << 6 | UInt32(bytes[index + next] & 0x3F) }
        return Unicode.Scalar(value)
    }

    // MARK: Positions

    /// The position of the byte at `index`, which must be on the current line or a later part of it.
    @inline(__always)
    mutating func position(_ index: Int) -> SourcePosition {
        if index < lineStart { return positionFromStart(index) }
        if index <= firstNonASCII { return SourcePosition(line: line, column: index - lineStart + 1) }
        return SourcePosition(line: line, column: nonASCIIColumn(index))
    }

    private mutating func nonASCIIColumn(_ index: Int) -> Int {
        var from = firstNonASCII
        var column = firstNonASCII - lineStart + 1
        if cachedOffset >= firstNonASCII && cachedOffset <= index {
            from = cachedOffset
            column = cachedColumn
        }
        let end = min(index, count)
        while from < end {
            if bytes[from] & 0xC0 != 0x80 { column += 1 }
            from += 1
        }
        column += index - end  // Past the end of the input (an error at the end): one column a byte.
        cachedOffset = index
        cachedColumn = column
        return column
    }

    /// The position of any byte, counted from the start of the document. Slow; used for errors only.
    func positionFromStart(_ index: Int) -> SourcePosition {
        var line = 1
        var column = 1
        var current = count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
        while current < min(index, count) {
            if bytes[current] == .lineFeed {
                line += 1
                column = 1
            } else if bytes[current] & 0xC0 != 0x80 {
                column += 1
            }
            current += 1
        }
        return SourcePosition(line: line, column: column)
    }

    /// The range from `start` to `end` (byte offsets).
    @inline(__always)
    mutating func range(_ start: Int, _ end: Int) -> SourceRange {
        SourceRange(start: position(start), end: position(end))
    }
}
