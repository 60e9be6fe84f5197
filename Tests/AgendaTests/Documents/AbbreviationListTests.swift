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
}
