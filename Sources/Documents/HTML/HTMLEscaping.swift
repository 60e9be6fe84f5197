/// Escaping for HTML output: text and attribute values (control characters, which HTML cannot
/// hold, are left out), and link destinations.
///
/// These run for every piece of text a document writes, so they work on UTF-8 bytes through
/// buffer pointers, copy whole runs that need no escaping at once, and allocate nothing.
enum HTMLEscaping {
    /// The bytes below 64 that text escaping replaces: `"`, `&`, `<` and `>`, and the control
    /// characters other than tab, line feed and carriage return (dropped), as a bit set.
    private static let escapedInText: UInt64 = 1 << 0x22 | 1 << 0x26 | 1 << 0x3C | 1 << 0x3E
        | (0xFFFF_FFFF & ~(1 << 0x09 | 1 << 0x0A | 1 << 0x0D))

    /// Appends `text` with `&`, `<`, `>` and `"` escaped; safe in element content and in
    /// double-quoted attribute values.
    static func appendEscaped(_ text: String, to output: inout HTMLOutput) {
        var text = text
        text.withUTF8 { appendEscaped($0, to: &output) }
    }

    /// Appends UTF-8 `bytes` with `&`, `<`, `>` and `"` escaped.
    ///
    /// Runs between the bytes that need it are copied at once. The next such byte is found eight
    /// bytes at a time (``nextCandidate(_:from:count:)``), also after one was found: Dutch text
    /// has a `–`, `€` or `…` (lead byte E2, which the word test cannot tell from a bidirectional
    /// override) or an `&` in many texts, and going on byte by byte from the first of them cost
    /// about ten instructions a byte.
    static func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout HTMLOutput) {
        guard let base = bytes.baseAddress else { return }
        let count = bytes.count
        var index = nextCandidate(base, from: 0, count: count)
        var runStart = 0
        while index < count {
            let byte = base[index]
            var next = index + 1
            if byte == 0x7F || byte == 0xC2 || byte == 0xE2 {
                // DEL, a C1 control or a bidirectional override: see ``TextCleaning``.
                let length = TextCleaning.removedLength(bytes, at: index)
                if length > 0 {
                    if index > runStart { output.append(base + runStart, count: index - runStart) }
                    next = index + length
                    runStart = next
                }
            } else if byte < 64 && (escapedInText &>> UInt64(byte)) & 1 != 0 {
                if index > runStart { output.append(base + runStart, count: index - runStart) }
                switch byte {
                case 0x26: append("&amp;", to: &output)
                case 0x3C: append("&lt;", to: &output)
                case 0x3E: append("&gt;", to: &output)
                case 0x22: append("&quot;", to: &output)
                default: break  // a control character: HTML cannot hold it
                }
                runStart = next
            }
            // Anything else (tab, line break, a harmless character led by C2 or E2, or a byte the
            // word test flagged wrongly) stays in the run.
            index = nextCandidate(base, from: next, count: count)
        }
        if count > runStart { output.append(base + runStart, count: count - runStart) }
    }

    /// The index of the first byte at or after `start` that may need escaping or dropping (see
    /// ``candidates(_:)``), or `count` when there is none. It may stop at a byte that needs
    /// neither; the caller looks at the byte itself. Eight bytes at a time, the last eight
    /// (overlapping) included; under eight bytes in all, one at a time.
    @inline(__always) private static func nextCandidate(_ base: UnsafePointer<UInt8>, from start: Int, count: Int) -> Int {
        let raw = UnsafeRawPointer(base)
        var index = start
        while index + 8 <= count {
            let found = candidates(UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)))
            if found != 0 { return index + found.trailingZeroBitCount >> 3 }
            index += 8
        }
        guard index < count else { return count }
        if count >= 8 {
            // The bytes before `index` in this word were looked at already: shifted out.
            let shift = UInt64(index - (count - 8)) * 8
            let found = candidates(UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self))) >> shift
            return found == 0 ? count : index + found.trailingZeroBitCount >> 3
        }
        while index < count {
            let byte = base[index]
            if byte < 0x20 || byte == 0x7F || byte == 0xC2 || byte == 0xE2 || (byte < 64 && (escapedInText &>> UInt64(byte)) & 1 != 0) {
                return index
            }
            index += 1
        }
        return count
    }

    private static let ones: UInt64 = 0x0101_0101_0101_0101

    /// The high bit of each byte of `word` (the first byte lowest) that is `"`, `&`, `<` or `>`
    /// (0x22, 0x26, 0x3C, 0x3E), below 0x20, DEL (0x7F), or C2 or E2, the lead bytes of C1
    /// controls and bidirectional overrides (and of many harmless characters). Setting bit 2 maps
    /// `"` and `&` to 0x26, setting bit 1 maps `<` and `>` to 0x3E, clearing bit 5 maps E2 to C2,
    /// and a byte equal to those is found with the zero-byte test; bytes below 0x20 by
    /// subtracting 0x20. The lowest bit set is exact; a higher one may be set wrongly after a
    /// borrow, never left out.
    @inline(__always) private static func candidates(_ word: UInt64) -> UInt64 {
        zeroBytes((word | ones &* 0x04) ^ (ones &* 0x26)) | zeroBytes((word | ones &* 0x02) ^ (ones &* 0x3E))
            | (word &- ones &* 0x20) & ~word & (ones &* 0x80) | zeroBytes(word ^ (ones &* 0x7F))
            | zeroBytes((word & ~(ones &* 0x20)) ^ (ones &* 0xC2))
    }

    @inline(__always) private static func zeroBytes(_ word: UInt64) -> UInt64 {
        (word &- ones) & ~word & (ones &* 0x80)
    }

    @inline(__always) static func append(_ text: StaticString, to output: inout HTMLOutput) {
        output.append(text)
    }

    /// The characters kept as they are in a destination: letters, digits and URL punctuation
    /// `-_.+!*(),%#@?=;:/$~&'` (reserved characters keep their meaning), as a bit set of the
    /// bytes 0-63 and one of the bytes 64-127. `&` and `'` are kept but written as references.
    private static let hrefSafeLow: UInt64 = {
        var bits: UInt64 = 0
        for byte in UInt8(ascii: "0")...UInt8(ascii: "9") { bits |= 1 << UInt64(byte) }
        for byte in "-.+!*(),%#?=;:/$&'".utf8 { bits |= 1 << UInt64(byte) }
        return bits
    }()
    private static let hrefSafeHigh: UInt64 = {
        var bits: UInt64 = 0
        for byte in UInt8(ascii: "a")...UInt8(ascii: "z") { bits |= 1 << UInt64(byte - 64) }
        for byte in UInt8(ascii: "A")...UInt8(ascii: "Z") { bits |= 1 << UInt64(byte - 64) }
        for byte in "_@~".utf8 { bits |= 1 << UInt64(byte - 64) }
        return bits
    }()

    /// Appends a link destination for an `href` or `src` attribute, percent-encoding what does
    /// not belong in a URL (spaces, non-ASCII as UTF-8, brackets, backslashes), as cmark does.
    static func appendHref(_ destination: String, to output: inout HTMLOutput) {
        var destination = destination
        destination.withUTF8 { appendHref($0, to: &output) }
    }

    /// Appends the UTF-8 destination `bytes` for an `href` or `src` attribute (see above).
    static func appendHref(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout HTMLOutput) {
        let low = hrefSafeLow, high = hrefSafeHigh
        var runStart = 0
        for index in 0..<bytes.count {
            let byte = bytes[index]
            let safe = byte < 64 ? (low &>> UInt64(byte)) & 1 != 0 : byte < 128 && (high &>> UInt64(byte &- 64)) & 1 != 0
            if safe && byte != 0x26 && byte != 0x27 { continue }
            if index > runStart { output.append(UnsafeBufferPointer(rebasing: bytes[runStart..<index])) }
            runStart = index + 1
            switch byte {
            case 0x26: append("&amp;", to: &output)
            case 0x27: append("&#x27;", to: &output)
            default:
                let hex: StaticString = "0123456789ABCDEF"
                output.append(0x25)
                output.append(hex.utf8Start[Int(byte >> 4)])
                output.append(hex.utf8Start[Int(byte & 0x0F)])
            }
        }
        if bytes.count > runStart { output.append(UnsafeBufferPointer(rebasing: bytes[runStart...])) }
    }
}

/// ASCII classes for the writers.
enum ASCII {
    @inline(__always) static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }
    @inline(__always) static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }
    @inline(__always) static func isAlphanumeric(_ byte: UInt8) -> Bool { isLetter(byte) || isDigit(byte) }
}

/// HTML escaping for callers outside the writers, such as a server that adds a block to a page.
public enum HTMLText {
    /// `text` with `&`, `<`, `>` and `"` escaped and the control characters HTML cannot hold left
    /// out: safe in element content and in double-quoted attribute values.
    public static func escaped(_ text: String) -> String {
        var output = HTMLOutput(capacity: text.utf8.count + 64)
        HTMLEscaping.appendEscaped(text, to: &output)
        return output.string()
    }
}
