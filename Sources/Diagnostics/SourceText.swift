/// Gives the lines of a source text by number, for showing them under a diagnostic.
///
/// Only the start of each line is found up front (one pass over the UTF-8 bytes); a line's text is
/// made when it is asked for, which is rarely: only for lines that have a problem.
public struct SourceText: Sendable {
    private let text: String
    /// The byte offset where each line starts and the offset where its content ends.
    private let lines: [(start: Int, end: Int)]

    /// Splits `text` on `\n`, `\r\n` and `\r`.
    public init(_ text: String) {
        self.text = text
        var lines: [(Int, Int)] = []
        var start = 0
        let utf8 = Array(text.utf8)
        var index = 0
        while index < utf8.count {
            switch utf8[index] {
            case UInt8(ascii: "\n"):
                lines.append((start, index))
                start = index + 1
            case UInt8(ascii: "\r"):
                lines.append((start, index))
                if index + 1 < utf8.count && utf8[index + 1] == UInt8(ascii: "\n") { index += 1 }
                start = index + 1
            default:
                break
            }
            index += 1
        }
        lines.append((start, utf8.count))
        self.lines = lines
    }

    /// The whole text.
    public var string: String { text }

    /// The text of the 1-based line `number`, without its line ending; nil when out of range.
    public func line(_ number: Int) -> String? {
        guard number >= 1, number <= lines.count else { return nil }
        let (start, end) = lines[number - 1]
        let utf8 = text.utf8
        return String(decoding: utf8[utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: end)], as: UTF8.self)
    }
}
