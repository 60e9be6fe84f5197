/// Gives the lines of a source text by number, for showing them under a diagnostic.
///
/// Only the start of each line is found up front (one pass over the UTF-8 bytes); a line's text is
/// made when it is asked for, which is rarely: only for lines that have a problem.
public struct SourceText: Sendable {
    enum Storage: Sendable {
        /// The text, with the byte offset where each line starts: where its content ends follows
        /// from the next line's start and the line ending before it. Four bytes a line, not sixteen
        /// for a start and an end: every checked file is indexed and kept for the whole run.
        case indexed(String, starts: [UInt32])
        /// The bytes alone: a line is found when asked for.
        case unindexed([UInt8])
        /// Let go of (``released(readingFrom:)``): where to read the text again, its length in UTF-8
        /// bytes and its digest, so a file changed since is never quoted; `indexed` says which of the
        /// two cases above it was.
        case released(path: String, byteCount: Int, digest: UInt64, indexed: Bool)
    }

    let storage: Storage

    init(storage: Storage) {
        self.storage = storage
    }

    /// Splits `text` on `\n`, `\r\n` and `\r`.
    public init(_ text: String) {
        var text = text
        if text.utf8.count > Int(UInt32.max) {
            // Beyond what four-byte offsets reach: lines are found when asked for.
            storage = .unindexed(Array(text.utf8))
            return
        }
        let starts = text.withUTF8(Self.lineStarts)
        storage = .indexed(text, starts: starts)
    }

    /// The UTF-8 text `bytes`, kept as they are: neither decoded nor split until a line is asked
    /// for, and then the search starts from the top. For the many files read only for context
    /// (the other agendas beside the one checked), whose lines a note shows at most a few times.
    public init(unindexed bytes: [UInt8]) {
        storage = .unindexed(bytes)
    }

    /// Where each line of `bytes` (at most `UInt32.max` bytes) starts. Every checked file is
    /// split, so this reads the bytes in place.
    private static func lineStarts(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt32] {
        var starts: [UInt32] = [0]
        starts.reserveCapacity(bytes.count / 32)
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            // Both line-ending bytes are below 0x0E: one comparison passes over almost every byte.
            if byte <= 0x0D {
                if byte == 0x0A {
                    starts.append(UInt32(index + 1))
                } else if byte == 0x0D {
                    if index + 1 < count && bytes[index + 1] == 0x0A { index += 1 }
                    starts.append(UInt32(index + 1))
                }
            }
            index += 1
        }
        return starts
    }

    /// The byte range of the content of the 1-based line `number` (without its line ending) in
    /// `bytes`, whose lines start at `starts`; nil when out of range.
    private static func line(_ number: Int, starts: [UInt32], in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        guard number >= 1, number <= starts.count else { return nil }
        let start = Int(starts[number - 1])
        guard number < starts.count else { return start..<bytes.count }
        // The next line starts after this one's ending: `\n`, `\r` or `\r\n`.
        let next = Int(starts[number])
        let isCRLF = next - 2 >= start && bytes[next - 1] == 0x0A && bytes[next - 2] == 0x0D
        return start..<(next - (isCRLF ? 2 : 1))
    }

    /// The whole text; for a released one read again from its file, empty when the file no longer
    /// holds the same text.
    public var string: String {
        switch storage {
        case .indexed(let text, _): text
        case .unindexed(let bytes): String(decoding: bytes, as: UTF8.self)
        case .released: resident()?.string ?? ""
        }
    }

    /// The byte range of the content of the 1-based line `number` of `bytes`, found by reading
    /// from the top without keeping an index; nil when out of range.
    private static func find(_ number: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        guard number >= 1 else { return nil }
        var line = 1, start = 0, index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte == 0x0A || byte == 0x0D {
                if line == number { return start..<index }
                if byte == 0x0D && index + 1 < count && bytes[index + 1] == 0x0A { index += 1 }
                line += 1
                start = index + 1
            }
            index += 1
        }
        return line == number ? start..<count : nil
    }

    /// The text of the 1-based line `number`, without its line ending; nil when out of range, and
    /// for a released text whose file no longer holds the same text. A released text is read again
    /// for each call: to show many lines, take its ``resident()`` copy once.
    public func line(_ number: Int) -> String? {
        switch storage {
        case .released:
            return resident()?.line(number)
        case .indexed(var text, let starts):
            return text.withUTF8 { bytes in
                Self.line(number, starts: starts, in: bytes).map { String(decoding: UnsafeBufferPointer(rebasing: bytes[$0]), as: UTF8.self) }
            }
        case .unindexed(let bytes):
            return bytes.withUnsafeBufferPointer { bytes in
                Self.find(number, in: bytes).map { String(decoding: UnsafeBufferPointer(rebasing: bytes[$0]), as: UTF8.self) }
            }
        }
    }
}
