/// HTML character references as CommonMark reads them: `&name;` for every name of the HTML5 list,
/// `&#` + 1 to 7 decimal digits + `;` and `&#x` + 1 to 6 hexadecimal digits + `;`. The Markdown
/// parser reads text with them, and the link policy reads a destination with them, so both see
/// what a CommonMark renderer (cmark-gfm, pandoc) makes of the same bytes.
public enum CharacterReference {
    /// The reference starting at `bytes[start]` (an `&`), before `end`: the index after its `;`
    /// and the text it stands for, or nil when there is no valid reference there. A numeric
    /// reference to U+0000, a surrogate or past U+10FFFF stands for U+FFFD, as CommonMark asks.
    public static func decode<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, at start: Int, end: Int) -> (end: Int, text: String)?
    where Bytes.Index == Int {
        var index = start + 1
        guard index < end else { return nil }
        if bytes[index] == 0x23 {  // #
            index += 1
            guard index < end else { return nil }
            var value: UInt32 = 0
            var digits = 0
            if bytes[index] | 0x20 == 0x78 {  // x or X
                index += 1
                while index < end, let digit = hexValue(bytes[index]), digits < 6 {
                    value = value * 16 + UInt32(digit)
                    index += 1; digits += 1
                }
            } else {
                while index < end, ASCII.isDigit(bytes[index]), digits < 7 {
                    value = value * 10 + UInt32(bytes[index] - 0x30)
                    index += 1; digits += 1
                }
            }
            guard digits > 0, index < end, bytes[index] == 0x3B else { return nil }
            let scalar = value == 0 ? nil : Unicode.Scalar(value)
            return (index + 1, String(Character(scalar ?? "\u{FFFD}")))
        }
        let nameStart = index
        // The longest name, CounterClockwiseContourIntegral, has 31 characters.
        while index < end, ASCII.isAlphanumeric(bytes[index]), index - nameStart < 32 { index += 1 }
        guard index > nameStart, index < end, bytes[index] == 0x3B, ASCII.isLetter(bytes[nameStart]) else { return nil }
        guard let text = named(String(decoding: bytes[nameStart..<index], as: UTF8.self)) else { return nil }
        return (index + 1, text)
    }

    /// The text of the HTML5 name (without `&` and `;`, case-sensitive), or nil for a name that is
    /// not on the list: such a reference stays literal text.
    public static func named(_ name: String) -> String? { names[name] }

    /// The list, read from ``namesAndCodePoints`` on first use.
    ///
    /// Read over the bytes (issue 38, sixth round): splitting the 29 KB list into `Substring`s by
    /// `Character` and parsing each code point with `UInt32(_:radix:)` cost 19 million instructions,
    /// paid by every build whose text holds one reference not among the Markdown parser's common
    /// names. The list is ASCII: its words are runs of bytes between spaces and line feeds.
    static let names: [String: String] = {
        var names: [String: String] = [:]
        names.reserveCapacity(2200)
        var list = namesAndCodePoints
        list.withUTF8 { bytes in
            var name: String?
            var start = 0
            for index in 0...bytes.count where index == bytes.count || bytes[index] == 0x20 || bytes[index] == 0x0A {
                defer { start = index + 1 }
                guard index > start else { continue }
                let word = UnsafeBufferPointer(rebasing: bytes[start..<index])
                if let named = name {
                    names[named] = text(ofCodePoints: word)
                    name = nil
                } else {
                    name = String(decoding: word, as: UTF8.self)
                }
            }
        }
        return names
    }()

    /// The text of code points written in hexadecimal and split by commas, as the list has them
    /// (`2A53`, `2242,338`); a code point that is no scalar, or no hexadecimal, is left out.
    static func text(ofCodePoints word: UnsafeBufferPointer<UInt8>) -> String {
        var text = String.UnicodeScalarView()
        var value: UInt32 = 0
        var digits = 0
        var valid = true
        for index in 0...word.count {
            if index == word.count || word[index] == 0x2C {
                if digits > 0, valid, let scalar = Unicode.Scalar(value) { text.append(scalar) }
                value = 0; digits = 0; valid = true
            } else if let digit = hexValue(word[index]), digits < 8 {
                value = value * 16 + UInt32(digit)
                digits += 1
            } else {
                valid = false
            }
        }
        return String(text)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        if ASCII.isDigit(byte) { return byte - 0x30 }
        let lower = byte | 0x20
        return lower >= 0x61 && lower <= 0x66 ? lower - 0x61 + 10 : nil
    }
}
