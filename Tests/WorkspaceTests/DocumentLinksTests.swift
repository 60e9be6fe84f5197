import Foundation
import TestSupport
import Testing
@testable import Workspace

/// The documents served in the workspace link each other and the signal report as they do in `out/`
/// (`uitvoeringsdeel.html`, `../signalen.html`); every such link leads to a page, never a 404.
@Suite(.timed, .serialized) struct DocumentLinksTests {
    @Test func everyLinkInAServedDocumentLeadsToAPage() throws {
        let fixture = try WorkspaceFixture()
        defer { fixture.remove() }
        let harness = try SiteHarness(fixture: fixture)
        let session = harness.session("lezer")
        for document in ["beleidsdeel.html", "uitvoeringsdeel.html"] {
            let page = "/agenda/am05/document/" + document
            let response = harness.ask("GET", page, session: session)
            #expect(response.status.code == 200, "\(page)")
            let links = Self.relativeLinks(in: response.text)
            #expect(links.contains("../signalen.html"), "\(page) links: \(links)")
            for link in links {
                let target = try #require(URL(string: link, relativeTo: URL(string: "http://h" + page))?.path)
                #expect(harness.ask("GET", target, session: session).status.code == 200, "\(page) -> \(link) (\(target))")
            }
        }
    }

    /// The `href`s of `html` that stay on the site: not absolute, not a fragment, not mail.
    static func relativeLinks(in html: String) -> [String] {
        html.components(separatedBy: "href=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") && !$0.hasPrefix("/") && !$0.contains(":") }
            .map { $0.components(separatedBy: "#")[0] }
    }
}
