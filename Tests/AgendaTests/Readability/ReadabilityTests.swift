import Diagnostics
import Documents
import TestSupport
import Testing
@testable import Agenda

/// The readability figures of the public summary and the limits its template names (issue 37, point 4).
@Suite(.timed) struct ReadabilityTests {
    @Test func countsSentencesWordsAndLongWords() {
        let figures = Readability(paragraphs: ["Wij werken. Samen met gemeenten gaan wij werkzoekenden helpen!"])
        #expect(figures.sentences == 2)
        #expect(figures.words == 9)
        #expect(figures.longWords == 1)  // werk-zoe-ken-den; ge-meen-ten has three
        #expect(figures.averageSentenceLengthText == "4,5")
        #expect(figures.longWordPercent == 11)
        #expect(figures.longestSentence == "Samen met gemeenten gaan wij werkzoekenden helpen!")
    }

    @Test func numbersWithPointsDoNotEndASentence() {
        let figures = Readability(paragraphs: ["In 2030 werken 1.500 mensen. De begroting is € 1.065.000,50 in totaal."])
        #expect(figures.sentences == 2)
        #expect(figures.words == 11)  // "€" is not a word
    }

    @Test(arguments: [("werk", 1), ("beleidsdeel", 3), ("financiële", 5), ("arbeidsmarktregio", 5), ("bijdrage", 3)])
    func syllablesAreVowelGroups(_ word: String, _ count: Int) {
        #expect(Readability.syllables(in: Substring(word)) == count)
    }

    /// The count over bytes is the count by `Character` for every ASCII word (capitals, digits and
    /// punctuation among the letters), and leaves every other word to it.
    @Test func theByteCountIsTheCharacterCount() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<5_000 {
            var word = ""
            for _ in 0..<(1 + Int(state % 14)) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                word.unicodeScalars.append(Unicode.Scalar(UInt8(0x21 + (state >> 33) % 94)))
            }
            let counted = Readability.asciiSyllables(Substring(word).utf8)
            #expect(counted == Readability.characterSyllables(in: Substring(word)), "\(word)")
        }
        #expect(Readability.asciiSyllables(Substring("WERKZOEKENDEN").utf8) == 4)
        #expect(Readability.asciiSyllables(Substring("financiële").utf8) == nil)
    }

    /// An ASCII paragraph counted over its bytes gives the sentences, words and long words it gives
    /// by `Character`, with every kind of whitespace, CR LF and sentence end among the words.
    @Test func theByteSentencesAreTheCharacterSentences() {
        let pieces = ["Werkzoekenden", "arbeidsmarktregio", "wij", "1.500", "2030", "A", "E-mail", "!", "?", ".", "...", "\r\n", "\n", "\t", " ", "  ", "\u{0B}", "\u{0C}", "\r", "-", "(ROC)", "x.y", "Eind.", "Vraag?", "Ja!"]
        var state: UInt64 = 42
        var sentencesSeen = 0
        for _ in 0..<3_000 {
            var paragraph = ""
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            for _ in 0..<(Int((state >> 33) % 30)) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                paragraph += pieces[Int((state >> 33) % UInt64(pieces.count))]
                if (state >> 40) & 1 == 0 { paragraph += " " }
            }
            let counted = Readability.asciiSentences(in: paragraph)
            #expect(counted == Readability.characterSentences(in: paragraph), "\(paragraph.debugDescription)")
            sentencesSeen += counted?.count ?? 0
        }
        #expect(sentencesSeen > 3_000)
        #expect(Readability.asciiSentences(in: "Één zin.") == nil)
    }

    @Test func limitsAreReadFromTheTemplateComment() {
        let text = "{{! leesbaarheid: zinslengte 12, lange woorden 18% }}\n# Titel\n"
        let (limits, problems) = ReadabilityLimits.parse(text, file: "publieksversie.md")
        #expect(limits == ReadabilityLimits(sentenceLength: 12, longWordPercent: 18))
        #expect(problems.isEmpty)
    }

    @Test(arguments: [
        ("{{! leesbaarheid: zinnen 15, lange woorden 20% }}", 19),
        ("{{! leesbaarheid: zinslengte 15, lange woorden 20 }}", 34),
        ("{{! leesbaarheid: zinslengte 15,5, lange woorden 20% }}", 33),
        ("{{! leesbaarheid: zinslengte 15 }}", 18),
    ])
    func aLimitNotSurelyReadIsALocatedWarning(_ line: String, _ column: Int) throws {
        let (limits, problems) = ReadabilityLimits.parse("# Titel\n" + line + "\n", file: "publieksversie.md")
        #expect(limits == nil)
        let problem = try #require(problems.first)
        #expect(problem.code == "MJA362" && problem.severity == .warning)
        #expect(problem.file == "publieksversie.md")
        #expect(problem.range?.start == SourcePosition(line: 2, column: column), "\(problem.message)")
        #expect(problem.hint?.contains("zinslengte 15, lange woorden 20%") == true)
    }

    @Test func aTemplateWithoutLimitsGetsANote() {
        let (limits, problems) = ReadabilityLimits.parse("# Titel\n", file: "publieksversie.md")
        #expect(limits == nil)
        #expect(problems.map(\.code) == ["MJA364"])
        #expect(problems.first?.severity == .note)
    }

    static func document(_ paragraphs: [String]) -> Document {
        Document(metadata: DocumentMetadata(title: "t", kind: "k", words: .dutch),
                 blocks: [.heading(level: 2, content: [.text("Een heel lange kop zonder punt die niet telt")])]
                    + paragraphs.map { .paragraph([.text($0)]) }
                    + [.list(ListBlock(kind: .bullet, isTight: true, items: [[.paragraph([.text("mensen in de bijstand")])]]))])
    }

    static let origin = Origin(file: "twente.toml", range: SourceRange(at: SourcePosition(line: 7, column: 1)))

    @Test func aboveTheLimitsAreWarningsWithTheLongestSentenceAndTheLongWords() {
        let long = "Het Regionaal Beraad organiseert in samenwerking met de arbeidsmarktregio een intensivering van de ondersteuningsstructuur voor werkzoekenden."
        let check = ReadabilityCheck(limits: ReadabilityLimits(sentenceLength: 8, longWordPercent: 10))
        let diagnostics = check.diagnostics(for: Self.document(["Wij helpen.", long]), at: Self.origin)
        #expect(diagnostics.map(\.code) == ["MJA363", "MJA360", "MJA361"])
        #expect(diagnostics.allSatisfy { $0.file == "twente.toml" && $0.range?.start == SourcePosition(line: 7, column: 1) })
        #expect(diagnostics[1].hint?.contains(long) == true)
        #expect(diagnostics[2].hint?.contains("'arbeidsmarktregio'") == true)
        #expect(diagnostics[0].message.contains("gemiddeld 9,0 woorden per zin"), "\(diagnostics[0].message)")
    }

    @Test func withinTheLimitsOnlyTheFigures() {
        let check = ReadabilityCheck(limits: ReadabilityLimits(sentenceLength: 15, longWordPercent: 20))
        let diagnostics = check.diagnostics(for: Self.document(["Wij helpen mensen aan werk.", "Dat doen we samen."]), at: Self.origin)
        #expect(diagnostics.map(\.code) == ["MJA363"])
        #expect(diagnostics[0].message == "leesbaarheid van de publieksversie: gemiddeld 4,5 woorden per zin, 0% lange woorden (grens: 15 woorden en 20%)")
    }
}
