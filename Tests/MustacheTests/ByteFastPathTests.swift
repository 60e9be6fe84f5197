import TestSupport
import Testing
@testable import Mustache

/// The parser and the escaping read ASCII over its bytes (issue 38): each fast path is held here to
/// the way by `Character` or by scalar it stands in for, over random texts of the characters where
/// the two could part (every ASCII whitespace, CR LF, dots, combining marks, non-breaking and other
/// Unicode spaces, letters outside ASCII).
@Suite(.timed) struct ByteFastPathTests {
    static let pieces: [String] = [
        "a", "b", "Z", "0", "_", "-", ".", ".", ".", " ", "\t", "\n", "\r", "\r\n", "\u{0B}", "\u{0C}", "*", "#",
        "\u{301}", "\u{A0}", "\u{2003}", "\u{85}", "é", "ë", "€", "–", "\u{1F}", "&", "<", ">", "\"", "'", "\\", "|",
    ]

    static func randomTexts(count: Int, maximumLength: Int = 12, asciiOnly: Bool = false) -> [String] {
        var generator = SplitMix64(state: 38)
        let pieces = asciiOnly ? Self.pieces.filter { $0.utf8.allSatisfy { $0 < 0x80 } } : Self.pieces
        return generator.texts(count, of: pieces, maximumLength: maximumLength)
    }

    @Test func namesSplitOverBytesAsByCharacter() {
        var ascii = 0
        for text in Self.randomTexts(count: 20_000, maximumLength: 6) {
            let fast = Template.Name(text)
            let slow = Template.Name(splittingCharacters: text)
            #expect(fast?.parts == slow?.parts, "\(text.debugDescription)")
            if text.utf8.allSatisfy({ $0 < 0x80 }) && slow != nil { ascii += 1 }
        }
        // Many of the texts were names of ASCII, where the fast way was taken.
        #expect(ascii > 1_000)
        #expect(Template.Name("a.b.c")?.parts == ["a", "b", "c"])
        #expect(Template.Name(".")?.parts == [])
        #expect(Template.Name("a..b") == nil && Template.Name("") == nil && Template.Name("a.") == nil)
    }

    @Test func whitespaceTrimmedOverBytesAsByCharacter() {
        for text in Self.randomTexts(count: 20_000) {
            #expect(text.trimmingWhitespace() == text.trimmingWhitespaceCharacters(), "\(text.debugDescription)")
            #expect(text.containsWhitespace == text.contains(where: \.isWhitespace), "\(text.debugDescription)")
            let dropped = text.dropFirst()
            #expect(dropped.trimmingWhitespace() == dropped.trimmingWhitespaceCharacters(), "\(text.debugDescription)")
        }
    }

    /// HTML escaping by scalar, as it was written before it worked on bytes.
    static func htmlByScalar(_ text: String) -> String {
        var output = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&#39;"
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output
    }

    @Test func escapingOverBytesKeepsToItsRule() {
        for text in Self.randomTexts(count: 5_000, maximumLength: 20) {
            #expect(Escaping.markdown.escape(text) == EscapingTests.markdownByTheRule(text), "\(text.debugDescription)")
            #expect(Escaping.html.escape(text) == Self.htmlByScalar(text), "\(text.debugDescription)")
            var bytes = Array("voor ".utf8)
            Escaping.markdown.append(text, toBytes: &bytes)
            #expect(String(decoding: bytes, as: UTF8.self) == "voor " + EscapingTests.markdownByTheRule(text))
        }
    }

    /// The renderer writes bytes: text, values, escapes and indentation of every kind come out as
    /// they did as `String`s, embedded values between them.
    @Test func renderedBytesAreTheTextsWritten() throws {
        let library = try TemplateLibrary(sources: [
            "doc": "# {{titel}} ë\n{{#lijst}}\n  {{> regel}}\n{{/lijst}}\n{{{ruw}}}|{{blok}}|{{&ruw}}\n",
            "regel": "- {{naam}}: {{waarde}} €\n",
        ])
        let context: MustacheValue = [
            "titel": "Café *x*", "ruw": "<b>&\u{301}</b>", "blok": .embedded(3),
            "lijst": [["naam": "a_b", "waarde": 1.5], ["naam": "ç\nd", "waarde": .embedded(4)]],
        ]
        let segments = try library.segments("doc", with: context, escaping: .markdown)
        #expect(segments == [
            .text("# Café \\*x\\* ë\n  - a\\_b: 1\\.5 €\n  - ç d: "), .embedded(4),
            .text(" €\n<b>&\u{301}</b>|"), .embedded(3), .text("|<b>&\u{301}</b>\n"),
        ])
        #expect(try library.render("doc", with: context, escaping: .html)
            == "# Café *x* ë\n  - a_b: 1.5 €\n  - ç\nd:  €\n<b>&\u{301}</b>||<b>&\u{301}</b>\n")
    }

    /// A dictionary literal made with room for every entry: a repeated key keeps its last value,
    /// and every key is there.
    @Test func aDictionaryLiteralKeepsTheLastOfARepeatedKey() {
        let value = MustacheValue(dictionaryLiteral:
            ("a", 1), ("b", 2), ("a", 3), ("c", "x"), ("d", nil), ("e", true), ("f", 1.5), ("g", []), ("h", [:]))
        #expect(value == .dictionary(["a": .int(3), "b": .int(2), "c": .string("x"), "d": .null, "e": .bool(true),
                                      "f": .double(1.5), "g": .array([]), "h": .dictionary([:])]))
    }
}
