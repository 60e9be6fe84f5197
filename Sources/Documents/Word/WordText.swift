/// Text for WordprocessingML parts: the five markup characters escaped, and every character XML
/// 1.0 forbids (controls other than tab and line breaks, U+FFFE, U+FFFF) dropped, so no agenda
/// text can break a part or be read as markup.
enum WordText {
    /// Whether `text` can be written as it is: no markup character and no control character.
    @inline(__always) static func isPlain(_ text: String) -> Bool {
        !text.utf8.contains { byte in
            byte < 0x20 || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
                || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == 0xEF  // U+FFFE/U+FFFF start with EF
        }
    }

    /// `text` escaped for element content and quoted attribute values.
    static func escape(_ text: String) -> String {
        if isPlain(text) { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            default:
                if isAllowed(scalar) { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }

    /// Whether XML 1.0 allows `scalar` in a document.
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: true
        case 0..<0x20, 0xFFFE, 0xFFFF: false
        default: true
        }
    }

    /// `text` as the runs' text elements: `<w:t xml:space="preserve">`, with line breaks as
    /// `<w:br/>` and tabs as `<w:tab/>`, so nothing is lost when Word reads it.
    static func runText(_ text: String) -> String {
        var result = ""
        appendRunText(text, to: &result)
        return result
    }

    /// Appends ``runText(_:)`` of `text` to `result`.
    static func appendRunText(_ text: String, to result: inout String) {
        if isPlain(text) {
            result += "<w:t xml:space=\"preserve\">"
            result += text
            result += "</w:t>"
            return
        }
        result += "<w:t xml:space=\"preserve\">"
        var piece = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n", "\r", "\t":
                result += escape(piece) + "</w:t>" + (scalar == "\t" ? "<w:tab/>" : "<w:br/>") + "<w:t xml:space=\"preserve\">"
                piece = ""
            default: piece.unicodeScalars.append(scalar)
            }
        }
        result += escape(piece)
        result += "</w:t>"
    }
}
