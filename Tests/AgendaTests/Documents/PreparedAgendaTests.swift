import Documents
import TestSupport
import Testing
@testable import Agenda

/// An agenda's parts and deck made from one ``PreparedAgenda``: its context is made once for the
/// four, and the documents are those each would be when made on its own.
@Suite(.timed) struct PreparedAgendaTests {
    static func builder() throws -> (AgendaDocumentBuilder, Agenda) {
        let fixture = try AgendaFixture(["am05-twente.toml": Sample.twente])
        defer { fixture.remove() }
        let workspace = fixture.load()
        let agenda = try #require(workspace.agendas.first)
        return (AgendaDocumentBuilder(templates: try DocumentGoldenTests.library(), workspace: workspace), agenda)
    }

    @Test func sharingTheContextMakesTheSameDocuments() throws {
        let (builder, agenda) = try Self.builder()
        let decks = AgendaDeckBuilder(documents: builder)
        let prepared = builder.prepare(agenda)
        for part in AgendaDocumentBuilder.Part.allCases {
            #expect(try builder.document(part, of: prepared) == builder.document(part, of: agenda), "\(part)")
        }
        #expect(try decks.document(of: prepared) == decks.document(of: agenda))
    }

    /// Every embedded value (prose, signs, figures) is made with the context, when the first
    /// document is: the documents after it add none, so they made no context of their own.
    @Test func theContextIsMadeOnceForTheFourDocuments() throws {
        let (builder, agenda) = try Self.builder()
        let prepared = builder.prepare(agenda)
        #expect(prepared.embeddings.contents.isEmpty)
        _ = try builder.document(.execution, of: prepared)
        let count = prepared.embeddings.contents.count
        #expect(count > 0)
        _ = try builder.document(.policy, of: prepared)
        _ = try builder.document(.publicSummary, of: prepared)
        _ = try AgendaDeckBuilder(documents: builder).document(of: prepared)
        #expect(prepared.embeddings.contents.count == count)
    }
}
