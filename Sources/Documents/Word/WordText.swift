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
        var xml = XMLOutput(capacity: text.utf8.count + 64)
        writeRunText(text, to: &xml, keepingTabs: keepingTabs)
        result += xml.string()
    }

    /// Writes ``runText(_:keepingTabs:)`` of `text` to `xml`: the pieces between line breaks (and
    /// kept tabs) escaped, each in its own `w:t`.
    static func writeRunText(_ text: String, to xml: inout XMLOutput, keepingTabs: Bool = false) {
        var text = text
        text.withUTF8 { writeRunText($0, to: &xml, keepingTabs: keepingTabs) }
    }

    /// The UTF-8 `bytes` of a text as ``writeRunText(_:to:keepingTabs:)`` writes its `String`.
    static func writeRunText(_ bytes: UnsafeBufferPointer<UInt8>, to xml: inout XMLOutput, keepingTabs: Bool = false) {
        xml.write("<w:t xml:space=\"preserve\">")
        var start = 0
        for index in bytes.indices {
            let byte = bytes[index]
            guard byte == 0x09 || byte == 0x0A || byte == 0x0D else { continue }
            xml.writeEscaped(UnsafeBufferPointer(rebasing: bytes[start..<index]))
            start = index + 1
            if byte == 0x09 && !keepingTabs {
                xml.append(UInt8(ascii: " "))
            } else {
                xml.write("</w:t>")
                xml.write(byte == 0x09 ? "<w:tab/>" : "<w:br/>")
                xml.write("<w:t xml:space=\"preserve\">")
            }
        }
        xml.writeEscaped(UnsafeBufferPointer(rebasing: bytes[start...]))
        xml.write("</w:t>")
    }
}
