import Foundation
import TestSupport
import Testing
@testable import Workspace

/// In a real browser: the Landelijk Beraad answers a region's signal from the list of signals and
/// the signal report shows the answer; the search over the partners of the action form filters
/// as one types, keeps what is ticked in view and sends the form as before; the action form fits
/// a phone (390 px) without scrolling sideways. Skipped without chromedriver and Chromium,
/// failing under CI=true; every wait is bounded.
@Suite(.timed, .serialized) struct SignalFormsBrowserTests {
    @Test(.enabled(if: ExternalTool.chromedriver.shouldRun && ExternalTool.chromium.shouldRun, ExternalTool.chromedriver.skipReason))
    func beraadAnswersASignalAndTheReportShowsIt() throws {
        let fixture = try WorkspaceFixture()
        defer { fixture.remove() }
        let session = try BrowserSession(fixture)
        defer { session.stop() }
        let (site, browser) = (session.site, session.browser)
        try session.signIn("beraad", shown: "Bart Beraad")

        // From the overview to the list of signals, and the answer form of Midden-Utrecht's signal.
        try browser.clickThrough("a[href='/signalen/antwoorden']", to: "the list of signals") { $0.contains("Signalen beantwoorden") }
        let form = "/agenda/am13/formulier/signaal/kinderopvang-utrecht/antwoord"
        try browser.clickThrough("a[href='\(form)']", to: "the answer form") { $0.contains("Landelijke afhandeling") }
        try browser.click("select[name='status'] option[value='in behandeling']")
        try browser.type("SZW onderzoekt met de kinderopvangsector een regeling voor extra opvangdagen.", into: "textarea[name='antwoord']")
        try browser.clickThrough("button[value='opslaan']", to: "the saved answer") { $0.contains("Opgeslagen (versie") }
        #expect(try FormsTests.lastDiff(fixture) == """
            -status = "nieuw"
            +status = "in behandeling"
            +antwoord = "SZW onderzoekt met de kinderopvangsector een regeling voor extra opvangdagen."
            """)

        // The signal report, as mja signalen makes it, shows the answer.
        try browser.open(site + "/signalen")
        let report = try browser.waitFor("the signal report with the answer", seconds: 90) { $0.contains("extra opvangdagen") }
        #expect(report.contains("SZW onderzoekt met de kinderopvangsector een regeling voor extra opvangdagen."))
        #expect(try fixture.run(["rev-list", "--count", "HEAD"]) == "2\n")
    }

    @Test(.enabled(if: ExternalTool.chromedriver.shouldRun && ExternalTool.chromium.shouldRun, ExternalTool.chromedriver.skipReason))
    func thePartnerSearchFiltersAsOneTypes() throws {
        let fixture = try WorkspaceFixture()
        defer { fixture.remove() }
        let session = try BrowserSession(fixture)
        defer { session.stop() }
        let (site, browser) = (session.site, session.browser)
        try session.signIn("twente", shown: "Tineke Twente")
        let address = "/agenda/am05/formulier/thema/techniek-omscholing/actie/leerwerkbanen-techniek"
        try browser.open(site + address)
        try browser.waitFor("the action form") { $0.contains("Partners") }
        // The script puts the search field in the fieldset; until then the check boxes work alone.
        _ = try browser.waitFor("the search field") { $0.contains("id=\"zoek-veld-partners\"") }
        let total = try #require(browser.run("return document.querySelectorAll('#veld-partners > label').length;") as? Int)
        #expect(total > 10)
        #expect(try browser.run("return document.getElementById('zoek-veld-partners-telling').textContent;") as? String == "\(total) van \(total) organisaties")
        let ticked = try #require(browser.run("return Array.from(document.querySelectorAll('#veld-partners input:checked')).map(e => e.name);") as? [String])
        #expect(!ticked.isEmpty)
        // Typed key by key, without accents or capitals mattering; Enter does not send the form.
        try browser.type("UWV\u{E007}", into: "#zoek-veld-partners")
        let visible = "return Array.from(document.querySelectorAll('#veld-partners > label')).filter(l => !l.hidden && l.offsetParent !== null).map(l => l.querySelector('input').name);"
        let shown = try #require(browser.run(visible) as? [String])
        #expect(shown.count < total)
        #expect(shown.filter { !ticked.contains($0) }.allSatisfy { $0.contains("uwv") }, "\(shown)")
        #expect(ticked.allSatisfy(shown.contains), "ticked partners stay in view: \(shown)")
        let count = try #require(browser.run("return document.getElementById('zoek-veld-partners-telling').textContent;") as? String)
        let found = try #require(browser.run("return Array.from(document.querySelectorAll('#veld-partners > label')).filter(l => l.textContent.toLowerCase().includes('uwv')).length;") as? Int)
        #expect(count == "\(found) van \(total) organisaties", "\(count)")
        #expect(try browser.run("return document.getElementById('zoek-veld-partners-telling').getAttribute('aria-live');") as? String == "polite")
        // Enter kept the page: a sent form would have come back without what was typed in the search.
        #expect(try browser.value(of: "#zoek-veld-partners") == "UWV")
        #expect(try fixture.run(["rev-list", "--count", "HEAD"]) == "1\n")
        // A partner found is ticked and saved as before: one line changes.
        let new = try #require(shown.first { !ticked.contains($0) })
        try browser.click("input[name='\(new)']")
        try browser.clickThrough("button[value='opslaan']", to: "the saved action") { $0.contains("Opgeslagen (versie") }
        let diff = try FormsTests.lastDiff(fixture)
        #expect(diff.split(separator: "\n").count == 2 && diff.contains("+partners = [") && diff.contains(String(new.dropFirst("partners.".count))), "\(diff)")
    }

    @Test(.enabled(if: ExternalTool.chromedriver.shouldRun && ExternalTool.chromium.shouldRun, ExternalTool.chromedriver.skipReason))
    func theFormsFitAPhone() throws {
        let fixture = try WorkspaceFixture()
        defer { fixture.remove() }
        let session = try BrowserSession(fixture, phoneWidth: 390)
        defer { session.stop() }
        let (site, browser) = (session.site, session.browser)
        try session.signIn("twente", shown: "Tineke Twente")
        for address in ["/agenda/am05/formulier/thema/techniek-omscholing/actie/leerwerkbanen-techniek", "/agenda/am05/formulier/thema/techniek-omscholing/actie-nieuw",
                        "/agenda/am05/formulier/signaal/grensarbeid-diplomas", "/agenda/am05/formulier/signaal-nieuw"] {
            try browser.open(site + address)
            try browser.waitFor(address) { $0.contains("</main>") }
            // The budget table scrolls inside its own box; the page itself does not scroll sideways.
            let widths = try #require(browser.run("return [document.documentElement.scrollWidth, document.documentElement.clientWidth];") as? [Int])
            #expect(widths == [390, 390], "\(address): \(widths)")
        }
    }
}
