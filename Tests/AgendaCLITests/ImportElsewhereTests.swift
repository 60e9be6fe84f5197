@testable import Agenda
import Diagnostics
import Documents
import Foundation
import TestSupport
import Testing
@testable import AgendaCLI

/// `--toepassen` of both workbooks (`mja signalen --xlsx-invoer`, `mja voortgang --xlsx-invoer`)
/// refuses changes that give another agenda of the folder a new error (MJA420, the forms' rule):
/// nothing written, the other file and line named. No workbook the readers accept does that today
/// (rows are found by their ids, progress is read by no other agenda), so the refused plans are made
/// by hand: a change that takes away or renames the signal the national agenda cites.
@Suite(.timed, .serialized) struct ImportElsewhereTests {
    /// A copy of the shipped regions; its path.
    static func regions() throws -> String {
        let root = NSTemporaryDirectory() + "mja-elders-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: AgendaCommandsTests.regions, toPath: root + "/regions")
        return root + "/regions"
    }

    /// What MJA420 says for the national agenda's citation of Twente's `werkcentrum-loket`.
    static func expectRefusal(_ problem: Diagnostic?, regions: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(problem?.code == "MJA420", sourceLocation: sourceLocation)
        #expect(problem?.message.hasPrefix("met deze wijzigingen krijgt een andere agenda een fout die mja check daar meldt ("
            + "\(regions)/lmja.toml:653: signaal 'AM05/werkcentrum-loket' bestaat niet [MJA016]") == true, "\(String(describing: problem))", sourceLocation: sourceLocation)
        #expect(problem?.message.hasSuffix("er is niets in \(regions)/am05-twente.toml geschreven") == true, sourceLocation: sourceLocation)
        #expect(problem?.hint == "laat staan waar die agenda naar verwijst, of pas eerst die agenda aan", sourceLocation: sourceLocation)
        let lmja = regions + "/lmja.toml"
        let places = (problem?.notes ?? []).map { ($0.file ?? "", $0.range?.start.line ?? 0) }
        #expect(places.contains { $0.0 == lmja && $0.1 == 653 }, sourceLocation: sourceLocation)
    }

    @Test func theSignalWorkbookIsNotWrittenWhenAnotherAgendaGetsAnError() throws {
        let regions = try Self.regions()
        defer { try? FileManager.default.removeItem(atPath: (regions as NSString).deletingLastPathComponent) }
        let workspace = WorkspaceLoader().load(directory: regions)
        let signals = SignalCollection(workspace: workspace).signals
        var rows = signals
        let index = try #require(rows.firstIndex { $0.qualifiedID == "AM05/werkcentrum-loket" })
        rows[index].status = .solved
        var workbook = SignalWorkbook.workbook(rows)
        workbook.sheets[1] = SignalWorkbook.workbook(signals).sheets[1]
        let saves = SignalImportPlan(workbook: XlsxWriter().render(workbook), file: "bewerkt.xlsx", workspace: workspace)
        let entry = try #require(saves.changes.first)
        #expect(saves.changes.count == 1 && entry.file == regions + "/am05-twente.toml")
        var refused = saves
        refused.changes[0].rows.append(SignalImportPlan.FieldChange(signal: "werkcentrum-loket", field: "id", old: "werkcentrum-loket", new: ""))
        let before = try String(contentsOfFile: entry.file, encoding: .utf8)

        let problem = SignalImportRun.write(refused.changes[0], plan: refused, source: workspace.sources[entry.file], language: .dutch)
        Self.expectRefusal(problem, regions: regions)
        #expect(try String(contentsOfFile: entry.file, encoding: .utf8) == before)
        // The status alone breaks nothing elsewhere: written.
        #expect(SignalImportRun.write(entry, plan: saves, source: workspace.sources[entry.file], language: .dutch) == nil)
        #expect(try String(contentsOfFile: entry.file, encoding: .utf8) == before.replacingOccurrences(of: "status = \"teruggekoppeld\"\nantwoord = \"Gedeeld",
                                                                                                          with: "status = \"opgelost\"\nantwoord = \"Gedeeld"))
    }

    @Test func theProgressWorkbookIsNotWrittenWhenAnotherAgendaGetsAnError() throws {
        let regions = try Self.regions()
        defer { try? FileManager.default.removeItem(atPath: (regions as NSString).deletingLastPathComponent) }
        let file = regions + "/am05-twente.toml"
        let workspace = WorkspaceLoader().load(directory: regions)
        let source = try #require(workspace.sources[file])
        func entry(_ edit: WorkbookEditPlan.Edit) -> WorkbookEditPlan.AgendaEdits {
            WorkbookEditPlan.AgendaEdits(file: file, label: "AM05 Twente", regionCode: "AM05", edits: [edit],
                                         rows: [WorkbookEditPlan.PreviewRow(cell: "Acties!F2", subject: "Twente", field: "waarde", old: "", new: "")])
        }
        let before = try String(contentsOfFile: file, encoding: .utf8)
        let rename = entry(.set(table: [.element(array: "signaal", id: "werkcentrum-loket")], key: "id", value: .string("werkcentrum-balie")))
        for apply in [false, true] {
            // The preview says it too: nothing would be written.
            Self.expectRefusal(ProgressWorkbookRun.write(rename, source: source, loader: WorkspaceLoader(), apply: apply, language: .dutch), regions: regions)
            #expect(try String(contentsOfFile: file, encoding: .utf8) == before)
        }
        let progress = entry(.set(table: [.element(array: "thema", id: "zorg-instroom"), .element(array: "actie", id: "jobcoach-zorg")], key: "voortgang", value: .integer(25)))
        #expect(ProgressWorkbookRun.write(progress, source: source, loader: WorkspaceLoader(), apply: true, language: .dutch) == nil)
        #expect(try String(contentsOfFile: file, encoding: .utf8) == before.replacingOccurrences(of: "status = \"vertraagd\"\nvoortgang = 10", with: "status = \"vertraagd\"\nvoortgang = 25"))
    }

    @Test func explainSaysWhatMJA420Means() {
        let explained = mja("explain", "MJA420")
        #expect(explained.code == .success)
        #expect(explained.output.contains("Wijziging geeft een andere agenda een fout"), "\(explained.output)")
    }
}
