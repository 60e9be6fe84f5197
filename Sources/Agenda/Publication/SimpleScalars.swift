/// The characters outside ASCII that Dutch text is mostly made of (accented letters, dashes,
/// quotes, the euro sign, arrows, verdict signs) and that are a character on their own beside any
/// of them and any ASCII character: in a stretch of only those, each scalar is one `Character`, and
/// whether it is part of a word is looked up instead of asking `Character.isLetter` and `isNumber`
/// (with the `String` made to read the characters from, half of the scan's work).
enum SimpleScalars {
    /// The scalars looked at: those in these ranges that are a character of their own. Kept to
    /// what Dutch documents hold (Latin-1 and Latin Extended-A, dashes, quotes and bullets, the
    /// per mille sign and guillemets, €, arrows, ⚠ and the check marks and crosses), as the table
    /// is made by asking `Character` about each (some 2,500 instructions a scalar, once a run).
    static let ranges: [ClosedRange<UInt32>] = [
        0x00A0...0x017F, 0x2010...0x2027, 0x2030...0x203A, 0x20AC...0x20AC, 0x2190...0x2193, 0x26A0...0x26A0,
        0x2713...0x2718,
    ]

    /// 0: not simple (the stretch is read by `Character`); 1: a separator; 2: part of a word
    /// (a letter or number). By scalar value below ``limit``.
    static let kinds: [UInt8] = {
        var kinds = [UInt8](repeating: 0, count: Int(limit))
        for range in ranges {
            for value in range {
                guard let scalar = Unicode.Scalar(value), standsAlone(scalar) else { continue }
                let character = Character(scalar)
                kinds[Int(value)] = character.isLetter || character.isNumber ? 2 : 1
            }
        }
        return kinds
    }()

    static let limit: UInt32 = 0x27C0

    /// Whether `scalar` is a character of its own between ASCII letters and beside itself: it
    /// neither takes in what stands before it (a combining mark, a joiner) nor what follows (a
    /// prepended mark), nor pairs with its like (regional indicators, Hangul jamo). The test
    /// `simpleScalarsStandAloneBesideEachOther` checks every pair of them.
    static func standsAlone(_ scalar: Unicode.Scalar) -> Bool {
        var text = String.UnicodeScalarView()
        text.append(contentsOf: ["a", scalar, "a", scalar, scalar, "a"] as [Unicode.Scalar])
        return String(text).count == 6
    }

    /// Calls `body` with each scalar of `bytes` (its UTF-8) and whether it is part of a word, when
    /// every scalar is ASCII other than a carriage return, or simple; returns false, having called
    /// nothing, when one is not. `bytes` is valid UTF-8.
    static func forEach(
        in bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>, _ isWordCharacter: Bool) -> Void
    ) -> Bool {
        let kinds = Self.kinds
        // First only whether the fast way holds, so nothing is called for a stretch that falls back.
        var index = 0
        let count = bytes.count
        while index < count {
            let (value, length) = decode(bytes, at: index)
            if value < 0x80 {
                if value == 0x0D { return false }
            } else if value >= limit || kinds[Int(value)] == 0 {
                return false
            }
            index += length
        }
        index = 0
        while index < count {
            let (value, length) = decode(bytes, at: index)
            let isWord = value < 0x80 ? isASCIIWordByte(UInt8(value)) : kinds[Int(value)] == 2
            body(UnsafeBufferPointer(rebasing: bytes[index..<index + length]), isWord)
            index += length
        }
        return true
    }

    /// The scalar value starting at `index` of valid UTF-8, and its length in bytes.
    @inline(__always) private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, Int) {
        let lead = UInt32(bytes[index])
        if lead < 0x80 { return (lead, 1) }
        if lead < 0xE0 { return ((lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F), 2) }
        if lead < 0xF0 {
            return ((lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F), 3)
        }
        return (
            (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12 | UInt32(bytes[index + 2] & 0x3F) << 6
                | UInt32(bytes[index + 3] & 0x3F), 4
        )
    }

    /// Whether an ASCII byte is a letter, a digit, `&` or `+`.
    @inline(__always) static func isASCIIWordByte(_ byte: UInt8) -> Bool {
        (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10 || byte == 0x26 || byte == 0x2B
    }
}
