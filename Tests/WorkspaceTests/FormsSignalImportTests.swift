import Agenda
import Documents
import Foundation
import HTTP
import TestSupport
import Testing
@testable import Workspace

/// An edited signal workbook uploaded to `/signalen/invoer`: a preview per agenda, row by row, with
/// the refused cell named, nothing saved; then only the rows the person may change are applied,
/// one commit per agenda.
@Suite(.timed, .serialized) struct FormsSignalImportTests {
    /// The fixture's signal workbook with a changed status in Twente and in Midden-Utrecht, a new
    /// Twente signal and a row with a date that does not exist.
    static func editedWorkbook(_ fixture: WorkspaceFixture) throws -> (bytes: [UInt8], twente: Signal, utrecht: Signal) {
        let workspace = WorkspaceLoader().load(directory: fixture.folder + "/regions")
        let signals = SignalCollection(workspace: workspace).signals
        var rows = signals
        let twente = try #require(rows.firstIndex { $0.region == "AM05" && $0.status != .solved })
        let utrecht = try #require(rows.firstIndex { $0.region == "AM13" && $0.status != .solved })
        rows[twente].status = .solved
        rows[utrecht].status = .solved
        var added = signals[twente]
        added.id = "nieuw-uit-excel"
        added.title = "Een nieuw signaal uit Excel"
        rows.append(added)
        var bad = signals[twente]
        bad.id = "foute-datum"
        rows.append(bad)
        var workbook = SignalWorkbook.workbook(rows)
        workbook.sheets[0].rows[rows.count - 1][SignalCSVFormat.columns.firstIndex(of: "datum")!] = .text("31-02-2026")
        workbook.sheets[1] = SignalWorkbook.workbook(signals).sheets[1]
        return (XlsxWriter().render(workbook), signals[twente], signals[utrecht])
    }

    /// The upload of `bytes` (`SiteHarness.upload`, shared with the other workbook's suite).
    static func upload(_ harness: SiteHarness, session: Session, bytes: [UInt8]) -> Response {
        harness.upload(bytes, to: "/signalen/invoer", filename: "signalen.xlsx", session: session)
    }

    @Test func previewThenApplyWhatThePersonMayChange() throws {
        let fixture = try WorkspaceFixture()
        defer { fixture.remove() }
        let harness = try SiteHarness(fixture: fixture)
        let (bytes, twente, utrecht) = try Self.editedWorkbook(fixture)
        let session = harness.session("twente")
        #expect(harness.ask("GET", "/signalen/invoer", session: session).status.code == 200)
        let preview = Self.upload(harness, session: session, bytes: bytes)
        #expect(preview.status.code == 200, "\(preview.text)")
        #expect(preview.text.contains("<td>\(twente.id)</td><td>status</td><td>\(twente.status.rawValue)</td><td>opgelost</td><td>wordt opgeslagen</td>"))
        #expect(preview.text.contains("<td>\(utrecht.id)</td><td>status</td><td>\(utrecht.status.rawValue)</td><td>opgelost</td><td>geweigerd: uw rol (regio:AM05) mag de agenda van AM13 niet wijzigen</td>"))
        #expect(preview.text.contains("<td>nieuw-uit-excel (nieuw)</td><td>titel</td><td></td><td>Een nieuw signaal uit Excel</td><td>wordt opgeslagen</td>"))
        #expect(preview.text.contains("<strong>Signalen!C"))
        #expect(try fixture.run(["rev-list", "--count", "HEAD"]) == "1\n")
        let carried = try #require(preview.field("werkmap"))
        let applied = harness.ask("POST", "/signalen/invoer", session: session, form: [("werkmap", carried), ("naam", "signalen.xlsx"), ("knop", "toepassen")])
        #expect(applied.status.code == 200, "\(applied.text)")
        #expect(applied.text.contains("am05-twente: opgeslagen"))
        #expect(try fixture.run(["rev-list", "--count", "HEAD"]) == "2\n")
        let diff = try FormsTests.lastDiff(fixture)
        #expect(diff.hasPrefix("-status = \"\(twente.status.rawValue)\"\n+status = \"opgelost\"\n"), "\(diff)")
        #expect(diff.contains("+id = \"nieuw-uit-excel\""))
        #expect(!diff.contains("foute-datum"))
        #expect(try fixture.run(["show", "--stat", "--format=", "HEAD"]).contains("am05-twente.toml"))
        #expect(!(try fixture.run(["show", "--stat", "--format=", "HEAD"]).contains("am13")))
    }

    @Test func whoMayUpload() throws {
        let fixture = try WorkspaceFixture()
        defer { fixture.remove() }
        let harness = try SiteHarness(fixture: fixture)
        let (bytes, _, utrecht) = try Self.editedWorkbook(fixture)
        // beraad: the handling status of any region's signal, not a new signal in a region's agenda.
        let beraad = Self.upload(harness, session: harness.session("beraad"), bytes: bytes)
        #expect(beraad.status.code == 200)
        #expect(beraad.text.contains("<td>\(utrecht.id)</td><td>status</td><td>\(utrecht.status.rawValue)</td><td>opgelost</td><td>wordt opgeslagen</td>"))
        #expect(beraad.text.contains("<td>nieuw-uit-excel (nieuw)</td><td>titel</td><td></td><td>Een nieuw signaal uit Excel</td><td>geweigerd: de rol beraad"))
        // lezer: sees the preview, may save nothing.
        let lezer = Self.upload(harness, session: harness.session("lezer"), bytes: bytes)
        #expect(lezer.text.contains("Er is niets dat u met deze werkmap kunt opslaan."))
        #expect(!lezer.text.contains("name=\"werkmap\" value="))
        // Without a session, or without the token: refused.
        #expect(harness.ask("GET", "/signalen/invoer").status.code == 303)
        #expect(harness.ask("POST", "/signalen/invoer", session: harness.session("twente"), form: [("knop", "toepassen")], csrf: false).status.code == 403)
        #expect(try fixture.run(["rev-list", "--count", "HEAD"]) == "1\n")
    }
}
