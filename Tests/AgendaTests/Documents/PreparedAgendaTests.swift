import Documents
import Mustache
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

    /// `afterFilling` (where a build of a large workspace gives the context's memory back) is
    /// called once, when the templates are filled and the context is let go, before the first
    /// document is made from them; not again for the documents after it.
    @Test func afterFillingIsCalledOnceTheContextIsLetGo() throws {
        let (builder, agenda) = try Self.builder()
        let prepared = builder.prepare(agenda)
        var calls: [Bool] = []
        prepared.afterFilling = { [unowned prepared] in calls.append(prepared.holdsContext) }
        _ = try builder.document(.policy, of: prepared)
        #expect(calls == [false])
        _ = try builder.document(.execution, of: prepared)
        _ = try builder.document(.publicSummary, of: prepared)
        _ = try AgendaDeckBuilder(documents: builder).document(of: prepared)
        #expect(calls == [false])
    }

    /// The templates of every document the agenda is prepared for are filled when the first
    /// document is asked for, and the context is let go (issue 38: at 100 times the national
    /// content the national agenda's context, some 25 MB, was held while each document was laid
    /// out); the documents are those of a context made for each, in any order.
    @Test(arguments: [
        [AgendaDocumentBuilder.Part.policy, .execution, .publicSummary],
        [.publicSummary, .policy, .execution],
        [.execution],
    ]) func theContextIsLetGoOnceTheTemplatesAreFilled(order: [AgendaDocumentBuilder.Part]) throws {
        let (builder, agenda) = try Self.builder()
        let decks = AgendaDeckBuilder(documents: builder)
        let prepared = builder.prepare(agenda)
        #expect(!prepared.holdsContext)
        for part in order {
            #expect(try builder.document(part, of: prepared) == builder.document(part, of: agenda), "\(part)")
            #expect(!prepared.holdsContext, "\(part)")
        }
        #expect(try decks.document(of: prepared) == decks.document(of: agenda))
        #expect(!prepared.holdsContext)
    }

    /// A document asked for again, or one the agenda was not prepared for, is filled from the
    /// context made again: the same document.
    @Test func aDocumentAskedForAgainIsTheSame() throws {
        let (builder, agenda) = try Self.builder()
        let prepared = builder.prepare(agenda, parts: [.policy], deck: false)
        let policy = try builder.document(.policy, of: prepared)
        #expect(!prepared.holdsContext)
        #expect(try builder.document(.policy, of: prepared) == policy)
        #expect(try builder.document(.execution, of: prepared) == builder.document(.execution, of: agenda))
        #expect(prepared.holdsContext)
        #expect(try AgendaDeckBuilder(documents: builder).document(of: prepared)
            == AgendaDeckBuilder(documents: builder).document(of: agenda))
    }

    /// A template with a problem is filled with the others, and its problem is thrown when its
    /// document is asked for: the documents before it are made, as when each was filled alone.
    @Test func aProblemIsThrownWhenItsDocumentIsAskedFor() throws {
        let (shipped, agenda) = try Self.builder()
        var builder = shipped
        builder.templates.add(try Template(parsing: "# {{agenda.titel}}\n\n{{themaz}}\n", name: "uitvoeringsdeel"))
        let prepared = builder.prepare(agenda)
        #expect(try builder.document(.policy, of: prepared) == shipped.document(.policy, of: agenda))
        let error = try #require(throws: MustacheError.self) { try builder.document(.execution, of: prepared) }
        #expect(error.reason == .missingValue(name: "themaz"))
        #expect(error.suggestion == "themas")
        #expect(try builder.document(.publicSummary, of: prepared) == shipped.document(.publicSummary, of: agenda))
        #expect(try AgendaDeckBuilder(documents: builder).document(of: prepared)
            == AgendaDeckBuilder(documents: shipped).document(of: agenda))
    }

    /// The public summary reads the themes' descriptions as the context parsed them (issue 38:
    /// each was parsed a second time for its first sentence); the values are those of a parse of
    /// their own, and the summary still says something for each theme.
    @Test func thePublicSummaryReadsTheProseTheContextParsed() throws {
        let (builder, agenda) = try Self.builder()
        let prepared = builder.prepare(agenda)
        _ = prepared.context
        let shared = prepared.publicSummary
        #expect(shared == PublicSummaryContext(agenda: agenda, names: prepared.names, budget: prepared.budget).value())
        guard case .array(let themes)? = shared["themas"] else { Issue.record("\(shared)"); return }
        #expect(!themes.isEmpty && themes.allSatisfy { $0["zin"].map { !$0.text.isEmpty } == true })
    }

    /// A part made alone has a context of only the keys its template reads (issue 38: the public
    /// summary that `mja check` measures made every theme's signals and actions); the documents
    /// are those of the whole context (``sharingTheContextMakesTheSameDocuments()``).
    @Test func aPartMadeAloneMakesOnlyTheKeysItsTemplateReads() throws {
        let (builder, agenda) = try Self.builder()
        let keys = try #require(builder.templates.contextKeys(of: AgendaDocumentBuilder.Part.publicSummary.rawValue))
        #expect(keys.isSuperset(of: ["agenda", "samenvatting", "publiek"]) && !keys.contains("themas"))
        let lean = PreparedAgenda(agenda, assessor: builder.assessor, keptKeys: keys)
        let whole = builder.prepare(agenda)
        #expect(Set(lean.context.keys) == Set(whole.context.keys.filter { keys.contains($0) || $0 == "totaalrij" || $0 == "grafieken" }))
        #expect(whole.context.keys.contains("themas") && whole.context.keys.contains("signalen"))
        for part in AgendaDocumentBuilder.Part.allCases {
            let partKeys = try #require(builder.templates.contextKeys(of: part.rawValue))
            #expect(try builder.document(part, of: PreparedAgenda(agenda, assessor: builder.assessor, keptKeys: partKeys))
                == builder.document(part, of: builder.prepare(agenda)), "\(part)")
        }
    }

    /// A template with a misspelt name is filled again with the whole context: the problem names
    /// the closest key of all, as it did before parts were made alone.
    @Test func aProblemMadeAloneIsTheProblemOfTheWholeContext() throws {
        let (shipped, agenda) = try Self.builder()
        var builder = shipped
        builder.templates.add(try Template(parsing: "# {{agenda.titel}}\n\n{{themaz}}\n", name: "publieksversie"))
        #expect(builder.templates.contextKeys(of: "publieksversie") == ["agenda", "themaz"])
        let error = try #require(throws: MustacheError.self) { try builder.document(.publicSummary, of: agenda) }
        #expect(error.reason == .missingValue(name: "themaz"))
        #expect(error.suggestion == "themas")
    }
}
