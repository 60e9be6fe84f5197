import TestSupport
import Testing
@testable import Agenda

/// Every counted phrase the documents print (``DutchPhrases``), read with 0, 1, 2 and many.
@Suite(.timed) struct DutchPhrasesTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let id: String
        let phrase: @Sendable (Int) -> String
        let expected: [String]  // for 0, 1, 2 and 7
        var testDescription: String { id }
    }

    static let counts = [0, 1, 2, 7]

    static let cases: [Case] = [
        Case(id: "signals", phrase: DutchPhrases.signals, expected: ["geen signalen", "1 signaal", "2 signalen", "7 signalen"]),
        Case(id: "regions", phrase: DutchPhrases.regions, expected: ["geen regio's", "1 regio", "2 regio's", "7 regio's"]),
        Case(id: "actions", phrase: DutchPhrases.actions, expected: ["geen acties", "1 actie", "2 acties", "7 acties"]),
        Case(id: "agendas", phrase: DutchPhrases.agendas, expected: ["geen agenda's", "1 agenda", "2 agenda's", "7 agenda's"]),
        Case(id: "measurements", phrase: DutchPhrases.measurements, expected: ["geen metingen", "1 meting", "2 metingen", "7 metingen"]),
        Case(id: "themes", phrase: DutchPhrases.themes, expected: ["geen thema's", "1 thema", "2 thema's", "7 thema's"]),
        Case(id: "nationalThemes", phrase: DutchPhrases.nationalThemes,
             expected: ["geen landelijke thema's", "1 landelijk thema", "2 landelijke thema's", "7 landelijke thema's"]),
        Case(id: "sectors", phrase: DutchPhrases.sectors, expected: ["geen sectoren", "1 sector", "2 sectoren", "7 sectoren"]),
        Case(id: "targetGroups", phrase: DutchPhrases.targetGroups, expected: ["geen doelgroepen", "1 doelgroep", "2 doelgroepen", "7 doelgroepen"]),
        Case(id: "possibleNewThemes", phrase: DutchPhrases.possibleNewThemes,
             expected: ["geen mogelijke nieuwe thema's", "1 mogelijk nieuw thema", "2 mogelijke nieuwe thema's", "7 mogelijke nieuwe thema's"]),
        Case(id: "tasks", phrase: DutchPhrases.tasks, expected: ["geen opgaven", "1 opgave", "2 opgaven", "7 opgaven"]),
        Case(id: "kinds", phrase: DutchPhrases.kinds, expected: ["geen soorten", "1 soort", "2 soorten", "7 soorten"]),
        Case(id: "urgencies", phrase: DutchPhrases.urgencies, expected: ["geen urgenties", "1 urgentie", "2 urgenties", "7 urgenties"]),
        Case(id: "broadly shared kinds", phrase: { n in DutchPhrases.broadlySharedKinds([(.nationalTheme, n), (.sector, 1), (.targetGroup, n)]) }, expected: [
            "1 sector", "1 landelijk thema, 1 sector en 1 doelgroep",
            "2 landelijke thema's, 1 sector en 2 doelgroepen", "7 landelijke thema's, 1 sector en 7 doelgroepen",
        ]),
        Case(id: "signal sources", phrase: { n in DutchPhrases.signalSources(files: (0..<n).map { "b\($0).csv" }) }, expected: [
            "De signalen komen uit de regionale agenda's.", "De signalen komen uit de regionale agenda's en uit b0.csv.",
            "De signalen komen uit de regionale agenda's en uit b0.csv en b1.csv.",
            "De signalen komen uit de regionale agenda's en uit b0.csv, b1.csv, b2.csv, b3.csv, b4.csv, b5.csv en b6.csv.",
        ]),
        Case(id: "themesThatMeet", phrase: DutchPhrases.themesThatMeet, expected: [
            "geen thema dat aan de zes afwegingen voldoet", "het thema dat aan de zes afwegingen voldoet",
            "de 2 thema's die aan de zes afwegingen voldoen", "de 7 thema's die aan de zes afwegingen voldoen",
        ]),
        Case(id: "meetingThemes", phrase: DutchPhrases.meetingThemes, expected: [
            "geen thema dat voldoet", "het thema dat voldoet", "de 2 thema's die voldoen", "de 7 thema's die voldoen",
        ]),
        Case(id: "thatFallShort", phrase: DutchPhrases.thatFallShort, expected: [
            "die nog niet aan alle zes afwegingen voldoen", "dat nog niet aan alle zes afwegingen voldoet",
            "die nog niet aan alle zes afwegingen voldoen", "die nog niet aan alle zes afwegingen voldoen",
        ]),
        Case(id: "owners", phrase: DutchPhrases.owners, expected: ["hun trekkers", "de trekker", "hun trekkers", "hun trekkers"]),
        Case(id: "theThemes", phrase: DutchPhrases.theThemes, expected: ["de thema's", "het thema", "de thema's", "de thema's"]),
        Case(id: "broadlyShared", phrase: DutchPhrases.broadlyShared, expected: [
            "Geen onderwerp is breed gedragen", "1 onderwerp is breed gedragen", "2 onderwerpen zijn breed gedragen",
            "7 onderwerpen zijn breed gedragen",
        ]),
        Case(id: "stillOpen", phrase: DutchPhrases.stillOpen, expected: [
            "Geen signaal staat nog open", "1 signaal staat nog open", "2 signalen staan nog open", "7 signalen staan nog open",
        ]),
        Case(id: "notYetAnswered", phrase: DutchPhrases.notYetAnswered, expected: [
            "Geen signaal is nog niet opgelost of teruggekoppeld", "1 signaal is nog niet opgelost of teruggekoppeld",
            "2 signalen zijn nog niet opgelost of teruggekoppeld", "7 signalen zijn nog niet opgelost of teruggekoppeld",
        ]),
        // Answered signals of a region with 7: none, one, two, all.
        Case(id: "answered of 7", phrase: { DutchPhrases.answered([0: 0, 1: 1, 2: 2, 7: 7][$0]!, of: 7) }, expected: [
            "Geen van de 7 signalen heeft een landelijk antwoord.", "1 van de 7 signalen heeft een landelijk antwoord.",
            "2 van de 7 signalen hebben een landelijk antwoord.", "Alle 7 signalen hebben een landelijk antwoord.",
        ]),
        // A region with 0, 1, 2 or 7 signals, of which one is answered (none when it has none).
        Case(id: "one answered", phrase: { DutchPhrases.answered(min(1, $0), of: $0) }, expected: [
            "Geen signaal heeft een landelijk antwoord.", "Het signaal heeft een landelijk antwoord.",
            "1 van de 2 signalen heeft een landelijk antwoord.", "1 van de 7 signalen heeft een landelijk antwoord.",
        ]),
        Case(id: "all answered", phrase: { DutchPhrases.answered($0, of: $0) }, expected: [
            "Geen signaal heeft een landelijk antwoord.", "Het signaal heeft een landelijk antwoord.",
            "Beide signalen hebben een landelijk antwoord.", "Alle 7 signalen hebben een landelijk antwoord.",
        ]),
        Case(id: "none answered", phrase: { DutchPhrases.answered(0, of: $0) }, expected: [
            "Geen signaal heeft een landelijk antwoord.", "Het signaal heeft nog geen landelijk antwoord.",
            "Geen van beide signalen heeft een landelijk antwoord.", "Geen van de 7 signalen heeft een landelijk antwoord.",
        ]),
        Case(id: "themes all meet", phrase: { DutchPhrases.themeVerdict(weak: [], of: $0) }, expected: [
            "Het uitvoeringsdeel heeft nog geen thema's.", "Het thema voldoet aan de zes afwegingen.",
            "Beide thema's voldoen aan de zes afwegingen.", "Alle 7 thema's voldoen aan de zes afwegingen.",
        ]),
        Case(id: "themes falling short of 7", phrase: { DutchPhrases.themeVerdict(weak: Array(["A", "B", "C", "D", "E", "F", "G"].prefix($0)), of: 7) }, expected: [
            "Alle 7 thema's voldoen aan de zes afwegingen.",
            "1 van de 7 thema's voldoet nog niet aan alle zes afwegingen: ‘A’.",
            "2 van de 7 thema's voldoen nog niet aan alle zes afwegingen: ‘A’ en ‘B’.",
            "Geen van de 7 thema's voldoet al aan alle zes afwegingen: ‘A’, ‘B’, ‘C’, ‘D’, ‘E’, ‘F’ en ‘G’.",
        ]),
        Case(id: "every theme falls short", phrase: { DutchPhrases.themeVerdict(weak: Array(["A", "B", "C", "D", "E", "F", "G"].prefix($0)), of: $0) }, expected: [
            "Het uitvoeringsdeel heeft nog geen thema's.", "Het thema voldoet nog niet aan alle zes afwegingen.",
            "Geen van beide thema's voldoet al aan alle zes afwegingen: ‘A’ en ‘B’.",
            "Geen van de 7 thema's voldoet al aan alle zes afwegingen: ‘A’, ‘B’, ‘C’, ‘D’, ‘E’, ‘F’ en ‘G’.",
        ]),
    ]

    @Test(arguments: cases)
    func readsRightWithZeroOneTwoAndMany(_ phrase: Case) {
        #expect(Self.counts.map(phrase.phrase) == phrase.expected)
    }

    /// The council's decision point when no theme meets the six criteria yet reads "geen van de 7
    /// thema's voldoet al", never "alle 7 thema's voldoen nog niet".
    @Test func whenNoThemeMeetsTheCriteriaYet() {
        #expect([1, 2, 7].map(DutchPhrases.noneMeetYet) == [
            "Het thema voldoet nog niet aan alle zes afwegingen",
            "Geen van beide thema's voldoet al aan alle zes afwegingen",
            "Geen van de 7 thema's voldoet al aan alle zes afwegingen",
        ])
    }
}
