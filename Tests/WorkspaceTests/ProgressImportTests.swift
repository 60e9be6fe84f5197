import Agenda
import Documents
import Foundation
import HTTP
import TestSupport
import Testing
@testable import Workspace

/// A filled-in progress workbook uploaded to `/voortgang/invoer` (issue 35, point 3): a preview per
/// agenda, cell by cell, with the refused cell named, nothing saved; then only the agendas the
/// person may change are written, one commit per agenda; every role tried.
@Suite(.timed, .serialized) struct ProgressImportTests {
    /// The fixture's progress workbook with a status changed in Twente, in Midden-Utrecht and in the
    /// national agenda, and an amount typed `1,500` in Twente.
    static func editedWorkbook(_ fixture: WorkspaceFixture) throws -> (bytes: [UInt8], rows: (twente: Int, utrecht: Int, national: Int, bad: Int)) {
        let workspace = WorkspaceLoader().load(directory: fixture.folder + "/regions")
        var workbook = ProgressWorkbook.workbook(workspace.agendas, workspace: workspace)
        func row(_ prefix: String, sheet: Int) throws -> Int {
            try #require(workbook.sheets[sheet].rows.firstIndex { if case .text(let key)? = $0.first { key.hasPrefix(prefix) } else { false } })
        }
        func changeStatus(_ prefix: String) throws -> Int {
            let index = try row(prefix, sheet: 1)
            workbook.sheets[1].rows[index][4] = .text(workbook.sheets[1].rows[index][4] == .text("afgerond") ? "lopend" : "afgerond")
            return index + 2
        }
        let twente = try changeStatus("AM05/techniek-omscholing/leerwerkbanen-techniek")
        let utrecht = try changeStatus("AM13/")
        let national = try changeStatus("LMJA/")
        let bad = try row("AM05/techniek-omscholing/leerwerkbanen-techniek#2026|oo-fonds", sheet: 2)
        workbook.sheets[2].rows[bad][6] = .text("1,500")
        return (XlsxWriter().render(workbook), (twente, utrecht, national, bad + 2))
    }

    /// The upload of `bytes` (`SiteHarness.upload`, shared with the other workbook's suite).
    static func upload(_ harness: SiteHarness, session: Session, bytes: [UInt8]) -> Response {
        harness.upload(bytes, to: "/voortgang/invoer", filename: "voortgang.xlsx", session: session)
    }

    @Test func previewThenApplyWhatThePersonMayChange() throws {
        let fixture = try WorkspaceFixture()
        defer { fixture.remove() }
        let harness = try SiteHarness(fixture: fixture)
        let (bytes, rows) = try Self.editedWorkbook(fixture)
        let session = harness.session("twente")
        #expect(harness.ask("GET", "/voortgang/invoer", session: session).status.code == 200)
        let preview = Self.upload(harness, session: session, bytes: bytes)
        #expect(preview.status.code == 200, "\(preview.text)")
        #expect(preview.text.contains("<td>Acties!E\(rows.twente)</td><td>Van werk naar werk in de techniek · Leerwerkbanen in de techniek inrichten</td><td>status</td><td>lopend</td><td>afgerond</td><td>wordt opgeslagen</td>"), "\(preview.text)")
        #expect(preview.text.contains("<td>Acties!E\(rows.utrecht)</td>"))
        #expect(preview.text.contains("geweigerd: uw rol (regio:AM05) mag de agenda AM13 Midden-Utrecht niet wijzigen"), "\(preview.text)")
        #expect(preview.text.contains("<strong>Realisatie!G\(rows.bad)</strong>: &#39;1,500&#39; kan 1.500 euro betekenen"), "\(preview.text)")
        #expect(try fixture.run(["rev-list", "--count", "HEAD"]) == "1\n")

        let carried = try #require(preview.field("werkmap"))
        let applied = harness.ask("POST", "/voortgang/invoer", session: session, form: [("werkmap", carried), ("naam", "voortgang.xlsx"), ("knop", "toepassen")])
        #expect(applied.status.code == 200, "\(applied.text)")
        #expect(applied.text.contains("am05-twente: opgeslagen"), "\(applied.text)")
        #expect(try fixture.run(["rev-list", "--count", "HEAD"]) == "2\n")
        let diff = try FormsTests.lastDiff(fixture)
        #expect(diff == "-status = \"lopend\"\n+status = \"afgerond\"", "\(diff)")
        let stat = try fixture.run(["show", "--stat", "--format=", "HEAD"])
        #expect(stat.contains("am05-twente.toml") && !stat.contains("am13") && !stat.contains("lmja"))
        #expect(try fixture.run(["log", "-1", "--format=%s"]).hasPrefix("am05-twente: voortgang uit Excel, 1 wijziging"))
    }

    @Test func whoMayUpload() throws {
        let fixture = try WorkspaceFixture()
        defer { fixture.remove() }
        let harness = try SiteHarness(fixture: fixture)
        let (bytes, rows) = try Self.editedWorkbook(fixture)
        // beraad: the national agenda only.
        let beraad = Self.upload(harness, session: harness.session("beraad"), bytes: bytes)
        #expect(beraad.status.code == 200)
        #expect(beraad.text.contains("<td>Acties!E\(rows.national)</td>"))
        #expect(beraad.text.contains("geweigerd: uw rol (beraad) mag de agenda AM05 Twente niet wijzigen"), "\(beraad.text)")
        let carried = try #require(beraad.field("werkmap"))
        let applied = harness.ask("POST", "/voortgang/invoer", session: harness.session("beraad"), form: [("werkmap", carried), ("naam", "voortgang.xlsx"), ("knop", "toepassen")])
        #expect(applied.text.contains("lmja: opgeslagen"), "\(applied.text)")
        let stat = try fixture.run(["show", "--stat", "--format=", "HEAD"])
        #expect(stat.contains("lmja.toml") && !stat.contains("am05") && !stat.contains("am13"))
        // lezer and beheer: see the preview, may save nothing.
        for who in ["lezer", "beheer"] {
            let response = Self.upload(harness, session: harness.session(who), bytes: bytes)
            #expect(response.status.code == 200, "\(who)")
            #expect(response.text.contains("Er is niets dat u met deze werkmap kunt opslaan."), "\(who)")
            #expect(!response.text.contains("name=\"werkmap\" value="), "\(who)")
            let forced = harness.ask("POST", "/voortgang/invoer", session: harness.session(who), form: [("werkmap", carried), ("naam", "voortgang.xlsx"), ("knop", "toepassen")])
            #expect(forced.text.contains("niet opgeslagen, uw rol mag deze agenda niet wijzigen"), "\(who)")
        }
        #expect(try fixture.run(["rev-list", "--count", "HEAD"]) == "2\n")
        // No file, or an empty one: asked for again, nothing saved.
        let none = harness.ask("POST", "/voortgang/invoer", session: harness.session("twente"), form: [("knop", "toepassen")])
        #expect(none.status.code == 422 && none.text.contains("Kies eerst een werkmap (.xlsx) om te uploaden."))
        let empty = Self.upload(harness, session: harness.session("twente"), bytes: [])
        #expect(empty.status.code == 422 && empty.text.contains("De werkmap is leeg of groter dan 1 MB"))
        // Without a session, or without the token: refused.
        #expect(harness.ask("GET", "/voortgang/invoer").status.code == 303)
        #expect(harness.ask("POST", "/voortgang/invoer", session: harness.session("twente"), form: [("knop", "toepassen")], csrf: false).status.code == 403)
        #expect(Route(method: "PUT", target: "/voortgang/invoer") == .methodNotAllowed(allow: "GET, HEAD, POST"))
        #expect(try fixture.run(["rev-list", "--count", "HEAD"]) == "2\n")
    }
}
