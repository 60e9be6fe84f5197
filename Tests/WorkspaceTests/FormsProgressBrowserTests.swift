import AgendaCLI
import Foundation
import TestSupport
import Testing
@testable import Workspace

/// The controller who records progress from the forms alone, in a real browser: from the agenda's
/// page to **Voortgang bijhouden**, a measurement of a result and a realisation line of an action;
/// afterwards `mja check` finds no error and `mja voortgang` reports both.
/// Skipped without chromedriver and Chromium, failing under CI=true; every wait is bounded.
@Suite(.timed, .serialized) struct FormsProgressBrowserTests {
    @Test(.enabled(if: ExternalTool.chromedriver.shouldRun && ExternalTool.chromium.shouldRun, ExternalTool.chromedriver.skipReason))
    func aMeasurementAndARealisationFromTheFormsOnly() throws {
        let fixture = try WorkspaceFixture()
        defer { fixture.remove() }
        let session = try BrowserSession(fixture)
        defer { session.stop() }
        let (server, site, browser) = (session.server, session.site, session.browser)

        try session.signIn("twente", shown: "Tineke Twente")

        // From the agenda's page to its progress, and there to the result of the care theme.
        try browser.open(site + "/agenda/am05")
        try browser.waitFor("the agenda's page") { $0.contains("Voortgang bijhouden") }
        try browser.clickThrough("a[href='/agenda/am05/formulier/voortgang']", to: "the progress page") { $0.contains("Laatste meting") }
        try browser.clickThrough("a[href='/agenda/am05/formulier/thema/zorg-instroom/resultaat/1']", to: "the result form") { $0.contains("De lijn van de indicator") }
        // A date field's keys follow the browser's language; the value is the same in every one.
        try browser.setValue("2026-12-31", of: "input[name='metingen.2.datum']")
        try browser.type("31", into: "input[name='metingen.2.waarde']")
        let result = try browser.clickThrough("button[value='opslaan']", to: "the saved measurement") { $0.contains("Opgeslagen (versie") }
        #expect(result.contains("<li>31-12-2026: 31 personen</li>"))
        #expect(fixture.text("regions/am05-twente.toml").contains("    { datum = 2026-12-31, waarde = 31 },\n"))

        // Back to the progress page, to the action's progress: a realisation line for 2027.
        try browser.clickThrough("a[href='/agenda/am05/formulier/voortgang']", to: "the progress page") { $0.contains("Laatste meting") }
        try browser.clickThrough("a[href='/agenda/am05/formulier/thema/techniek-omscholing/actie/leerwerkbanen-techniek/voortgang']", to: "the action's progress") { $0.contains("Begroot en gerealiseerd") }
        try browser.type("2027", into: "input[name='realisatie.2.jaar']")
        try browser.click("select[name='realisatie.2.bron'] option[value='regiobudget-twente']")
        try browser.type("12.500", into: "input[name='realisatie.2.bedrag']")
        let progress = try browser.clickThrough("button[value='opslaan']", to: "the saved realisation") { $0.contains("Opgeslagen (versie") }
        #expect(progress.contains("<th scope=\"row\">Regionaal budget arbeidsmarktinfrastructuur Twente, 2027</th><td>€ 250.000</td><td>€ 12.500</td>"))
        #expect(fixture.text("regions/am05-twente.toml").contains("    { jaar = 2027, bron = \"regiobudget-twente\", bedrag = 12500 },\n"))
        #expect(try fixture.run(["rev-list", "--count", "HEAD"]) == "3\n")

        // On a phone (390 wide) no form scrolls sideways: a wide table scrolls in its own box.
        try browser.resize(width: 390, height: 900)
        for path in ["thema/techniek-omscholing/actie/leerwerkbanen-techniek", "thema/techniek-omscholing/actie/leerwerkbanen-techniek/voortgang",
                     "thema/zorg-instroom/resultaat/1", "voortgang"] {
            try browser.open(site + "/agenda/am05/formulier/" + path)
            try browser.waitFor(path) { $0.contains("Controleren (niet opslaan)") }
            let widths = try browser.run("return [document.documentElement.scrollWidth, document.documentElement.clientWidth, window.innerWidth]") as? [Int] ?? []
            #expect(widths.count == 3 && widths[2] <= 400 && widths[0] <= widths[1], "\(path): \(widths)")
        }

        // mja check finds no error; mja voortgang reports the measurement and the realised amount.
        let agenda = try #require(server.site.store.agenda("am05"))
        let errors = (server.site.maker.findings()[agenda.path] ?? []).filter { $0.severity == "error" }
        #expect(errors.isEmpty, "\(errors)")
        let out = fixture.folder + "-voortgang"
        defer { try? FileManager.default.removeItem(atPath: out) }
        let console = CapturingConsole()
        let code = MJA.run(["voortgang", fixture.folder + "/regions/am05-twente.toml", "--uit", out, "--formaat", "md", "--sjablonen", fixture.folder + "/templates"],
                           environment: [:], console: console)
        #expect(code == .success, "\(console.error)")
        // The report keeps `€ 12.500` together with a no-break space; compared with plain spaces.
        let report = try String(contentsOfFile: out + "/am05-twente/voortgang.md", encoding: .utf8).replacingOccurrences(of: "\u{00A0}", with: " ")
        #expect(report.contains(Self.measurementLine), "\(report)")
        #expect(report.contains(Self.realisedLine), "\(report)")
    }

    /// How the report shows the measurement and the realised amount of 2027 against its budget.
    static let measurementLine = "Laatste meting: 31 personen op 31 december 2026"
    static let realisedLine = "| 2027 | Regionaal budget arbeidsmarktinfrastructuur Twente | € 250.000 | € 12.500 | 5 % |"
}
