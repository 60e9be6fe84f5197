/// Escaping for text placed in XML: SVG in the HTML pages, WordprocessingML parts, index pages.
/// `&`, `<`, `>`, `"` and `'` become references, so the text is safe both in element content and in
/// quoted attribute values, and every character XML 1.0 forbids (controls other than tab and line
/// breaks, U+FFFE, U+FFFF) is left out, so no agenda text can break a part or be read as markup.
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

    /// Whether `text` can be written as it is: no markup character and no control character.
    @inline(__always) static func isPlain(_ text: String) -> Bool {
        !text.utf8.contains { byte in
            byte < 0x20 || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
                || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == 0xEF  // U+FFFE/U+FFFF start with EF
        }
    }

    /// Whether XML 1.0 allows `scalar` in a document.
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: true
        case 0..<0x20, 0xFFFE, 0xFFFF: false
        default: true
        }
    }
}
