import Documents
import Foundation
import TestSupport
import Testing
@testable import AgendaCLI

/// `mja signalen --xlsx` and `mja begroting` run in-process on the shipped agendas.
@Suite(.timed) struct XlsxCommandsTests {
    func temporaryFolder() throws -> String {
        let folder = NSTemporaryDirectory() + "mja-xlsx-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func budgetWritesAWorkbookAndASummary() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let result = mja("begroting", AgendaCommandsTests.regions, "--uit", root)
        #expect(result.code == .success, "\(result.error)")
        #expect(result.output.contains("begrotingsregels uit 36 agenda's, samen € "), "\(result.output)")
        #expect(result.output.hasSuffix("Geschreven: \(root)/begroting.xlsx\n"))
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: root + "/begroting.xlsx")))
        let workbook = String(decoding: try ZipReader(bytes)["xl/workbook.xml"] ?? [], as: UTF8.self)
        #expect(workbook.contains("<sheet name=\"Begrotingsregels\"") && workbook.contains("<sheet name=\"Totalen\""))
        let again = mja("budget", AgendaCommandsTests.regions, "--xlsx", root + "/b.xlsx")
        #expect(again.code == .success)
        #expect(try Data(contentsOf: URL(fileURLWithPath: root + "/b.xlsx")) == Data(bytes), "the same input gives the same bytes")
    }

    /// The example says "de begroting van één agenda": the other agendas are read for their names
    /// only, and their lines stay out of the workbook and the summary.
    @Test func budgetOfOneAgendaHoldsThatAgendaOnly() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let result = mja("begroting", AgendaCommandsTests.regions + "/am05-twente.toml", "--xlsx", root + "/twente.xlsx")
        #expect(result.code == .success, "\(result.error)")
        #expect(result.output.contains(" uit 1 agenda, samen € "), "\(result.output)")
        let reader = try ZipReader([UInt8](Data(contentsOf: URL(fileURLWithPath: root + "/twente.xlsx"))))
        let totals = String(decoding: reader["xl/worksheets/sheet2.xml"] ?? [], as: UTF8.self)
        let strings = String(decoding: reader["xl/sharedStrings.xml"] ?? [], as: UTF8.self)
        #expect(strings.contains("Twente"))
        #expect(!strings.contains("Groot Amsterdam") && !strings.contains("Landelijk"), "no other agenda's lines")
        #expect(!totals.isEmpty)
    }

    @Test func signalsWritesAWorkbook() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let result = mja("signalen", AgendaCommandsTests.regions, "--uit", root, "--xlsx", root + "/signalen.xlsx",
                         "--sjablonen", SignalsCommandTests.templates)
        #expect(result.code == .success, "\(result.error)")
        #expect(result.output.contains(root + "/signalen.xlsx"))
        let reader = try ZipReader([UInt8](Data(contentsOf: URL(fileURLWithPath: root + "/signalen.xlsx"))))
        let sheet = String(decoding: reader["xl/worksheets/sheet1.xml"] ?? [], as: UTF8.self)
        #expect(sheet.contains("<autoFilter ref=\"A1:N135\"/>"), "134 signals and the header")
    }

    @Test func signalsReadsAWorkbookLibreOfficeSaved() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root + "/regions", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: AgendaCommandsTests.regions + "/registers", toPath: root + "/regions/registers")
        let fixture = AgendaCommandsTests.repository.appendingPathComponent("Tests/AgendaTests/Signals/Fixtures/signalen-libreoffice.xlsx").path
        let result = mja("signalen", root + "/regions", "--xlsx-invoer", fixture, "--uit", root + "/out", "--sjablonen", SignalsCommandTests.templates)
        #expect(result.code == .success, "\(result.error)")
        #expect(result.output.hasPrefix("134 signalen uit 35 regio's\n"), "\(result.output)")
        let broken = mja("signalen", root + "/regions", "--xlsx-invoer", root + "/regions/registers/regios.toml", "--uit", root + "/out",
                         "--sjablonen", SignalsCommandTests.templates)
        #expect(broken.code == .failure)
        #expect(broken.error.contains("fout[MJA211]: het Excel-bestand kan niet worden gelezen"), "\(broken.error)")
    }

    @Test func theHelpListsTheBudgetCommand() {
        let result = mja("help")
        #expect(result.output.contains("\n  budget      Zet alle begrotingsregels van alle agenda's in een Excel-bestand\n"))
        #expect(mja("help", "begroting").output.contains("Ook: mja begroting"))
    }
}
