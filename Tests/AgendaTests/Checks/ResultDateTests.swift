import Diagnostics
import TestSupport
import Testing
@testable import Agenda

/// Every result's target date is checked against the execution period, at its own `streefdatum`
/// (MJA122), whether or not the theme has another complete result.
@Suite(.timed) struct ResultDateTests {
    func diagnostics(_ text: String, language: Language = .dutch) throws -> [Diagnostic] {
        let fixture = try AgendaFixture(["am05-twente.toml": text])
        defer { fixture.remove() }
        return fixture.check(language: language)
    }

    static let secondResult = """
        [[thema.resultaat]]
        omschrijving = "Afgeronde trajecten"
        indicator = "Aantal diploma's"
        eenheid = "personen"
        streefwaarde = 40
        streefdatum = 2028-09-01

        [[thema.actie]]
        """

    @Test func aSecondResultOutsideThePeriodIsReportedAtItsDate() throws {
        let found = try diagnostics(Sample.twente(replacing: "[[thema.actie]]", with: Self.secondResult))
        #expect(found.map(\.located) == ["MJA122 65:15"])
        #expect(found.first?.message
            == "streefdatum 2028-09-01 van resultaat 'Afgeronde trajecten' (thema 'Instroom in de zorg') valt buiten de uitvoeringsperiode 2026-2027")
        #expect(found.first?.severity == .warning)
        #expect(found.first?.hint?.contains("kies een streefdatum in 2026-2027") == true)
    }

    @Test func theOnlyResultOutsideThePeriodIsReportedAtItsDateToo() throws {
        let found = try diagnostics(Sample.twente(replacing: "streefdatum = 2027-09-01", with: "streefdatum = 2025-12-31"),
                                    language: .english)
        #expect(found.map(\.located) == ["MJA104 38:1", "MJA122 58:15"])
        #expect(found.last?.message == "target date 2025-12-31 of result 'Gestarte trajecten' (theme 'Instroom in de zorg') is outside the execution period 2026-2027")
    }

    @Test func resultsInsideThePeriodPass() throws {
        let found = try diagnostics(Sample.twente(replacing: "[[thema.actie]]",
                                                  with: Self.secondResult.replacingOccurrences(of: "2028-09-01", with: "2027-12-31")))
        #expect(found.isEmpty, "\(found.map(\.located))")
    }
}
