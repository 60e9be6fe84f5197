/// Gives the lines of a source text by number, for showing them under a diagnostic.
///
/// Only the start of each line is found up front (one pass over the UTF-8 bytes); a line's text is
/// made when it is asked for, which is rarely: only for lines that have a problem.
public struct SourceText: Sendable {
    private enum Storage: Sendable {
        /// The text, with where each line starts and where its content ends (byte offsets).
        case indexed(String, lines: [(start: Int, end: Int)])
        /// The bytes alone: a line is found when asked for.
        case unindexed([UInt8])
    }

    private let storage: Storage

    /// Splits `text` on `\n`, `\r\n` and `\r`.
    public init(_ text: String) {
        var text = text
        let lines = text.withUTF8(Self.lineRanges)
        storage = .indexed(text, lines: lines)
    }

    /// The UTF-8 text `bytes`, kept as they are: neither decoded nor split until a line is asked
    /// for, and then the search starts from the top. For the many files read only for context
    /// (the other agendas beside the one checked), whose lines a note shows at most a few times.
    public init(unindexed bytes: [UInt8]) {
        storage = .unindexed(bytes)
    }

    /// Where each line of `bytes` starts and where its content ends. Every checked file is split,
    /// so this reads the bytes in place.
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
    public var string: String {
        switch storage {
        case .indexed(let text, _): text
        case .unindexed(let bytes): String(decoding: bytes, as: UTF8.self)
        }
    }

    /// The text of the 1-based line `number`, without its line ending; nil when out of range.
    public func line(_ number: Int) -> String? {
        switch storage {
        case .indexed(let text, let lines):
            guard number >= 1, number <= lines.count else { return nil }
            let (start, end) = lines[number - 1]
            let utf8 = text.utf8
            return String(decoding: utf8[utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: end)], as: UTF8.self)
        case .unindexed(let bytes):
            let lines = bytes.withUnsafeBufferPointer(Self.lineRanges)
            guard number >= 1, number <= lines.count else { return nil }
            let (start, end) = lines[number - 1]
            return String(decoding: bytes[start..<end], as: UTF8.self)
        }
    }
}
