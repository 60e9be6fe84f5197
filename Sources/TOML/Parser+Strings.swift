import Diagnostics

// The four kinds of strings. Single-line strings without escapes are made straight from the input
// bytes; the others are assembled in `scratch`. Line endings inside multi-line strings are kept as
// written (LF or CRLF), as toml-test expects; the specification allows either.

extension Parser {
    /// The bytes from `start` to `end` as a string value or key, shared with an equal one made before.
    mutating func sharedString(_ start: Int, _ end: Int) -> String {
        strings.string(UnsafeBufferPointer(rebasing: bytes[start..<end]))
    }

    /// The bytes assembled in `scratch` as a string, shared with an equal one made before.
    private mutating func sharedScratch() -> String {
        scratch.withUnsafeBufferPointer { strings.string($0) }
    }

    /// Parses a basic string `"..."` at `offset` (the opening quote), returning its value.
    mutating func parseBasicString() throws(TOMLError) -> String {
        let quote = offset
        offset += 1
        let contentStart = offset
        // Fast path: no escapes.
        while true {
            guard offset < count else { throw unterminated(.basic, from: quote) }
            let next = bytes[offset]
            if next == .quote {
                let value = sharedString(contentStart, offset)
                offset += 1
                return value
            } else if next == .backslash {
                break
            } else if next >= 0x80 {
                try skipUTF8Scalar()
            } else if next.isForbiddenControl {
                throw controlInSingleLineString(.basic, from: quote)
            } else {
                offset += 1
            }
        }
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[contentStart..<offset]))
        while true {
            guard offset < count else { throw unterminated(.basic, from: quote) }
            let next = bytes[offset]
            if next == .quote {
                offset += 1
                return sharedScratch()
            } else if next == .backslash {
                try parseEscape()
            } else if next >= 0x80 {
                let start = offset
                try skipUTF8Scalar()
                scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<offset]))
            } else if next.isForbiddenControl {
                throw controlInSingleLineString(.basic, from: quote)
            } else {
                scratch.append(next)
                offset += 1
            }
        }
    }

    /// Parses a literal string `'...'` at `offset` (the opening apostrophe).
    mutating func parseLiteralString() throws(TOMLError) -> String {
        let quote = offset
        offset += 1
        let contentStart = offset
        while true {
            guard offset < count else { throw unterminated(.literal, from: quote) }
            let next = bytes[offset]
            if next == .apostrophe {
                let value = sharedString(contentStart, offset)
                offset += 1
                return value
            } else if next >= 0x80 {
                try skipUTF8Scalar()
            } else if next.isForbiddenControl {
                throw controlInSingleLineString(.literal, from: quote)
            } else {
                offset += 1
            }
        }
    }

    /// Parses a multi-line string at `offset` (the first of its three opening quotes); `literal` tells
    /// `'''` from `"""`.
    mutating func parseMultilineString(literal: Bool) throws(TOMLError) -> String {
        let delimiter: UInt8 = literal ? .apostrophe : .quote
        let style: TOMLError.StringStyle = literal ? .multilineLiteral : .multilineBasic
        let openingRange = range(offset, offset + 3)
        offset += 3
        scratch.removeAll(keepingCapacity: true)
        // A newline right after the opening delimiter is not part of the string.
        if byte(at: offset) == .lineFeed || (byte(at: offset) == .carriageReturn && byte(at: offset + 1) == .lineFeed) {
            try consumeNewline()
        }
        while true {
            guard offset < count else { throw TOMLError(reason: .unterminatedString(style), range: openingRange) }
            let next = bytes[offset]
            if next == delimiter {
                var run = 1
                while run < 5, byte(at: offset + run) == delimiter { run += 1 }
                if run >= 3 {
                    // Up to two quotes just before the closing delimiter belong to the string.
                    for _ in 0..<(run - 3) { scratch.append(delimiter) }
                    offset += run
                    return sharedScratch()
                }
                for _ in 0..<run { scratch.append(delimiter) }
                offset += run
            } else if next == .backslash && !literal {
                if try !skipLineEndingBackslash() { try parseEscape() }
            } else if next == .lineFeed || next == .carriageReturn {
                try consumeNewline()
                if next == .carriageReturn { scratch.append(.carriageReturn) }
                scratch.append(.lineFeed)
            } else if next >= 0x80 {
                let start = offset
                try skipUTF8Scalar()
                scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<offset]))
            } else if next.isForbiddenControl {
                throw controlCharacterInString(at: offset)
            } else {
                scratch.append(next)
                offset += 1
            }
        }
    }

    /// At a backslash in a multi-line basic string: when only whitespace follows it on the line, skips
    /// the backslash, the line ending and all whitespace and newlines after it, and returns true.
    private mutating func skipLineEndingBackslash() throws(TOMLError) -> Bool {
        var index = offset + 1
        while byte(at: index) == .space || byte(at: index) == .tab { index += 1 }
        let next = byte(at: index)
        guard next == .lineFeed || next == .carriageReturn else { return false }
        offset = index
        while offset < count {
            switch bytes[offset] {
            case .space, .tab: offset += 1
            case .lineFeed, .carriageReturn: try consumeNewline()
            default: return true
            }
        }
        return true
    }

    /// Parses the escape at `offset` (a backslash) and appends what it stands for to `scratch`.
    private mutating func parseEscape() throws(TOMLError) {
        let start = offset
        let letter = byte(at: offset + 1)
        let simple: UInt8
        switch letter {
        case UInt8(ascii: "b"): simple = 0x08
        case UInt8(ascii: "t"): simple = .tab
        case UInt8(ascii: "n"): simple = .lineFeed
        case UInt8(ascii: "f"): simple = 0x0C
        case UInt8(ascii: "r"): simple = .carriageReturn
        case .quote: simple = .quote
        case .backslash: simple = .backslash
        case UInt8(ascii: "u"), UInt8(ascii: "U"):
            let digits = letter == UInt8(ascii: "u") ? 4 : 8
            var value: UInt32 = 0
            for index in 0..<digits {
                let digitOffset = offset + 2 + index
                guard let digit = hexValue(byte(at: digitOffset)) else {
                    throw TOMLError(reason: .invalidEscape(text(start, digitOffset)), range: range(start, digitOffset))
                }
                value = value << 4 | UInt32(digit)
            }
            let end = offset + 2 + digits
            guard let scalar = Unicode.Scalar(value) else {
                throw TOMLError(reason: .invalidUnicodeEscape(text(start, end)), range: range(start, end))
            }
            appendUTF8(scalar)
            offset = end
            return
        default:
            let end = offset + 1 < count && letter >= 0x21 && letter < 0x7F ? offset + 2 : offset + 1
            throw TOMLError(reason: .invalidEscape(text(start, end)), range: range(start, end))
        }
        scratch.append(simple)
        offset += 2
    }

    /// Appends the UTF-8 encoding of `scalar` to `scratch`.
    private mutating func appendUTF8(_ scalar: Unicode.Scalar) {
        let value = scalar.value
        switch value {
        case 0..<0x80:
            scratch.append(UInt8(value))
        case 0x80..<0x800:
            scratch.append(UInt8(0xC0 | value >> 6))
            scratch.append(UInt8(0x80 | value & 0x3F))
        case 0x800..<0x10000:
            scratch.append(UInt8(0xE0 | value >> 12))
            scratch.append(UInt8(0x80 | value >> 6 & 0x3F))
            scratch.append(UInt8(0x80 | value & 0x3F))
        default:
            scratch.append(UInt8(0xF0 | value >> 18))
            scratch.append(UInt8(0x80 | value >> 12 & 0x3F))
            scratch.append(UInt8(0x80 | value >> 6 & 0x3F))
            scratch.append(UInt8(0x80 | value & 0x3F))
        }
    }

    private func hexValue(_ digit: UInt8) -> UInt8? {
        switch digit {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): digit - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): digit - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): digit - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    /// A single-line string that is cut off by the end of the input.
    private mutating func unterminated(_ style: TOMLError.StringStyle, from quote: Int) -> TOMLError {
        TOMLError(reason: .unterminatedString(style), range: range(quote, offset))
    }

    /// A control character at `offset` in a single-line string: a line ending means the string was
    /// not closed on its line; anything else is a control character.
    private mutating func controlInSingleLineString(_ style: TOMLError.StringStyle, from quote: Int) -> TOMLError {
        if bytes[offset] == .lineFeed || bytes[offset] == .carriageReturn { return unterminated(style, from: quote) }
        return controlCharacterInString(at: offset)
    }
}
