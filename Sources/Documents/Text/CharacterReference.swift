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
    private static let names: [String: String] = {
        var names: [String: String] = [:]
        names.reserveCapacity(2200)
        let words = namesAndCodePoints.split(whereSeparator: { $0 == " " || $0 == "\n" })
        var index = 0
        while index + 1 < words.count {
            var text = ""
            for hex in words[index + 1].split(separator: ",") {
                if let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) { text.unicodeScalars.append(scalar) }
            }
            names[String(words[index])] = text
            index += 2
        }
        return names
    }()

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        if ASCII.isDigit(byte) { return byte - 0x30 }
        let lower = byte | 0x20
        return lower >= 0x61 && lower <= 0x66 ? lower - 0x61 + 10 : nil
    }
}
