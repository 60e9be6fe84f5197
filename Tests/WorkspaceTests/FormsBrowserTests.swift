import Foundation
import TestSupport
import Testing
@testable import Workspace

/// A programme manager who never opens the text: a new theme with an action and three budget
/// lines made from the forms alone in a real browser, a budget above the ceiling refused at its
/// field first; afterwards `mja check` finds no error and the document shows the new theme.
/// Skipped without chromedriver and Chromium, failing under CI=true; every wait is bounded.
@Suite(.timed, .serialized) struct FormsBrowserTests {
    @Test(.enabled(if: ExternalTool.chromedriver.shouldRun && ExternalTool.chromium.shouldRun, ExternalTool.chromedriver.skipReason))
    func aNewThemeWithAnActionFromTheFormsOnly() throws {
        let fixture = try WorkspaceFixture()
        defer { fixture.remove() }
        let session = try BrowserSession(fixture)
        defer { session.stop() }
        let (server, site, browser) = (session.server, session.site, session.browser)

        try session.signIn("twente", shown: "Tineke Twente")

        // From the agenda's page to the forms, and a new theme.
        try browser.open(site + "/agenda/am05")
        try browser.waitFor("the agenda's page") { $0.contains("Met formulieren bewerken") }
        try browser.clickThrough("a[href='/agenda/am05/formulier/opening']", to: "the opening form") { $0.contains("Thema toevoegen") }
        try browser.clickThrough("a[href='/agenda/am05/formulier/thema-nieuw']", to: "the new theme form") { $0.contains("Nieuw thema") }
        try browser.type("grensarbeid", into: "input[name='id']")
        try browser.type("Werken over de grens", into: "input[name='titel']")
        try browser.type("Werkzoekenden vinden werk in Duitsland.", into: "textarea[name='beschrijving']")
        try browser.click("input[name='opgaven.economisch']")
        try browser.click("select[name='landelijk_thema'] option[value='lt3-mobiliteit']")
        try browser.click("select[name='trekker'] option[value='werkcentrum-twente']")
        try browser.click("input[name='partners.uwv-twente']")
        try browser.click("input[name='partners.fme-oost']")
        try browser.type("Werkgevers melden dat Duitse diploma's niet erkend worden.", into: "textarea[name='afwegingen.signalen']")
        try browser.type("UWV, werkgevers en het Werkcentrum zijn samen nodig.", into: "textarea[name='afwegingen.organisatieoverstijgend']")
        try browser.type("Geen andere tafel gaat hierover.", into: "textarea[name='afwegingen.nergens_anders_belegd']")
        try browser.type("Nieuw is de gezamenlijke grensbalie.", into: "textarea[name='afwegingen.vernieuwend']")
        try browser.type("Andere grensregio's kunnen dit overnemen.", into: "textarea[name='afwegingen.opschaalbaar']")
        let theme = try browser.clickThrough("button[value='opslaan']", to: "the saved theme") { $0.contains("Opgeslagen (versie") }
        #expect(theme.contains("De zes afwegingen"))

        // Its first action, with three budget lines; the first amount is above the ceiling.
        try browser.clickThrough("a[href='/agenda/am05/formulier/thema/grensarbeid/actie-nieuw']", to: "the new action form") { $0.contains("Nieuwe actie") }
        try browser.type("grensbalie", into: "input[name='id']")
        try browser.type("Een grensbalie in het Werkcentrum", into: "input[name='titel']")
        try browser.click("select[name='trekker'] option[value='werkcentrum-twente']")
        try browser.click("input[name='partners.uwv-twente']")
        // A date field's keys follow the browser's language; the value is the same in every one.
        try browser.setValue("2026-03-01", of: "input[name='start']")
        try browser.setValue("2027-12-31", of: "input[name='einde']")
        try browser.type("Een balie, twee dagen per week", into: "input[name='oplevering']")
        let lines = [("2026", "regiobudget-twente", "700.000", "toegezegd"), ("2027", "regiobudget-twente", "50.000", "aangevraagd"),
                     ("2026", "gemeente", "12.500,50", "indicatief")]
        for (row, line) in lines.enumerated() {
            try browser.type(line.0, into: "input[name='begroting.\(row).jaar']")
            try browser.click("select[name='begroting.\(row).bron'] option[value='\(line.1)']")
            try browser.type(line.2, into: "input[name='begroting.\(row).bedrag']")
            try browser.click("select[name='begroting.\(row).zekerheid'] option[value='\(line.3)']")
        }
        let refused = try browser.clickThrough("button[value='opslaan']", to: "the refusal at the field") { $0.contains("Niets opgeslagen") }
        #expect(refused.contains("aria-invalid=\"true\" aria-describedby=\"veld-begroting.0.bedrag-fout\""))
        #expect(refused.contains("[MJA121]"))
        #expect(!fixture.text("regions/am05-twente.toml").contains("id = \"grensbalie\""))
        try browser.clear("input[name='begroting.0.bedrag']")
        try browser.type("50.000", into: "input[name='begroting.0.bedrag']")
        try browser.clickThrough("button[value='opslaan']", to: "the saved action") { $0.contains("Opgeslagen (versie") }
        let text = fixture.text("regions/am05-twente.toml")
        #expect(text.contains("    { jaar = 2026, bron = \"gemeente\", bedrag = \"12500,50\", zekerheid = \"indicatief\" },\n"))

        // mja check finds no error in the agenda, and the document shows the theme and action.
        let agenda = try #require(server.site.store.agenda("am05"))
        let errors = (server.site.maker.findings()[agenda.path] ?? []).filter { $0.severity == "error" }
        #expect(errors.isEmpty, "\(errors)")
        try browser.open(site + "/agenda/am05/document/uitvoeringsdeel.html")
        let document = try browser.waitFor("the execution part") { $0.contains("Werken over de grens") }
        #expect(document.contains("Een grensbalie in het Werkcentrum"))
        #expect(try fixture.run(["rev-list", "--count", "HEAD"]) == "3\n")
    }
}
