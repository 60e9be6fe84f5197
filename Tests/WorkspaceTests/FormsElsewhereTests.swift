import Foundation
import TestSupport
import Testing
@testable import Workspace

/// A form's save is checked against the whole workspace, not the edited file alone: an edit that
/// gives another agenda a new error (a national theme removed that regional themes name) is
/// refused, naming that agenda's file and line, and nothing is saved.
@Suite(.timed, .serialized) struct FormsElsewhereTests {
    @Test func removingANationalThemeThatRegionsNameIsRefused() throws {
        let fixture = try WorkspaceFixture()
        defer { fixture.remove() }
        let harness = try SiteHarness(fixture: fixture)
        let session = harness.session("beraad")
        let address = "/agenda/lmja/formulier/thema/lt3-mobiliteit/verwijderen"
        let question = harness.ask("GET", address, session: session)
        #expect(question.status.code == 200)
        let version = try #require(question.field("basisversie"))
        for button in ["controleren", "verwijderen"] {
            let refused = harness.ask("POST", address, session: session, form: [("basisversie", version), ("knop", button)])
            #expect(refused.status.code == 422, "\(button): \(refused.status.code)")
            #expect(refused.text.contains("Niets verwijderd: met deze wijziging krijgt een andere agenda een fout die mja check daar meldt."), "\(refused.text)")
            Self.expectNoWayToTryAgain(refused, address: address, back: "/agenda/lmja/formulier/thema/lt3-mobiliteit", backWords: "Terug naar het thema")
            // What to do first: the references in the two regions' agendas, each linked to its text.
            #expect(refused.text.contains("Verwijder eerst de verwijzingen in <a href=\"/agenda/am05/bewerken\">regions/am05-twente.toml</a> en "
                + "<a href=\"/agenda/am13/bewerken\">regions/am13-midden-utrecht.toml</a>"), "\(refused.text)")
            #expect(refused.text.contains("vraag het dan de eigenaar ervan"), "beraad may not edit the regions' agendas")
            // One item per message, then each file where it stands once, with its lines linked to them.
            #expect(refused.text.contains("<li>Landelijk thema &#39;lt3-mobiliteit&#39; bestaat niet (tip: regions/lmja.toml noemt de landelijke thema&#39;s) [MJA016]:<ul>"
                + "<li>regions/am05-twente.toml: <a href=\"/agenda/am05/bewerken#regel-105\">regel 105</a>, "), "\(refused.text)")
            #expect(refused.text.contains("<li>regions/am13-midden-utrecht.toml: <a href=\"/agenda/am13/bewerken#regel-98\">regel 98</a>"), "\(refused.text)")
            #expect(refused.text.components(separatedBy: "<li>regions/am05-twente.toml: ").count == 2, "the file named once")
        }
        #expect(fixture.text("regions/lmja.toml").contains("id = \"lt3-mobiliteit\""))
        #expect(try fixture.run(["rev-list", "--count", "HEAD"]) == "1\n")
        #expect(try fixture.run(["status", "--porcelain"]) == "")
    }

    /// The refused removal with every role: only `beraad` reaches the refused page (422), the others
    /// are refused before it (403, signed out: to the sign-in); nothing is saved for anyone.
    @Test func theRefusedRemovalWithEveryRole() throws {
        let fixture = try WorkspaceFixture()
        defer { fixture.remove() }
        let harness = try SiteHarness(fixture: fixture)
        let address = "/agenda/lmja/formulier/thema/lt3-mobiliteit/verwijderen"
        try harness.expectEveryRole(agendas: ["lmja"]) { who, _ in [(address, who == .beraad)] }
        let session = harness.session("beraad")
        let version = try #require(harness.ask("GET", address, session: session).field("basisversie"))
        #expect(harness.ask("POST", address, session: session, form: [("basisversie", version), ("knop", "verwijderen")]).status.code == 422)
        #expect(try fixture.run(["rev-list", "--count", "HEAD"]) == "1\n")
    }

    /// A removal refused by the agenda itself (its own theme cites the signal; no other agenda does
    /// once the national agenda's citation is gone): the same page, with what to do in this agenda.
    @Test func aRemovalTheAgendaItselfRefusesHasNoButtonEither() throws {
        let fixture = try WorkspaceFixture()
        defer { fixture.remove() }
        let national = fixture.text("regions/lmja.toml")
        try national.replacingOccurrences(of: "    \"AM05/grensarbeid-diplomas\",\n", with: "")
            .write(toFile: fixture.folder + "/regions/lmja.toml", atomically: true, encoding: .utf8)
        try fixture.run(["-c", "user.name=Opzet", "-c", "user.email=opzet@test.invalid", "commit", "--quiet", "-am", "Zonder verwijzing"])
        let harness = try SiteHarness(fixture: fixture)
        let session = harness.session("twente")
        let address = "/agenda/am05/formulier/signaal/grensarbeid-diplomas/verwijderen"
        let version = try #require(harness.ask("GET", address, session: session).field("basisversie"))
        let refused = harness.ask("POST", address, session: session, form: [("basisversie", version), ("knop", "verwijderen")])
        #expect(refused.status.code == 422)
        #expect(refused.text.contains("Niets verwijderd: zo zou de agenda fouten krijgen die mja check meldt.<ul><li>Signaal &#39;grensarbeid-diplomas&#39; bestaat niet"), "\(refused.text)")
        Self.expectNoWayToTryAgain(refused, address: address, back: "/agenda/am05/formulier/signaal/grensarbeid-diplomas", backWords: "Terug naar het signaal")
        #expect(refused.text.contains("Haal eerst weg wat in deze agenda naar dit onderdeel verwijst"))
        #expect(try fixture.run(["rev-list", "--count", "HEAD"]) == "2\n")
    }

    /// A refused removal's page: no form and no button that would send the same removal again (only
    /// the sign-out form of the page's head), the way back to what was to be removed.
    static func expectNoWayToTryAgain(_ refused: Response, address: String, back: String, backWords: String,
                                      sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(refused.text.contains("<h1>Verwijderen kan nu niet</h1>"), "\(refused.text)", sourceLocation: sourceLocation)
        #expect(!refused.text.contains("value=\"verwijderen\""), sourceLocation: sourceLocation)
        #expect(!refused.text.contains("action=\"\(address)\""), sourceLocation: sourceLocation)
        #expect(refused.text.components(separatedBy: "<form").count == 2 && refused.text.contains("<form class=\"afmelden\""), sourceLocation: sourceLocation)
        #expect(refused.text.components(separatedBy: "<button").count == 2, "only the sign-out button", sourceLocation: sourceLocation)
        #expect(refused.text.contains("<a class=\"knop\" href=\"\(back)\">\(backWords)</a>"), "\(refused.text)", sourceLocation: sourceLocation)
    }

    /// A national theme no region names goes, as before: the check elsewhere finds nothing new.
    @Test func removingANationalThemeNoRegionNamesIsSaved() throws {
        let fixture = try WorkspaceFixture()
        defer { fixture.remove() }
        let harness = try SiteHarness(fixture: fixture)
        let session = harness.session("beraad")
        let regional = fixture.text("regions/am05-twente.toml") + fixture.text("regions/am13-midden-utrecht.toml")
        let unnamed = "lt1-doelgroepen"
        #expect(!regional.contains(unnamed))
        let address = "/agenda/lmja/formulier/thema/\(unnamed)/verwijderen"
        let question = harness.ask("GET", address, session: session)
        let removed = harness.ask("POST", address, session: session, form: [("basisversie", question.field("basisversie") ?? ""), ("knop", "verwijderen")])
        #expect(removed.status.code == 303, "\(unnamed): \(removed.text)")
        #expect(try fixture.run(["rev-list", "--count", "HEAD"]) == "2\n")
    }
}
