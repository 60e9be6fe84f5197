import Documents

extension MarkdownParser {
    /// The blocks of Markdown `text`, the same as ``blocks(from:)`` gives, parsed a piece of about
    /// `pieceSize` bytes at a time, so that the parser's working storage (some twenty bytes for each
    /// byte of text) is that of one piece, not of the whole text.
    ///
    /// A text of up to `pieceSize` bytes is parsed whole. A longer one is cut only where parsing the
    /// pieces one after another cannot differ from parsing the whole (see ``MarkdownPieces``); when
    /// a piece's blocks do not show that the cut was clean, the whole text is parsed at once.
    public static func blocks(from text: String, inPiecesOf pieceSize: Int) -> [Block] {
        guard text.utf8.count > pieceSize else { return blocks(from: text) }
        var text = text
        let pieces = text.withUTF8 { MarkdownPieces(bytes: $0, pieceSize: pieceSize).blocks() }
        return pieces ?? blocks(from: text)
    }
}
