/// Makes a `String` from UTF-8 that is mostly ASCII, such as HTML or XML written from Dutch text.
///
/// `String(decoding:as:)` validates the UTF-8 it is made from. All-ASCII input it checks eight
/// bytes at a time, but a single accented letter sends the whole input through its byte-by-byte
/// validator, about nine instructions a byte: for a document's HTML more than any other step of
/// writing it. (Putting the string together from an all-ASCII copy and the non-ASCII runs, as this
/// did before, cost about a thousand instructions per run in `String` appends: no less.)
///
/// So the bytes are checked here, ASCII eight bytes at a time and each non-ASCII character on its
/// own (``UTF8Check``), and valid bytes become the `String` through `UTF8Span(unchecked:)`, which
/// copies them without a second validation. Bytes that are not valid UTF-8 (no writer makes them)
/// go through `String(decoding:as:)`, which repairs them as before: the result is always the
/// `String` that decoding the bytes at once gives.
///
/// Visible to the package: the Markdown parser makes the `String`s of its tree (code spans, link
/// destinations and titles) with it.
package enum MostlyASCII {
    /// The `String` of the UTF-8 `bytes`, as `String(decoding: bytes, as: UTF8.self)` gives it.
    package static func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        switch UTF8Check.check(bytes) {
        case .ascii: return unchecked(bytes, isASCII: true)
        case .valid: return unchecked(bytes, isASCII: false)
        case .invalid: return String(decoding: bytes, as: UTF8.self)
        }
    }

    /// The `String` of `bytes`, which ``UTF8Check`` found valid (and all ASCII when `isASCII`).
    private static func unchecked(_ bytes: UnsafeBufferPointer<UInt8>, isASCII: Bool) -> String {
        String(copying: UTF8Span(unchecked: Span(_unsafeElements: bytes), isKnownASCII: isASCII))
    }
}

/// Whether bytes are valid UTF-8 (the Unicode standard's table 3-7: no overlong forms, no
/// surrogates, nothing past U+10FFFF, no cut sequence), and whether they are all ASCII.
package enum UTF8Check {
    /// All ASCII, valid with other characters, or not valid.
    package enum Result: Equatable { case ascii, valid, invalid }

    /// What `bytes` are.
    package static func check(_ bytes: UnsafeBufferPointer<UInt8>) -> Result {
        guard let base = bytes.baseAddress else { return .ascii }
        let count = bytes.count
        var index = nextNonASCII(base, from: 0, count: count)
        if index == count { return .ascii }
        while index < count {
            let length = sequenceLength(base, at: index, count: count)
            guard length > 0 else { return .invalid }
            index = nextNonASCII(base, from: index + length, count: count)
        }
        return .valid
    }

    /// The length of the valid multi-byte sequence at `index` (its lead byte is 0x80 or more), 0
    /// when there is none there.
    @inline(__always) private static func sequenceLength(_ base: UnsafePointer<UInt8>, at index: Int, count: Int) -> Int {
        let lead = base[index]
        // The allowed range of the second byte, and the sequence's length, by lead byte.
        let low: UInt8, high: UInt8, length: Int
        switch lead {
        case 0xC2...0xDF: (low, high, length) = (0x80, 0xBF, 2)
        case 0xE0: (low, high, length) = (0xA0, 0xBF, 3)
        case 0xE1...0xEC, 0xEE...0xEF: (low, high, length) = (0x80, 0xBF, 3)
        case 0xED: (low, high, length) = (0x80, 0x9F, 3)
        case 0xF0: (low, high, length) = (0x90, 0xBF, 4)
        case 0xF1...0xF3: (low, high, length) = (0x80, 0xBF, 4)
        case 0xF4: (low, high, length) = (0x80, 0x8F, 4)
        default: return 0  // a continuation byte, C0, C1 or F5 to FF
        }
        guard index + length <= count else { return 0 }
        let second = base[index + 1]
        guard second >= low && second <= high else { return 0 }
        for offset in 2..<length where base[index + offset] & 0xC0 != 0x80 { return 0 }
        return length
    }

    /// The index of the first byte of 0x80 or more at or after `start`, or `count`.
    ///
    /// Thirty-two bytes at a time while there are as many: four words are loaded and tested as
    /// one, and only a block with a byte of 0x80 or more is looked at word by word. Most of a
    /// document's HTML is ASCII between a few hundred accented letters, and a word at a time
    /// (with its own test, count and bound) was most of the check's cost (issue 38, `markdown8`).
    @inline(__always) static func nextNonASCII(_ base: UnsafePointer<UInt8>, from start: Int, count: Int) -> Int {
        let raw = UnsafeRawPointer(base)
        let highBits: UInt64 = 0x8080_8080_8080_8080
        var index = start
        while index &+ 32 <= count {
            let first = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            let second = raw.loadUnaligned(fromByteOffset: index &+ 8, as: UInt64.self)
            let third = raw.loadUnaligned(fromByteOffset: index &+ 16, as: UInt64.self)
            let fourth = raw.loadUnaligned(fromByteOffset: index &+ 24, as: UInt64.self)
            if (first | second | third | fourth) & highBits != 0 { break }
            index &+= 32
        }
        while index &+ 8 <= count {
            let high = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) & highBits
            if high != 0 { return index &+ high.trailingZeroBitCount &>> 3 }
            index &+= 8
        }
        while index < count, base[index] < 0x80 { index &+= 1 }
        return index
    }
}
