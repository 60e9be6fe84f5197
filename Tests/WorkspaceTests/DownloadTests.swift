import Agenda
import Foundation
import TestSupport
import Testing
@testable import Workspace

/// Every download of the agenda page: the bytes begin as the format should, the file name is the
/// agenda's and the document's, and a second request is served from the cache (no command runs).
@Suite(.timed, .serialized) struct DownloadTests {
    static let zip: [UInt8] = [0x50, 0x4B, 0x03, 0x04]

    /// The name in the address, the file name the browser saves, how the bytes begin.
    static let downloads: [(String, String, [UInt8])] = [
        ("uitvoeringsdeel.docx", "am13-midden-utrecht-uitvoeringsdeel.docx", zip),
        ("beleidsdeel.pdf", "am13-midden-utrecht-beleidsdeel.pdf", Array("%PDF-".utf8)),
        ("uitvoeringsdeel.md", "am13-midden-utrecht-uitvoeringsdeel.md", Array("# ".utf8)),
        ("beleidsdeel.html", "am13-midden-utrecht-beleidsdeel.html", Array("<!DOCTYPE html>".utf8)),
        ("dia.pptx", "am13-midden-utrecht-dia.pptx", zip),
        ("signalen.xlsx", "am13-midden-utrecht-signalen.xlsx", zip),
        ("begroting.xlsx", "am13-midden-utrecht-begroting.xlsx", zip),
        ("voortgang.xlsx", "am13-midden-utrecht-voortgang.xlsx", zip),
    ]

    @Test func everyFormatIsMadeOnceAndServedFromTheCache() throws {
        let fixture = try WorkspaceFixture(agendas: ["am13-midden-utrecht.toml"])
        defer { fixture.remove() }
        let harness = try SiteHarness(fixture: fixture)
        let session = harness.session("lezer")
        let page = harness.ask("GET", "/agenda/am13", session: session).text
        for (name, file, start) in Self.downloads {
            #expect(page.contains("href=\"/agenda/am13/download/\(name)\""), "\(name) is offered")
            let first = harness.ask("GET", "/agenda/am13/download/\(name)", session: session)
            #expect(first.status.code == 200, "\(name)")
            #expect(first.header("Content-Disposition") == "attachment; filename=\"\(file)\"")
            #expect(Array(first.body.prefix(start.count)) == start, "\(name) begins with \(first.body.prefix(8))")
            let runs = harness.site.maker.runs
            let second = harness.ask("GET", "/agenda/am13/download/\(name)", session: session)
            #expect(second.body == first.body)
            #expect(harness.site.maker.runs == runs, "\(name) is made again")
        }
        // The workbooks hold their sheets; the deck its slides.
        #expect(harness.ask("GET", "/agenda/am13/download/begroting.xlsx", session: session).text.contains("xl/worksheets/sheet"))
        #expect(harness.ask("GET", "/agenda/am13/download/dia.pptx", session: session).text.contains("ppt/slides/slide1.xml"))
        #expect(harness.ask("GET", "/agenda/am13/download/kassa.xlsx", session: session).status.code == 404)
        // Cached by the content (the git tree): a commit that changes nothing keeps the cache, a
        // changed agenda makes the download anew.
        let agenda = try #require(harness.site.store.agenda("am13"))
        let runs = harness.site.maker.runs
        try fixture.run(["-c", "user.name=T", "-c", "user.email=t@test.invalid", "commit", "--quiet", "--allow-empty", "-m", "leeg"])
        #expect(harness.ask("GET", "/agenda/am13/download/begroting.xlsx", session: session).status.code == 200)
        #expect(harness.site.maker.runs == runs)
        try Data((fixture.text(agenda.path) + "\n# gewijzigd\n").utf8).write(to: URL(fileURLWithPath: fixture.folder + "/" + agenda.path))
        try fixture.run(["-c", "user.name=T", "-c", "user.email=t@test.invalid", "commit", "--quiet", "-am", "gewijzigd"])
        #expect(harness.ask("GET", "/agenda/am13/download/begroting.xlsx", session: session).status.code == 200)
        #expect(harness.site.maker.runs == runs + 1)
    }

    /// The workbooks hold the agenda's own lines and signals, though the folder holds every agenda.
    @Test func theWorkbooksHoldTheAgendasOwn() throws {
        let workspace = AgendaWorkbooks.workspace(folder: WorkspaceFixture.root, path: "regions/am13-midden-utrecht.toml")
        #expect(workspace.agendas.count == 1)
        let budget = BudgetWorkbook(workspace: workspace)
        #expect(!budget.lines.isEmpty && Set(budget.lines.map(\.regionCode)) == ["AM13"])
        let signals = SignalCollection(workspace: workspace).signals
        #expect(!signals.isEmpty && Set(signals.map(\.region)) == ["AM13"])
    }
}
