/// Escaping for HTML output: text and attribute values (control characters, which HTML cannot
/// hold, are left out), and link destinations.
///
/// These run for every piece of text a document writes, so they work on UTF-8 bytes through
/// buffer pointers, copy whole runs that need no escaping at once, and allocate nothing.
enum HTMLEscaping {
    /// Appends `text` with `&`, `<`, `>` and `"` escaped; safe in element content and in
    /// double-quoted attribute values.
    static func appendEscaped(_ text: String, to output: inout HTMLOutput) {
        var text = text
        text.withUTF8 { appendEscaped($0, to: &output) }
    }

    /// Appends UTF-8 `bytes` with `&`, `<`, `>` and `"` escaped.
    ///
    /// Sixteen bytes at a time: looked at (``candidates(_:)``, a few vector instructions) and
    /// stored into the output at once, and counted up to the first byte that may need escaping
    /// or dropping (all sixteen when none does), so finding the clean runs and copying them is
    /// one pass. The last bytes of a text, and a text under sixteen bytes, are one chunk too,
    /// filled up with bytes that need nothing (``tailChunk(_:from:count:)``). The output keeps
    /// room for the rest of the text and a chunk more, made again after an escape, so the loop
    /// keeps its place in a register. Most texts are some twenty bytes between two marks: the
    /// cost was per call and per piece (a scan, then a copy of each run, and a test a byte for
    /// the bytes after the last whole word). After a byte that needs escaping the scan goes on a
    /// chunk at a time: Dutch text has a `–`, `€` or `…` (lead byte E2, which the test does not
    /// tell from a bidirectional override) or an `&` in many texts.
    ///
    /// Issue 38, `markdown8`: a chunk was a word of eight bytes, tested with integer arithmetic
    /// (33 instructions a word, half of escaping); vector byte compares (SSE2 on x86-64, NEON on
    /// ARM) test sixteen in fewer: 343 -> 268 K instructions of `mja-bench markdown`'s conversion.
    static func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout HTMLOutput) {
        guard let base = bytes.baseAddress else { return }
        let count = bytes.count
        let raw = UnsafeRawPointer(base)
        output.reserve(count &+ 16)
        var out = output.end, limit = output.limit
        var index = 0
        while index < count {
            let remaining = count &- index
            let chunk: SIMD16<UInt8>, length: Int
            if remaining >= 16 {
                chunk = raw.loadUnaligned(fromByteOffset: index, as: SIMD16<UInt8>.self)
                length = 16
            } else {
                chunk = tailChunk(base, from: index, count: count)
                length = remaining
            }
            UnsafeMutableRawPointer(out).storeBytes(of: chunk, as: SIMD16<UInt8>.self)
            let (low, high) = candidates(chunk)
            if low | high == 0 {
                out += length
                index &+= length
                continue
            }
            // The bytes before the first candidate are kept; the candidate is looked at itself.
            let clean = low != 0 ? low.trailingZeroBitCount &>> 3 : 8 &+ high.trailingZeroBitCount &>> 3
            out += clean
            index &+= clean
            let byte = base[index]
            if byte == 0x7F || byte == 0xC2 || byte == 0xE2 {
                // DEL, a C1 control or a bidirectional override: see ``TextCleaning``. Anything
                // else led by C2 or E2 (`–`, `€`, U+00A0) stays.
                let removed = TextCleaning.removedLength(bytes, at: index)
                if removed == 0 {
                    out.pointee = byte
                    out += 1
                }
                index &+= max(removed, 1)
            } else {
                switch byte {
                case 0x26: out = store("&amp;", at: out)
                case 0x3C: out = store("&lt;", at: out)
                case 0x3E: out = store("&gt;", at: out)
                case 0x22: out = store("&quot;", at: out)
                default:
                    // A control character is left out (HTML cannot hold it); tab and line breaks stay.
                    if byte >= 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                        out.pointee = byte
                        out += 1
                    }
                }
                index &+= 1
            }
            // An escape takes up to five bytes more than it replaces: room for the rest again.
            if limit - out < count &- index &+ 16 {
                output.commit(upTo: out)
                output.reserve(count &- index &+ 16)
                out = output.end
                limit = output.limit
            }
        }
        output.commit(upTo: out)
    }

    /// Stores `text` (at most 8 bytes) at `target` and returns the address after it.
    @inline(__always) private static func store(_ text: StaticString, at target: UnsafeMutablePointer<UInt8>) -> UnsafeMutablePointer<UInt8> {
        HTMLOutput.copy(text.utf8Start, to: target, count: text.utf8CodeUnitCount)
        return target + text.utf8CodeUnitCount
    }

    /// The last `count - start` bytes (1 to 15) as a chunk, the first of them first, filled up
    /// with `A`s (which need nothing). Reads only the text's own bytes (``tailWord(_:from:count:)``).
    @inline(__always) private static func tailChunk(_ base: UnsafePointer<UInt8>, from start: Int, count: Int) -> SIMD16<UInt8> {
        let filled: UInt64 = 0x4141_4141_4141_4141
        let low: UInt64, high: UInt64
        if count &- start >= 8 {
            low = UInt64(littleEndian: UnsafeRawPointer(base).loadUnaligned(fromByteOffset: start, as: UInt64.self))
            high = count &- start > 8 ? tailWord(base, from: start &+ 8, count: count) : filled
        } else {
            low = tailWord(base, from: start, count: count)
            high = filled
        }
        return unsafeBitCast(SIMD2<UInt64>(low.littleEndian, high.littleEndian), to: SIMD16<UInt8>.self)
    }

    /// The last `count - start` bytes (1 to 7) as a word, the first of them lowest, filled up
    /// with `A`s (which need nothing). Reads only the text's own bytes: the last eight when the
    /// text has them, else at most two overlapping halves, or the bytes one by one under four.
    @inline(__always) private static func tailWord(_ base: UnsafePointer<UInt8>, from start: Int, count: Int) -> UInt64 {
        let remaining = count &- start
        let raw = UnsafeRawPointer(base)
        let filled: UInt64 = 0x4141_4141_4141_4141 & (~0 &<< UInt64(remaining &* 8))
        if count >= 8 {
            let last = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: count &- 8, as: UInt64.self))
            return last &>> UInt64((8 &- remaining) &* 8) | filled
        }
        if remaining >= 4 {
            let low = UInt64(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: start, as: UInt32.self)))
            let high = UInt64(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: count &- 4, as: UInt32.self)))
            return low | (high &>> UInt64((8 &- remaining) &* 8)) &<< 32 | filled
        }
        var word = filled
        for offset in 0..<remaining { word |= UInt64(base[start &+ offset]) &<< UInt64(offset &* 8) }
        return word
    }

    /// Where in `chunk` the bytes are that are `"`, `&`, `<` or `>` (0x22, 0x26, 0x3C, 0x3E),
    /// below 0x20, DEL (0x7F), or C2 or E2, the lead bytes of C1 controls and bidirectional
    /// overrides (and of many harmless characters): 0xFF in each such byte of the first eight
    /// (the first lowest) and of the last eight, 0 in the others.
    ///
    /// Setting bit 2 maps `"` and `&` to 0x26, setting bit 1 maps `<` and `>` to 0x3E, and
    /// setting bit 5 maps C2 to E2, so five compares of sixteen bytes each find them all; the
    /// types are spelled out, as the type checker gives up on the expression written at once.
    @inline(__always) static func candidates(_ chunk: SIMD16<UInt8>) -> (UInt64, UInt64) {
        typealias Bytes = SIMD16<UInt8>
        typealias Mask = SIMDMask<SIMD16<Int8>>
        let quoteOrAmpersand: Mask = (chunk | Bytes(repeating: 0x04)) .== Bytes(repeating: 0x26)
        let angle: Mask = (chunk | Bytes(repeating: 0x02)) .== Bytes(repeating: 0x3E)
        let lead: Mask = (chunk | Bytes(repeating: 0x20)) .== Bytes(repeating: 0xE2)
        let delete: Mask = chunk .== Bytes(repeating: 0x7F)
        let control: Mask = chunk .< Bytes(repeating: 0x20)
        let marks: Mask = quoteOrAmpersand .| angle
        let others: Mask = lead .| delete
        let found: Mask = marks .| others .| control
        let words = unsafeBitCast(found, to: SIMD2<UInt64>.self)
        return (UInt64(littleEndian: words[0]), UInt64(littleEndian: words[1]))
    }

    @inline(__always) static func append(_ text: StaticString, to output: inout HTMLOutput) {
        output.append(text)
    }

    /// The characters kept as they are in a destination: letters, digits and URL punctuation
    /// `-_.+!*(),%#@?=;:/$~` (reserved characters keep their meaning), as a bit set of the bytes
    /// 0-63 and one of the bytes 64-127 (`&` and `'`, also kept, are written as references).
    /// Constants, not computed: a computed one was looked up through `swift_once` on each call.
    /// `HTMLEscapingTests` makes the sets again from the characters.
    static let hrefKeptLow: UInt64 = 0xAFFF_FF3A_0000_0000
    static let hrefKeptHigh: UInt64 = 0x47FF_FFFE_87FF_FFFF

    /// Appends a link destination for an `href` or `src` attribute, percent-encoding what does
    /// not belong in a URL (spaces, non-ASCII as UTF-8, brackets, backslashes), as cmark does.
    static func appendHref(_ destination: String, to output: inout HTMLOutput) {
        var destination = destination
        destination.withUTF8 { appendHref($0, to: &output) }
    }

    /// Appends the UTF-8 destination `bytes` for an `href` or `src` attribute (see above).
    ///
    /// A byte kept is one test of one bit: bit 6 of the byte chooses the set of its half of ASCII,
    /// its low six bits the bit (a byte of 0x80 or more is never kept). Through a pointer, without
    /// the bounds check of each byte.
    static func appendHref(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout HTMLOutput) {
        guard let base = bytes.baseAddress else { return }
        let count = bytes.count
        var runStart = 0
        var index = 0
        while index < count {
            let byte = base[index]
            let kept = byte & 0x40 == 0 ? hrefKeptLow : hrefKeptHigh
            if byte < 0x80 && (kept &>> UInt64(byte & 0x3F)) & 1 != 0 {
                index &+= 1
                continue
            }
            if index > runStart { output.append(base + runStart, count: index &- runStart) }
            index &+= 1
            runStart = index
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
        if count > runStart { output.append(base + runStart, count: count &- runStart) }
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
