/// Text for WordprocessingML parts: the five markup characters escaped, and every character XML
/// 1.0 forbids (controls other than tab and line breaks, U+FFFE, U+FFFF) dropped, so no agenda
/// text can break a part or be read as markup.
enum WordText {
    /// Whether `text` can be written as it is (see ``XMLText``).
    @inline(__always) static func isPlain(_ text: String) -> Bool { XMLText.isPlain(text) }

    /// `text` escaped for element content and quoted attribute values (see ``XMLText``).
    static func escape(_ text: String) -> String { XMLText.escape(text) }

    /// Whether XML 1.0 allows `scalar` in a document.
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool { XMLText.isAllowed(scalar) }

    /// `text` as the runs' text elements: `<w:t xml:space="preserve">`, with line breaks as
    /// `<w:br/>`. A tab is a space, as in HTML and PDF: in Word a `<w:tab/>` jumps to the next tab
    /// stop, so a tab pasted into a title pushed it across the line (and in the running header
    /// pushed the part label off). Only code, with `keepingTabs`, keeps its tabs as `<w:tab/>`.
    static func runText(_ text: String, keepingTabs: Bool = false) -> String {
        var result = ""
        appendRunText(text, to: &result, keepingTabs: keepingTabs)
        return result
    }

    /// Appends ``runText(_:keepingTabs:)`` of `text` to `result`.
    static func appendRunText(_ text: String, to result: inout String, keepingTabs: Bool = false) {
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
            case "\t" where !keepingTabs:
                piece += " "
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
