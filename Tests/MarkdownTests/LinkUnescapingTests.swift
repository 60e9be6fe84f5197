import TestSupport
import Testing
@testable import Markdown

/// Issue 38, `markdown7`: whether a link's destination or title needs unescaping is found eight
/// bytes at a time, and the runs between escapes and references are appended whole; both against
/// the byte-at-a-time ways on random texts of escapes, references, `&` and `\` at every place.
@Suite(.timed) struct LinkUnescapingTests {
    static let pieces = ["a", "beleid", "/", "?", "=", "&", "\\", "\\*", "\\a", "&amp;", "&euro;", "&#233;", "&#x41;",
                         "&bogus;", "&amp", " ", "é", "(", ")", "\\\\"]

    /// The text with escapes and references resolved, a byte at a time (as it was).
    static func unescapedByteByByte(_ bytes: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == ASCII.backslash, index + 1 < bytes.count, ASCII.isPunctuation(bytes[index + 1]) {
                output.append(bytes[index + 1])
                index += 2
            } else if byte == ASCII.ampersand, let (next, decoded) = Entities.decode(bytes, at: index, end: bytes.count) {
                output.append(contentsOf: decoded.utf8)
                index = next
            } else {
                output.append(byte)
                index += 1
            }
        }
        return output
    }

    @Test func findsAndResolvesAsTheByteByByteWayDoes() {
        var generator = SplitMix64(seed: 38)
        for (number, text) in generator.texts(3000, of: Self.pieces, maximumLength: 14).enumerated() {
            let bytes = Array(text.utf8)
            // Every start and end a few bytes in, so the words fall at every place.
            let start = min(number % 5, bytes.count), end = max(start, bytes.count - number % 3)
            let slice = Array(bytes[start..<end])
            let needs = slice.contains { $0 == ASCII.backslash || $0 == ASCII.ampersand }
            #expect(LinkSyntax.needsUnescaping(bytes, from: start, to: end) == needs, "\(text.debugDescription)")
            var output: [UInt8] = Array("prefix".utf8)
            LinkSyntax.appendUnescaped(bytes, from: start, to: end, to: &output)
            #expect(output == Array("prefix".utf8) + Self.unescapedByteByByte(slice), "\(text.debugDescription)")
        }
    }
}
