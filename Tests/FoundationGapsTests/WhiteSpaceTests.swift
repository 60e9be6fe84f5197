import Foundation
import FoundationGaps
import TestSupport
import Testing

/// The white space sets and trimming, held against `Foundation`'s `CharacterSet` and
/// `trimmingCharacters(in:)`, which the program used before it left `Foundation`.
@Suite(.timed) struct WhiteSpaceTests {
    static let pairs: [(WhiteSpace, CharacterSet)] = [
        (.spaces, .whitespaces), (.newlines, .newlines), (.spacesAndNewlines, .whitespacesAndNewlines),
    ]

    @Test func everyScalarIsInTheSameSets() {
        for (set, foundation) in Self.pairs {
            var differing: [UInt32] = []
            for value in UInt32(0)...0x10FFFF {
                guard let scalar = Unicode.Scalar(value) else { continue }
                if set.contains(scalar) != foundation.contains(scalar) { differing.append(value) }
            }
            #expect(differing.isEmpty, "\(set): \(differing.prefix(10).map { String($0, radix: 16) })")
        }
    }

    static let edges = ["", " ", "  ", "a", " a", "a ", " a b ", "\t\n a\r\n", "\u{A0}a\u{2003}", "\u{200B}x\u{200B}",
                        " \u{301}a ", "a\u{301} ", "\u{85}a\u{2028}", "\u{2029}", "\u{FEFF}a", "🇳🇱 ", " \r\n"]

    @Test(arguments: edges) func edgeCasesTrimAsFoundationDoes(text: String) {
        for (set, foundation) in Self.pairs {
            #expect(text.trimming(set).unicodeScalars.elementsEqual(text.trimmingCharacters(in: foundation).unicodeScalars))
            #expect(text.dropFirst(0).trimming(set) == text.trimmingCharacters(in: foundation))
        }
    }

    @Test func randomTextsTrimAsFoundationDoes() {
        let pieces = [" ", "\t", "\n", "\r", "\r\n", "\u{A0}", "\u{2003}", "\u{200B}", "\u{85}", "\u{2028}", "\u{3000}",
                      "a", "é", "e\u{301}", "\u{301}", "€", "🇳🇱", "\u{FEFF}", "\u{1680}", "x"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<5_000 {
            let text = (0..<Int.random(in: 0...8, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            for (set, foundation) in Self.pairs {
                #expect(text.trimming(set).unicodeScalars.elementsEqual(text.trimmingCharacters(in: foundation).unicodeScalars),
                        "\(text.unicodeScalars.map { $0.value })")
            }
        }
    }
}
