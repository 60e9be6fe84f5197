/// Cuts a TOML document down to some of its top-level tables without parsing it, so a reader that
/// needs two tables of a large file parses only those (often a small part of the file). Only strings, comments and brackets are followed: that is all it takes to tell a table
/// header from text that looks like one (a `[` at the start of a line inside a multi-line string or
/// array). A dropped table leaves its line endings, so every position in what is kept is the position
/// in the whole document, and a parse of the result reports ranges as a parse of the whole would.
enum TableSkimmer {
    /// The kept text of `bytes`; nil when the document cannot be followed (a string or bracket left
    /// open), so the caller parses it whole and finds the error as usual. The state lives in locals:
    /// this runs over every byte of every document it skims, at a few instructions a byte.
    static func skim(_ bytes: UnsafeBufferPointer<UInt8>, keeping keys: Set<String>) -> [UInt8]? {
        var output = Output(bytes: bytes)
        let count = bytes.count
        var index = 0
        var depth = 0
        // A header starts a line (after blanks) outside any string, array or inline table.
        var atLineStart = true
        var lineStart = 0
        while index < count {
            let byte = bytes[index]
            if atLineStart {
                if byte == .space || byte == .tab {
                    index += 1
                    continue
                }
                atLineStart = false
                if byte == .openBracket {
                    // A header whose first key cannot be told (quoted with escapes) is kept: keeping is always safe.
                    output.switchTo(keeping: headerKey(bytes, at: index).map(keys.contains) ?? true, at: lineStart)
                }
            }
            // Most bytes outside strings are letters, digits, blanks and `=`: one test passes them.
            if byte >= 0x80 || (byte < 0x40 ? Self.specialBelow64 >> byte : Self.specialFrom64 >> (byte - 0x40)) & 1 == 0 {
                index += 1
                continue
            }
            switch byte {
            case .lineFeed:
                index += 1
                if depth == 0 {
                    atLineStart = true
                    lineStart = index
                }
            case .quote:
                guard let end = endOfBasicString(bytes, at: index) else { return nil }
                index = end
            case .apostrophe:
                guard let end = endOfLiteralString(bytes, at: index) else { return nil }
                index = end
            case .hash:
                while index < count && bytes[index] != .lineFeed { index += 1 }
            case .openBracket, .openBrace:
                depth += 1
                index += 1
            case .closeBracket, .closeBrace:
                depth -= 1
                guard depth >= 0 else { return nil }
                index += 1
            default:
                index += 1
            }
        }
        guard depth == 0 else { return nil }
        return output.finish()
    }

    /// The bytes the loop in `skim` looks at, as bits: line feed, quotes, `#` (below 64); brackets
    /// and braces (64 to 127).
    private static let specialBelow64: UInt64 = 1 << 0x0A | 1 << 0x22 | 1 << 0x23 | 1 << 0x27
    private static let specialFrom64: UInt64 = 1 << (0x5B - 0x40) | 1 << (0x5D - 0x40) | 1 << (0x7B - 0x40) | 1 << (0x7D - 0x40)

    /// The text kept so far, and the part since the last header that changed between kept and dropped.
    private struct Output {
        let source: UnsafeBufferPointer<UInt8>
        private var bytes: [UInt8] = []
        private var segmentStart = 0
        private var keeping = true

        init(bytes source: UnsafeBufferPointer<UInt8>) {
            self.source = source
            bytes.reserveCapacity(source.count)
        }

        /// From `offset` on, keep (or drop) the text; what came before is kept whole, or only its line endings.
        mutating func switchTo(keeping keep: Bool, at offset: Int) {
            guard keep != keeping else { return }
            flush(upTo: offset)
            keeping = keep
        }

        /// Everything kept, once the whole source has been read.
        mutating func finish() -> [UInt8] {
            flush(upTo: source.count)
            return bytes
        }

        /// Appends the text since the last flush when it is kept, else only its line endings.
        private mutating func flush(upTo offset: Int) {
            if keeping {
                bytes.append(contentsOf: source[segmentStart..<offset])
            } else {
                var index = TableSkimmer.firstOf(.lineFeed, .lineFeed, .lineFeed, in: source, from: segmentStart, upTo: offset)
                while index < offset {
                    bytes.append(.lineFeed)
                    index = TableSkimmer.firstOf(.lineFeed, .lineFeed, .lineFeed, in: source, from: index + 1, upTo: offset)
                }
            }
            segmentStart = offset
        }
    }

    /// The first key of the header at `offset` (`[a.b]`, `[[a]]`, `[ "a" ]`); nil when it is quoted
    /// with escapes or empty.
    private static func headerKey(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> String? {
        var index = offset + 1
        if index < bytes.count && bytes[index] == .openBracket { index += 1 }
        while index < bytes.count && (bytes[index] == .space || bytes[index] == .tab) { index += 1 }
        guard index < bytes.count else { return nil }
        let quote = bytes[index]
        if quote == .quote || quote == .apostrophe {
            var end = index + 1
            while end < bytes.count && bytes[end] != quote && bytes[end] != .backslash && bytes[end] != .lineFeed { end += 1 }
            guard end < bytes.count, bytes[end] == quote else { return nil }
            return String(decoding: bytes[(index + 1)..<end], as: UTF8.self)
        }
        var end = index
        while end < bytes.count && bytes[end].isBareKeyCharacter { end += 1 }
        return end > index ? String(decoding: bytes[index..<end], as: UTF8.self) : nil
    }

    /// Where the basic string (`"…"` or `"""…"""`) at `offset` ends; nil when it does not.
    private static func endOfBasicString(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Int? {
        if startsWithThree(.quote, bytes, at: offset) { return endOfMultiline(.quote, bytes, at: offset, escapes: true) }
        var index = offset + 1
        while true {
            index = firstOf(.quote, .backslash, .lineFeed, in: bytes, from: index, upTo: bytes.count)
            guard index < bytes.count else { return nil }
            switch bytes[index] {
            case .quote: return index + 1
            case .backslash: index += 2
            default: return nil
            }
        }
    }

    /// Where the literal string (`'…'` or `'''…'''`) at `offset` ends; nil when it does not.
    private static func endOfLiteralString(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Int? {
        if startsWithThree(.apostrophe, bytes, at: offset) { return endOfMultiline(.apostrophe, bytes, at: offset, escapes: false) }
        let end = firstOf(.apostrophe, .lineFeed, .lineFeed, in: bytes, from: offset + 1, upTo: bytes.count)
        return end < bytes.count && bytes[end] == .apostrophe ? end + 1 : nil
    }

    /// Where the multi-line string whose three opening quotes are at `offset` ends. Up to two more
    /// quotes after the closing three belong to the string (`"""a""""` is `a"`).
    private static func endOfMultiline(_ quote: UInt8, _ bytes: UnsafeBufferPointer<UInt8>, at offset: Int, escapes: Bool) -> Int? {
        let escape = escapes ? UInt8.backslash : quote
        var index = offset + 3
        while true {
            index = firstOf(quote, escape, quote, in: bytes, from: index, upTo: bytes.count)
            guard index < bytes.count else { return nil }
            if escapes && bytes[index] == .backslash {
                index += 2
            } else if startsWithThree(quote, bytes, at: index) {
                index += 3
                if index < bytes.count && bytes[index] == quote { index += 1 }
                if index < bytes.count && bytes[index] == quote { index += 1 }
                return index
            } else {
                index += 1
            }
        }
    }

    /// The first index in `offset..<end` holding `a`, `b` or `c`; `end` when there is none. Eight
    /// bytes at a time: the text of strings is most of a document, and this passes over all of it.
    static func firstOf(_ a: UInt8, _ b: UInt8, _ c: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from offset: Int, upTo end: Int) -> Int {
        guard offset < end, let base = UnsafeRawPointer(bytes.baseAddress) else { return min(offset, end) }
        let ones: UInt64 = 0x0101_0101_0101_0101
        let (wordA, wordB, wordC) = (ones &* UInt64(a), ones &* UInt64(b), ones &* UInt64(c))
        // The high bit of each byte that is zero; a false mark can only follow a true one, so the
        // lowest mark is the first match (the word is read little-endian: first byte lowest).
        func zeroBytes(_ word: UInt64) -> UInt64 { (word &- ones) & ~word & 0x8080_8080_8080_8080 }
        var index = offset
        while index + 8 <= end {
            let word = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            let marks = zeroBytes(word ^ wordA) | zeroBytes(word ^ wordB) | zeroBytes(word ^ wordC)
            if marks != 0 { return index + marks.trailingZeroBitCount / 8 }
            index += 8
        }
        while index < end {
            let byte = bytes[index]
            if byte == a || byte == b || byte == c { return index }
            index += 1
        }
        return end
    }

    private static func startsWithThree(_ quote: UInt8, _ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        offset + 2 < bytes.count && bytes[offset] == quote && bytes[offset + 1] == quote && bytes[offset + 2] == quote
    }
}

extension TOML {
    /// `bytes` with every table whose header does not start with one of `keys` left out (its line
    /// endings kept, so positions in the rest are unchanged); the key/value pairs before the first
    /// header are kept. Nil when the document cannot be followed that far (a string or bracket left
    /// open): parse it whole, so its error is found as usual. A syntax error inside a table left out
    /// goes unnoticed: the caller asked not to read that table.
    public static func keepingTables(startingWith keys: Set<String>, in bytes: [UInt8]) -> [UInt8]? {
        bytes.withUnsafeBufferPointer { TableSkimmer.skim($0, keeping: keys) }
    }
}
