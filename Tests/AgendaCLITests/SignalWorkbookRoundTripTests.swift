import Agenda
import Documents
import Foundation
import TestSupport
import Testing
@testable import AgendaCLI

/// The signal workbook's round trip through the programs people edit it with (issue 29, point 3):
/// `mja signalen --xlsx`, one row edited, one added and one deleted, saved by LibreOffice or by a
/// script with openpyxl, read back with `--xlsx-invoer`: exactly those three changes. A test whose
/// program is missing is skipped with a message, and fails when CI=true (`ExternalTool`).
@Suite(.serialized, .timed, .endToEnd) struct SignalWorkbookRoundTripTests {
    static func run(_ executable: String, _ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    func folder() throws -> String {
        let folder = NSTemporaryDirectory() + "mja-rondje-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Writes the workspace's workbook to `root/signalen.xlsx` and returns its signals in row order.
    func written(in root: String) throws -> [Signal] {
        let result = mja("signalen", AgendaCommandsTests.regions, "--uit", root + "/out", "--xlsx", root + "/signalen.xlsx",
                         "--sjablonen", SignalsCommandTests.templates)
        try #require(result.code == .success, "\(result.error)")
        return SignalCSVReader(registry: Registry()).read(xlsxFile: root + "/signalen.xlsx").signals
    }

    /// Reads `file` back beside the workspace and checks that exactly the three changes are listed.
    func expectThreeChanges(_ file: String, in root: String, signals: [Signal]) {
        let result = mja("signalen", AgendaCommandsTests.regions, "--xlsx-invoer", file, "--uit", root + "/out", "--sjablonen", SignalsCommandTests.templates)
        #expect(result.code == .success, "\(result.error)")
        let lines = result.output.split(separator: "\n").map(String.init)
        let start = lines.firstIndex(of: "Uit \(file):") ?? lines.count
        #expect(Array(lines.dropFirst(start).prefix(4)) == [
            "Uit \(file):",
            "  1 signaal gewijzigd: \(signals[0].qualifiedID) (status: '\(signals[0].status.rawValue)' → 'opgelost'; antwoord)",
            "  1 signaal nieuw: \(signals[1].region)/nieuw-signaal",
            "  1 signaal ontbreekt in de werkmap en telt mee uit de agenda: \(signals[3].qualifiedID)",
        ], "\(result.output)")
        #expect(lines.first == "\(signals.count + 1) signalen uit 35 regio's")
        // The one message: the deleted row, at its signal in the agenda; nothing about the 133 rows that did not change.
        #expect(result.error.components(separatedBy: "[MJA").count == 2, "\(result.error)")
        #expect(result.error.contains("waarschuwing[MJA218]: het signaal \(signals[3].qualifiedID) staat niet meer in \(file), maar wel hier"))
    }

    @Test(.enabled(if: ExternalTool.soffice.shouldRun, ExternalTool.soffice.skipReason))
    func savedByLibreOffice() throws {
        let soffice = try ExternalTool.soffice.require()
        let root = try folder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let signals = try written(in: root)
        // The edits as a person makes them in Calc; LibreOffice then saves the workbook its own way.
        var rows = signals
        rows[0].status = .solved
        rows[0].answer = "Opgelost in het Landelijk Beraad van juni, zie het verslag."
        rows.remove(at: 3)
        var added = signals[1]
        added.id = "nieuw-signaal"
        rows.append(added)
        var workbook = SignalWorkbook.workbook(rows)
        workbook.sheets[1] = SignalWorkbook.workbook(signals).sheets[1]
        try FileManager.default.createDirectory(atPath: root + "/bewerkt", withIntermediateDirectories: true)
        try Data(XlsxWriter().render(workbook)).write(to: URL(fileURLWithPath: root + "/bewerkt/signalen.xlsx"))
        let status = try Self.run(soffice, ["-env:UserInstallation=file://\(root)/profiel", "--headless", "--convert-to", "xlsx",
                                             "--outdir", root + "/libreoffice", root + "/bewerkt/signalen.xlsx"])
        try #require(status == 0 && FileManager.default.fileExists(atPath: root + "/libreoffice/signalen.xlsx"))
        expectThreeChanges(root + "/libreoffice/signalen.xlsx", in: root, signals: signals)
    }

    @Test(.enabled(if: ExternalTool.openpyxlPython.shouldRun, ExternalTool.openpyxlPython.skipReason))
    func editedByAScriptWithOpenpyxl() throws {
        let python = try ExternalTool.openpyxlPython.require()
        try #require(try Self.run(python, ["-c", "import openpyxl"]) == 0, "openpyxl is not installed in \(python)")
        let root = try folder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let signals = try written(in: root)
        let script = """
            import openpyxl, sys
            book = openpyxl.load_workbook(sys.argv[1])
            sheet = book["Signalen"]
            header = [cell.value for cell in sheet[1]]
            sheet.cell(2, header.index("Status") + 1).value = "opgelost"
            sheet.cell(2, header.index("Antwoord") + 1).value = "Opgelost in het Landelijk Beraad van juni, zie het verslag."
            added = [cell.value for cell in sheet[3]]
            added[header.index("Id")] = "nieuw-signaal"
            sheet.delete_rows(5)
            sheet.append(added)
            book.save(sys.argv[2])
            """
        try script.write(toFile: root + "/bewerk.py", atomically: true, encoding: .utf8)
        try #require(try Self.run(python, [root + "/bewerk.py", root + "/signalen.xlsx", root + "/bewerkt.xlsx"]) == 0)
        expectThreeChanges(root + "/bewerkt.xlsx", in: root, signals: signals)
    }
}
