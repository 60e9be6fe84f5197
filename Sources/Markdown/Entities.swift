import Documents

/// HTML character references (`&amp;`, `&#233;`, `&#xE9;`, and every other name of the HTML5
/// list, as CommonMark asks); an unknown name stays literal text.
enum Entities {
    /// A reference found: the index after its `;` and the UTF-8 of the text it stands for,
    /// packed into a word (its first byte lowest). Every text of the HTML5 list, and every
    /// numeric reference, is one or two scalars of at most six bytes in all (`EntitiesTests`
    /// checks the whole list), so the parser writes them into its buffer without a `String`.
    struct Reference: Equatable {
        /// The index after the `;`.
        let end: Int
        /// The text's bytes, the first lowest; the bytes above `count` are 0.
        let utf8: UInt64
        /// The number of bytes, 1 to 8.
        let count: Int

        /// The text as a `String` (for tests and the plain way).
        var text: String {
            var word = utf8.littleEndian
            return withUnsafeBytes(of: &word) { String(decoding: $0.prefix(count), as: UTF8.self) }
        }

        /// The UTF-8 of `text`, which must have at most eight bytes.
        init(end: Int, text: String) {
            var packed: UInt64 = 0, count = 0
            for byte in text.utf8 {
                precondition(count < 8, "a character reference's text of more than eight bytes")
                packed |= UInt64(byte) &<< UInt64(count &* 8)
                count &+= 1
            }
            self.init(end: end, utf8: packed, count: count)
        }

        init(end: Int, utf8: UInt64, count: Int) {
            self.end = end
            self.utf8 = utf8
            self.count = count
        }

        /// Writes the bytes at `target` (room for ``count`` bytes).
        @inline(__always) func write(to target: UnsafeMutablePointer<UInt8>) {
            var word = utf8
            for offset in 0..<count {
                target[offset] = UInt8(truncatingIfNeeded: word)
                word &>>= 8
            }
        }
    }

    /// Decodes the reference starting at `bytes[start]` (an `&`), or nil when there is no valid
    /// reference there.
    ///
    /// The names Dutch documents use most and numeric references are read here on the bytes;
    /// the whole list (``CharacterReference``, generic over the bytes and not specialised across
    /// the module boundary) makes a `String` of every name and hashes it, and made a `String` of
    /// a `Character` for a numeric one (about 2 500 instructions each; `&#233;` is common).
    static func reference(_ bytes: [UInt8], at start: Int, end: Int) -> Reference? {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, start >= 0, start < end, end <= buffer.count else { return nil }
            if start + 1 < end, base[start + 1] == ASCII.hash {
                return numeric(base, at: start, end: end)
            }
            return named(base, at: start, end: end) { CharacterReference.decode(bytes, at: start, end: end) }
        }
    }

    /// Appends the text of `reference` to `bytes`.
    @inline(__always) static func append(_ reference: Reference, to bytes: inout [UInt8]) {
        var word = reference.utf8
        for _ in 0..<reference.count {
            bytes.append(UInt8(truncatingIfNeeded: word))
            word &>>= 8
        }
    }

    /// Decodes the reference at `bytes[start]` as its index after the `;` and its text (the
    /// plain way, for tests).
    static func decode(_ bytes: [UInt8], at start: Int, end: Int) -> (Int, String)? {
        reference(bytes, at: start, end: end).map { ($0.end, $0.text) }
    }

    /// The names Dutch documents use most, with their texts, matched on the bytes by
    /// ``named(_:at:end:listed:)``: the name packed into a word (the first byte lowest) is compared with
    /// each key. Each stands for exactly what the list has for it (`EntitiesTests` compares them,
    /// and the keys with the names).
    static let commonNames: [(name: StaticString, text: String)] = [
        ("amp", "&"), ("lt", "<"), ("gt", ">"), ("quot", "\""), ("apos", "'"), ("nbsp", "\u{A0}"),
        ("euro", "\u{20AC}"), ("ndash", "\u{2013}"), ("mdash", "\u{2014}"), ("hellip", "\u{2026}"),
        ("eacute", "\u{E9}"), ("euml", "\u{EB}"), ("iuml", "\u{EF}"), ("ouml", "\u{F6}"), ("uuml", "\u{FC}"),
    ]

    /// The longest of ``commonNames``.
    static let longestCommonName = 6

    /// The UTF-8 (packed, the first byte lowest) and its length for the packed name `key`, nil
    /// when it is not one of ``commonNames``. Literal constants in a switch: a table read as a
    /// global went through its lazy initialisation on every reference, and an array of `String`s
    /// retained and released one per name compared.
    @inline(__always) static func commonText(ofKey key: UInt64) -> (UInt64, Int)? {
        switch key {
        case 0x70_6D_61: (0x26, 1)  // amp: &
        case 0x74_6C: (0x3C, 1)  // lt: <
        case 0x74_67: (0x3E, 1)  // gt: >
        case 0x74_6F_75_71: (0x22, 1)  // quot: "
        case 0x73_6F_70_61: (0x27, 1)  // apos: '
        case 0x70_73_62_6E: (0xA0_C2, 2)  // nbsp: U+00A0
        case 0x6F_72_75_65: (0xAC_82_E2, 3)  // euro: U+20AC
        case 0x68_73_61_64_6E: (0x93_80_E2, 3)  // ndash: U+2013
        case 0x68_73_61_64_6D: (0x94_80_E2, 3)  // mdash: U+2014
        case 0x70_69_6C_6C_65_68: (0xA6_80_E2, 3)  // hellip: U+2026
        case 0x65_74_75_63_61_65: (0xA9_C3, 2)  // eacute: U+00E9
        case 0x6C_6D_75_65: (0xAB_C3, 2)  // euml: U+00EB
        case 0x6C_6D_75_69: (0xAF_C3, 2)  // iuml: U+00EF
        case 0x6C_6D_75_6F: (0xB6_C3, 2)  // ouml: U+00F6
        case 0x6C_6D_75_75: (0xBC_C3, 2)  // uuml: U+00FC
        default: nil
        }
    }

    /// `&name;` at `bytes[start]`: one of ``commonNames`` read here, another name from the
    /// whole list (`listed`), and nil without asking the list when there is no `;` right after
    /// the name: a name is the longest run of letters and digits there, up to 32 (the longest,
    /// CounterClockwiseContourIntegral, has 31), starting with a letter, as the list reads it.
    /// Most `&`s in Dutch text and links are no reference at all (`R&D`, `?a=1&b=2`), and the
    /// list, generic over the bytes and not specialised here, read each byte through a call.
    @inline(__always) private static func named(_ bytes: UnsafePointer<UInt8>, at start: Int, end: Int,
                                                listed: () -> (end: Int, text: String)?) -> Reference? {
        let nameStart = start &+ 1
        var index = nameStart
        var key: UInt64 = 0
        while index < end, ASCII.isAlphanumeric(bytes[index]), index &- nameStart < 32 {
            if index &- nameStart < 8 { key |= UInt64(bytes[index]) &<< UInt64((index &- nameStart) &* 8) }
            index &+= 1
        }
        guard index > nameStart, index < end, bytes[index] == ASCII.semicolon, ASCII.isLetter(bytes[nameStart]) else { return nil }
        if index &- nameStart <= longestCommonName, let (utf8, count) = commonText(ofKey: key) {
            return Reference(end: index &+ 1, utf8: utf8, count: count)
        }
        return listed().map { Reference(end: $0.end, text: $0.text) }
    }

    /// `&#` + 1 to 7 decimal digits + `;`, or `&#x` (or `X`) + 1 to 6 hexadecimal digits + `;`,
    /// at `bytes[start]`, as ``CharacterReference`` reads it: U+0000, a surrogate or a value past
    /// U+10FFFF stands for U+FFFD.
    private static func numeric(_ bytes: UnsafePointer<UInt8>, at start: Int, end: Int) -> Reference? {
        var index = start &+ 2
        guard index < end else { return nil }
        var value: UInt32 = 0
        var digits = 0
        if bytes[index] | 0x20 == 0x78 {  // x or X
            index &+= 1
            while index < end, digits < 6 {
                let byte = bytes[index]
                let digit: UInt8
                if ASCII.isDigit(byte) { digit = byte &- 0x30 } else if (byte | 0x20) &- 0x61 < 6 { digit = (byte | 0x20) &- 0x61 &+ 10 } else { break }
                value = value &* 16 &+ UInt32(digit)
                index &+= 1
                digits &+= 1
            }
        } else {
            while index < end, digits < 7, ASCII.isDigit(bytes[index]) {
                value = value &* 10 &+ UInt32(bytes[index] &- 0x30)
                index &+= 1
                digits &+= 1
            }
        }
        guard digits > 0, index < end, bytes[index] == ASCII.semicolon else { return nil }
        let scalar = value == 0 ? nil : Unicode.Scalar(value)
        let (utf8, count) = packedUTF8(scalar ?? "\u{FFFD}")
        return Reference(end: index &+ 1, utf8: utf8, count: count)
    }

    /// The UTF-8 of `scalar`, packed with the first byte lowest, and its length.
    @inline(__always) static func packedUTF8(_ scalar: Unicode.Scalar) -> (UInt64, Int) {
        let value = UInt64(scalar.value)
        switch value {
        case 0..<0x80:
            return (value, 1)
        case 0x80..<0x800:
            return (0xC0 | value &>> 6 | (0x80 | value & 0x3F) &<< 8, 2)
        case 0x800..<0x10000:
            return (0xE0 | value &>> 12 | (0x80 | value &>> 6 & 0x3F) &<< 8 | (0x80 | value & 0x3F) &<< 16, 3)
        default:
            return (0xF0 | value &>> 18 | (0x80 | value &>> 12 & 0x3F) &<< 8 | (0x80 | value &>> 6 & 0x3F) &<< 16
                        | (0x80 | value & 0x3F) &<< 24, 4)
        }
    }
}
