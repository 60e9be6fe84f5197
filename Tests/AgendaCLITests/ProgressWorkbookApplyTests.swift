import Agenda
import Foundation
import TestSupport
import Testing
@testable import AgendaCLI

/// `mja voortgang --xlsx`, filled in by a script with openpyxl as a controller would in Excel (a
/// status, a realised amount, a new measurement, and one amount typed `1,500`), read back with
/// `--xlsx-invoer` (a preview, nothing written) and `--toepassen` (issue 35, point 3): three changes
/// written, the ambiguous amount refused by its cell, `mja check` clean, and the diff only the
/// edited lines. Under CI=true a missing openpyxl fails the test (`ExternalTool`).
@Suite(.serialized, .timed, .endToEnd) struct ProgressWorkbookApplyTests {
    @Test(.enabled(if: ExternalTool.openpyxlPython.shouldRun, ExternalTool.openpyxlPython.skipReason))
    func appliesTheFilledInWorkbookAndRefusesTheAmbiguousAmount() throws {
        let python = try ExternalTool.openpyxlPython.require()
        let root = NSTemporaryDirectory() + "mja-voortgang-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        let regions = root + "/regions"
        try FileManager.default.copyItem(atPath: AgendaCommandsTests.regions, toPath: regions)
        let twente = regions + "/am05-twente.toml"
        let written = mja("voortgang", twente, "--xlsx", "--uit", root + "/out")
        try #require(written.code == .success, "\(written.error)")
        #expect(written.output == "Voortgangswerkmap van 1 agenda geschreven: \(root)/out/voortgang.xlsx\n")
        let files = try FileManager.default.contentsOfDirectory(atPath: regions).filter { $0.hasSuffix(".toml") }.sorted()
        var before: [String: String] = [:]
        for file in files { before[file] = try String(contentsOfFile: regions + "/" + file, encoding: .utf8) }

        let script = """
            import openpyxl, sys, datetime
            book = openpyxl.load_workbook(sys.argv[1])
            def row_of(sheet, key):
                for row in sheet.iter_rows(min_row=2):
                    if row[0].value == key:
                        return row[0].row
                raise SystemExit("no row " + key)
            def set(sheet, key, heading, value):
                header = [cell.value for cell in sheet[1]]
                number = row_of(sheet, key)
                sheet.cell(number, header.index(heading) + 1).value = value
                return number
            action = "AM05/techniek-omscholing/leerwerkbanen-techniek"
            set(book["Acties"], action, "Status", "afgerond")
            set(book["Realisatie"], action + "#2026|regiobudget-twente", "Gerealiseerd (€)", 170000)
            bad = set(book["Realisatie"], action + "#2026|oo-fonds", "Gerealiseerd (€)", "1,500")
            set(book["Metingen"], "AM05/zorg-instroom/resultaat-1", "Datum", datetime.datetime(2026, 10, 1))
            set(book["Metingen"], "AM05/zorg-instroom/resultaat-1", "Waarde", 25)
            book.save(sys.argv[2])
            open(sys.argv[3], "w").write(str(bad))
            """
        try script.write(toFile: root + "/vul-in.py", atomically: true, encoding: .utf8)
        try #require(try SignalWorkbookRoundTripTests.run(python, [root + "/vul-in.py", root + "/out/voortgang.xlsx", root + "/ingevuld.xlsx", root + "/rij"]) == 0)
        let badRow = try String(contentsOfFile: root + "/rij", encoding: .utf8)

        // A look first: nothing written.
        let preview = mja("voortgang", regions, "--xlsx-invoer", root + "/ingevuld.xlsx")
        #expect(preview.code == .failure, "the ambiguous amount is an error")
        #expect(preview.output.contains("\(twente) (AM05 Twente) zou veranderen:"), "\(preview.output)")
        #expect(preview.output.hasSuffix("Niets geschreven: 1 agenda met wijzigingen, 1 melding (zie hierboven). Voeg --toepassen toe om ze in de agenda's te schrijven.\n"), "\(preview.output)")
        #expect(try String(contentsOfFile: twente, encoding: .utf8) == before["am05-twente.toml"])

        let applied = mja("voortgang", regions, "--xlsx-invoer", root + "/ingevuld.xlsx", "--toepassen")
        #expect(applied.code == .failure)
        #expect(applied.error.contains("fout[MJA321]: Realisatie!G\(badRow): '1,500' kan 1.500 euro betekenen"), "\(applied.error)")
        #expect(applied.error.components(separatedBy: "[MJA").count == 2, "\(applied.error)")
        #expect(applied.output.hasPrefix("\(twente) bijgewerkt:\n"), "\(applied.output)")
        #expect(applied.output.contains(": Van werk naar werk in de techniek · Leerwerkbanen in de techniek inrichten: status lopend → afgerond\n"), "\(applied.output)")
        #expect(applied.output.hasSuffix("1 agenda bijgewerkt uit \(root)/ingevuld.xlsx. Niet toegepast: 1 melding, zie hierboven.\n"), "\(applied.output)")

        for name in files where name != "am05-twente.toml" {
            #expect(try String(contentsOfFile: regions + "/" + name, encoding: .utf8) == before[name], "\(name)")
        }
        let old = before["am05-twente.toml"]!.split(separator: "\n", omittingEmptySubsequences: false)
        let new = try String(contentsOfFile: twente, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        let difference = new.difference(from: old)
        let removed = difference.removals.map { change -> String in if case .remove(_, let line, _) = change { String(line) } else { "" } }
        let inserted = difference.insertions.map { change -> String in if case .insert(_, let line, _) = change { String(line) } else { "" } }
        #expect(removed == ["status = \"lopend\"", "    { jaar = 2026, bron = \"regiobudget-twente\", bedrag = 162400 },"])
        #expect(inserted == ["status = \"afgerond\"", "    { jaar = 2026, bron = \"regiobudget-twente\", bedrag = 170000 },",
                             "    { datum = 2026-10-01, waarde = 25 },"])

        let check = mja("check", regions)
        #expect(check.code == .success, "\(check.output)\(check.error)")
        // Read again, the workbook has nothing left to apply but the refused cell.
        let again = mja("voortgang", regions, "--xlsx-invoer", root + "/ingevuld.xlsx", "--toepassen")
        #expect(again.output.hasPrefix("0 agenda's bijgewerkt"), "\(again.output)")
    }
}
