/// Gives the lines of a source text by number, for showing them under a diagnostic.
public struct SourceText: Sendable {
    private let lines: [Substring]

    /// Splits `text` on `\n`, `\r\n` and `\r`.
    public init(_ text: String) {
        var result: [Substring] = []
        var start = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character == "\n" || character == "\r\n" || character == "\r" {
                result.append(text[start..<index])
                index = text.index(after: index)
                start = index
            } else {
                index = text.index(after: index)
            }
        }
        result.append(text[start..<text.endIndex])
        lines = result
    }

    /// The text of the 1-based line `number`, without its line ending; nil when out of range.
    public func line(_ number: Int) -> String? {
        guard number >= 1, number <= lines.count else { return nil }
        return String(lines[number - 1])
    }
}
