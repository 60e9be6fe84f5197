import Documents
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
            } else if byte == ASCII.ampersand, let (next, decoded) = CharacterReference.decode(bytes, at: index, end: bytes.count) {
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
    /// The end of a destination without angle brackets, a byte at a time (as it was): `nil` when
    /// its parentheses do not balance.
    static func destinationEndByteByByte(_ bytes: [UInt8], from start: Int) -> Int? {
        var index = start
        var open = 0
        scan: while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case ASCII.backslash: index += index + 1 < bytes.count && ASCII.isPunctuation(bytes[index + 1]) ? 2 : 1
            case ASCII.openParen:
                open += 1
                guard open <= 32 else { return nil }
                index += 1
            case ASCII.closeParen:
                if open == 0 { break scan }
                open -= 1
                index += 1
            default:
                if byte <= ASCII.space || byte == 0x7F { break scan }
                index += 1
            }
        }
        return open == 0 ? index : nil
    }

    /// Destinations are scanned a word at a time up to the next byte that matters; they end
    /// where the byte-at-a-time scan ends them, with spaces, controls, DEL, escapes, parentheses
    /// and non-ASCII letters at every place.
    @Test func destinationsEndWhereTheByteByByteScanEndsThem() {
        let pieces = ["https://www.example.nl/", "beleid", "a", "(", ")", "\\(", "\\", "\\a", " ", "\t", "\u{7F}", "\u{1}",
                      "é", "€", "?thema=", "&", "<", ">", "*"]
        var generator = SplitMix64(seed: 8)
        for text in generator.texts(4000, of: pieces, maximumLength: 16) {
            let bytes = Array(text.utf8)
            guard !bytes.isEmpty, bytes[0] != ASCII.lessThan else { continue }
            let found = LinkSyntax.destinationRange(bytes, from: 0, to: bytes.count)
            let expected = Self.destinationEndByteByByte(bytes, from: 0)
            // No destination when the parentheses do not balance, or when it is empty before a
            // byte other than `)`.
            if let expected, expected > 0 || (expected < bytes.count && bytes[expected] == ASCII.closeParen) {
                #expect(found?.0 == 0..<expected && found?.1 == expected, "\(text.debugDescription)")
            } else {
                #expect(found == nil, "\(text.debugDescription)")
            }
        }
    }
}
