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

    /// What the Markdown escaping does with each byte: 0 copies it, 1 puts a backslash in front
    /// of it (the special ASCII characters), 2 marks whitespace (a blank or a line break). Bytes of
    /// 128 and up (UTF-8 of other characters) are copied.
    private static let markdownClass: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 256)
        for character in #"\`*_{}[]()<>#+-.!|&~"="#.utf8 { table[Int(character)] = 1 }
        for character in " \t\n\r".utf8 { table[Int(character)] = 2 }
        return table
    }()

    private static func isLineBreak(_ byte: UInt8) -> Bool { byte == 0x0A || byte == 0x0D }

    /// One pass over the UTF-8: runs of plain bytes copied whole, a backslash before each special
    /// character, each run of whitespace kept or, when it holds a line break, one space. A text
    /// that needs nothing of this (most values: names, amounts) is appended as it is. This runs for
    /// every value of every document, so it works on the bytes, without a buffer per byte.
    private static func appendMarkdown(_ text: String, to output: inout String) {
        var text = text
        let escaped: [UInt8]? = text.withUTF8 { bytes in
            let count = bytes.count
            var index = 0
            // Only blanks are whitespace that stays as it is: find the first byte that changes.
            while index < count {
                let byte = bytes[index]
                if markdownClass[Int(byte)] == 1 || isLineBreak(byte) { break }
                index += 1
            }
            guard index < count else { return nil }
            var escaped: [UInt8] = []
            escaped.reserveCapacity(count + count / 4)
            // Whitespace before the first change is copied with what precedes it only when no line
            // break follows in the same run: go back to the run's start.
            while index > 0 && markdownClass[Int(bytes[index - 1])] == 2 { index -= 1 }
            escaped.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[0..<index]))
            while index < count {
                let byte = bytes[index]
                switch markdownClass[Int(byte)] {
                case 0:
                    var end = index + 1
                    while end < count && markdownClass[Int(bytes[end])] == 0 { end += 1 }
                    escaped.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<end]))
                    index = end
                case 1:
                    escaped.append(0x5C)
                    escaped.append(byte)
                    index += 1
                default:
                    var end = index
                    var hasBreak = false
                    while end < count && markdownClass[Int(bytes[end])] == 2 {
                        hasBreak = hasBreak || isLineBreak(bytes[end])
                        end += 1
                    }
                    if hasBreak {
                        escaped.append(0x20)
                    } else {
                        escaped.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<end]))
                    }
                    index = end
                }
            }
            return escaped
        }
        if let escaped { output += String(decoding: escaped, as: UTF8.self) } else { output += text }
    }
}
