import Foundation
import HTTP
import TestSupport
import Testing
@testable import Workspace

/// What an attacker or a careless paste sends: nothing is served that is not a page or document,
/// nothing is written that should not be, and the server keeps answering others.
@Suite(.timed, .serialized) struct HostileInputTests {
    /// Paths that try to reach files on disk, in every encoding; none is anything but 400 or 404.
    static let paths = [
        "/../regions/am05-twente.toml", "/agenda/../../regions/am05-twente.toml", "/agenda/am05/download/../../../regions/am05-twente.toml",
        "/agenda/am05/download/..%2f..%2fregions%2fam05-twente.toml", "/agenda/am05/document/%2e%2e/%2e%2e/.git/config",
        "/agenda/%2E%2E/download/am05-twente.toml", "/agenda/am05/download/..%5c..%5cregions%5cam05-twente.toml",
        "/agenda/am05/download/%252e%252e%252fam05-twente.toml", "/agenda/am05/download/%c0%ae%c0%ae%c0%afam05-twente.toml",
        "/agenda/am05/download/am05-twente.toml", "/regions/am05-twente.toml", "/.git/config", "/agenda/am05/document/.git",
        "/agenda/am05%00/download/beleidsdeel.md", "/agenda/am05/download/beleidsdeel.md%00.toml", "/agenda/am05/download/%2fetc%2fpasswd",
        "/agenda/am05-twente.toml", "/agenda/.%2e/", "/agenda/am05/download/beleidsdeel.md/..", "//etc/passwd",
    ]

    @Test func pathsNeverNameAFileOnDisk() throws {
        let fixture = try WorkspaceFixture()
        defer { fixture.remove() }
        let harness = try SiteHarness(fixture: fixture)
        let session = harness.session("beheer")
        for path in Self.paths {
            let response = harness.ask("GET", path, session: session)
            #expect([400, 404].contains(response.status.code), "\(path): \(response.status.code)")
            #expect(!response.text.contains("[agenda]") && !response.text.contains("repositoryformatversion") && !response.text.contains("root:"), "\(path)")
        }
    }

    @Test func aSaveWithControlCharactersIsRefusedWithItsPlace() throws {
        let fixture = try WorkspaceFixture()
        defer { fixture.remove() }
        let harness = try SiteHarness(fixture: fixture)
        let session = harness.session("twente")
        let agenda = try #require(harness.site.store.agenda("am05"))
        let (text, version) = try harness.site.store.read(agenda)
        let hostile = replacingLine(10, of: text, with: "titel = \"Twente\u{1B}[31m\u{0}\"")
        let response = harness.ask("POST", "/agenda/am05/bewerken", session: session, form: [("versie", version), ("tekst", hostile)])
        #expect(response.status.code == 422)
        #expect(response.text.contains("regel 10, kolom 16 bevat een onzichtbaar stuurteken (U+001B)"))
        // The text stays in the form (escaped), and nothing was written.
        #expect(response.text.contains("titel = &quot;Twente\u{1B}[31m"))
        #expect(fixture.text(agenda.path) == text)
        #expect(try fixture.run(["rev-list", "--count", "HEAD"]) == "1\n")
    }

    @Test func aScriptInATitleIsText() throws {
        let fixture = try WorkspaceFixture()
        defer { fixture.remove() }
        let harness = try SiteHarness(fixture: fixture)
        let session = harness.session("twente")
        let agenda = try #require(harness.site.store.agenda("am05"))
        let (text, version) = try harness.site.store.read(agenda)
        let hostile = replacingLine(10, of: text, with: "titel = \"<script>alert('x')</script> Twente\"")
        #expect(harness.ask("POST", "/agenda/am05/bewerken", session: session, form: [("versie", version), ("tekst", hostile)]).status.code == 303)
        for page in ["/", "/agenda/am05", "/agenda/am05/bewerken", "/agenda/am05/document/beleidsdeel.html", "/agenda/am05/geschiedenis"] {
            let response = harness.ask("GET", page, session: session)
            #expect(response.status.code == 200, "\(page)")
            // The only script is the edit page's file; the title is never one.
            let own = "<script src=\"/werkruimte.js\" defer></script>"
            #expect(!response.text.replacingOccurrences(of: own, with: "").contains("<script"), "\(page) holds a script element")
            // The history shows file names and commit messages, not the title.
            if page.hasSuffix("geschiedenis") { continue }
            #expect(response.text.contains("&lt;script&gt;"), "\(page) does not show the title as text")
        }
    }

    @Test func twoSessionsSavingTheSameAgenda() throws {
        let fixture = try WorkspaceFixture()
        defer { fixture.remove() }
        let harness = try SiteHarness(fixture: fixture)
        let anna = harness.session("twente"), bram = harness.session("twente")
        let annasPage = harness.ask("GET", "/agenda/am05/bewerken", session: anna)
        let bramsPage = harness.ask("GET", "/agenda/am05/bewerken", session: bram)
        let agenda = try #require(harness.site.store.agenda("am05"))
        let text = fixture.text(agenda.path)
        let annasVersion = try #require(annasPage.field("versie")), bramsVersion = try #require(bramsPage.field("versie"))
        // Anna changes the status, Bram an organisation's name further down: both are kept.
        let first = harness.ask("POST", "/agenda/am05/bewerken", session: anna,
                                form: [("versie", annasVersion), ("tekst", replacingLine(12, of: text, with: "status = \"vastgesteld\""))])
        #expect(first.status.code == 303 && first.header("Location")?.hasPrefix("/agenda/am05/bewerken?opgeslagen=") == true)
        let second = harness.ask("POST", "/agenda/am05/bewerken", session: bram,
                                 form: [("versie", bramsVersion), ("tekst", replacingLine(64, of: text, with: "naam = \"Gemeente Enschede (centrum)\""))])
        #expect(second.status.code == 303 && second.header("Location")?.hasSuffix("&samengevoegd=1") == true)
        let merged = fixture.text(agenda.path)
        #expect(merged.contains("status = \"vastgesteld\"") && merged.contains("Gemeente Enschede (centrum)"))
        let said = harness.ask("GET", try #require(second.header("Location")), session: bram)
        #expect(said.text.contains("Iemand anders had intussen andere regels gewijzigd"))
        // Bram, still on his old page, changes the status too: the same line. Nothing is stored;
        // both versions are shown.
        let third = harness.ask("POST", "/agenda/am05/bewerken", session: bram,
                                form: [("versie", bramsVersion), ("tekst", replacingLine(12, of: text, with: "status = \"ingetrokken\""))])
        #expect(third.status.code == 409)
        #expect(third.text.contains("Intussen opgeslagen") && third.text.contains("status = &quot;vastgesteld&quot;"))
        #expect(third.text.contains("status = &quot;ingetrokken&quot;") && third.text.contains("&lt;&lt;&lt;&lt;&lt;&lt;&lt; uw versie"))
        #expect(fixture.text(agenda.path) == merged)
        // He decides for his own text: the form begins from the stored version, so it is saved.
        let choice = try #require(third.field("versie"))
        let fourth = harness.ask("POST", "/agenda/am05/bewerken", session: bram,
                                 form: [("versie", choice), ("tekst", replacingLine(12, of: text, with: "status = \"ingetrokken\""))])
        #expect(fourth.status.code == 303)
        #expect(fixture.text(agenda.path).contains("status = \"ingetrokken\""))
        let authors = harness.site.store.history(of: agenda).map(\.author)
        #expect(authors == ["Tineke Twente", "Tineke Twente", "Tineke Twente", "Opzet"])
    }

    @Test func aSaveWithErrorsIsADraftAndSaysSo() throws {
        let fixture = try WorkspaceFixture()
        defer { fixture.remove() }
        let harness = try SiteHarness(fixture: fixture)
        let session = harness.session("twente")
        let agenda = try #require(harness.site.store.agenda("am05"))
        let (text, version) = try harness.site.store.read(agenda)
        let broken = replacingLine(12, of: text, with: "status = ")
        let saved = harness.ask("POST", "/agenda/am05/bewerken", session: session, form: [("versie", version), ("tekst", broken)])
        #expect(saved.status.code == 303)
        #expect(fixture.text(agenda.path) == broken)
        let page = harness.ask("GET", try #require(saved.header("Location")), session: session)
        #expect(page.text.contains("opgeslagen als concept"))
        #expect(page.text.contains("<a href=\"#regel-12\">regel 12"))
    }

    // Over real sockets: limits of the HTTP layer as the workspace sets them.

    static func server(_ fixture: WorkspaceFixture) throws -> WorkspaceServer {
        let harness = try SiteHarness(fixture: fixture)
        var configuration = WorkspaceServer.configuration(address: "127.0.0.1", hostNames: ["127.0.0.1"])
        configuration.headTimeout = .seconds(30)
        let server = try WorkspaceServer(site: harness.site, port: 0, configuration: configuration, log: { _ in })
        server.start()
        return server
    }

    static func signInPage(port: UInt16, from address: String = "127.0.0.2") -> Int {
        guard let client = RawClient(port: port, from: address) else { return 0 }
        client.send("GET /aanmelden HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n\r\n")
        return RawClient.status(of: client.readToEnd().text)
    }

    @Test func largeBodiesAreRefusedBeforeTheyAreRead() throws {
        let fixture = try WorkspaceFixture()
        defer { fixture.remove() }
        let server = try Self.server(fixture)
        defer { server.stop() }
        for size in [10 * 1024 * 1024, 5 * 1024 * 1024 + 100] {
            let client = try #require(RawClient(port: server.port))
            client.send("POST /agenda/am05/bewerken HTTP/1.1\r\nHost: 127.0.0.1:\(server.port)\r\nOrigin: http://127.0.0.1:\(server.port)\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: \(size)\r\n\r\ntekst=")
            #expect(RawClient.status(of: client.readToEnd().text) == 413)
        }
        #expect(Self.signInPage(port: server.port) == 200)
        #expect(try fixture.run(["rev-list", "--count", "HEAD"]) == "1\n")
    }

    @Test func slowAndManyClientsDoNotStopOthers() throws {
        let fixture = try WorkspaceFixture()
        defer { fixture.remove() }
        let server = try Self.server(fixture)
        defer { server.stop() }
        // A client that sends half a request and then nothing, as one sending a byte a second would.
        let slow = try #require(RawClient(port: server.port, from: "127.0.0.5"))
        slow.send("GET / HTTP/1.1\r\nHo")
        // A thousand connections from one address: at most 64 are served, the rest refused.
        var flood: [RawClient] = []
        for _ in 0..<1000 {
            if let client = RawClient(port: server.port, from: "127.0.0.3") { flood.append(client) }
        }
        #expect(flood.count == 1000)
        #expect(Self.signInPage(port: server.port) == 200)
        let refused = try #require(flood.last).readToEnd(seconds: 5)
        #expect(RawClient.status(of: refused.text) == 503 || refused.text.isEmpty)
        flood.removeAll()
        #expect(Self.signInPage(port: server.port, from: "127.0.0.4") == 200)
    }

    @Test func stoppingFinishesARequestInFlight() throws {
        let fixture = try WorkspaceFixture()
        defer { fixture.remove() }
        let server = try Self.server(fixture)
        let session = server.site.sessions.start(for: server.site.gatekeeper.person(named: "lezer"))
        let client = try #require(RawClient(port: server.port))
        // A PDF is made on request: the request is in flight for a while.
        client.send("GET /agenda/am05/download/beleidsdeel.pdf HTTP/1.1\r\nHost: 127.0.0.1:\(server.port)\r\nCookie: \(WorkspaceSite.cookieName)=\(session.id)\r\n\r\n")
        while server.requestsInFlight == 0 { usleep(1000) }
        server.stop()
        let answer = try #require(client.readResponse(seconds: 60))
        #expect(RawClient.status(of: answer) == 200)
        #expect(answer.contains("%PDF-") && answer.contains("%%EOF"))
    }
}
