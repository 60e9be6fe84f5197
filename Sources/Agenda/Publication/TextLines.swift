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
}
