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
    /// 256 entries, 1 for those bytes. Made once and never freed; read-only, so sharing it
    /// between threads is safe.
    nonisolated(unsafe) static let table: UnsafePointer<UInt8> = {
        let table = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
        table.initialize(repeating: 0, count: 256)
        for byte in "\n\\`*_[]!<&".utf8 { table[Int(byte)] = 1 }
        return UnsafePointer(table)
    }()
}
