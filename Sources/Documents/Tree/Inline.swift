/// An inline element: the content of paragraphs, headings and table cells.
public enum Inline: Sendable, Equatable {
    /// Literal text, with escapes and character references already resolved (made in code with
    /// ``text(_:)-swift.type.method`` from a `String`).
    case text(InlineText)
    /// Emphasis (`*a*` or `_a_`).
    case emphasis(Inlines)
    /// Strong emphasis (`**a**` or `__a__`).
    case strong(Inlines)
    /// A code span; `code` is literal.
    case code(String)
    /// A link. `destination` is the URL as written, with escapes resolved and not yet
    /// percent-encoded; `title` is nil when absent. Autolinks are links whose content is the URL
    /// (for e-mail autolinks the destination starts with `mailto:`).
    indirect case link(destination: String, title: String?, content: Inlines)
    /// An image; `description` is its alternative text as inlines.
    indirect case image(source: String, title: String?, description: Inlines)
    /// A line ending inside a paragraph that is not a hard break.
    case softBreak
    /// A hard line break (two spaces or a backslash before the line ending).
    case hardBreak
}

extension Inline {
    /// The text a reader sees, without markup: breaks become spaces.
    public var plainText: String {
        if case .text(let text) = self { return text.string }
        var bytes: [UInt8] = []
        appendPlainText(to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    func appendPlainText(to result: inout [UInt8]) {
        switch self {
        case .text(let text): text.withUTF8 { result.append(contentsOf: $0) }
        case .code(let text): result.append(contentsOf: text.utf8)
        case .emphasis(let content), .strong(let content), .link(_, _, let content), .image(_, _, let content):
            for inline in content { inline.appendPlainText(to: &result) }
        case .softBreak, .hardBreak: result.append(0x20)
        }
    }
}

extension Inlines {
    /// The text a reader sees, without markup: breaks become spaces.
    public var plainText: String {
        if count == 1 { return self[0].plainText }
        var bytes: [UInt8] = []
        for inline in self { inline.appendPlainText(to: &bytes) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the UTF-8 of ``plainText`` to `bytes`, without making the `String`: for a reader
    /// of many texts' bytes (the abbreviations' scan, a table's column widths).
    public func appendPlainText(to bytes: inout [UInt8]) {
        for inline in self { inline.appendPlainText(to: &bytes) }
    }
}
