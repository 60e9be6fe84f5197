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

    /// A part the same in many packages is compressed once, by what it is made from, and its
    /// entry is the one made from exactly the bytes the part has.
    @Test func sharedPartsAreTheBytesTheyAreMadeFrom() throws {
        func zipped(_ entry: ZipWriter.PreparedEntry) throws -> [UInt8] {
            var zip = ZipWriter()
            try zip.add("t.xml", prepared: entry)
            return try zip.finish()
        }
        func zipped(_ text: String) throws -> [UInt8] {
            var zip = ZipWriter()
            try zip.add("t.xml", Array(text.utf8))
            return try zip.finish()
        }
        var english = OfficeWords()
        english.titlePrompt = "Klik om de titel te bewerken (test)"
        for words in [OfficeWords(), english] {
            for language in ["nl-NL", "en-GB"] {
                let shared = DocxWriter.sharedParts(language: language, words: words)
                #expect(try zipped(shared.styles) == zipped(WordStyles.xml(language: language, words: words)))
                #expect(try zipped(shared.settings) == zipped(WordPackageParts.settings(language: language)))
            }
            let fixed = PptxWriter.fixedParts(words)
            #expect(fixed.map(\.name) == PptxWriter.fixedParts(words).map(\.name))
            let master = try #require(fixed.first { $0.name == "ppt/slideMasters/slideMaster1.xml" })
            #expect(try zipped(master.entry) == zipped(SlideMasterParts.master(words)))
        }
        #expect(try zipped(OfficePackage.preparedTheme) == zipped(OfficeTheme.xml))
        #expect(try zipped(OfficePackage.preparedApp) == zipped(OfficePackage.app))
        #expect(try zipped(DocxWriter.preparedFontTable) == zipped(WordTheme.fontTable))
        #expect(try zipped(DocxWriter.preparedPackageRelationships) == zipped(WordPackageParts.packageRelationships))
        // Every shared part of a workbook is the part its writer writes, by name.
        let parts = XlsxWriter().parts(Workbook(sheets: [Worksheet(name: "Blad1", header: ["a"], rows: [])]))
        for (name, entry) in XlsxWriter.sharedEntries {
            let text = try #require(parts.first { $0.name == name }?.text, "\(name) is not a part")
            #expect(try zipped(entry) == zipped(text), "\(name)")
        }
        // So is every part prepared per number of sheets.
        for sheets in 1...3 {
            let sheetParts = XlsxWriter().parts(Workbook(sheets: (1...sheets).map { Worksheet(name: "Blad\($0)", header: ["a"], rows: []) }))
            let prepared = XlsxWriter.preparedSheetParts(sheets)
            #expect(prepared.count == 2)
            for (name, entry) in prepared {
                let text = try #require(sheetParts.first { $0.name == name }?.text, "\(name) is not a part")
                #expect(try zipped(entry) == zipped(text), "\(name), \(sheets) sheets")
            }
        }
    }

    /// Issue 38, memory at 100 times the content: the buffer grows with `realloc` (a large one moves
    /// its pages rather than being held twice, old and new); the bytes stay as written across many
    /// doublings, from a small capacity to megabytes.
    @Test func growingKeepsEveryByteWritten() {
        var output = XMLOutput(capacity: 8)
        var expected: [UInt8] = []
        for index in 0..<200_000 {
            let piece = "<w:t>\(index)</w:t>"
            output.write(string: piece)
            expected += Array(piece.utf8)
        }
        #expect(output.bytes() == expected)
        #expect(output.reserved >= expected.count)
    }

    /// Issue 38: the Word body's buffer, taken, was copied while its full capacity was held (up to
    /// twice its bytes) and freed only after: ``HTMLOutput/takeBytes()`` copies it a piece at a time
    /// from the end and cuts the buffer behind each piece, and leaves it empty and small.
    @Test func takingTheBytesEmptiesTheBufferAndGivesItsMemoryBack() {
        var output = XMLOutput(capacity: 64)
        let piece = Array("<w:p><w:r><w:t>Twente</w:t></w:r></w:p>".utf8)
        var expected: [UInt8] = []
        for _ in 0..<50_000 {
            piece.withUnsafeBufferPointer { output.append($0) }
            expected += piece
        }
        #expect(output.reserved > expected.count)
        // Held once and a piece: after each piece copied, the buffer keeps only what is left.
        var cuts: [(copied: Int, reserved: Int)] = []
        let taken = output.takeBytes { cuts.append(($0, $1)) }
        #expect(cuts.count == (expected.count + XMLOutput.takenPiece - 1) / XMLOutput.takenPiece)
        for cut in cuts { #expect(cut.reserved == max(expected.count - cut.copied, 64), "\(cut)") }
        #expect(cuts.last?.copied == expected.count)
        #expect(taken == expected)
        #expect(output.count == 0)
        #expect(output.reserved == 64)
        output.write("<w:body/>")
        #expect(output.string() == "<w:body/>")
        var empty = XMLOutput(capacity: 8)
        #expect(empty.takeBytes().isEmpty && empty.count == 0)
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

/// A cell's characters, longest words and letters read by scalar (``CellTextMeasure``) are the
/// ones read by character, wherever it reads at all.
@Suite(.timed) struct CellTextMeasureTests {
    static let texts = WordLongestWordTests.texts + [
        "ªº µ ß Ø ʰ ˂ ⁱ ⁿ", "€\u{00A0}250.000 (plafond € 600.000)", "12 %", "  twee  spaties  ", "A", "z", "@[`{", "÷×",
        "✓ voldoet", "✗ ontbreekt", "⚠ let op", "⚠\u{FE0F} let op", "→ ℃ ℎ K Å ⅓ ⅰ Ⓐ ⓐ ⬛", "✓\u{301}",
    ]

    @Test(arguments: texts) func byScalarMeasuresAsByCharacter(_ text: String) {
        guard let measure = CellTextMeasure(text) else { return }
        #expect(measure.characters == text.count, "\(text)")
        #expect(measure.longestWord == WordLongestWordTests.longestWordByCharacter(text), "\(text)")
        #expect(measure.longestBetweenSpaces == (text.split(separator: " ").map(\.count).max() ?? 0), "\(text)")
        #expect(measure.hasLetter == text.contains { $0.isLetter }, "\(text)")
    }

    /// Every Latin-1 and general-punctuation scalar alone is tested as Character tests it.
    @Test func everyScalarOfTheScalarPathIsALetterAsACharacterIs() {
        for value in Self.scalarPath {
            guard let scalar = Unicode.Scalar(UInt32(value)), let measure = CellTextMeasure(String(scalar)) else { continue }
            #expect(measure.hasLetter == Character(scalar).isLetter, "U+\(String(value, radix: 16))")
            #expect(measure.characters == 1)
        }
    }

    /// The scalars read one by one: Latin-1 and more, general punctuation, and the symbols from
    /// letterlike to miscellaneous (the verdicts' ✓ ✗ ⚠).
    static let scalarPath = Array(0..<0x300) + Array(0x2000..<0x20D0) + Array(0x2100..<0x2C00)

    /// No scalar of the scalar path joins a letter or itself on either side into one character, so
    /// a text of them has a character per scalar (a line feed after a return aside, which the
    /// measure refuses).
    @Test func noScalarOfTheScalarPathJoinsItsNeighbours() {
        for value in Self.scalarPath {
            guard let scalar = Unicode.Scalar(UInt32(value)), CellTextMeasure(String(scalar)) != nil else { continue }
            let alone = String(scalar)
            #expect(("a" + alone + "a").count == 3, "U+\(String(value, radix: 16))")
            #expect((alone + alone).count == 2, "U+\(String(value, radix: 16))")
            #expect(("€" + alone + "✓").count == 3, "U+\(String(value, radix: 16))")
        }
    }

    /// The verdicts' marks take the scalar path (they fell back to counting characters, a fifth
    /// of a Word table's work).
    @Test func verdictMarksTakeTheScalarPath() throws {
        let measure = try #require(CellTextMeasure("✓ voldoet"))
        #expect(measure.characters == 9 && measure.longestWord == 7 && measure.hasLetter)
        #expect(CellTextMeasure("⚠\u{FE0F} let op") == nil)
    }
}
