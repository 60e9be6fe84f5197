import Foundation
import TestSupport
import Testing
@testable import Workspace

/// In a real browser, with the keyboard alone: `beraad` confirms the removal of a national theme
/// that regions name, the refused page says what blocks it and offers no button to send the same
/// removal again, only links (reached with Tab), and Enter on "Terug naar het thema" leads back to
/// the theme's form; at a phone's width the page does not scroll sideways. Skipped without
/// chromedriver and Chromium, failing under CI=true; every wait is bounded.
@Suite(.timed, .serialized) struct RefusedRemovalBrowserTests {
    @Test(.enabled(if: ExternalTool.chromedriver.shouldRun && ExternalTool.chromium.shouldRun, ExternalTool.chromedriver.skipReason),
          arguments: [1280, 390])
    func aRefusedRemovalLeadsBackWithTheKeyboard(width: Int) throws {
        let fixture = try WorkspaceFixture()
        defer { fixture.remove() }
        let session = try BrowserSession(fixture, phoneWidth: width == 390 ? 390 : nil)
        defer { session.stop() }
        let (site, browser) = (session.site, session.browser)
        if width != 390 { try browser.resize(width: width, height: 900) }
        try session.signIn("beraad", shown: "Bart Beraad")
        let theme = "/agenda/lmja/formulier/thema/lt3-mobiliteit"
        try browser.open(site + theme + "/verwijderen")
        try browser.waitFor("the removal question") { $0.contains("Ja, verwijderen") }
        // Enter on the focused button sends the form, as a keyboard user does.
        try browser.type("\u{E007}", into: "button[value='verwijderen']")
        let refused = try browser.waitFor("the refused removal", seconds: 60) { $0.contains("Verwijderen kan nu niet") }
        #expect(refused.contains("Verwijder eerst de verwijzingen in"))
        // In the page's main part only links: nothing to send, every one reached with Tab.
        let controls = try #require(browser.run("""
            return Array.from(document.querySelectorAll('main button, main input, main select, main textarea, main form, main a[href]'))
                .map(e => e.tagName + (e.tabIndex < 0 ? ':unreachable' : ''));
            """) as? [String])
        #expect(!controls.isEmpty && controls.allSatisfy { $0 == "A" }, "\(controls)")
        let widths = try #require(browser.run("return [document.documentElement.scrollWidth, document.documentElement.clientWidth];") as? [Int])
        #expect(widths[0] == widths[1], "the page scrolls sideways at \(width): \(widths)")
        try browser.type("\u{E007}", into: "main a.knop[href='\(theme)']")
        _ = try browser.waitForURL("the theme's form") { $0.hasSuffix(theme) }
        _ = try browser.waitFor("the theme's form") { $0.contains("Thema verwijderen") }
        #expect(try fixture.run(["rev-list", "--count", "HEAD"]) == "1\n")
        #expect(fixture.text("regions/lmja.toml").contains("id = \"lt3-mobiliteit\""))
    }
}
