/// How `{{name}}` escapes the text of a value for the document being written.
///
/// Chosen when rendering, so one template can serve several output formats. `{{{name}}}` and
/// `{{& name}}` never escape.
public enum Escaping: Sendable, Hashable, CaseIterable {
    /// HTML: `&`, `<`, `>`, `"` and `'` become `&amp;`, `&lt;`, `&gt;`, `&quot;` and `&#39;`.
    case html
    /// CommonMark: the value is always read as literal text in the flow of a paragraph, table
    /// cell or list item, never as Markdown syntax.
    ///
    /// The exact rule:
    /// 1. Each of these ASCII characters gets a backslash in front of it:
    ///    `` \ ` * _ { } [ ] ( ) < > # + - . ! | & ~ " = ``
    ///    (emphasis, code, links and images, raw HTML and autolinks, headings, list markers,
    ///    block quotes, table cells, entities (`&amp;` becomes `\&amp;`), strikethrough, link
    ///    titles and setext underlines). Other characters, including `'`, `:` and `,`, stay as
    ///    they are, so text such as `auto's` or `14:00` remains readable.
    /// 2. Each run of whitespace that holds a line break (`\n`, `\r\n` or `\r`) becomes a single
    ///    space, so a value cannot end a paragraph, start a block or split a table row.
    case markdown
    /// No escaping: the text is written as it is.
    case none

    /// Returns `text` escaped for this format.
    public func escape(_ text: String) -> String {
        var output = ""
        append(text, to: &output)
        return output
    }

    /// Appends `text`, escaped for this format, to `output`.
    public func append(_ text: String, to output: inout String) {
        switch self {
        case .none: output += text
        case .html: Self.appendHTML(text, to: &output)
        case .markdown: Self.appendMarkdown(text, to: &output)
        }
    }

    private static func appendHTML(_ text: String, to output: inout String) {
        guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 })
        else {
            output += text
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&#39;"
            default: output.unicodeScalars.append(scalar)
            }
        }
    }

    /// The ASCII characters the Markdown escaping puts a backslash in front of, as a lookup table.
    private static let markdownSpecial: [Bool] = {
        var table = [Bool](repeating: false, count: 128)
        for character in #"\`*_{}[]()<>#+-.!|&~"="#.utf8 { table[Int(character)] = true }
        return table
    }()

    private static func isLineBreak(_ byte: UInt8) -> Bool { byte == 0x0A || byte == 0x0D }
    private static func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }

    private static func appendMarkdown(_ text: String, to output: inout String) {
        let bytes = text.utf8
        guard bytes.contains(where: { $0 < 128 && (markdownSpecial[Int($0)] || isLineBreak($0)) }) else {
            output += text
            return
        }
        var escaped: [UInt8] = []
        escaped.reserveCapacity(bytes.count + bytes.count / 4)
        var pendingBlanks: [UInt8] = []
        var pendingBreak = false
        func flushWhitespace() {
            if pendingBreak { escaped.append(0x20) } else { escaped.append(contentsOf: pendingBlanks) }
            pendingBlanks.removeAll(keepingCapacity: true)
            pendingBreak = false
        }
        for byte in bytes {
            if isBlank(byte) {
                pendingBlanks.append(byte)
                continue
            }
            if isLineBreak(byte) {
                pendingBreak = true
                continue
            }
            flushWhitespace()
            if byte < 128, markdownSpecial[Int(byte)] { escaped.append(0x5C) }
            escaped.append(byte)
        }
        flushWhitespace()
        output += String(decoding: escaped, as: UTF8.self)
    }
}
