import Documents
import Testing
@testable import Agenda

@Suite struct AbbreviationListTests {
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
}
