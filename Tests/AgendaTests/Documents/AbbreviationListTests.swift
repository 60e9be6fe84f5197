import Documents
import TestSupport
import Testing
@testable import Agenda

@Suite(.timed) struct AbbreviationListTests {
    static let registry = [
        Registry.Abbreviation(term: "bbl", meaning: "beroepsbegeleidende leerweg"),
        Registry.Abbreviation(term: "mbo", meaning: "middelbaar beroepsonderwijs"),
        Registry.Abbreviation(term: "O&O", meaning: "opleiding en ontwikkeling"),
        Registry.Abbreviation(term: "ESF+", meaning: "Europees Sociaal Fonds Plus"),
        Registry.Abbreviation(term: "STAP", meaning: "Stimulering Arbeidsmarktpositie"),
    ]

    @Test func onlyTheTermsThatOccurAsWords() {
        let blocks: [Block] = [
            .paragraph([.text("Een bbl-traject met het MBO en een O&O-fonds.")]),
            .table(Table(header: ["Bron"], rows: [["ESF+"]])),
            .paragraph([.text("Stapsgewijs, zonder het woord zelf: STAPEL.")]),
        ]
        let block = AbbreviationList(abbreviations: Self.registry).block(for: blocks)
        guard case .table(let table) = block else {
            Issue.record("expected a table, got \(block)")
            return
        }
        #expect(table.rows.map { $0[0].plainText } == ["bbl", "ESF+", "mbo", "O&O"])
    }

    @Test func noTermsGiveASentence() {
        let block = AbbreviationList(abbreviations: Self.registry).block(for: [.paragraph([.text("Niets.")])])
        #expect(block == .paragraph([.text("Dit document gebruikt geen afkortingen uit de lijst.")]))
    }

    /// Texts where reading bytes and reading characters could disagree: accents written as a
    /// letter and a combining mark (also on an ASCII letter at a word's edge), a combining mark
    /// after a separator, a prepended mark before an ASCII letter, flags, CR LF, digits of other
    /// scripts.
    @Test(arguments: [
        "Een bbl-traject met het MBO en een O&O-fonds, ESF+.",
        "Fryslân, Zuid-Holland, Gemeente AM05R1 — 12 regio's; café 3e\u{301} Cafe\u{301}s bbl\u{301}",
        " \u{301}bbl \u{301} a\u{301}\u{302}b \u{600}bbl \u{1F1F3}\u{1F1F1}bbl\u{1F1F3}",
        "regel\r\nbbl\r\n\u{301}x \u{665}\u{666} ½ Ⅻ x\u{200D}y",
        "", "é", "a", "&+", "\u{301}",
    ])
    func wordsAreThoseOfACharacterSplit(text: String) {
        let expected = Set(text.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "&" || $0 == "+") }).map(String.init))
        #expect(AbbreviationList.words(in: [.paragraph([.text(text)])]) == expected)
    }

    /// Terms beside those of the registry above: with letters outside ASCII (one written with a
    /// combining accent, one with the Kelvin sign, which is canonically a "K"), longer than 8 bytes,
    /// of one letter.
    static let wider = registry + [
        Registry.Abbreviation(term: "café", meaning: "c"), Registry.Abbreviation(term: "Cafe\u{301}s", meaning: "c"),
        Registry.Abbreviation(term: "\u{212A}W", meaning: "k"), Registry.Abbreviation(term: "arbeidsmarkt1", meaning: "a"),
        Registry.Abbreviation(term: "X", meaning: "x"), Registry.Abbreviation(term: "a\u{0}b", meaning: "nul"),
    ]

    /// The terms found by comparing the bytes of ASCII words are those found in the set of words as
    /// `String`s (canonical equivalence included), for terms of ASCII and of other characters alike.
    @Test(arguments: [
        "Een bbl-traject met het MBO en een O&O-fonds, ESF+, Stap en STAP.",
        "café CAFÉ cafe\u{301} Cafés KW \u{212A}W ARBEIDSMARKT1 arbeidsmarkt1 x X ab a b",
        "mbo\u{301} bbl\u{301} \u{301}bbl Mbo mBO ESF ESF++ O&O&O",
        "",
    ])
    func termsFoundByTheirBytesAreThoseOfTheWords(text: String) {
        let blocks: [Block] = [.paragraph([.text(text)]), .table(Table(header: ["KW"], rows: [[text]]))]
        let terms = Self.wider.map(\.term)
        let lengths = terms.flatMap { [$0.utf8.count, $0.uppercased().utf8.count] }
        let words = AbbreviationList.words(in: blocks, lengths: lengths.min()!...lengths.max()!)
        let expected = Set(terms.indices.filter { index in
            let term = terms[index]
            let isLowercase = term == term.lowercased() && term != term.uppercased()
            return words.contains(term) || (isLowercase && words.contains(term.uppercased()))
        })
        #expect(TermFinder(Self.wider).found(in: blocks) == expected)
    }

    /// A found term of each kind, so the comparison above is not between two empty sets.
    @Test func termsOfEveryKindAreFound() {
        let text = "CAFÉ en Cafés, \u{212A}W, KW, ARBEIDSMARKT1 en MBO"
        let found = TermFinder(Self.wider).found(in: [.paragraph([.text(text)])])
        #expect(found.map { Self.wider[$0].term }.sorted() == ["Cafe\u{301}s", "arbeidsmarkt1", "café", "mbo", "\u{212A}W"].sorted())
    }
}
