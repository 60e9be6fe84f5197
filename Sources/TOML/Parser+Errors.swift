import Diagnostics

// Making errors with their ranges. Each helper returns the error so the caller can `throw` it.

extension Parser {
    /// Something other than `expected` at `index`: the character there, a newline or the end.
    mutating func unexpected(at index: Int, expected: TOMLError.Expectation) -> TOMLError {
        guard index < count else {
            return TOMLError(reason: .unexpected(.endOfInput, expected: expected), range: range(index, index + 1))
        }
        let value = bytes[index]
        if value == .lineFeed || value == .carriageReturn {
            return TOMLError(reason: .unexpected(.newline, expected: expected), range: range(index, index + 1))
        }
        if value < 0x80 {
            return TOMLError(
                reason: .unexpected(.character(Unicode.Scalar(value)), expected: expected),
                range: range(index, index + 1))
        }
        guard let scalar = scalar(at: index) else { return invalidUTF8(at: index) }
        if index < firstNonASCII && index >= lineStart { firstNonASCII = index }
        let length = utf8SequenceLength(at: index)
        return TOMLError(reason: .unexpected(.character(scalar), expected: expected), range: range(index, index + length))
    }

    /// Bytes at `index` that are not valid UTF-8.
    mutating func invalidUTF8(at index: Int) -> TOMLError {
        TOMLError(reason: .invalidUTF8, range: range(index, index + 1))
    }

    /// A carriage return at `index` without a line feed after it.
    mutating func bareCarriageReturn(at index: Int) -> TOMLError {
        TOMLError(reason: .bareCarriageReturn, range: range(index, index + 1))
    }

    /// A control character at `index` inside a string.
    mutating func controlCharacterInString(at index: Int) -> TOMLError {
        TOMLError(reason: .controlCharacter(UInt32(bytes[index]), in: .string), range: range(index, index + 1))
    }

    /// The unquoted word starting at `start`, as text for a message: the word characters from there,
    /// including one space inside a date-time such as `2026-03-01 09:00`.
    func word(from start: Int) -> String {
        var end = start
        while end < count, bytes[end].isWordCharacter { end += 1 }
        if byte(at: end) == .space, byte(at: end + 1).isDigit, end - start == 10, byte(at: start + 4) == .minus {
            end += 1
            while end < count, bytes[end].isWordCharacter { end += 1 }
        }
        return text(start, max(end, min(start + 1, count)))
    }

    /// The bytes from `start` to `end` as a string (invalid UTF-8 is repaired; for messages only).
    func text(_ start: Int, _ end: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }

    /// The range of the word starting at `start` (see `word(from:)`).
    mutating func wordRange(from start: Int) -> SourceRange {
        let length = word(from: start).utf8.count
        return range(start, start + length)
    }

    /// An error about the word starting at `start`.
    mutating func wordError(from start: Int, _ reason: (String) -> TOMLError.Reason) -> TOMLError {
        TOMLError(reason: reason(word(from: start)), range: wordRange(from: start))
    }
}
