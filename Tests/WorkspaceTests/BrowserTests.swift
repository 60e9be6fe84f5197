import Foundation
import TestSupport
import Testing
@testable import Workspace

/// A real browser through the workspace: sign in, open an agenda, edit and save, the document
/// changed, a mistake typed found by the check as you type, a save with an error kept as a draft,
/// history and restore, two sessions saving (merged, then a conflict decided), a download of each
/// format, sign out. Skipped without chromedriver and Chromium, failing under CI=true. Every wait
/// is polled with a bound, so a stuck browser fails with the page it was on instead of hanging the
/// run; both browsers are ended however the test ends.
@Suite(.timed, .serialized) struct BrowserTests {
    /// The start of the page's main content, for a failure's message.
    static func main(of page: String) -> String {
        guard let start = page.range(of: "<main") else { return String(page.prefix(300)) }
        return String(page[start.lowerBound...].prefix(700))
    }

    /// How each format's bytes begin.
    static let magic: [String: [UInt8]] = [
        "html": Array("<!DOCTYPE".utf8), "pdf": Array("%PDF-".utf8), "docx": [0x50, 0x4B, 0x03, 0x04],
        "xlsx": [0x50, 0x4B, 0x03, 0x04], "pptx": [0x50, 0x4B, 0x03, 0x04], "md": Array("# ".utf8),
    ]

    /// Signs `name` in with the keyboard.
    static func signIn(_ browser: WebDriver, site: String, as name: String, shown: String) throws {
        try browser.open(site + "/")
        try browser.waitForURL("the sign-in page") { $0 == site + "/aanmelden" }
        try browser.type(name, into: "#naam")
        try browser.type("geheim-\(name)", into: "#wachtwoord")
        try browser.clickThrough("form[action='/aanmelden'] button", to: "signed in as \(shown)") { $0.contains("Aangemeld als <strong>\(shown)</strong>") }
    }

    /// Opens the edit page, replaces the text with what `change` makes of it and saves.
    static func edit(_ browser: WebDriver, site: String, _ change: (String) -> String) throws {
        try browser.open(site + "/agenda/am05/bewerken")
        try browser.waitFor("the edit page") { $0.contains("id=\"tekst\"") }
        let changed = change(try browser.value(of: "#tekst"))
        try browser.setValue(changed, of: "#tekst")
        try #require(try browser.value(of: "#tekst") == changed)
        try browser.click("#bewerk-formulier button")
    }

    @Test(.enabled(if: ExternalTool.chromedriver.shouldRun && ExternalTool.chromium.shouldRun, ExternalTool.chromedriver.skipReason))
    func aPersonWorksThroughTheWorkspace() throws {
        let fixture = try WorkspaceFixture()
        defer { fixture.remove() }
        let session = try BrowserSession(fixture)
        defer { session.stop() }
        let (server, site, browser) = (session.server, session.site, session.browser)
        let path = "regions/am05-twente.toml"
        let title = "titel = \"Regionale Meerjarenagenda Twente 2026-2030\""

        // Sign in, with the keyboard.
        try Self.signIn(browser, site: site, as: "twente", shown: "Tineke Twente")

        // Open the agenda and its document.
        try browser.open(site + "/agenda/am05")
        try browser.waitFor("the agenda's page") { $0.contains("Regionale Meerjarenagenda Twente 2026-2030") }
        try browser.open(site + "/agenda/am05/document/beleidsdeel.html")
        let before = try browser.waitFor("the policy document") { $0.contains("Twente 2026-2030") }
        #expect(!before.contains("Twente 2026-2030 (uit de browser)"))

        // Edit and save: the text area emptied with WebDriver's clear, the new text set at once
        // (10 kB typed key by key is slow here).
        try browser.open(site + "/agenda/am05/bewerken")
        let editPage = try browser.waitFor("the edit page") { $0.contains("id=\"tekst\"") }
        let stored = try browser.value(of: "#tekst")
        #expect(stored == fixture.text(path))
        let lines = stored.split(separator: "\n", omittingEmptySubsequences: false).count
        #expect(editPage.contains("<span id=\"regel-\(lines)\">\(lines)</span></pre>"), "a number beside every line")
        let edited = stored.replacingOccurrences(of: title, with: "titel = \"Regionale Meerjarenagenda Twente 2026-2030 (uit de browser)\"")
        #expect(edited != stored)
        try browser.clear("#tekst")
        #expect(try browser.value(of: "#tekst") == "")
        try browser.setValue(edited, of: "#tekst")
        try #require(try browser.value(of: "#tekst") == edited)
        try browser.clickThrough("#bewerk-formulier button", to: "the saved notice") { $0.contains("Opgeslagen (versie") }
        #expect(fixture.text(path).contains("titel = \"Regionale Meerjarenagenda Twente 2026-2030 (uit de browser)\""))
        try browser.open(site + "/agenda/am05/document/beleidsdeel.html")
        try browser.waitFor("the changed document") { $0.contains("Twente 2026-2030 (uit de browser)") }

        // A mistake typed (key by key, at the end of the text) is found by the check as you type:
        // the finding appears beside the text, its line numbered, and nothing is saved.
        try browser.open(site + "/agenda/am05/bewerken")
        try browser.waitFor("the edit page") { $0.contains("id=\"tekst\"") }
        let last = try browser.value(of: "#tekst").split(separator: "\n", omittingEmptySubsequences: false).count
        let savedText = fixture.text(path)
        try browser.type("kapot = ", into: "#tekst")
        let checked = try browser.waitFor("the typed mistake among the findings") {
            $0.contains("<a href=\"#regel-\(last)\">regel \(last)") && $0.contains("Van de tekst zoals u die typt (nog niet opgeslagen): 1 fout")
        }
        #expect(checked.contains("<span id=\"regel-\(last)\">\(last)</span>"))
        #expect(fixture.text(path) == savedText)
        // Its link puts the cursor at the start of that line.
        try browser.click("#bevindingen a[href='#regel-\(last)']")
        let caret = try browser.run("const e = document.getElementById('tekst'); return [document.activeElement === e, e.selectionStart, e.value.lastIndexOf('\\n') + 1];") as? [Any]
        #expect(caret?.first as? Bool == true && caret?[1] as? Int == caret?[2] as? Int, "caret: \(String(describing: caret))")

        // Saved with the mistake: kept as a draft, and the page says so.
        let draft = try browser.clickThrough("#bewerk-formulier button", to: "the draft notice") { $0.contains("opgeslagen als concept") }
        #expect(draft.contains("<a href=\"#regel-\(last)\">regel \(last)"))
        #expect(fixture.text(path).hasSuffix("\nkapot = "))

        // History and restore the first version.
        try browser.open(site + "/agenda/am05/geschiedenis")
        let history = try browser.waitFor("the history") { $0.contains("Terugzetten") }
        #expect(history.contains("Tineke Twente") && history.contains("Opzet"))
        try browser.clickThrough("tbody tr:last-child form button", to: "the restored notice") { $0.contains("Opgeslagen (versie") }
        #expect(!fixture.text(path).contains("kapot") && fixture.text(path).contains(title + "\n"))
        let agenda = try #require(server.site.store.agenda("am05"))
        #expect(server.site.store.history(of: agenda).first?.message.contains("teruggezet door Tineke Twente") == true)

        // Two sessions, one agenda: a second browser signed in as the same person.
        let other = try WebDriver(chromedriver: try ExternalTool.chromedriver.require(), chromium: try ExternalTool.chromium.require())
        defer { other.quit() }
        try Self.signIn(other, site: site, as: "twente", shown: "Tineke Twente")
        for browser in [browser, other] {
            try browser.open(site + "/agenda/am05/bewerken")
            try browser.waitFor("the edit page") { $0.contains("id=\"tekst\"") }
        }
        // Other lines: both changes are kept, merged.
        try browser.setValue(replacingLine(10, of: try browser.value(of: "#tekst"), with: "titel = \"Twente (eerste sessie)\""), of: "#tekst")
        try browser.clickThrough("#bewerk-formulier button", to: "the first session's save") { $0.contains("Opgeslagen (versie") }
        try other.setValue(replacingLine(64, of: try other.value(of: "#tekst"), with: "naam = \"Gemeente Enschede (tweede sessie)\""), of: "#tekst")
        try other.clickThrough("#bewerk-formulier button", to: "the merged notice") { $0.contains("Iemand anders had intussen andere regels gewijzigd") }
        #expect(fixture.text(path).contains("Twente (eerste sessie)") && fixture.text(path).contains("Gemeente Enschede (tweede sessie)"))
        // The same line: nothing stored, both versions shown; the person chooses their own.
        try browser.setValue(replacingLine(10, of: try browser.value(of: "#tekst"), with: "titel = \"Twente (eerste, opnieuw)\""), of: "#tekst")
        try browser.clickThrough("#bewerk-formulier button", to: "the first session's second save") { $0.contains("Opgeslagen (versie") }
        try other.setValue(replacingLine(10, of: try other.value(of: "#tekst"), with: "titel = \"Twente (tweede sessie)\""), of: "#tekst")
        let beforeConflict = fixture.text(path)
        let conflict = try other.clickThrough("#bewerk-formulier button", to: "both versions") { $0.contains("Intussen opgeslagen") }
        #expect(conflict.contains("Twente (eerste, opnieuw)") && conflict.contains("Twente (tweede sessie)"))
        #expect(fixture.text(path) == beforeConflict)
        try other.clickThrough("form[action='/agenda/am05/bewerken'] button", to: "the chosen version saved") { $0.contains("Opgeslagen (versie") }
        #expect(fixture.text(path).contains("titel = \"Twente (tweede sessie)\"") && fixture.text(path).contains("Gemeente Enschede (tweede sessie)"))
        other.quit()

        // A download of each format offered, fetched by the page with the browser's session.
        try browser.open(site + "/agenda/am05")
        let page = try browser.waitFor("the agenda's page") { $0.contains("/download/") }
        var links: [String] = []
        for part in page.components(separatedBy: "href=\"/agenda/am05/download/").dropFirst() {
            links.append("/agenda/am05/download/" + part.prefix { $0 != "\"" })
        }
        for format in ["html", "docx", "pdf", "md"] {
            #expect(links.contains("/agenda/am05/download/beleidsdeel.\(format)"), "\(format) offered")
        }
        for link in links {
            let format = String(link.split(separator: ".").last ?? "")
            let fetched = try browser.fetchStart(link)
            #expect(fetched.status == 200, "\(link): \(fetched.status) \(fetched.type)")
            let expected = try #require(Self.magic[format], "no known start for \(link)")
            #expect(Array(fetched.start.prefix(expected.count)) == expected, "\(link) starts with \(fetched.start)")
        }

        // Sign out: the pages ask to sign in again.
        try browser.click("form[action='/afmelden'] button")
        try browser.waitForURL("the sign-in page after signing out") { $0 == site + "/aanmelden" }
        try browser.open(site + "/agenda/am05")
        try browser.waitForURL("the sign-in page for a signed-out visitor") { $0 == site + "/aanmelden" }
    }
}
