/// Byte and character classes used by the parsers. Markdown's syntax is ASCII, so the parsers
/// work on UTF-8 bytes and look at whole Unicode scalars only where the spec asks (emphasis
/// flanking).
enum ASCII {
    static let tab: UInt8 = 0x09, newline: UInt8 = 0x0A, carriageReturn: UInt8 = 0x0D, space: UInt8 = 0x20
    static let exclamation: UInt8 = 0x21, quote: UInt8 = 0x22, hash: UInt8 = 0x23, ampersand: UInt8 = 0x26
    static let apostrophe: UInt8 = 0x27, openParen: UInt8 = 0x28, closeParen: UInt8 = 0x29, star: UInt8 = 0x2A
    static let plus: UInt8 = 0x2B, minus: UInt8 = 0x2D, dot: UInt8 = 0x2E, colon: UInt8 = 0x3A, semicolon: UInt8 = 0x3B
    static let lessThan: UInt8 = 0x3C, equals: UInt8 = 0x3D, greaterThan: UInt8 = 0x3E, at: UInt8 = 0x40
    static let openBracket: UInt8 = 0x5B, backslash: UInt8 = 0x5C, closeBracket: UInt8 = 0x5D
    static let underscore: UInt8 = 0x5F, backtick: UInt8 = 0x60, pipe: UInt8 = 0x7C, tilde: UInt8 = 0x7E

    @inline(__always) static func isSpaceOrTab(_ byte: UInt8) -> Bool { byte == space || byte == tab }

    /// Space, tab, line feed, line tabulation, form feed, carriage return.
    @inline(__always) static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == space || (byte >= 0x09 && byte <= 0x0D)
    }

    @inline(__always) static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }

    @inline(__always) static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }

    @inline(__always) static func isAlphanumeric(_ byte: UInt8) -> Bool { isDigit(byte) || isLetter(byte) }

    @inline(__always) static func isHexDigit(_ byte: UInt8) -> Bool { isDigit(byte) || (byte | 0x20) &- 0x61 < 6 }

    /// The ASCII punctuation characters, which a backslash may escape.
    @inline(__always) static func isPunctuation(_ byte: UInt8) -> Bool {
        (byte >= 0x21 && byte <= 0x2F) || (byte >= 0x3A && byte <= 0x40)
            || (byte >= 0x5B && byte <= 0x60) || (byte >= 0x7B && byte <= 0x7E)
    }
}

/// Unicode classes for emphasis flanking: whitespace is Zs plus tab, line feed, form feed and
/// carriage return; punctuation is the general categories P and S.
enum CharacterClass {
    case whitespace, punctuation, other

    /// The class of an ASCII character.
    @inline(__always) init(ascii byte: UInt8) {
        if ASCII.isWhitespace(byte) { self = .whitespace }
        else if ASCII.isPunctuation(byte) { self = .punctuation }
        else { self = .other }
    }

    init(_ scalar: Unicode.Scalar) {
        if scalar.isASCII {
            self.init(ascii: UInt8(scalar.value))
            return
        }
        switch scalar.properties.generalCategory {
        case .spaceSeparator: self = .whitespace
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
             .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            self = .punctuation
        default: self = .other
        }
    }

    /// The class of the character ending just before `index` in UTF-8 `bytes`; the start of the
    /// subject at `subjectStart` counts as whitespace.
    static func before(_ index: Int, in bytes: [UInt8], from subjectStart: Int) -> CharacterClass {
        guard index > subjectStart else { return .whitespace }
        let last = bytes[index - 1]
        if last < 0x80 { return CharacterClass(ascii: last) }
        var start = index - 1
        while start > subjectStart && bytes[start] & 0xC0 == 0x80 && index - start < 4 { start -= 1 }
        return CharacterClass(decodeScalar(bytes, from: start))
    }

    /// The class of the character starting at `index`; the end counts as whitespace.
    static func at(_ index: Int, in bytes: [UInt8]) -> CharacterClass {
        guard index < bytes.count else { return .whitespace }
        let first = bytes[index]
        if first < 0x80 { return CharacterClass(ascii: first) }
        return CharacterClass(decodeScalar(bytes, from: index))
    }

    private static func decodeScalar(_ bytes: [UInt8], from start: Int) -> Unicode.Scalar {
        var iterator = bytes[start...].makeIterator()
        var decoder = UTF8()
        if case .scalarValue(let scalar) = decoder.decode(&iterator) { return scalar }
        return "\u{FFFD}"
    }
}

/// The bytes that end a run of plain text in inline content: line feed, `\`, `` ` ``, `*`, `_`,
/// `[`, `]`, `!`, `<` and `&`.
enum TextStops {
    /// Those below 64 and those from 64 to 127, as bit sets (constants, so reading them costs no
    /// lazy initialisation, as a table did on every run).
    static let low: UInt64 = 1 << 0x0A | 1 << 0x21 | 1 << 0x26 | 1 << 0x2A | 1 << 0x3C
    static let high: UInt64 = 1 << (0x5B - 64) | 1 << (0x5C - 64) | 1 << (0x5D - 64) | 1 << (0x5F - 64) | 1 << (0x60 - 64)

    /// Whether `byte` ends a run of text.
    @inline(__always) static func isStop(_ byte: UInt8) -> Bool {
        byte < 64 ? (low &>> UInt64(byte)) & 1 != 0 : byte < 128 && (high &>> UInt64(byte &- 64)) & 1 != 0
    }

    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// The index of the first byte that ends a run of text in `bytes[start..<end]`, or `end`.
    ///
    /// Every stop is below 0x61 and none is a space, while prose is mostly lowercase letters,
    /// spaces and bytes of 0x80 and more: eight bytes at a time, only the bytes below 0x61 that
    /// are not spaces (a capital, a digit, a comma, or a stop) are looked up, where looking up
    /// every byte cost five instructions a byte.
    @inline(__always) static func runEnd(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        guard let base = bytes.baseAddress else { return end }
        let raw = UnsafeRawPointer(base)
        var index = start
        while index + 8 <= end {
            let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            // The high bit of each byte below 0x61, and of each space: each byte is computed
            // on its own (no borrow or carry crosses into the next), so both are exact.
            let below = ~((word | highBits) &- ones &* 0x61) & ~word & highBits
            let spaceBytes = word ^ (ones &* 0x20)
            let spaces = ~(((spaceBytes & ~highBits) &+ ~highBits) | spaceBytes | ~highBits)
            var others = below & ~spaces
            while others != 0 {
                let offset = others.trailingZeroBitCount >> 3
                if isStop(base[index + offset]) { return index + offset }
                others &= others &- 1  // that byte's bit
            }
            index += 8
        }
        while index < end, !isStop(base[index]) { index += 1 }
        return index
    }
}
