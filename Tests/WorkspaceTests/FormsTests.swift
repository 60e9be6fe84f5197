import Foundation
import TestSupport
import Testing
@testable import Workspace

/// The forms of `mja server`: who may use them, what a save writes (the diff a careful person would
/// write), and what is refused at the field before anything is saved.
@Suite(.timed, .serialized) struct FormsTests {
    static let forms = [
        "/agenda/ID/formulier/opening", "/agenda/ID/formulier/thema-nieuw",
        "/agenda/ID/formulier/thema/THEMA", "/agenda/ID/formulier/thema/THEMA/actie-nieuw",
        "/agenda/ID/formulier/thema/THEMA/actie/ACTIE", "/agenda/ID/formulier/thema/THEMA/verwijderen",
        "/agenda/ID/formulier/thema/THEMA/actie/ACTIE/verwijderen",
    ]
    /// A theme and one of its actions in each agenda of the fixture.
    static let themes = ["am05": ("techniek-omscholing", "loopbaanscan"), "am13": ("zij-instroom-leraren", "werving-ww"), "lmja": ("lt1-doelgroepen", "kader-duale-trajecten")]

    /// The form addresses of agenda `id` with a theme and action it has.
    static func addresses(_ id: String) -> [String] {
        let (theme, action) = themes[id]!
        return forms.map { $0.replacingOccurrences(of: "ID", with: id).replacingOccurrences(of: "THEMA", with: theme).replacingOccurrences(of: "ACTIE", with: action) }
    }

    /// The diff of the last commit, without its header: what the save changed.
    static func lastDiff(_ fixture: WorkspaceFixture) throws -> String {
        try fixture.run(["show", "--format=", "-U0", "--no-color", "HEAD"]).split(separator: "\n").filter { $0.hasPrefix("+") || $0.hasPrefix("-") }
            .filter { !$0.hasPrefix("+++") && !$0.hasPrefix("---") }.joined(separator: "\n")
    }

    @Test func everyFormWithEveryRole() throws {
        let fixture = try WorkspaceFixture()
        defer { fixture.remove() }
        let harness = try SiteHarness(fixture: fixture)
        let store = harness.site.store
        // A POST that would change nothing real: "controleren" saves nothing for anyone.
        try harness.expectEveryRole(agendas: ["am05", "am13", "lmja"], fields: [("titel", "")]) { who, id in
            let allowed = (who == .twente && id == "am05") || (who == .beraad && id == "lmja")
            return Self.addresses(id).map { ($0, allowed) }
        }
        // Without the token or from another origin, nobody gets through.
        let twente = harness.session("twente")
        let version = try store.read(try #require(store.agenda("am05"))).version
        #expect(harness.ask("POST", "/agenda/am05/formulier/opening", session: twente, form: [("basisversie", version)], csrf: false).status.code == 403)
        #expect(harness.ask("POST", "/agenda/am05/formulier/opening", session: twente, form: [("basisversie", version)], origin: "http://elders.example").status.code == 403)
        #expect(try fixture.run(["status", "--porcelain"]) == "")
        #expect(try fixture.run(["rev-list", "--count", "HEAD"]) == "1\n")
    }

    /// The fields of the page as it is shown (the form's own values), with `changes` applied.
    static func fields(of page: Response, changing changes: [(String, String)]) -> [(String, String)] {
        var result: [(String, String)] = []
        let text = page.text
        var rest = Substring(text)
        // Inputs and selects with a value, ticked boxes, text areas: what a browser would send.
        while let start = rest.range(of: "<input ") ?? nil {
            let tag = rest[start.lowerBound...].prefix { $0 != ">" }
            rest = rest[start.upperBound...]
            guard let name = attribute("name", in: tag), name != "csrf" else { continue }
            if tag.contains("type=\"checkbox\"") && !tag.contains(" checked") { continue }
            result.append((name, unescape(attribute("value", in: tag) ?? "")))
        }
        rest = Substring(text)
        while let start = rest.range(of: "<select ") {
            let tag = rest[start.lowerBound...].prefix { $0 != ">" }
            let end = rest.range(of: "</select>", range: start.upperBound..<rest.endIndex)!
            let body = rest[start.upperBound..<end.lowerBound]
            let selected = body.range(of: " selected>").map { body[..<$0.lowerBound] }.flatMap { before in before.range(of: "value=\"", options: .backwards).map { before[$0.upperBound...].prefix { $0 != "\"" } } }
            if let name = attribute("name", in: tag) { result.append((name, unescape(String(selected ?? "")))) }
            rest = rest[end.upperBound...]
        }
        rest = Substring(text)
        while let start = rest.range(of: "<textarea ") {
            let tag = rest[start.lowerBound...].prefix { $0 != ">" }
            let open = rest.range(of: ">", range: start.upperBound..<rest.endIndex)!
            let end = rest.range(of: "</textarea>", range: open.upperBound..<rest.endIndex)!
            if let name = attribute("name", in: tag) { result.append((name, unescape(String(rest[open.upperBound..<end.lowerBound])))) }
            rest = rest[end.upperBound...]
        }
        for (name, value) in changes {
            result.removeAll { $0.0 == name }
            result.append((name, value))
        }
        return result
    }

    static func attribute(_ name: String, in tag: Substring) -> String? {
        guard let range = tag.range(of: " \(name)=\"") else { return nil }
        return String(tag[range.upperBound...].prefix { $0 != "\"" })
    }

    static func unescape(_ text: String) -> String {
        text.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
    }

    @Test func aThemeTitleChangeIsOneLineInOneCommit() throws {
        let fixture = try WorkspaceFixture()
        defer { fixture.remove() }
        let harness = try SiteHarness(fixture: fixture)
        let session = harness.session("twente")
        let address = "/agenda/am05/formulier/thema/zorg-instroom"
        let page = harness.ask("GET", address, session: session)
        #expect(page.status.code == 200)
        #expect(page.text.contains("De zes afwegingen"))
        let saved = harness.ask("POST", address, session: session, form: Self.fields(of: page, changing: [("titel", "Instroom in de zorg via bbl-trajecten en jobcoaches"), ("knop", "opslaan")]))
        #expect(saved.status.code == 303, "\(saved.text)")
        #expect(saved.header("Location")?.hasPrefix(address + "?opgeslagen=") == true)
        let diff = try Self.lastDiff(fixture)
        #expect(diff == """
            -titel = "Instroom in de zorg via bbl-trajecten"
            +titel = "Instroom in de zorg via bbl-trajecten en jobcoaches"
            """)
        #expect(try fixture.run(["log", "-1", "--format=%an|%s"]) == "Tineke Twente|am05-twente: thema 'zorg-instroom' gewijzigd (formulier, Tineke Twente)\n")
    }

    @Test func aBudgetAboveTheCeilingIsRefusedAtTheField() throws {
        let fixture = try WorkspaceFixture()
        defer { fixture.remove() }
        let harness = try SiteHarness(fixture: fixture)
        let session = harness.session("twente")
        let address = "/agenda/am05/formulier/thema/techniek-omscholing/actie/leerwerkbanen-techniek"
        let page = harness.ask("GET", address, session: session)
        #expect(page.status.code == 200)
        #expect(page.text.contains("Plafonds en wat er over is"))
        #expect(page.field("begroting.0.bedrag") == "250.000")
        // 600.000 is the ceiling of 2026; 250.000 is planned there already by this line, so 700.000 breaks it.
        let refused = harness.ask("POST", address, session: session, form: Self.fields(of: page, changing: [("begroting.0.bedrag", "700.000"), ("knop", "opslaan")]))
        #expect(refused.status.code == 422)
        #expect(refused.text.contains("id=\"veld-begroting.0.bedrag\" name=\"begroting.0.bedrag\" value=\"700.000\" inputmode=\"decimal\" size=\"14\" aria-invalid=\"true\" aria-describedby=\"veld-begroting.0.bedrag-fout\""))
        #expect(refused.text.contains("<span class=\"veldfout\" id=\"veld-begroting.0.bedrag-fout\">"))
        #expect(refused.text.contains("[MJA121]"))
        #expect(try fixture.run(["rev-list", "--count", "HEAD"]) == "1\n")
        // An amount that reads two ways is refused at its field too, before any check.
        let ambiguous = harness.ask("POST", address, session: session, form: Self.fields(of: page, changing: [("begroting.1.bedrag", "1,500"), ("knop", "opslaan")]))
        #expect(ambiguous.status.code == 422)
        #expect(ambiguous.text.contains("aria-describedby=\"veld-begroting.1.bedrag-fout\""))
        #expect(ambiguous.text.contains("mja gokt niet"))
        #expect(try fixture.run(["rev-list", "--count", "HEAD"]) == "1\n")
    }

    @Test func aNewThemeWithAnActionAndThreeBudgetLines() throws {
        let fixture = try WorkspaceFixture()
        defer { fixture.remove() }
        let harness = try SiteHarness(fixture: fixture)
        let session = harness.session("twente")
        let newTheme = harness.ask("GET", "/agenda/am05/formulier/thema-nieuw", session: session)
        #expect(newTheme.status.code == 200)
        let made = harness.ask("POST", "/agenda/am05/formulier/thema-nieuw", session: session, form: Self.fields(of: newTheme, changing: [
            ("id", "grensarbeid"), ("titel", "Werken over de grens"), ("beschrijving", "Werkzoekenden vinden werk in Duitsland."),
            ("opgaven.economisch", "ja"), ("landelijk_thema", "lt3-mobiliteit"), ("trekker", "werkcentrum-twente"),
            ("partners.uwv-twente", "ja"), ("partners.fme-oost", "ja"),
            ("afwegingen.signalen", "Werkgevers melden dat Duitse diploma's niet erkend worden."),
            ("afwegingen.organisatieoverstijgend", "UWV, werkgevers en het Werkcentrum zijn samen nodig."),
            ("afwegingen.nergens_anders_belegd", "Geen andere tafel gaat hierover."),
            ("afwegingen.vernieuwend", "Nieuw is de gezamenlijke grensbalie."),
            ("afwegingen.opschaalbaar", "Andere grensregio's kunnen dit overnemen."),
            ("afwegingen.opschaalbaar_naar", "AM30, landelijk"), ("knop", "opslaan"),
        ]))
        #expect(made.status.code == 303, "\(made.text)")
        #expect(made.header("Location")?.hasPrefix("/agenda/am05/formulier/thema/grensarbeid?opgeslagen=") == true)
        let newAction = harness.ask("GET", "/agenda/am05/formulier/thema/grensarbeid/actie-nieuw", session: session)
        #expect(newAction.status.code == 200)
        let action = harness.ask("POST", "/agenda/am05/formulier/thema/grensarbeid/actie-nieuw", session: session, form: Self.fields(of: newAction, changing: [
            ("id", "grensbalie"), ("titel", "Een grensbalie in het Werkcentrum"), ("trekker", "werkcentrum-twente"), ("partners.uwv-twente", "ja"),
            ("start", "2026-03-01"), ("einde", "31-12-2027"), ("oplevering", "Een balie, twee dagen per week"), ("status", "gepland"),
            ("begroting.0.jaar", "2026"), ("begroting.0.bron", "regiobudget-twente"), ("begroting.0.bedrag", "50.000"), ("begroting.0.zekerheid", "toegezegd"),
            ("begroting.1.jaar", "2027"), ("begroting.1.bron", "regiobudget-twente"), ("begroting.1.bedrag", "50.000"), ("begroting.1.zekerheid", "aangevraagd"),
            ("begroting.2.jaar", "2026"), ("begroting.2.bron", "gemeente"), ("begroting.2.bedrag", "12.500,50"), ("begroting.2.zekerheid", "indicatief"),
            ("knop", "opslaan"),
        ]))
        #expect(action.status.code == 303, "\(action.text)")
        let diff = try Self.lastDiff(fixture)
        // git shows the blank line that separates the new block after it (the same text either way).
        #expect(diff == """
            +[[thema.actie]]
            +id = "grensbalie"
            +titel = "Een grensbalie in het Werkcentrum"
            +trekker = "werkcentrum-twente"
            +partners = ["uwv-twente"]
            +start = 2026-03-01
            +einde = 2027-12-31
            +oplevering = "Een balie, twee dagen per week"
            +status = "gepland"
            +begroting = [
            +    { jaar = 2026, bron = "regiobudget-twente", bedrag = 50000, zekerheid = "toegezegd" },
            +    { jaar = 2027, bron = "regiobudget-twente", bedrag = 50000, zekerheid = "aangevraagd" },
            +    { jaar = 2026, bron = "gemeente", bedrag = "12500,50", zekerheid = "indicatief" },
            +]
            +
            """)
        // mja check has nothing to say that it did not say before, and the document shows it.
        let agendaPage = harness.ask("GET", "/agenda/am05", session: session)
        #expect(!agendaPage.text.contains("fouten; mja maakt"), "\(agendaPage.text)")
        let document = harness.ask("GET", "/agenda/am05/document/uitvoeringsdeel.html", session: session)
        #expect(document.text.contains("Werken over de grens"))
        #expect(document.text.contains("Een grensbalie in het Werkcentrum"))
    }

    @Test func removingAskesFirstAndCheckingSavesNothing() throws {
        let fixture = try WorkspaceFixture()
        defer { fixture.remove() }
        let harness = try SiteHarness(fixture: fixture)
        let session = harness.session("twente")
        let address = "/agenda/am05/formulier/thema/zorg-instroom/actie/jobcoach-zorg/verwijderen"
        let ask = harness.ask("GET", address, session: session)
        #expect(ask.status.code == 200)
        #expect(ask.text.contains("Ja, verwijderen"))
        #expect(try fixture.run(["rev-list", "--count", "HEAD"]) == "1\n")
        let themePage = harness.ask("GET", "/agenda/am05/formulier/thema/zorg-instroom", session: session)
        let checked = harness.ask("POST", "/agenda/am05/formulier/thema/zorg-instroom", session: session,
                                  form: Self.fields(of: themePage, changing: [("afwegingen.concreet", "Tachtig starters."), ("knop", "controleren")]))
        #expect(checked.status.code == 200)
        #expect(checked.text.contains("Er is nog niets opgeslagen"))
        #expect(try fixture.run(["rev-list", "--count", "HEAD"]) == "1\n")
        let removed = harness.ask("POST", address, session: session, form: [("basisversie", ask.field("basisversie") ?? ""), ("knop", "verwijderen")])
        #expect(removed.status.code == 303, "\(removed.text)")
        #expect(!fixture.text("regions/am05-twente.toml").contains("jobcoach-zorg"))
        #expect(try fixture.run(["rev-list", "--count", "HEAD"]) == "2\n")
    }
}


/// The opening form and two people saving forms from the same version.
@Suite(.timed, .serialized) struct FormsOpeningTests {
    @Test func aDateFieldShowsADateItCanHoldAndKeepsAnythingElseAsText() {
        #expect(FormFields.dateField("1-3-2026") == ("date", "2026-03-01"))
        #expect(FormFields.dateField("2026-03-01") == ("date", "2026-03-01"))
        #expect(FormFields.dateField("") == ("date", ""))
        #expect(FormFields.dateField("31-02-2026") == ("text", "31-02-2026"))
        #expect(FormFields.dateField("morgen") == ("text", "morgen"))
    }

    @Test func aDateTypedTheDutchWayAndABadOne() throws {
        let fixture = try WorkspaceFixture()
        defer { fixture.remove() }
        let harness = try SiteHarness(fixture: fixture)
        let session = harness.session("twente")
        let address = "/agenda/am05/formulier/opening"
        let page = harness.ask("GET", address, session: session)
        #expect(page.status.code == 200)
        let bad = harness.ask("POST", address, session: session, form: FormsTests.fields(of: page, changing: [("vastgesteld_op", "31-6-2026"), ("knop", "opslaan")]))
        #expect(bad.status.code == 422)
        #expect(bad.text.contains("aria-invalid=\"true\" aria-describedby=\"veld-vastgesteld_op-uitleg veld-vastgesteld_op-fout\""))
        #expect(bad.text.contains("&#39;31-6-2026&#39; is geen datum."))
        // What was typed stays in view beside its message: as text, since a date field would drop
        // a value that is no date (and not be valid HTML).
        #expect(bad.text.contains("<input type=\"text\" id=\"veld-vastgesteld_op\" name=\"vastgesteld_op\" value=\"31-6-2026\""))
        let saved = harness.ask("POST", address, session: session, form: FormsTests.fields(of: page, changing: [("vastgesteld_op", "1-7-2026"), ("status", "vastgesteld"), ("knop", "opslaan")]))
        #expect(saved.status.code == 303, "\(saved.text)")
        let diff = try FormsTests.lastDiff(fixture)
        #expect(diff == """
            -status = "concept"
            +status = "vastgesteld"
            +vastgesteld_op = 2026-07-01
            """)
    }

    @Test func twoPeopleSaveFormsBegunFromTheSameVersion() throws {
        let fixture = try WorkspaceFixture()
        defer { fixture.remove() }
        let harness = try SiteHarness(fixture: fixture)
        let first = harness.session("twente"), second = harness.session("twente")
        let themeA = "/agenda/am05/formulier/thema/techniek-omscholing", themeB = "/agenda/am05/formulier/thema/zorg-instroom"
        let pageA = harness.ask("GET", themeA, session: first), pageB = harness.ask("GET", themeB, session: second)
        #expect(pageA.field("basisversie") == pageB.field("basisversie"))
        let savedA = harness.ask("POST", themeA, session: first, form: FormsTests.fields(of: pageA, changing: [("titel", "Van werk naar werk"), ("knop", "opslaan")]))
        #expect(savedA.status.code == 303)
        // The second began before the first saved: other lines, so both changes are kept.
        let savedB = harness.ask("POST", themeB, session: second, form: FormsTests.fields(of: pageB, changing: [("titel", "Instroom in de zorg"), ("knop", "opslaan")]))
        #expect(savedB.status.code == 303, "\(savedB.text)")
        let text = fixture.text("regions/am05-twente.toml")
        #expect(text.contains("titel = \"Van werk naar werk\"\n") && text.contains("titel = \"Instroom in de zorg\"\n"))
        // The same field changed by both: nothing overwritten, both versions shown.
        let pageC = harness.ask("GET", themeA, session: second)
        let againA = harness.ask("POST", themeA, session: first, form: FormsTests.fields(of: pageC, changing: [("titel", "Eerste"), ("knop", "opslaan")]))
        #expect(againA.status.code == 303)
        let conflict = harness.ask("POST", themeA, session: second, form: FormsTests.fields(of: pageC, changing: [("titel", "Tweede"), ("knop", "opslaan")]))
        #expect(conflict.status.code == 409)
        #expect(fixture.text("regions/am05-twente.toml").contains("titel = \"Eerste\"\n"))
    }
}
