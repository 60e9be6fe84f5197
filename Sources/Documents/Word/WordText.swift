/// Text for WordprocessingML parts: the five markup characters escaped, and every character XML
/// 1.0 forbids (controls other than tab and line breaks, U+FFFE, U+FFFF) dropped, so no agenda
/// text can break a part or be read as markup.
enum WordText {
    /// `text` escaped for element content and quoted attribute values.
    static func escape(_ text: String) -> String {
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
        var result = "<w:t xml:space=\"preserve\">"
        var piece = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n", "\r", "\t":
                result += escape(piece) + "</w:t>" + (scalar == "\t" ? "<w:tab/>" : "<w:br/>") + "<w:t xml:space=\"preserve\">"
                piece = ""
            default: piece.unicodeScalars.append(scalar)
            }
        }
        return result + escape(piece) + "</w:t>"
    }
}
