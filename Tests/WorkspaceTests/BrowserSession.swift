import TestSupport
@testable import Workspace

/// A workspace server on a fixture with a headless Chromium beside it, for the tests that work in a
/// real browser: the start every such test began with, both stopped together, and the sign-in
/// through the form (`SiteHarness` gives each account the password `geheim-NAME`).
struct BrowserSession {
    let server: WorkspaceServer
    let browser: WebDriver

    /// Starts the server on `fixture` and then the browser (as wide as a phone when `phoneWidth`
    /// is given); the server is stopped again when the browser cannot start.
    init(_ fixture: WorkspaceFixture, phoneWidth: Int? = nil) throws {
        server = try HostileInputTests.server(fixture)
        do {
            browser = try WebDriver(chromedriver: try ExternalTool.chromedriver.require(), chromium: try ExternalTool.chromium.require(),
                                phoneWidth: phoneWidth)
        } catch {
            server.stop()
            throw error
        }
    }

    /// The server's address, as the browser types it.
    var site: String { "http://127.0.0.1:\(server.port)" }

    /// Closes the browser, then stops the server.
    func stop() {
        browser.quit()
        server.stop()
    }

    /// Signs `name` in through the sign-in form and waits until the page greets `shown`.
    func signIn(_ name: String, shown: String) throws {
        try browser.open(site + "/aanmelden")
        try browser.waitFor("the sign-in page") { $0.contains("id=\"naam\"") }
        try browser.type(name, into: "#naam")
        try browser.type("geheim-\(name)", into: "#wachtwoord")
        try browser.clickThrough("form[action='/aanmelden'] button", to: "signed in as \(shown)") { $0.contains("Aangemeld als <strong>\(shown)</strong>") }
    }
}
