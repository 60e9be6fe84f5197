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
        var text = text
        self.lines = text.withUTF8(Self.lineRanges)
        self.text = text
    }

    /// Where each line of `bytes` starts and where its content ends. Every text of a workspace is
    /// split, those of agendas read only for context too, so this reads the bytes in place.
    private static func lineRanges(_ bytes: UnsafeBufferPointer<UInt8>) -> [(start: Int, end: Int)] {
        var lines: [(start: Int, end: Int)] = []
        lines.reserveCapacity(bytes.count / 32)
        var start = 0, index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            // Both line-ending bytes are below 0x0E: one comparison passes over almost every byte.
            if byte <= 0x0D {
                if byte == 0x0A {
                    lines.append((start, index))
                    start = index + 1
                } else if byte == 0x0D {
                    lines.append((start, index))
                    if index + 1 < count && bytes[index + 1] == 0x0A { index += 1 }
                    start = index + 1
                }
            }
            index += 1
        }
        lines.append((start, count))
        return lines
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
