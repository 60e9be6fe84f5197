import Foundation
import TestSupport
import Testing
@testable import Agenda
@testable import Workspace

/// The forms for results, measurements and progress: who may use them, the diff a save writes, and
/// what is refused at the field before anything is saved.
@Suite(.timed, .serialized) struct FormsProgressTests {
    static let forms = [
        "/agenda/ID/formulier/voortgang", "/agenda/ID/formulier/thema/THEMA/resultaat/1", "/agenda/ID/formulier/thema/THEMA/resultaat-nieuw",
        "/agenda/ID/formulier/thema/THEMA/resultaat/1/verwijderen", "/agenda/ID/formulier/thema/THEMA/actie/ACTIE/voortgang",
    ]

    static func addresses(_ id: String) -> [String] {
        let (theme, action) = FormsTests.themes[id]!
        return forms.map { $0.replacingOccurrences(of: "ID", with: id).replacingOccurrences(of: "THEMA", with: theme).replacingOccurrences(of: "ACTIE", with: action) }
    }

    /// beheer, beraad, lezer, the region on its own agenda and on another's, signed out; a POST
    /// without the token or from another site is refused for everyone.
    @Test func everyNewFormWithEveryRole() throws {
        let fixture = try WorkspaceFixture()
        defer { fixture.remove() }
        let harness = try SiteHarness(fixture: fixture)
        let store = harness.site.store
        try harness.expectEveryRole(agendas: ["am05", "am13", "lmja"], fields: [("omschrijving", "")]) { who, id in
            let allowed = (who == .twente && id == "am05") || (who == .beraad && id == "lmja")
            return Self.addresses(id).map { ($0, allowed) }
        }
        // Without the token or from another site, even those who may are refused.
        for (name, id) in [("twente", "am05"), ("beraad", "lmja")] {
            let session = harness.session(name)
            let version = try store.read(try #require(store.agenda(id))).version
            for address in Self.addresses(id) {
                #expect(harness.ask("POST", address, session: session, form: [("basisversie", version), ("knop", "verwijderen")], csrf: false).status.code == 403)
                #expect(harness.ask("POST", address, session: session, form: [("basisversie", version), ("knop", "verwijderen")], origin: "http://elders.example").status.code == 403)
            }
        }
        // A result number that is not there, or not written as one, is no page.
        let twente = harness.session("twente")
        for address in ["thema/techniek-omscholing/resultaat/2", "thema/techniek-omscholing/resultaat/0", "thema/techniek-omscholing/resultaat/01",
                        "thema/nergens/resultaat-nieuw", "thema/techniek-omscholing/actie/nergens/voortgang"] {
            #expect(harness.ask("GET", "/agenda/am05/formulier/" + address, session: twente).status.code == 404, "\(address)")
        }
        #expect(try fixture.run(["status", "--porcelain"]) == "")
        #expect(try fixture.run(["rev-list", "--count", "HEAD"]) == "1\n")
    }

    /// The result and progress forms of two shipped agendas, saved as shown: nothing changes (the
    /// numbers and amounts shown the Dutch way read back as the file holds them).
    @Test func savingAFormAsShownChangesNothing() throws {
        let fixture = try WorkspaceFixture()
        defer { fixture.remove() }
        let harness = try SiteHarness(fixture: fixture)
        for (id, who) in [("am05", "twente"), ("lmja", "beraad")] {
            let session = harness.session(who)
            let overview = harness.ask("GET", "/agenda/\(id)/formulier/voortgang", session: session)
            #expect(overview.status.code == 200)
            var addresses = ["/agenda/\(id)/formulier/voortgang"]
            var rest = Substring(overview.text)
            while let range = rest.range(of: "href=\"/agenda/\(id)/formulier/thema/") {
                let link = "/agenda/\(id)/formulier/thema/" + rest[range.upperBound...].prefix { $0 != "\"" }
                if !link.hasSuffix("resultaat-nieuw") { addresses.append(link) }
                rest = rest[range.upperBound...]
            }
            // Twente's every form; of the national agenda (many actions) those of its first theme.
            if id == "lmja" { addresses = addresses.filter { !$0.contains("/thema/") || $0.contains("/thema/lt1-doelgroepen/") } }
            #expect(addresses.count > 3, "\(addresses)")
            for address in addresses {
                let page = harness.ask("GET", address, session: session)
                let saved = harness.ask("POST", address, session: session, form: FormsTests.fields(of: page, changing: [("knop", "opslaan")]))
                #expect(saved.status.code == 303 && saved.header("Location") == address, "\(address): \(saved.status.code) \(saved.header("Location") ?? "")")
            }
        }
        #expect(try fixture.run(["rev-list", "--count", "HEAD"]) == "1\n")
    }

    @Test func aMeasurementAddedIsOneLine() throws {
        let fixture = try WorkspaceFixture()
        defer { fixture.remove() }
        let harness = try SiteHarness(fixture: fixture)
        let session = harness.session("twente")
        let address = "/agenda/am05/formulier/thema/zorg-instroom/resultaat/1"
        let page = harness.ask("GET", address, session: session)
        #expect(page.status.code == 200)
        #expect(page.field("metingen.1.datum") == "2026-09-30" && page.field("metingen.1.waarde") == "22")
        #expect(page.text.contains("De lijn van de indicator"))
        let saved = harness.ask("POST", address, session: session, form: FormsTests.fields(of: page, changing: [
            ("metingen.2.datum", "31-12-2026"), ("metingen.2.waarde", "31"), ("knop", "opslaan"),
        ]))
        #expect(saved.status.code == 303, "\(saved.text)")
        #expect(saved.header("Location")?.hasPrefix(address + "?opgeslagen=") == true)
        #expect(try FormsTests.lastDiff(fixture) == """
            +    { datum = 2026-12-31, waarde = 31 },
            """)
        #expect(try fixture.run(["log", "-1", "--format=%s"]) == "am05-twente: meting toegevoegd aan resultaat 1 van thema 'zorg-instroom' (formulier, Tineke Twente)\n")
    }

    /// One and an eighth (1,125) can be recorded: typed `1,125` it reads two ways and the message
    /// names `1,1250`; that is saved as `1.1250` (a fourth decimal, which the agenda's own reading
    /// takes as a decimal, not as thousands), mja check finds no error in the saved workspace, and
    /// the value reads back as 1.125 and is shown as `1,1250`.
    @Test func aMeasurementWithThreeDecimalsIsSavedAsMeant() throws {
        let fixture = try WorkspaceFixture()
        defer { fixture.remove() }
        let harness = try SiteHarness(fixture: fixture)
        let session = harness.session("twente")
        let address = "/agenda/am05/formulier/thema/zorg-instroom/resultaat/1"
        let page = harness.ask("GET", address, session: session)
        let twoWays = harness.ask("POST", address, session: session, form: FormsTests.fields(of: page, changing: [
            ("metingen.3.datum", "30-09-2026"), ("metingen.3.waarde", "1,125"), ("knop", "opslaan"),
        ]))
        #expect(twoWays.status.code == 422)
        #expect(twoWays.text.contains("Schrijf 1.125 of 1,1250."), "\(twoWays.text)")
        let saved = harness.ask("POST", address, session: session, form: FormsTests.fields(of: page, changing: [
            ("metingen.3.datum", "30-09-2026"), ("metingen.3.waarde", "1,1250"), ("knop", "opslaan"),
        ]))
        #expect(saved.status.code == 303, "\(saved.text)")
        #expect(try FormsTests.lastDiff(fixture) == """
            +    { datum = 2026-09-30, waarde = 1.1250 },
            """)
        let agenda = try #require(harness.site.store.agenda("am05"))
        let findings = harness.site.maker.findings()[agenda.path] ?? []
        #expect(findings.filter { $0.severity == "error" }.isEmpty, "\(findings)")
        #expect(!findings.contains { $0.code == "MJA022" }, "\(findings)")
        let root = try AgendaEditor(text: fixture.text("regions/am05-twente.toml")).root
        let theme = try #require(AgendaPath.themeIndex(of: "zorg-instroom", in: root))
        let value = AgendaPath.value(at: AgendaPath.measurements(theme, 0) + [.index(2), .key("waarde")], in: root)
        #expect(FieldReading.number(of: value) == Decimal(string: "1.125", locale: Locale(identifier: "en_US_POSIX")))
        let again = harness.ask("GET", address, session: session)
        #expect(again.field("metingen.2.waarde") == "1,1250")
        // The line written again with a source added keeps the fourth decimal (not `1.125`).
        let sourced = harness.ask("POST", address, session: session, form: FormsTests.fields(of: again, changing: [("metingen.2.bron", "CBS"), ("knop", "opslaan")]))
        #expect(sourced.status.code == 303, "\(sourced.text)")
        #expect(try FormsTests.lastDiff(fixture) == """
            -    { datum = 2026-09-30, waarde = 1.1250 },
            +    { datum = 2026-09-30, waarde = 1.1250, bron = "CBS" },
            """)
    }

    @Test func aRealisationLineAddedIsOneLineAndTheProgressBeside() throws {
        let fixture = try WorkspaceFixture()
        defer { fixture.remove() }
        let harness = try SiteHarness(fixture: fixture)
        let session = harness.session("twente")
        let address = "/agenda/am05/formulier/thema/techniek-omscholing/actie/leerwerkbanen-techniek/voortgang"
        let page = harness.ask("GET", address, session: session)
        #expect(page.status.code == 200)
        #expect(page.field("realisatie.1.bedrag") == "95.000,50")
        #expect(page.text.contains("Begroot en gerealiseerd"))
        #expect(page.text.contains("<th scope=\"row\">Regionaal budget arbeidsmarktinfrastructuur Twente, 2026</th><td>€ 250.000</td><td>€ 162.400</td><td>€ 87.600</td>"), "\(page.text)")
        let saved = harness.ask("POST", address, session: session, form: FormsTests.fields(of: page, changing: [
            ("voortgang", "40"), ("realisatie.2.jaar", "2027"), ("realisatie.2.bron", "regiobudget-twente"), ("realisatie.2.bedrag", "12.500"), ("knop", "opslaan"),
        ]))
        #expect(saved.status.code == 303, "\(saved.text)")
        #expect(try FormsTests.lastDiff(fixture) == """
            -voortgang = 35
            +voortgang = 40
            +    { jaar = 2027, bron = "regiobudget-twente", bedrag = 12500 },
            """)
        #expect(try fixture.run(["log", "-1", "--format=%s"]) == "am05-twente: realisatie toegevoegd aan actie 'leerwerkbanen-techniek' (formulier, Tineke Twente)\n")
        let after = harness.ask("GET", address, session: session)
        #expect(after.text.contains("<th scope=\"row\">Regionaal budget arbeidsmarktinfrastructuur Twente, 2027</th><td>€ 250.000</td><td>€ 12.500</td><td>€ 237.500</td>"))
    }

    /// Refused at the field, nothing saved: a number that reads two ways, a point as the decimal
    /// sign, a percentage above 100, an amount that reads two ways, a measurement after the peildatum
    /// of the agenda (an error of mja check, MJA153, placed at the date).
    @Test func refusedAtTheField() throws {
        let fixture = try WorkspaceFixture()
        defer { fixture.remove() }
        let harness = try SiteHarness(fixture: fixture)
        let session = harness.session("twente")
        let result = "/agenda/am05/formulier/thema/zorg-instroom/resultaat/1"
        let page = harness.ask("GET", result, session: session)
        let twoWays = harness.ask("POST", result, session: session, form: FormsTests.fields(of: page, changing: [
            ("metingen.2.datum", "31-12-2026"), ("metingen.2.waarde", "1,500"), ("streefwaarde", "80.5"), ("knop", "opslaan"),
        ]))
        #expect(twoWays.status.code == 422)
        #expect(twoWays.text.contains("name=\"metingen.2.waarde\" value=\"1,500\" inputmode=\"decimal\" size=\"9\" aria-invalid=\"true\" aria-describedby=\"veld-metingen.2.waarde-fout\""))
        #expect(twoWays.text.contains("mja gokt niet"))
        #expect(twoWays.text.contains("aria-describedby=\"veld-streefwaarde-uitleg veld-streefwaarde-fout\""))
        #expect(twoWays.text.contains("Bedoelt u 80,5?"))
        let progress = "/agenda/am05/formulier/thema/techniek-omscholing/actie/leerwerkbanen-techniek/voortgang"
        let progressPage = harness.ask("GET", progress, session: session)
        let refused = harness.ask("POST", progress, session: session, form: FormsTests.fields(of: progressPage, changing: [
            ("voortgang", "120"), ("realisatie.2.jaar", "2026"), ("realisatie.2.bron", "gemeente"), ("realisatie.2.bedrag", "2,500"), ("knop", "opslaan"),
        ]))
        #expect(refused.status.code == 422)
        #expect(refused.text.contains("aria-describedby=\"veld-voortgang-uitleg veld-voortgang-fout\""))
        #expect(refused.text.contains("&#39;120&#39; is geen voortgang in procenten"))
        #expect(refused.text.contains("aria-describedby=\"veld-realisatie.2.bedrag-fout\""))
        #expect(try fixture.run(["rev-list", "--count", "HEAD"]) == "1\n")
        // The agenda's peildatum from its form: one line under [agenda].
        let overview = harness.ask("GET", "/agenda/am05/formulier/voortgang", session: session)
        let dated = harness.ask("POST", "/agenda/am05/formulier/voortgang", session: session, form: FormsTests.fields(of: overview, changing: [("peildatum", "1-10-2026"), ("knop", "opslaan")]))
        #expect(dated.status.code == 303, "\(dated.text)")
        #expect(try FormsTests.lastDiff(fixture) == "+peildatum = 2026-10-01")
        // A measurement after it is an error of mja check, shown at the date of its row.
        let again = harness.ask("GET", result, session: session)
        let late = harness.ask("POST", result, session: session, form: FormsTests.fields(of: again, changing: [
            ("metingen.2.datum", "2026-12-31"), ("metingen.2.waarde", "31"), ("knop", "opslaan"),
        ]))
        #expect(late.status.code == 422)
        #expect(late.text.contains("aria-describedby=\"veld-metingen.2.datum-fout\""))
        #expect(late.text.contains("[MJA153]"))
        #expect(try fixture.run(["rev-list", "--count", "HEAD"]) == "2\n")
    }

    /// A warning of mja check does not stop a save, but the form says it at its field and lists it
    /// above the form with a link there: more spent than budgeted (MJA150, at the line's amount) and
    /// a measurement before the execution period (MJA152, at its date).
    @Test func aWarningIsShownAtItsFieldAndAboveTheForm() throws {
        let fixture = try WorkspaceFixture()
        defer { fixture.remove() }
        let harness = try SiteHarness(fixture: fixture)
        let session = harness.session("twente")
        let progress = "/agenda/am05/formulier/thema/techniek-omscholing/actie/leerwerkbanen-techniek/voortgang"
        let page = harness.ask("GET", progress, session: session)
        #expect(!page.text.contains("mja check waarschuwt"))
        let saved = harness.ask("POST", progress, session: session, form: FormsTests.fields(of: page, changing: [
            ("realisatie.2.jaar", "2026"), ("realisatie.2.bron", "gemeente"), ("realisatie.2.bedrag", "5.000"), ("knop", "opslaan"),
        ]))
        #expect(saved.status.code == 303, "\(saved.text)")
        let after = harness.ask("GET", progress, session: session)
        #expect(after.text.contains("Let op, mja check waarschuwt hier (opslaan kan wel)"))
        #expect(after.text.contains("[MJA150]"))
        // At its field: the amount of the line that spends more than was budgeted, described by the
        // warning (not invalid: it does not stop a save), and linked from the list above the form.
        #expect(after.text.contains("<input type=\"text\" id=\"veld-realisatie.2.bedrag\" name=\"realisatie.2.bedrag\" value=\"5.000\" inputmode=\"decimal\" size=\"12\" aria-describedby=\"veld-realisatie.2.bedrag-let-op\"><span class=\"veldwaarschuwing\" id=\"veld-realisatie.2.bedrag-let-op\">Let op: Actie &#39;Leerwerkbanen in de techniek inrichten&#39; heeft in 2026 € 5.000 uitgegeven uit Gemeentelijke middelen"), "\(after.text)")
        #expect(after.text.contains("<ul><li><a href=\"#veld-realisatie.2.bedrag\">Actie &#39;Leerwerkbanen"))
        #expect(!after.text.contains("aria-invalid=\"true\""))
        let result = "/agenda/am05/formulier/thema/zorg-instroom/resultaat/1"
        let resultPage = harness.ask("GET", result, session: session)
        #expect(!resultPage.text.contains("mja check waarschuwt"))
        let measured = harness.ask("POST", result, session: session, form: FormsTests.fields(of: resultPage, changing: [
            ("metingen.2.datum", "31-12-2025"), ("metingen.2.waarde", "16"), ("knop", "opslaan"),
        ]))
        #expect(measured.status.code == 303, "\(measured.text)")
        let measuredPage = harness.ask("GET", result, session: session)
        #expect(measuredPage.text.contains("[MJA152]"))
        #expect(measuredPage.text.contains("aria-describedby=\"veld-metingen.2.datum-let-op\"><span class=\"veldwaarschuwing\" id=\"veld-metingen.2.datum-let-op\">Let op: Meting van 2025-12-31"), "\(measuredPage.text)")
        #expect(measuredPage.text.contains("<li><a href=\"#veld-metingen.2.datum\">Meting van 2025-12-31"))
        // Controleren with a row left empty above the new one: the rows as sent are the lines in
        // order, so the warning stays at the row that holds the line (row 3 is line 2).
        let checked = harness.ask("POST", result, session: session, form: FormsTests.fields(of: measuredPage, changing: [
            ("metingen.2.datum", ""), ("metingen.2.waarde", ""), ("metingen.3.datum", "31-12-2025"), ("metingen.3.waarde", "16"), ("knop", "controleren"),
        ]))
        #expect(checked.status.code == 200, "\(checked.text)")
        #expect(checked.text.contains("aria-describedby=\"veld-metingen.3.datum-let-op\"><span class=\"veldwaarschuwing\" id=\"veld-metingen.3.datum-let-op\">"), "\(checked.text)")
    }

    @Test func aResultAddedAndRemovedAfterConfirmation() throws {
        let fixture = try WorkspaceFixture()
        defer { fixture.remove() }
        let harness = try SiteHarness(fixture: fixture)
        let session = harness.session("twente")
        let theme = harness.ask("GET", "/agenda/am05/formulier/thema/techniek-omscholing", session: session)
        #expect(theme.text.contains("href=\"/agenda/am05/formulier/thema/techniek-omscholing/resultaat/1\""))
        #expect(theme.text.contains("href=\"/agenda/am05/formulier/thema/techniek-omscholing/resultaat-nieuw\""))
        let address = "/agenda/am05/formulier/thema/techniek-omscholing/resultaat-nieuw"
        let page = harness.ask("GET", address, session: session)
        #expect(page.status.code == 200)
        let made = harness.ask("POST", address, session: session, form: FormsTests.fields(of: page, changing: [
            ("omschrijving", "Werkgevers bieden leerwerkbanen aan"), ("indicator", "Aantal leerwerkbanen"), ("eenheid", "banen"),
            ("nulmeting", "0"), ("nulmeting_jaar", "2025"), ("streefwaarde", "1.500"), ("streefdatum", "31-12-2027"),
            ("metingen.0.datum", "30-9-2026"), ("metingen.0.waarde", "12,5"), ("knop", "opslaan"),
        ]))
        #expect(made.status.code == 303, "\(made.text)")
        #expect(made.header("Location")?.hasPrefix("/agenda/am05/formulier/thema/techniek-omscholing/resultaat/2?opgeslagen=") == true)
        #expect(try FormsTests.lastDiff(fixture) == """
            +[[thema.resultaat]]
            +omschrijving = "Werkgevers bieden leerwerkbanen aan"
            +indicator = "Aantal leerwerkbanen"
            +eenheid = "banen"
            +nulmeting = 0
            +nulmeting_jaar = 2025
            +streefwaarde = 1500
            +streefdatum = 2027-12-31
            +metingen = [{ datum = 2026-09-30, waarde = 12.5 }]
            +
            """)
        let ask = harness.ask("GET", "/agenda/am05/formulier/thema/techniek-omscholing/resultaat/2/verwijderen", session: session)
        #expect(ask.status.code == 200 && ask.text.contains("Ja, verwijderen") && ask.text.contains("met 1 meting"))
        #expect(try fixture.run(["rev-list", "--count", "HEAD"]) == "2\n")
        let removed = harness.ask("POST", "/agenda/am05/formulier/thema/techniek-omscholing/resultaat/2/verwijderen", session: session,
                                  form: [("basisversie", ask.field("basisversie") ?? ""), ("knop", "verwijderen")])
        #expect(removed.status.code == 303)
        #expect(try fixture.run(["rev-list", "--count", "HEAD"]) == "3\n")
        #expect(!fixture.text("regions/am05-twente.toml").contains("leerwerkbanen aan"))
        #expect(fixture.text("regions/am05-twente.toml") == String(decoding: try Data(contentsOf: URL(fileURLWithPath: WorkspaceFixture.root + "/regions/am05-twente.toml")), as: UTF8.self))
    }
}
