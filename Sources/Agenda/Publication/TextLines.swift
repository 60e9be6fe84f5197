/// The lines of a text as `split(separator: "\n", omittingEmptySubsequences: false)` cuts them, cut
/// over the UTF-8 where that is the same: reading a whole field or template by `Character` only to
/// find its line feeds cost hundreds of instructions a byte.
enum TextLines {
    /// The lines of `text`. Without a carriage return they are cut at the line feed bytes: a line
    /// feed is always a character of its own, except after a carriage return (`\r\n` is one
    /// character, no `\n`), so a text with one is split by `Character` as before.
    static func of(_ text: String) -> [Substring] {
        let utf8 = text.utf8
        guard !utf8.contains(0x0D) else { return text.split(separator: "\n", omittingEmptySubsequences: false) }
        return utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { Substring($0) }
    }

    /// The lines of a source file as the Markdown and template parsers and the diagnostics number
    /// them: `\n`, `\r\n` and a lone `\r` each end a line (``of(_:)`` keeps `\r\n` inside a line,
    /// which made a template saved with Windows line ends one long line).
    static func ofSource(_ text: String) -> [Substring] {
        let utf8 = text.utf8
        guard utf8.contains(0x0D) else { return of(text) }
        var lines: [Substring] = []
        var start = utf8.startIndex, index = utf8.startIndex
        while index != utf8.endIndex {
            let byte = utf8[index]
            guard byte == 0x0A || byte == 0x0D else { index = utf8.index(after: index); continue }
            lines.append(Substring(utf8[start..<index]))
            var next = utf8.index(after: index)
            if byte == 0x0D, next != utf8.endIndex, utf8[next] == 0x0A { next = utf8.index(after: next) }
            start = next
            index = next
        }
        lines.append(Substring(utf8[start...]))
        return lines
    }
}
