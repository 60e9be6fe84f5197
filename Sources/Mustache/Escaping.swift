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
        guard self != .none else {
            output += text
            return
        }
        var bytes: [UInt8] = []
        append(text, toBytes: &bytes)
        output += String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the UTF-8 of `text`, escaped for this format, to `output`: what the renderer
    /// writes into. Every escape is ASCII and is put beside ASCII bytes only (no byte of a
    /// character outside ASCII is ever one of them), so valid UTF-8 stays valid and each byte
    /// stands for the character `append(_:to:)` reads.
    func append(_ text: String, toBytes output: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            switch self {
            case .none: output.append(contentsOf: bytes)
            case .html: Self.appendHTML(bytes, to: &output)
            case .markdown: Self.appendMarkdown(bytes, to: &output)
            }
        }
    }

    private static func appendHTML(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        var start = 0
        for index in 0..<bytes.count {
            let escape: StaticString
            switch bytes[index] {
            case 0x26: escape = "&amp;"
            case 0x3C: escape = "&lt;"
            case 0x3E: escape = "&gt;"
            case 0x22: escape = "&quot;"
            case 0x27: escape = "&#39;"
            default: continue
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
            escape.withUTF8Buffer { output.append(contentsOf: $0) }
            start = index + 1
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<bytes.count]))
    }

    /// What the Markdown escaping does with each byte: 0 copies it (blanks too: a space or tab
    /// stays unless its run of whitespace holds a line break), 1 puts a backslash in front of it
    /// (the special ASCII characters), 2 marks a line break. Bytes of 128 and up (UTF-8 of other
    /// characters) are copied.
    private static let markdownClass: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 256)
        for character in #"\`*_{}[]()<>#+-.!|&~"="#.utf8 { table[Int(character)] = 1 }
        for character in "\n\r".utf8 { table[Int(character)] = 2 }
        return table
    }()

    private static func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }

    /// One pass over the UTF-8: runs of plain bytes copied whole, a backslash before each special
    /// character, each run of whitespace that holds a line break one space. This runs for every
    /// value of every document, so it works on the bytes, straight into the output. A run of
    /// plain bytes takes in the spaces and tabs between words (a copy per word was most of the
    /// work): only the blanks right before a line break are left to the run of whitespace it
    /// starts, which is then read whole, as before.
    private static func appendMarkdown(_ bytes: UnsafeBufferPointer<UInt8>, to escaped: inout [UInt8]) {
        markdownClass.withUnsafeBufferPointer { markdownClass in
            let count = bytes.count
            var index = 0
            while index < count {
                let byte = bytes[index]
                var kind = markdownClass[Int(byte)]
                if kind == 0 {
                    var end = index + 1
                    while end < count && markdownClass[Int(bytes[end])] == 0 { end += 1 }
                    if end < count && markdownClass[Int(bytes[end])] == 2 {
                        while end > index && isBlank(bytes[end - 1]) { end -= 1 }
                    }
                    if end > index {
                        escaped.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<end]))
                        index = end
                        continue
                    }
                    kind = 2  // blanks before a line break: the run of whitespace starts here
                }
                if kind == 1 {
                    escaped.append(0x5C)
                    escaped.append(byte)
                    index += 1
                } else {
                    // A run of whitespace that holds a line break (it starts with one, or with
                    // the blanks before one): one space.
                    var end = index
                    while end < count && (isBlank(bytes[end]) || markdownClass[Int(bytes[end])] == 2) { end += 1 }
                    escaped.append(0x20)
                    index = end
                }
            }
        }
    }
}
