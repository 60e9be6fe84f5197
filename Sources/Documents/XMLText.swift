/// Escaping for text placed in HTML, SVG or XML by code outside the writers (captions, chart
/// labels, index pages): `&`, `<`, `>`, `"` and `'` become references, so the text is safe both
/// in element content and in quoted attribute values.
public enum XMLText {
    /// `text` with the five markup characters escaped.
    public static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
