/// The pieces of link syntax shared by inline links and link reference definitions: labels,
/// destinations, titles, and the resolving of escapes and character references in them.
enum LinkSyntax {
    /// The end (after `]`) of a link label starting with `[` at `start`: at most 999 characters,
    /// no unescaped brackets.
    static func labelEnd(_ bytes: [UInt8], from start: Int, to end: Int) -> Int? {
        guard start < end, bytes[start] == ASCII.openBracket else { return nil }
        var index = start + 1
        while index < end, index - start <= 1000 {
            switch bytes[index] {
            case ASCII.closeBracket: return index + 1
            case ASCII.openBracket: return nil
            case ASCII.backslash: index += index + 1 < end ? 2 : 1
            default: index += 1
            }
        }
        return nil
    }

    /// A link destination starting at `start`, with escapes resolved, and the index after it.
    static func destination(_ bytes: [UInt8], from start: Int, to end: Int) -> (String, Int)? {
        guard let (raw, after) = destinationRange(bytes, from: start, to: end) else { return nil }
        return (unescaped(bytes, from: raw.lowerBound, to: raw.upperBound), after)
    }

    /// A link destination starting at `start`: `<...>` or a run without spaces and with balanced
    /// parentheses. Returns its raw text (without the angle brackets; escapes not yet resolved),
    /// and the index after it.
    static func destinationRange(_ bytes: [UInt8], from start: Int, to end: Int) -> (Range<Int>, Int)? {
        if start < end, bytes[start] == ASCII.lessThan {
            var index = start + 1
            while index < end {
                switch bytes[index] {
                case ASCII.greaterThan: return ((start + 1)..<index, index + 1)
                case ASCII.lessThan, ASCII.newline: return nil
                case ASCII.backslash: index += index + 1 < end ? 2 : 1
                default: index += 1
                }
            }
            return nil
        }
        var index = start
        var openParentheses = 0
        scan: while index < end {
            let byte = bytes[index]
            switch byte {
            case ASCII.backslash:
                index += index + 1 < end && ASCII.isPunctuation(bytes[index + 1]) ? 2 : 1
            case ASCII.openParen:
                openParentheses += 1
                guard openParentheses <= 32 else { return nil }
                index += 1
            case ASCII.closeParen:
                if openParentheses == 0 { break scan }
                openParentheses -= 1
                index += 1
            default:
                if byte <= ASCII.space || byte == 0x7F { break scan }
                index = plainRunEnd(bytes, from: index + 1, to: end)
            }
        }
        guard openParentheses == 0, index > start || (index < end && bytes[index] == ASCII.closeParen) else {
            return nil
        }
        return (start..<index, index)
    }

    /// A link title starting at `start`, with escapes resolved, and the index after it.
    static func title(_ bytes: [UInt8], from start: Int, to end: Int) -> (String, Int)? {
        guard let (raw, after) = titleRange(bytes, from: start, to: end) else { return nil }
        return (unescaped(bytes, from: raw.lowerBound, to: raw.upperBound), after)
    }

    /// A link title in `"..."`, `'...'` or `(...)` starting at `start`: its raw text (without the
    /// quotes; escapes not yet resolved) and the index after it.
    static func titleRange(_ bytes: [UInt8], from start: Int, to end: Int) -> (Range<Int>, Int)? {
        guard start < end else { return nil }
        let closer: UInt8
        switch bytes[start] {
        case ASCII.quote: closer = ASCII.quote
        case ASCII.apostrophe: closer = ASCII.apostrophe
        case ASCII.openParen: closer = ASCII.closeParen
        default: return nil
        }
        var index = start + 1
        while index < end {
            let byte = bytes[index]
            if byte == closer { return ((start + 1)..<index, index + 1) }
            if byte == ASCII.openParen && closer == ASCII.closeParen { return nil }
            index += byte == ASCII.backslash && index + 1 < end ? 2 : 1
        }
        return nil
    }

    /// Skips spaces and tabs, at most one line ending, and spaces and tabs again.
    static func skipSpacesAndNewline(_ bytes: [UInt8], from start: Int, to end: Int) -> Int {
        var index = start
        while index < end, ASCII.isSpaceOrTab(bytes[index]) { index += 1 }
        if index < end, bytes[index] == ASCII.newline {
            index += 1
            while index < end, ASCII.isSpaceOrTab(bytes[index]) { index += 1 }
        }
        return index
    }

    /// The index of the first byte at or after `start` (before `end`) that the scan of a
    /// destination looks at: `\`, `(`, `)`, a space or control character, DEL; `end` when none.
    /// Eight bytes at a time (a destination is some forty bytes of letters and `/`, which went a
    /// byte and a `switch` at a time): an exclusive or makes `\` zero, and with bit 0 cleared `(`
    /// and `)`, and DEL; subtracting 1 sets the high bit of a zero byte, subtracting 0x21 that
    /// of a byte up to a space; the bytes of 0x80 and more, which never stop the scan, are
    /// masked out with the word's own high bits. The lowest byte found is exact.
    static func plainRunEnd(_ bytes: [UInt8], from start: Int, to end: Int) -> Int {
        precondition(start >= 0 && end <= bytes.count)
        return bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return start }
            let raw = UnsafeRawPointer(base)
            let ones: UInt64 = 0x0101_0101_0101_0101
            var index = start
            while index + 8 <= end {
                let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                let stops = ((word ^ (ones &* 0x5C)) &- ones) | (((word & ~ones) ^ (ones &* 0x28)) &- ones)
                    | ((word ^ (ones &* 0x7F)) &- ones) | (word &- ones &* 0x21)
                let found = stops & ~word & (ones &* 0x80)
                if found != 0 { return index + found.trailingZeroBitCount >> 3 }
                index += 8
            }
            while index < end {
                let byte = base[index]
                if byte <= ASCII.space || byte == 0x7F || byte == ASCII.backslash || byte == ASCII.openParen || byte == ASCII.closeParen {
                    return index
                }
                index += 1
            }
            return end
        }
    }

    /// Whether `bytes[start..<end]` has a backslash escape or character reference to resolve.
    ///
    /// Through a pointer, eight bytes at a time: every link's destination is looked at, and
    /// `contains(where:)` on the slice cost about eight instructions a byte.
    static func needsUnescaping(_ bytes: [UInt8], from start: Int, to end: Int) -> Bool {
        precondition(start >= 0 && start <= end && end <= bytes.count)
        return bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return false }
            let raw = UnsafeRawPointer(base)
            let ones: UInt64 = 0x0101_0101_0101_0101
            var index = start
            while index + 8 <= end {
                let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                let backslashes = word ^ (ones &* UInt64(ASCII.backslash)), ampersands = word ^ (ones &* UInt64(ASCII.ampersand))
                // The zero-byte test of each: a byte equal to either makes its high bit set.
                if ((backslashes &- ones) & ~backslashes | (ampersands &- ones) & ~ampersands) & (ones &* 0x80) != 0 { return true }
                index += 8
            }
            while index < end {
                if base[index] == ASCII.backslash || base[index] == ASCII.ampersand { return true }
                index += 1
            }
            return false
        }
    }

    /// The text of `bytes[start..<end]` with backslash escapes and character references resolved.
    static func unescaped(_ bytes: [UInt8], from start: Int, to end: Int) -> String {
        // Most destinations and titles have neither: make the string straight from the bytes.
        if !needsUnescaping(bytes, from: start, to: end) {
            return String(decoding: bytes[start..<end], as: UTF8.self)
        }
        var output: [UInt8] = []
        appendUnescaped(bytes, from: start, to: end, to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// Appends the text of `bytes[start..<end]` with escapes and character references resolved.
    ///
    /// The runs between escapes and references are appended whole. No `reserveCapacity`: that
    /// grows an array to exactly the size asked, and `output` is the document's text buffer, so
    /// every destination with a `&` in it reallocated and copied the whole buffer.
    static func appendUnescaped(_ bytes: [UInt8], from start: Int, to end: Int, to output: inout [UInt8]) {
        var index = start
        var runStart = start
        while index < end {
            let byte = bytes[index]
            if byte == ASCII.backslash, index + 1 < end, ASCII.isPunctuation(bytes[index + 1]) {
                output.append(contentsOf: bytes[runStart..<index])
                output.append(bytes[index + 1])
                index += 2
                runStart = index
            } else if byte == ASCII.ampersand, let reference = Entities.reference(bytes, at: index, end: end) {
                output.append(contentsOf: bytes[runStart..<index])
                Entities.append(reference, to: &output)
                index = reference.end
                runStart = index
            } else {
                index += 1
            }
        }
        output.append(contentsOf: bytes[runStart..<end])
    }

    /// The form in which labels are compared: without the brackets, trimmed, inner whitespace
    /// collapsed to one space, case folded.
    static func normalizedLabel(_ bytes: [UInt8], from start: Int, to end: Int) -> String {
        var collapsed: [UInt8] = []
        var pendingSpace = false
        for index in (start + 1)..<(end - 1) {
            let byte = bytes[index]
            if ASCII.isWhitespace(byte) {
                pendingSpace = !collapsed.isEmpty
            } else {
                if pendingSpace { collapsed.append(ASCII.space); pendingSpace = false }
                collapsed.append(byte)
            }
        }
        return String(decoding: collapsed, as: UTF8.self).lowercased().uppercased()
    }
}
