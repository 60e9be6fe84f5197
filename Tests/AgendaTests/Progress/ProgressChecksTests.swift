import Diagnostics
import Foundation
import TestSupport
import Testing
@testable import Agenda

/// Each progress rule (MJA150-MJA156) fires on the one thing it is about, at the exact value.
@Suite(.timed) struct ProgressChecksTests {
    /// One case: the edits to the progress sample, the code, where it points (the text just before
    /// the value) and a part of the message.
    struct Case: Sendable, CustomTestStringConvertible {
        var id: String
        var edits: [(String, String)]
        var code: String
        var marker: String
        var occurrence = 1
        var message: String
        var testDescription: String { id }
    }

    static let cases: [Case] = [
        Case(id: "spending above the budget of a year and source",
             edits: [("bedrag = \"41250,75\"", "bedrag = \"60000,01\"")], code: "MJA150", marker: "bron = \"regiobudget\", bedrag = ",
             message: "actie 'Jobcoaches' heeft in 2026 € 60.000,01 uitgegeven uit Regiobudget, € 0,01 meer dan de begrote € 60.000"),
        Case(id: "spending from a source with no budget that year",
             edits: [("bron = \"regiobudget\", bedrag = \"41250,75\"", "bron = \"gemeente\", bedrag = \"41250,75\"")], code: "MJA150",
             marker: "bron = \"gemeente\", bedrag = ", message: "maar daar is in 2026 niets voor begroot"),
        Case(id: "spending in a year outside the execution period",
             edits: [("{ jaar = 2026, bron = \"regiobudget\", bedrag = \"41250,75\" }", "{ jaar = 2028, bron = \"regiobudget\", bedrag = \"41250,75\" }")],
             code: "MJA151", marker: "realisatie = [\n    { jaar = ", message: "realisatie in 2028 van actie 'Jobcoaches' valt buiten de uitvoeringsperiode 2026-2027"),
        Case(id: "a measurement before the execution period",
             edits: [("{ datum = 2026-06-30, waarde = 20 }", "{ datum = 2025-12-31, waarde = 20 }")], code: "MJA152",
             marker: "metingen = [\n    { datum = ", message: "meting van 2025-12-31 bij resultaat 'Gestarte trajecten' valt buiten de uitvoeringsperiode 2026-2027"),
        Case(id: "a measurement after the reference date",
             edits: [("{ datum = 2026-09-30, waarde = 31", "{ datum = 2026-10-02, waarde = 31")], code: "MJA153",
             marker: "    { datum = ", occurrence: 2, message: "meting van 2026-10-02 bij resultaat 'Gestarte trajecten' ligt na de peildatum 2026-10-01 van de agenda"),
        Case(id: "an action's reference date after the agenda's",
             edits: [("peildatum = 2026-10-01\nrealisatie", "peildatum = 2026-11-01\nrealisatie")], code: "MJA153",
             marker: "voortgang = 30\npeildatum = ", message: "de peildatum 2026-11-01 van actie 'Jobcoaches' ligt na de peildatum 2026-10-01 van de agenda"),
        Case(id: "progress 100 while running",
             edits: [("voortgang = 30", "voortgang = 100")], code: "MJA154", marker: "voortgang = ",
             message: "actie 'Jobcoaches' staat op voortgang 100 maar heeft status 'lopend', niet 'afgerond'"),
        Case(id: "finished below 100",
             edits: [("status = \"lopend\"", "status = \"afgerond\"")], code: "MJA154", marker: "voortgang = ",
             message: "actie 'Jobcoaches' is afgerond maar staat op voortgang 30, niet 100"),
        Case(id: "end date passed while running",
             edits: [("einde = 2027-12-31", "einde = 2026-06-30")], code: "MJA155", marker: "oplevering = \"Vier jobcoaches\"\nstatus = ",
             message: "vertraagd? de einddatum 2026-06-30 van actie 'Jobcoaches' is op de peildatum 2026-10-01 voorbij, maar de status is nog 'lopend'"),
        Case(id: "an indicator moving away from its target",
             edits: [("waarde = 31, bron", "waarde = 19, bron")], code: "MJA156", marker: "{ datum = 2026-09-30, waarde = ",
             message: "de indicator van resultaat 'Gestarte trajecten' beweegt van de streefwaarde 80 af: van 20 naar 19"),
        Case(id: "one measurement below the baseline",
             edits: [("    { datum = 2026-06-30, waarde = 20 },\n", ""), ("waarde = 31, bron", "waarde = 12.5, bron")], code: "MJA156",
             marker: "{ datum = 2026-09-30, waarde = ", message: "van 15 naar 12,5"),
    ]

    @Test(arguments: cases)
    func eachRuleFiresAtItsValue(_ test: Case) throws {
        let (text, found) = try ProgressSample.check(test.edits)
        let expected = "\(test.code) \(ProgressSample.position(after: test.marker, in: text, occurrence: test.occurrence))"
        #expect(found.map(\.located) == [expected])
        #expect(found.first?.message.contains(test.message) == true, "\(found.map(\.message))")
        #expect(found.first?.severity == RuleCatalogue.rule(test.code)?.severity)
        #expect(found.first?.hint != nil)
    }

    @Test func spendingAboveBudgetHasANoteAtTheBudgetLine() throws {
        let (text, found) = try ProgressSample.check([("bedrag = \"41250,75\"", "bedrag = 70000")])
        let note = try #require(found.first?.notes.first)
        #expect(note.message == "begroot: € 60.000")
        let range = try #require(note.range)
        #expect("\(range.start.line):\(range.start.column)" == ProgressSample.position(after: "bron = \"regiobudget\", bedrag = ", in: text, occurrence: 2))
    }

    @Test func spendingEqualToTheBudgetAndAStoppedActionPass() throws {
        let (_, found) = try ProgressSample.check([("bedrag = \"41250,75\"", "bedrag = 60000"), ("status = \"lopend\"", "status = \"gestopt\"")])
        #expect(found.map(\.located) == [])
    }

    @Test func theEndDateCheckNeedsAReferenceDate() throws {
        let (_, found) = try ProgressSample.check([
            ("einde = 2027-12-31", "einde = 2026-06-30"), ("peildatum = 2026-10-01\n", ""),
        ])
        #expect(found.map(\.code) == [])
    }

    @Test func theMessagesHaveEnglish() throws {
        let (_, found) = try ProgressSample.check([("voortgang = 30", "voortgang = 100")], language: .english)
        #expect(found.first?.message == "action 'Jobcoaches' is at progress 100 but has status 'lopend', not 'afgerond'")
    }
}
