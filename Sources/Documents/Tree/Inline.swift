/// An inline element: the content of paragraphs, headings and table cells.
public enum Inline: Sendable, Equatable {
    /// Literal text, with escapes and character references already resolved.
    case text(String)
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
        var result = ""
        appendPlainText(to: &result)
        return result
    }

    func appendPlainText(to result: inout String) {
        switch self {
        case .text(let text), .code(let text): result += text
        case .emphasis(let content), .strong(let content), .link(_, _, let content), .image(_, _, let content):
            for inline in content { inline.appendPlainText(to: &result) }
        case .softBreak, .hardBreak: result += " "
        }
    }
}

extension Inlines {
    /// The text a reader sees, without markup: breaks become spaces.
    public var plainText: String {
        var result = ""
        for inline in self { inline.appendPlainText(to: &result) }
        return result
    }
}
