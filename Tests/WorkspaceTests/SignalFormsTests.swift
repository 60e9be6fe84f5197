import Foundation
import TestSupport
import Testing
@testable import Workspace

/// The signal forms of `mja server`: a region's own signals (edit, add, remove after a question) and
/// the national answer that only `beraad` records, in any region's file, and nothing else there.
@Suite(.timed, .serialized) struct SignalFormsTests {
    /// A signal of each regional agenda of the fixture.
    static let signals = ["am05": "grensarbeid-diplomas", "am13": "kinderopvang-utrecht"]

    /// The region's own forms of a signal of agenda `id`.
    static func ownForms(_ id: String) -> [String] {
        let signal = signals[id]!
        return ["/agenda/\(id)/formulier/signaal/\(signal)", "/agenda/\(id)/formulier/signaal-nieuw", "/agenda/\(id)/formulier/signaal/\(signal)/verwijderen"]
    }

    static func answerForm(_ id: String) -> String { "/agenda/\(id)/formulier/signaal/\(signals[id]!)/antwoord" }

    @Test func theSignalAddressesReadBackAndNothingElseFits() throws {
        let routes: [FormRoute] = [.signal("zorg-bbl-plaatsen"), .newSignal, .removeSignal("a_1"), .signalAnswer("x")]
        for route in routes {
            let segments = route.path("am05").split(separator: "/").dropFirst(3).map(String.init)
            #expect(FormRoute(segments) == route, "\(route.path("am05"))")
        }
        for bad in [["signaal", "Hoofdletter"], ["signaal", ".."], ["signaal", "x", "antwoorden"], ["signaal"], ["signaal", "x", "antwoord", "y"]] {
            #expect(FormRoute(bad) == nil, "\(bad)")
        }
        let fixture = try WorkspaceFixture()
        defer { fixture.remove() }
        let harness = try SiteHarness(fixture: fixture)
        let beraad = harness.session("beraad")
        #expect(harness.ask("GET", "/agenda/am13/formulier/signaal/bestaat-niet/antwoord", session: beraad).status.code == 404)
        #expect(harness.ask("GET", "/agenda/am13/formulier/signaal/..%2fam05/antwoord", session: beraad).status.code == 404)
        #expect(harness.ask("POST", "/signalen/antwoorden", session: beraad, form: []).status.code == 405)
        // The forms' script is a file anyone may fetch (no secret in it), as /werkruimte.js.
        let script = harness.ask("GET", "/formulieren.js")
        #expect(script.status.code == 200 && script.type == "text/javascript; charset=utf-8")
        #expect(script.text.contains("data-zoeken") && !script.text.contains("eval("))
    }

    @Test func everySignalRouteWithEveryRole() throws {
        let fixture = try WorkspaceFixture()
        defer { fixture.remove() }
        let harness = try SiteHarness(fixture: fixture)
        let store = harness.site.store
        try harness.expectEveryRole(agendas: ["am05", "am13"]) { who, id in
            // The region's forms: its own programme manager only (beraad edits no region's signal).
            // The answer: beraad only, for every region; Twente may not answer its own signals.
            Self.ownForms(id).map { ($0, who == .twente && id == "am05") } + [(Self.answerForm(id), who == .beraad)]
        }
        for who in AuthorisationTests.Who.allCases {
            let session = harness.session(who == .nobody ? nil : who.rawValue)
            let list = harness.ask("GET", "/signalen/antwoorden", session: session)
            #expect(list.status.code == (who == .nobody ? 303 : who == .beraad ? 200 : 403), "\(who) GET /signalen/antwoorden: \(list.status.code)")
        }
        // Without the token or from another origin, beraad's answer does not get through either.
        let beraad = harness.session("beraad")
        let version = try store.read(try #require(store.agenda("am13"))).version
        let answer = [("basisversie", version), ("status", "opgelost"), ("knop", "opslaan")]
        #expect(harness.ask("POST", Self.answerForm("am13"), session: beraad, form: answer, csrf: false).status.code == 403)
        #expect(harness.ask("POST", Self.answerForm("am13"), session: beraad, form: answer, origin: "http://elders.example").status.code == 403)
        #expect(harness.ask("POST", Self.answerForm("am13"), session: beraad, form: answer, origin: nil).status.code == 403)
        #expect(try fixture.run(["status", "--porcelain"]) == "")
        #expect(try fixture.run(["rev-list", "--count", "HEAD"]) == "1\n")
    }

    @Test func theAnswerChangesOnlyStatusAndAnswerAndTheReportShowsIt() throws {
        let fixture = try WorkspaceFixture()
        defer { fixture.remove() }
        let harness = try SiteHarness(fixture: fixture)
        let session = harness.session("beraad")
        let list = harness.ask("GET", "/signalen/antwoorden", session: session)
        #expect(list.text.contains("href=\"\(Self.answerForm("am13"))\""))
        #expect(harness.ask("GET", "/", session: session).text.contains("href=\"/signalen/antwoorden\""))
        #expect(harness.ask("GET", "/agenda/am13", session: session).text.contains("href=\"\(Self.answerForm("am13"))\""))
        let page = harness.ask("GET", Self.answerForm("am13"), session: session)
        #expect(page.status.code == 200)
        #expect(page.text.contains("Wachtlijsten in de kinderopvang houden ouders in kleine deeltijdbanen"))
        // The region by its name from the registry, with its code; in the list of signals too.
        #expect(page.text.contains("<dt>Regio</dt><dd>Midden-Utrecht (AM13)</dd>"), "\(page.text)")
        #expect(list.text.contains("<tr><td>Midden-Utrecht (AM13)</td>"), "\(list.text)")
        // A status the format does not know is the check's error at the status field; nothing saved.
        let unknown = harness.ask("POST", Self.answerForm("am13"), session: session, form: FormsTests.fields(of: page, changing: [("status", "afgehandeld"), ("knop", "opslaan")]))
        #expect(unknown.status.code == 422)
        #expect(unknown.text.contains("id=\"veld-status\" name=\"status\" aria-invalid=\"true\""), "\(unknown.text)")
        #expect(try fixture.run(["rev-list", "--count", "HEAD"]) == "1\n")
        // A field of the region's sent along (a forged form) is not written: the answer form writes two keys.
        let saved = harness.ask("POST", Self.answerForm("am13"), session: session, form: FormsTests.fields(of: page, changing: [
            ("status", "geagendeerd"), ("antwoord", "Geagendeerd voor het Landelijk Beraad van september."),
            ("titel", "Een andere titel"), ("urgentie", "laag"), ("knop", "opslaan"),
        ]))
        #expect(saved.status.code == 303, "\(saved.text)")
        #expect(saved.header("Location")?.hasPrefix(Self.answerForm("am13") + "?opgeslagen=") == true)
        #expect(try FormsTests.lastDiff(fixture) == """
            -status = "nieuw"
            +status = "geagendeerd"
            +antwoord = "Geagendeerd voor het Landelijk Beraad van september."
            """)
        #expect(try fixture.run(["log", "-1", "--format=%an|%s"])
            == "Bart Beraad|am13-midden-utrecht: antwoord op signaal 'kinderopvang-utrecht' (geagendeerd) (formulier, Bart Beraad)\n")
        #expect(try fixture.run(["rev-list", "--count", "HEAD"]) == "2\n")
        // The signal report (mja signalen, as the server makes it) shows the answer.
        let report = String(decoding: try #require(harness.site.maker.signalReport().html), as: UTF8.self)
        #expect(report.contains("Geagendeerd voor het Landelijk Beraad van september."))
        // Emptying both removes both keys again: back to the file as it was, but for status.
        let again = harness.ask("GET", Self.answerForm("am13"), session: session)
        #expect(again.text.contains("Geagendeerd voor het Landelijk Beraad van september.</textarea>"))
        let cleared = harness.ask("POST", Self.answerForm("am13"), session: session, form: FormsTests.fields(of: again, changing: [
            ("status", ""), ("antwoord", ""), ("knop", "opslaan"),
        ]))
        #expect(cleared.status.code == 303, "\(cleared.text)")
        #expect(try FormsTests.lastDiff(fixture) == """
            -status = "geagendeerd"
            -antwoord = "Geagendeerd voor het Landelijk Beraad van september."
            """)
    }

    @Test func aSignalAddedIsOneNewBlock() throws {
        let fixture = try WorkspaceFixture()
        defer { fixture.remove() }
        let harness = try SiteHarness(fixture: fixture)
        let session = harness.session("twente")
        let page = harness.ask("GET", "/agenda/am05/formulier/signaal-nieuw", session: session)
        #expect(page.status.code == 200)
        #expect(!page.text.contains("name=\"status\"") && !page.text.contains("name=\"antwoord\""))
        let made = harness.ask("POST", "/agenda/am05/formulier/signaal-nieuw", session: session, form: FormsTests.fields(of: page, changing: [
            ("id", "grenspendel-ov"), ("titel", "Grenspendelaars kunnen niet met het ov naar hun werk"), ("datum", "3-6-2026"),
            ("soort", "knelpunt"), ("beschrijving", "Er rijdt geen vroege bus over de grens."), ("opgave", "economisch"),
            ("sectoren.techniek", "ja"), ("landelijke_themas.lt3-mobiliteit", "ja"), ("urgentie", "middel"), ("vraag", "agenderen"),
            ("status", "opgelost"), ("knop", "opslaan"),
        ]))
        #expect(made.status.code == 303, "\(made.text)")
        #expect(made.header("Location")?.hasPrefix("/agenda/am05/formulier/signaal/grenspendel-ov?opgeslagen=") == true)
        // The status sent along is not the region's to write: the new signal has none (it counts as nieuw).
        #expect(try FormsTests.lastDiff(fixture) == """
            +
            +[[signaal]]
            +id = "grenspendel-ov"
            +datum = 2026-06-03
            +soort = "knelpunt"
            +titel = "Grenspendelaars kunnen niet met het ov naar hun werk"
            +beschrijving = "Er rijdt geen vroege bus over de grens."
            +opgave = "economisch"
            +sectoren = ["techniek"]
            +landelijke_themas = ["lt3-mobiliteit"]
            +urgentie = "middel"
            +vraag = "agenderen"
            """)
        #expect(try fixture.run(["log", "-1", "--format=%s"]) == "am05-twente: signaal 'grenspendel-ov' toegevoegd (formulier, Tineke Twente)\n")
    }

    @Test func theRegionEditsItsSignalAndTheAnswerStays() throws {
        let fixture = try WorkspaceFixture()
        defer { fixture.remove() }
        let harness = try SiteHarness(fixture: fixture)
        let session = harness.session("twente")
        let address = "/agenda/am05/formulier/signaal/grensarbeid-diplomas"
        let page = harness.ask("GET", address, session: session)
        #expect(page.text.contains("Geagendeerd voor het Landelijk Beraad van juni"))
        #expect(page.field("datum") == "2026-03-05")
        let saved = harness.ask("POST", address, session: session, form: FormsTests.fields(of: page, changing: [
            ("urgentie", "hoog"), ("antwoord", "Door de regio zelf beantwoord"), ("status", "opgelost"), ("knop", "opslaan"),
        ]))
        #expect(saved.status.code == 303, "\(saved.text)")
        #expect(try FormsTests.lastDiff(fixture) == """
            -urgentie = "middel"
            +urgentie = "hoog"
            """)
    }

    @Test func aBadDateAndAMissingKindAreRefusedAtTheirFields() throws {
        let fixture = try WorkspaceFixture()
        defer { fixture.remove() }
        let harness = try SiteHarness(fixture: fixture)
        let session = harness.session("twente")
        let address = "/agenda/am05/formulier/signaal/grensarbeid-diplomas"
        let page = harness.ask("GET", address, session: session)
        let refused = harness.ask("POST", address, session: session, form: FormsTests.fields(of: page, changing: [
            ("datum", "31-02-2026"), ("soort", ""), ("knop", "opslaan"),
        ]))
        #expect(refused.status.code == 422)
        #expect(refused.text.contains("name=\"datum\" value=\"31-02-2026\" aria-invalid=\"true\" aria-describedby=\"veld-datum-uitleg veld-datum-fout\""), "\(refused.text)")
        #expect(refused.text.contains("&#39;31-02-2026&#39; is geen datum"))
        #expect(refused.text.contains("id=\"veld-soort\" name=\"soort\" aria-invalid=\"true\""))
        // A national theme that does not exist is the check's error (MJA207), shown at its field.
        let unknown = harness.ask("POST", address, session: session, form: FormsTests.fields(of: page, changing: [
            ("landelijke_themas.lt9-bestaat-niet", "ja"), ("knop", "opslaan"),
        ]))
        #expect(unknown.status.code == 422)
        #expect(unknown.text.contains("veld-landelijke_themas-fout"), "\(unknown.text)")
        #expect(try fixture.run(["rev-list", "--count", "HEAD"]) == "1\n")
    }

    @Test func removedOnlyAfterTheQuestionAndNotWhileCited() throws {
        let fixture = try WorkspaceFixture()
        defer { fixture.remove() }
        let harness = try SiteHarness(fixture: fixture)
        let session = harness.session("twente")
        let store = harness.site.store
        // werkcentrum-loket is named by a theme of the national agenda (AM05/werkcentrum-loket), not by Twente itself.
        let cited = "/agenda/am05/formulier/signaal/werkcentrum-loket/verwijderen"
        let question = harness.ask("GET", cited, session: session)
        #expect(question.status.code == 200)
        #expect(question.text.contains("Ja, verwijderen"))
        #expect(try fixture.run(["rev-list", "--count", "HEAD"]) == "1\n")
        let version = try store.read(try #require(store.agenda("am05"))).version
        let refused = harness.ask("POST", cited, session: session, form: [("basisversie", version), ("knop", "verwijderen")])
        #expect(refused.status.code == 422)
        #expect(refused.text.contains("verwijst ernaar als AM05/werkcentrum-loket"), "\(refused.text)")
        // No button to try the same removal again: the national agenda's reference goes first, by its owner.
        FormsElsewhereTests.expectNoWayToTryAgain(refused, address: cited, back: "/agenda/am05/formulier/signaal/werkcentrum-loket", backWords: "Terug naar het signaal")
        #expect(refused.text.contains("Verwijder eerst de verwijzingen in <a href=\"/agenda/lmja/bewerken\">regions/lmja.toml</a>"), "\(refused.text)")
        #expect(refused.text.contains("vraag het dan de eigenaar ervan"))
        #expect(try fixture.run(["rev-list", "--count", "HEAD"]) == "1\n")
        // A signal no other agenda names goes, as one block, after the question.
        let made = harness.ask("POST", "/agenda/am05/formulier/signaal-nieuw", session: session, form: FormsTests.fields(of: harness.ask("GET", "/agenda/am05/formulier/signaal-nieuw", session: session), changing: [
            ("id", "los"), ("titel", "Een los signaal"), ("datum", "2026-05-01"), ("soort", "kans"), ("urgentie", "laag"), ("vraag", "opschalen"), ("knop", "opslaan"),
        ]))
        #expect(made.status.code == 303, "\(made.text)")
        let before = fixture.text("regions/am05-twente.toml")
        let after = try store.read(try #require(store.agenda("am05"))).version
        let removed = harness.ask("POST", "/agenda/am05/formulier/signaal/los/verwijderen", session: session, form: [("basisversie", after), ("knop", "verwijderen")])
        #expect(removed.status.code == 303, "\(removed.text)")
        #expect(fixture.text("regions/am05-twente.toml") != before)
        #expect(!fixture.text("regions/am05-twente.toml").contains("id = \"los\""))
        #expect(try fixture.run(["log", "-1", "--format=%s"]) == "am05-twente: signaal 'los' verwijderd (formulier, Tineke Twente)\n")
    }
}
