import Foundation
import FoundationGaps
import TestSupport
import Testing

/// `replacingEvery(_:with:)` held against `Foundation`'s `replacingOccurrences(of:with:)` for the
/// targets it is made for (ASCII, the soft hyphen, the euro sign), on texts with what makes
/// `Foundation`'s search differ from a plain one: accents before and after, emoji and their skin
/// tones, carriage returns before line feeds, and the scalars canonically equal to ASCII.
@Suite(.timed) struct ReplacingTests {
    static let edges: [(String, String, String)] = [
        ("", "a", "b"), ("abc", "b", ""), ("aaa", "aa", "x"), ("a,b,c", ",", "."), ("\r\n\r\n", "\r\n", "\n"),
        ("\r\n", "\n", " "), ("a\u{301}", "a", "x"), ("\u{212A}", "K", "k"), ("e\u{301}e", "e", "E"),
        ("€ 5", "€ ", "€\u{A0}"), ("zelf\u{AD}standig", "\u{AD}", ""), ("x", "", "y"), ("👍\u{1F3FB}", "👍", "x"),
    ]

    @Test(arguments: edges) func edgeCasesReplaceAsFoundationDoes(text: String, target: String, replacement: String) {
        #expect(text.replacingEvery(target, with: replacement).unicodeScalars.elementsEqual(
            text.replacingOccurrences(of: target, with: replacement).unicodeScalars))
    }

    @Test func randomTextsReplaceAsFoundationDoes() {
        let pieces = ["e", "\u{301}", "é", "\r", "\n", "a", ",", " ", "\r\n", "🇳", "🇱", "\u{AD}", "'", "\u{200D}", "\u{FE0F}",
                      "👍", "\u{1F3FB}", "€", "\u{A0}", "\u{20DD}", "ﬁ", "i", "I", "ß", "K", "\u{212A}", ";", "\u{37E}", "`",
                      "\u{1FEF}", "\u{2126}", "k", "."]
        let targets = ["e", "a", ",", " ", "\r\n", "\r", "\n", "\u{AD}", "€", "K", ";", "`", "i", "'", "k", "."]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<5_000 {
            let text = (0..<Int.random(in: 0...8, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let target = (0..<Int.random(in: 1...3, using: &generator)).map { _ in targets.randomElement(using: &generator)! }.joined()
            let replacement = ["", "X", "\u{301}", "YY"].randomElement(using: &generator)!
            let expected = text.replacingOccurrences(of: target, with: replacement)
            #expect(text.replacingEvery(target, with: replacement).unicodeScalars.elementsEqual(expected.unicodeScalars),
                    "\(text.unicodeScalars.map { $0.value }) \(target.unicodeScalars.map { $0.value })")
        }
    }
}

/// `rangeOfText(_:fromEnd:)` held against `Foundation`'s `range(of:)` and `range(of:options: .backwards)`.
@Suite(.timed) struct RangeOfTextTests {
    @Test func randomTextsFindAsFoundationDoes() {
        let pieces = ["e", "\u{301}", "é", "\r", "\n", "a", ",", " ", "\r\n", "🇳", "\u{AD}", "{", "}", "!", ":", "(", ")",
                      "👍", "\u{1F3FB}", "\u{20DD}", "K", "\u{212A}", ";", "\u{37E}", "b", "="]
        let targets = ["{{!", "}}", ": ", " (", "boundary=", "a", "K", ";", "\n", "e"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<5_000 {
            let text = (0..<Int.random(in: 0...10, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let target = targets.randomElement(using: &generator)!
            #expect(text.rangeOfText(target) == text.range(of: target), "\(text.unicodeScalars.map { $0.value }) \(target)")
            #expect(text.rangeOfText(target, fromEnd: true) == text.range(of: target, options: .backwards),
                    "\(text.unicodeScalars.map { $0.value }) \(target)")
        }
    }
}
