/// Escaping for text placed in XML: SVG in the HTML pages, WordprocessingML parts, index pages.
/// `&`, `<`, `>`, `"` and `'` become references, so the text is safe both in element content and in
/// quoted attribute values, and every character XML 1.0 forbids (controls other than tab and line
/// breaks, U+FFFE, U+FFFF) is left out, so no agenda text can break a part or be read as markup,
/// as are the invisible controls ``TextCleaning`` removes from every format.
public enum XMLText {
    /// `text` escaped, without the characters XML forbids.
    public static func escape(_ text: String) -> String {
        if isPlain(text) { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: if isAllowed(scalar) { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }

    /// Whether `text` can be written as it is: no markup character, no character XML forbids and
    /// none that ``TextCleaning`` removes.
    @inline(__always) static func isPlain(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            for index in bytes.indices {
                let byte = bytes[index]
                if byte < 0x20 || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
                    || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == 0x7F { return false }
                if byte >= 0xC2 {
                    // U+FFFE/U+FFFF start with EF; C1 controls with C2, bidirectional overrides with E2.
                    if byte == 0xEF && index + 2 < bytes.count && bytes[index + 1] == 0xBF && bytes[index + 2] >= 0xBE { return false }
                    if (byte == 0xC2 || byte == 0xE2) && TextCleaning.removedLength(bytes, at: index) > 0 { return false }
                }
            }
            return true
        }
    }

    /// Whether `scalar` may be written: XML 1.0 allows it (controls other than tab and line
    /// breaks, U+FFFE and U+FFFF it does not) and ``TextCleaning`` keeps it.
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0xFFFE, 0xFFFF: false
        default: !TextCleaning.isRemoved(scalar)
        }
    }
}
