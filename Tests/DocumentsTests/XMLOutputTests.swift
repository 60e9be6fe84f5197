import Foundation
import TestSupport
import Testing
@testable import Documents

/// The byte writer of the XML parts (``XMLOutput``): its escaping, its numbers and the run text of
/// Word give the same bytes as the `String` functions the writers used before, so the Office
/// files and the SVG stay byte for byte what they were.
@Suite(.timed) struct XMLOutputTests {
    static let texts = [
        "", "Twente", "Arbeidsmarktregio's & \"partners\" <samen>", "café – € 1.065.000,50 ✓ 🎓",
        "tab\there, line\nbreak, return\r\nend", "\u{0}\u{1}\u{B}\u{1F}\u{7F}", "C1: \u{80}\u{85}\u{9F} kept: \u{A0}\u{AD}é",
        "bidi \u{202A}\u{202E}\u{2066}\u{2069} and \u{202F}\u{2070}", "non-characters \u{FFFE}\u{FFFF} and \u{FFFD}\u{FEFF}",
        "&amp; stays escaped once", "'", "a<", ">b", String(repeating: "lang ", count: 300) + "&",
    ]

    @Test(arguments: texts) func escapingIsXMLTextEscape(_ text: String) {
        var output = XMLOutput(capacity: 8)
        output.write(escaped: text)
        #expect(output.string() == XMLText.escape(text))
    }

    @Test(arguments: [0, 7, 9, 10, 99, 100, 2026, -1, -10, -2_147_483_648, Int.max, Int.min, 11906])
    func decimals(_ value: Int) {
        var output = XMLOutput(capacity: 8)
        output.write(decimal: value)
        #expect(output.string() == String(value))
    }

    /// Numbers of the SVG charts: what `String(format: "%.1f")` and `String(Int)` made, half-way
    /// cases and negative values included.
    @Test(arguments: [0, -0.0, 0.04, 0.05, 0.15, 0.25, 1.0, 1.05, 12.34, 99.95, 312.5, -0.04, -0.05, -0.5, -1.25, -12.3,
                      123_456.78, 1e14, 1e16, .nan])
    func svgNumbers(_ value: Double) {
        var output = XMLOutput(capacity: 8)
        SVGBuilder.write(value, to: &output)
        #expect(output.string() == SVGBuilder.number(value), "\(value)")
    }

    /// Word's run text: line breaks as `w:br`, tabs as spaces (kept as `w:tab` in code), each piece
    /// escaped; as the `String` version wrote it.
    @Test(arguments: texts) func wordRunText(_ text: String) {
        #expect(WordText.runText(text) == Self.runTextBefore(text, keepingTabs: false))
        #expect(WordText.runText(text, keepingTabs: true) == Self.runTextBefore(text, keepingTabs: true))
    }

    /// `WordText.runText` as it was written with `String` (before the parts were written as bytes).
    static func runTextBefore(_ text: String, keepingTabs: Bool) -> String {
        var result = "<w:t xml:space=\"preserve\">"
        var piece = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\t" where !keepingTabs:
                piece += " "
            case "\n", "\r", "\t":
                result += XMLText.escape(piece) + "</w:t>" + (scalar == "\t" ? "<w:tab/>" : "<w:br/>") + "<w:t xml:space=\"preserve\">"
                piece = ""
            default: piece.unicodeScalars.append(scalar)
            }
        }
        return result + XMLText.escape(piece) + "</w:t>"
    }

    /// A part the same in many packages is compressed once, and its entry is the one made from
    /// exactly its bytes.
    @Test func preparedPartsAreKeptByTheirBytes() throws {
        let theme = Array(OfficeTheme.xml.utf8)
        let first = OfficePackage.prepared(theme), second = OfficePackage.prepared(theme)
        var zipA = ZipWriter(), zipB = ZipWriter(), zipC = ZipWriter()
        try zipA.add("t.xml", prepared: first)
        try zipB.add("t.xml", prepared: second)
        try zipC.add("t.xml", theme)
        #expect(try zipA.finish() == zipC.finish())
        #expect(try zipB.finish() == zipC.finish())
        var other = theme
        other[other.count - 2] = UInt8(ascii: "X")
        var zipD = ZipWriter(), zipE = ZipWriter()
        try zipD.add("t.xml", prepared: OfficePackage.prepared(other))
        try zipE.add("t.xml", other)
        #expect(try zipD.finish() == zipE.finish())
    }
}

/// The longest unbreakable word of a Word table cell, read by scalar where that counts the same
/// characters as reading it by character (``WordBody/longestWordByScalar(in:)``).
@Suite(.timed) struct WordLongestWordTests {
    static let texts = [
        "", "voldoet", "€ 1.065.000,50", "Organisatie\u{AD}overstijgend", "Noord-Brabant", "31-12-2027", "2026-2030",
        "Zaanstreek/Waterland", "a - b -1 -x", "café crème – “quoted” … ‘ok’", "e\u{301}e\u{301}e\u{301} ab",
        "line\r\nbreak-2", "line\rbreak\n-3", "flag 🇳🇱🇳🇱 family 👨‍👩‍👧", "zero\u{200B}width\u{200D}joiner", "\u{20AC}\u{20D0}x",
        "arbeidsmarktinfrastructuur", String(repeating: "x", count: 70),
    ]

    @Test(arguments: texts) func byScalarCountsAsByCharacter(_ text: String) {
        #expect(WordBody.longestWord(in: text) == Self.longestWordByCharacter(text), "\(text)")
        if let byScalar = WordBody.longestWordByScalar(in: text) { #expect(byScalar == Self.longestWordByCharacter(text), "\(text)") }
    }

    /// The ASCII and Latin text of the documents takes the scalar path.
    @Test func plainTextTakesTheScalarPath() {
        #expect(WordBody.longestWordByScalar(in: "€ 1.065.000,50 – café") != nil)
        #expect(WordBody.longestWordByScalar(in: "e\u{301}") == nil)
        #expect(WordBody.longestWordByScalar(in: "a\r\nb") == nil)
    }

    /// `longestWord(in:)` as it was, character by character.
    static func longestWordByCharacter(_ text: String) -> Int {
        var longest = 0, current = 0
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            switch character {
            case " ", "\u{AD}": current = 0
            case "-" where index + 1 < characters.count && characters[index + 1].isASCII && characters[index + 1].isNumber:
                current += 1; longest = max(longest, current)
            case "-", "/": current += 1; longest = max(longest, current); current = 0
            default: current += 1; longest = max(longest, current)
            }
        }
        return longest
    }
}
