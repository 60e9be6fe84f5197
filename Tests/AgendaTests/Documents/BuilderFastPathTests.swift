import Documents
import TestSupport
import Testing
@testable import Agenda

/// The document builder's scans over bytes (issue 38), each held to the way by `Character` or by
/// scalar it stands in for, over random texts of the characters where the two could part.
@Suite(.timed) struct BuilderFastPathTests {
    /// Pieces of text where a scan by bytes or scalars and one by characters could part: letters in
    /// and outside ASCII, the simple characters outside it (accents, dashes, quotes, the euro sign,
    /// verdict signs, a no-break space), and what joins characters (combining marks, a joiner, an
    /// emoji variation selector, flags, Hangul jamo, a prepended mark, CR LF).
    static let pieces: [String] = [
        "a", "B", "bbl", "MBO", "7", "&", "+", " ", "-", ".", "\n", "\r", "\r\n", "\t", "é", "ë", "Ü", "ñ", "ł", "ő",
        "€", "–", "—", "’", "“", "…", "•", "→", "✓", "✗", "⚠", "\u{A0}", "½", "²", "ª", "×", "\u{AD}", "\u{301}",
        "\u{200D}", "\u{FE0F}", "\u{1F1F3}", "\u{1F1F1}", "\u{1100}", "\u{1161}", "\u{600}", "\u{665}", "Ⅻ", "😀",
        "\u{FFFC}", "\u{FFFC}12\u{FFFC}", "\u{212A}",
    ]

    static func randomTexts(count: Int, maximumLength: Int = 16, seed: UInt64 = 38) -> [String] {
        var generator = SplitMix64(state: seed)
        return generator.texts(count, of: pieces, maximumLength: maximumLength)
    }

    @Test func wordsAreThoseOfACharacterSplitOverRandomTexts() {
        for text in Self.randomTexts(count: 10_000) {
            let expected = Set(text.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "&" || $0 == "+") }).map(String.init))
            #expect(AbbreviationList.words(in: [.paragraph([.text(text)])]) == expected, "\(text.debugDescription)")
        }
    }

    /// Every scalar the table calls simple stands alone beside every other one and beside ASCII,
    /// and is a word character exactly when `Character` says it is a letter or a number.
    @Test func simpleScalarsStandAloneBesideEachOther() {
        let simple = SimpleScalars.ranges.flatMap { $0 }.compactMap(Unicode.Scalar.init).filter {
            SimpleScalars.kinds[Int($0.value)] != 0
        }
        #expect(simple.count > 250)
        #expect(SimpleScalars.kinds[0xE9] == 2 && SimpleScalars.kinds[0x20AC] == 1 && SimpleScalars.kinds[0x2713] == 1)
        for scalar in simple {
            let character = Character(scalar)
            #expect((SimpleScalars.kinds[Int(scalar.value)] == 2) == (character.isLetter || character.isNumber))
        }
        for first in simple {
            var text = String.UnicodeScalarView()
            for second in simple {
                text.append(first)
                text.append(second)
            }
            #expect(String(text).count == 2 * simple.count, "U+\(String(first.value, radix: 16))")
        }
    }

    @Test func aKeyFilterNeverMissesAKeyInIt() {
        var generator = SplitMix64(state: 7)
        var filter = KeyFilter()
        let keys = (0..<40).map { _ in UInt64.random(in: 1...UInt64.max, using: &generator) }
        for key in keys { filter.insert(key) }
        #expect(keys.allSatisfy(filter.mayContain))
        // And it rules most other keys out, or it would save nothing.
        let others = (0..<1_000).map { _ in UInt64.random(in: 1...UInt64.max, using: &generator) }
        #expect(others.filter(filter.mayContain).count < 300)
    }

    /// The marks cut over the UTF-8 as over the scalars (the way before).
    @Test func marksCutOverBytesAsOverScalars() {
        for text in Self.randomTexts(count: 10_000) {
            var expected: [TemplateMarks.Piece] = []
            if !text.unicodeScalars.contains("\u{FFFC}") {
                expected = [.text(text)]
            } else {
                let parts = text.unicodeScalars.split(separator: "\u{FFFC}", omittingEmptySubsequences: false)
                for (position, part) in parts.enumerated() {
                    if position % 2 == 1, let number = Int(Substring(part)) {
                        expected.append(.embedded(number))
                    } else if !part.isEmpty {
                        expected.append(.text(String(Substring(part))))
                    }
                }
            }
            #expect(TemplateMarks.pieces(of: text) == expected, "\(text.debugDescription)")
        }
    }

    @Test func linesAreThoseOfACharacterSplit() {
        for text in Self.randomTexts(count: 5_000) {
            #expect(TextLines.of(text) == text.split(separator: "\n", omittingEmptySubsequences: false), "\(text.debugDescription)")
        }
    }

    /// A ```grafiek block is found whatever stands around it, on any line.
    @Test func oldFigureBlocksAreFoundAmongOtherLines() {
        let lines = ["Tekst met ë en € en {{grafieken.tijdlijn}}.", "", "  ```grafiek", "tijdlijn", "```", "grafiek", "~~~ grafiek ", "kaart", "~~~"]
        let found = OldFigureBlocks.diagnostics(in: lines.joined(separator: "\n"), file: "t.md")
        #expect(found.map { $0.range?.start.line } == [3, 7])
        #expect(found.map(\.hint) == [
            "vervang het hele blok (van ```grafiek tot en met de sluitende ```) door de tag {{grafieken.tijdlijn}} op een eigen regel",
            "vervang het hele blok (van ```grafiek tot en met de sluitende ```) door de tag {{grafieken.kaart}} op een eigen regel",
        ])
    }

    /// The texts of a document read as one, each after a line feed, give the words (and whether
    /// each is surely ASCII) that reading each text's `plainText` on its own gave, over random
    /// texts in paragraphs, headings, lists, quotes, tables and code, the pieces where one text
    /// ends and the next begins included.
    @Test func wordsOfTextsReadAsOneAreThoseOfEachText() {
        var generator = SplitMix64(state: 11)
        var texts = Self.randomTexts(count: 6_000, maximumLength: 6, seed: 12)[...]
        func text() -> String { texts.popFirst() ?? "" }
        func inlines() -> Inlines {
            switch Int.random(in: 0..<3, using: &generator) {
            case 0: [.text(text())]
            case 1: [.text(text()), .strong([.text(text())]), .softBreak, .code(text())]
            default: [.emphasis([.text(text())]), .link(destination: "x", title: nil, content: [.text(text())])]
            }
        }
        func block(depth: Int) -> Block {
            switch Int.random(in: 0..<(depth > 1 ? 4 : 7), using: &generator) {
            case 0: .paragraph(inlines())
            case 1: .heading(level: 2, content: inlines())
            case 2: .codeBlock(info: "", text: text())
            case 3: .table(Table(alignments: [.left, .right], header: [inlines(), inlines()], rows: [[inlines(), inlines()], [inlines(), inlines()]]))
            case 4: .blockQuote([block(depth: depth + 1), block(depth: depth + 1)])
            case 5: .list(ListBlock(kind: .bullet, isTight: true, items: [[block(depth: depth + 1)], [block(depth: depth + 1), block(depth: depth + 1)]]))
            default: .thematicBreak
            }
        }
        // The way before: each text's `plainText` scanned alone.
        func wordsOneByOne(_ blocks: [Block]) -> [String] {
            var words: [String] = []
            var buffer: [UInt8] = []
            func add(_ text: String) {
                AbbreviationList.forEachWord(of: text, lengths: 1...Int.max, buffer: &buffer) { word, isASCII in
                    words.append("\(isASCII) \(String(decoding: word, as: UTF8.self))")
                }
            }
            func visit(_ blocks: [Block]) {
                for block in blocks {
                    switch block {
                    case .paragraph(let content), .heading(_, let content): add(content.plainText)
                    case .blockQuote(let inner): visit(inner)
                    case .list(let list): list.items.forEach(visit)
                    case .table(let table): (table.header + table.rows.joined()).forEach { add($0.plainText) }
                    case .figure(let figure): (figure.data.header + figure.data.rows.joined()).forEach { add($0.plainText) }
                    case .codeBlock(_, let text): add(text)
                    case .thematicBreak, .tableOfContents: break
                    }
                }
            }
            visit(blocks)
            return words
        }
        var compared = 0
        while !texts.isEmpty {
            let blocks = (0..<Int.random(in: 1...6, using: &generator)).map { _ in block(depth: 0) }
            var words: [String] = []
            AbbreviationList.forEachWord(in: blocks, lengths: 1...Int.max) { word, isASCII in
                words.append("\(isASCII) \(String(decoding: word, as: UTF8.self))")
            }
            #expect(words == wordsOneByOne(blocks), "\(blocks)")
            compared += words.count
        }
        #expect(compared > 5_000)
    }

    /// The first sentence, read only as far as it ends, is the first of all the sentences, over
    /// random texts with sentence ends, spaces, line breaks and marks that join a full stop.
    @Test func theFirstSentenceIsTheFirstOfTheSentences() {
        let ends = [". ", ".", "!", "?\n", ".\u{301} ", "...", " . ", "\u{A0}", "e.g.", "\r\n"]
        var generator = SplitMix64(state: 21)
        var sentences = 0
        for text in Self.randomTexts(count: 4_000, maximumLength: 8, seed: 22) {
            var paragraph = text
            for _ in 0..<Int.random(in: 0...3, using: &generator) {
                paragraph += ends.randomElement(using: &generator)! + Self.randomTexts(count: 1, maximumLength: 5, seed: generator.next()).joined()
            }
            let expected = Readability.sentences(in: paragraph).first
            #expect(Readability.firstSentence(in: paragraph) == expected, "\(paragraph.debugDescription)")
            if expected != nil { sentences += 1 }
        }
        #expect(sentences > 2_000)
    }
}
