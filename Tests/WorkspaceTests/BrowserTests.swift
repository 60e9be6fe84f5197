import Foundation
import TestSupport
import Testing
@testable import Workspace

/// A real browser through the workspace: sign in, open an agenda, edit and save, the document
/// changed, a save with an error kept as a draft, history and restore, a download, sign out.
/// Skipped without chromedriver and Chromium, failing under CI=true. Every wait is polled with a
/// bound, so a stuck browser fails with the page it was on instead of hanging the run.
@Suite(.timed, .serialized) struct BrowserTests {
    /// The start of the page's main content, for a failure's message.
    static func main(of page: String) -> String {
        guard let start = page.range(of: "<main") else { return String(page.prefix(300)) }
        return String(page[start.lowerBound...].prefix(700))
    }

    @Test(.enabled(if: ExternalTool.chromedriver.shouldRun && ExternalTool.chromium.shouldRun, ExternalTool.chromedriver.skipReason))
    func aPersonWorksThroughTheWorkspace() throws {
        let fixture = try WorkspaceFixture()
        defer { fixture.remove() }
        let server = try HostileInputTests.server(fixture)
        defer { server.stop() }
        let site = "http://127.0.0.1:\(server.port)"
        let browser = try WebDriver(chromedriver: try ExternalTool.chromedriver.require(), chromium: try ExternalTool.chromium.require())
        defer { browser.quit() }
        let path = "regions/am05-twente.toml"
        let title = "titel = \"Regionale Meerjarenagenda Twente 2026-2030\""

        // Sign in, with the keyboard.
        try browser.open(site + "/")
        try browser.waitForURL("the sign-in page") { $0 == site + "/aanmelden" }
        try browser.type("twente", into: "#naam")
        try browser.type("geheim-twente", into: "#wachtwoord")
        try browser.click("form[action='/aanmelden'] button")
        try browser.waitFor("signed in as Tineke Twente") { $0.contains("Aangemeld als <strong>Tineke Twente</strong>") }

        // Open the agenda and its document.
        try browser.open(site + "/agenda/am05")
        try browser.waitFor("the agenda's page") { $0.contains("Regionale Meerjarenagenda Twente 2026-2030") }
        try browser.open(site + "/agenda/am05/document/beleidsdeel.html")
        let before = try browser.waitFor("the policy document") { $0.contains("Twente 2026-2030") }
        #expect(!before.contains("Twente 2026-2030 (uit de browser)"))

        // Edit and save: the text area emptied with WebDriver's clear, the new text set at once
        // (10 kB typed key by key is slow here).
        try browser.open(site + "/agenda/am05/bewerken")
        try browser.waitFor("the edit page") { $0.contains("id=\"tekst\"") }
        let stored = try browser.value(of: "#tekst")
        #expect(stored == fixture.text(path))
        let edited = stored.replacingOccurrences(of: title, with: "titel = \"Regionale Meerjarenagenda Twente 2026-2030 (uit de browser)\"")
        #expect(edited != stored)
        try browser.clear("#tekst")
        #expect(try browser.value(of: "#tekst") == "")
        try browser.setValue(edited, of: "#tekst")
        let shown = try browser.value(of: "#tekst")
        try #require(shown == edited)
        try browser.click("form[action='/agenda/am05/bewerken'] button")
        try browser.waitFor("the saved notice") { $0.contains("Opgeslagen (versie") }
        #expect(fixture.text(path).contains("titel = \"Regionale Meerjarenagenda Twente 2026-2030 (uit de browser)\""))
        try browser.open(site + "/agenda/am05/document/beleidsdeel.html")
        try browser.waitFor("the changed document") { $0.contains("Twente 2026-2030 (uit de browser)") }

        // A save with an error: kept as a draft, the finding linking to its line.
        try browser.open(site + "/agenda/am05/bewerken")
        try browser.waitFor("the edit page") { $0.contains("id=\"tekst\"") }
        let broken = replacingLine(12, of: try browser.value(of: "#tekst"), with: "status = ")
        try browser.setValue(broken, of: "#tekst")
        try #require(try browser.value(of: "#tekst") == broken)
        try browser.click("form[action='/agenda/am05/bewerken'] button")
        let draft = try browser.waitFor("the draft notice") { $0.contains("opgeslagen als concept") }
        #expect(draft.contains("<a href=\"#regel-12\">regel 12"))
        #expect(fixture.text(path).contains("\nstatus = \n"))

        // History and restore the first version.
        try browser.open(site + "/agenda/am05/geschiedenis")
        let history = try browser.waitFor("the history") { $0.contains("Terugzetten") }
        #expect(history.contains("Tineke Twente") && history.contains("Opzet"))
        try browser.click("tbody tr:last-child form button")
        try browser.waitFor("the restored notice") { $0.contains("Opgeslagen (versie") }
        #expect(fixture.text(path).contains(title + "\n"))
        let agenda = try #require(server.site.store.agenda("am05"))
        #expect(server.site.store.history(of: agenda).first?.message.contains("teruggezet door Tineke Twente") == true)

        // The downloads are offered in every format; one is fetched with the browser's session
        // (a headless browser saves a download where the test cannot see it).
        try browser.open(site + "/agenda/am05")
        let page = try browser.waitFor("the agenda's page") { $0.contains("/download/") }
        for format in ["html", "docx", "pdf", "md"] {
            #expect(page.contains("/agenda/am05/download/beleidsdeel.\(format)"))
        }
        let cookie = try #require(try browser.cookies()[WorkspaceSite.cookieName])
        let client = try #require(RawClient(port: server.port))
        client.send("GET /agenda/am05/download/beleidsdeel.md HTTP/1.1\r\nHost: 127.0.0.1:\(server.port)\r\nCookie: \(WorkspaceSite.cookieName)=\(cookie)\r\nConnection: close\r\n\r\n")
        let download = try #require(client.readResponse(seconds: 30))
        #expect(RawClient.status(of: download) == 200)
        #expect(download.contains("Content-Disposition: attachment"))
        #expect(download.contains("Twente 2026-2030"))

        // Sign out: the pages ask to sign in again.
        try browser.click("form[action='/afmelden'] button")
        try browser.waitForURL("the sign-in page after signing out") { $0 == site + "/aanmelden" }
        try browser.open(site + "/agenda/am05")
        try browser.waitForURL("the sign-in page for a signed-out visitor") { $0 == site + "/aanmelden" }
    }
}
