import Agenda
import Documents
import Foundation
import TestSupport
import Testing
@testable import AgendaCLI

/// `mja signalen --xlsx-invoer FILE --toepassen` (issue 35, point 4): the workbook `--xlsx` wrote,
/// edited by a script with openpyxl (one changed status, one new signal, one bad date), applied to a
/// copy of the shipped agendas: two changes written, the bad date refused by its cell, `mja check`
/// clean afterwards, and the diff only the status line and the new block.
@Suite(.serialized, .timed, .endToEnd) struct SignalImportApplyTests {
    @Test(.enabled(if: ExternalTool.openpyxlPython.shouldRun, ExternalTool.openpyxlPython.skipReason))
    func appliesTwoChangesAndRefusesTheBadDate() throws {
        let python = try ExternalTool.openpyxlPython.require()
        let root = NSTemporaryDirectory() + "mja-toepassen-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        let regions = root + "/regions"
        try FileManager.default.copyItem(atPath: AgendaCommandsTests.regions, toPath: regions)
        let written = mja("signalen", regions, "--uit", root + "/out", "--xlsx", root + "/signalen.xlsx", "--sjablonen", SignalsCommandTests.templates)
        try #require(written.code == .success, "\(written.error)")
        let signals = SignalCSVReader(registry: Registry()).read(xlsxFile: root + "/signalen.xlsx").signals
        let files = try FileManager.default.contentsOfDirectory(atPath: regions).filter { $0.hasSuffix(".toml") }.sorted()
        var before: [String: String] = [:]
        for file in files { before[file] = try String(contentsOfFile: regions + "/" + file, encoding: .utf8) }

        let script = """
            import openpyxl, sys
            book = openpyxl.load_workbook(sys.argv[1])
            sheet = book["Signalen"]
            header = [cell.value for cell in sheet[1]]
            sheet.cell(2, header.index("Status") + 1).value = "opgelost"
            added = [cell.value for cell in sheet[3]]
            added[header.index("Id")] = "nieuw-signaal"
            sheet.append(added)
            bad = [cell.value for cell in sheet[4]]
            bad[header.index("Id")] = "fout-signaal"
            bad[header.index("Datum")] = "31-02-2026"
            sheet.append(bad)
            book.save(sys.argv[2])
            """
        try script.write(toFile: root + "/bewerk.py", atomically: true, encoding: .utf8)
        try #require(try SignalWorkbookRoundTripTests.run(python, [root + "/bewerk.py", root + "/signalen.xlsx", root + "/bewerkt.xlsx"]) == 0)

        let applied = mja("signalen", regions, "--xlsx-invoer", root + "/bewerkt.xlsx", "--toepassen")
        #expect(applied.code == .failure, "the bad date is an error")
        // The workbook's first rows are of the first region; its agenda is named after its code.
        let agenda = try #require(files.first { $0.hasPrefix(signals[0].region.lowercased() + "-") })
        try #require(signals[1].region == signals[0].region)
        let file = regions + "/" + agenda
        #expect(applied.output == """
            \(file) bijgewerkt:
              1 signaal gewijzigd: \(signals[0].qualifiedID) (status: '\(signals[0].status.rawValue)' → 'opgelost')
              1 signaal nieuw: \(signals[1].region)/nieuw-signaal
            1 agenda bijgewerkt uit \(root)/bewerkt.xlsx. Niet toegepast: 1 melding, zie hierboven.

            """)
        #expect(applied.error.contains("fout[MJA205]: Signalen!C\(signals.count + 3): '31-02-2026' is geen geldige datum"), "\(applied.error)")
        #expect(applied.error.components(separatedBy: "[MJA").count == 2, "\(applied.error)")

        // Only the one agenda changed: its status line, and a new block at the end.
        for name in files where name != agenda {
            #expect(try String(contentsOfFile: regions + "/" + name, encoding: .utf8) == before[name], "\(name)")
        }
        let old = before[agenda]!.split(separator: "\n", omittingEmptySubsequences: false)
        let new = try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        let idLine = try #require(old.firstIndex(of: "id = \"\(signals[0].id)\""))
        let statusLine = try #require(old[idLine...].firstIndex { $0.hasPrefix("status = ") })
        let changed = old.indices.filter { old[$0] != new[$0] }
        #expect(changed == [statusLine])
        #expect(new[statusLine] == "status = \"opgelost\"")
        #expect(new[old.count] == "[[signaal]]" && new[old.count + 1] == "id = \"nieuw-signaal\"")
        #expect(new.last == "")

        let check = mja("check", regions)
        #expect(check.code == .success, "\(check.output)\(check.error)")
        // Read again, the workbook has nothing left to apply but the bad row.
        let again = mja("signalen", regions, "--xlsx-invoer", root + "/bewerkt.xlsx", "--toepassen")
        #expect(again.output.hasPrefix("0 agenda's bijgewerkt"), "\(again.output)")
    }
}

/// A file saved by someone else after mja read it is not overwritten (MJA301).
@Suite(.timed) struct SignalImportStaleFileTests {
    @Test func aFileChangedSinceItWasReadIsNotWritten() throws {
        let root = NSTemporaryDirectory() + "mja-toepassen-oud-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        let regions = root + "/regions"
        try FileManager.default.copyItem(atPath: AgendaCommandsTests.regions, toPath: regions)
        let workspace = WorkspaceLoader().load(directory: regions)
        let signals = SignalCollection(workspace: workspace).signals
        var rows = signals
        rows[0].status = .solved
        var workbook = SignalWorkbook.workbook(rows)
        workbook.sheets[1] = SignalWorkbook.workbook(signals).sheets[1]
        let plan = SignalImportPlan(workbook: XlsxWriter().render(workbook), file: "bewerkt.xlsx", workspace: workspace)
        let entry = try #require(plan.changes.first)
        let saved = try String(contentsOfFile: entry.file, encoding: .utf8) + "# opgeslagen door een collega\n"
        try saved.write(toFile: entry.file, atomically: true, encoding: .utf8)

        let problem = SignalImportRun.write(entry, plan: plan, source: workspace.sources[entry.file], language: .dutch)
        #expect(problem?.code == "MJA301")
        #expect(problem?.message == "\(entry.file) is gewijzigd sinds mja het las; er is niets in geschreven")
        #expect(try String(contentsOfFile: entry.file, encoding: .utf8) == saved)
        // Unchanged, the same file is written.
        let fresh = WorkspaceLoader().load(directory: regions)
        #expect(SignalImportRun.write(entry, plan: plan, source: fresh.sources[entry.file], language: .dutch) == nil)
        #expect(try String(contentsOfFile: entry.file, encoding: .utf8).contains("status = \"opgelost\""))
    }
}
