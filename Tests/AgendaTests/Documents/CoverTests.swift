import Documents
import TestSupport
import Testing
@testable import Agenda

/// The cover says what a board needs: concept or adopted, by whom and when, and the region's name.
@Suite(.timed) struct CoverTests {
    static func policyPart(_ agendaText: String) throws -> String {
        let document = try HostileProseTests.document(.policy, of: agendaText)
        return MarkdownWriter().render(document.cover)
    }

    @Test func aConceptShowsNoAdoptionLine() throws {
        let text = Sample.twente(replacing: "status = \"concept\"", with: "status = \"concept\"\nvastgesteld_door = \"Regionaal Beraad Twente\"")
        let cover = try Self.policyPart(text)
        #expect(cover.contains("**Status:** concept, nog niet vastgesteld"))
        #expect(!cover.contains("Regionaal Beraad Twente"), "a concept names nobody who adopted it")
        #expect(cover.contains("Twente, centrumgemeente") && !cover.contains("AM05"))
    }

    @Test func anAdoptedAgendaSaysByWhomAndWhen() throws {
        let text = Sample.twente(replacing: "status = \"concept\"",
                                 with: "status = \"vastgesteld\"\nvastgesteld_door = \"Regionaal Beraad Twente\"\nvastgesteld_op = 2026-02-12")
        let cover = try Self.policyPart(text)
        #expect(cover.contains("**Status:** vastgesteld door Regionaal Beraad Twente op 12 februari 2026"), "\(cover)")
    }
}
