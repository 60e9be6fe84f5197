import Agenda
import Documents
import Foundation
import TestSupport
import Testing
@testable import Workspace

/// The signal workbook uploaded in a real browser (issue 35, "done when"): a workbook made with
/// openpyxl from the one mja writes, with one edited status, one new signal and one bad date,
/// chosen in the file field of `/signalen/invoer` in headless Chromium; the preview shows exactly
/// those three rows (two changes and the refused cell); Toepassen writes the two, in one commit
/// of Twente's agenda. Skipped without chromedriver, Chromium or openpyxl, failing under CI=true;
/// every wait is bounded, and the browser and server end in every path (`defer`).
@Suite(.timed, .serialized) struct SignalUploadBrowserTests {
    static var toolsPresent: Bool {
        ExternalTool.chromedriver.shouldRun && ExternalTool.chromium.shouldRun && ExternalTool.openpyxlPython.shouldRun
    }

    @Test(.enabled(if: toolsPresent, ExternalTool.chromedriver.skipReason))
    func anEditedWorkbookShowsThreeRowsAndAppliesTwo() throws {
        let python = try ExternalTool.openpyxlPython.require()
        let fixture = try WorkspaceFixture()
        defer { fixture.remove() }
        let scratch = NSTemporaryDirectory() + "mja-upload-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: scratch) }

        // The workbook as `mja signalen --xlsx` writes it, edited by openpyxl as Excel would save it.
        let workspace = WorkspaceLoader().load(directory: fixture.folder + "/regions")
        let signals = SignalCollection(workspace: workspace).signals
        let edited = try #require(signals.first { $0.region == "AM05" && $0.status != .solved })
        try Data(XlsxWriter().render(SignalWorkbook.workbook(signals))).write(to: URL(fileURLWithPath: scratch + "/signalen.xlsx"))
        let script = """
            import openpyxl, sys
            book = openpyxl.load_workbook(sys.argv[1])
            sheet = book["Signalen"]
            header = [cell.value for cell in sheet[1]]
            row = next(r for r in range(2, sheet.max_row + 1) if sheet.cell(r, header.index("Regio") + 1).value == "AM05"
                       and sheet.cell(r, header.index("Id") + 1).value == sys.argv[3])
            sheet.cell(row, header.index("Status") + 1).value = "opgelost"
            added = [cell.value for cell in sheet[row]]
            added[header.index("Id")] = "nieuw-uit-de-browser"
            added[header.index("Titel")] = "Een signaal uit de browser"
            added[header.index("Status")] = "nieuw"
            sheet.append(added)
            bad = [cell.value for cell in sheet[row]]
            bad[header.index("Id")] = "foute-datum"
            bad[header.index("Datum")] = "31-02-2026"
            sheet.append(bad)
            book.save(sys.argv[2])
            """
        try script.write(toFile: scratch + "/bewerk.py", atomically: true, encoding: .utf8)
        try #require(try SignalWorkbookProcess.run(python, [scratch + "/bewerk.py", scratch + "/signalen.xlsx", scratch + "/bewerkt.xlsx", edited.id]) == 0)

        let session = try BrowserSession(fixture)
        defer { session.stop() }
        let (site, browser) = (session.site, session.browser)

        try session.signIn("twente", shown: "Tineke Twente")

        try browser.open(site + "/signalen/invoer")
        try browser.waitFor("the upload form") { $0.contains("Signalenwerkmap (.xlsx") }
        // A file field takes the file's path as its keys (WebDriver's way of choosing a file).
        try browser.type(scratch + "/bewerkt.xlsx", into: "#werkmap")
        let preview = try browser.clickThrough("form[action='/signalen/invoer'] button", to: "the preview") { $0.contains("Voorbeeld: signalen uit Excel") }

        // Exactly three rows of the workbook: the edited status, the new signal (its fields), the bad date.
        let cells = Self.firstCells(of: preview)
        #expect(Set(cells) == [edited.id, "nieuw-uit-de-browser (nieuw)"], "\(cells)")
        #expect(cells.filter { $0 == edited.id }.count == 1)
        #expect(preview.contains("<td>\(edited.id)</td><td>status</td><td>\(edited.status.rawValue)</td><td>opgelost</td><td>wordt opgeslagen</td>"))
        let refused = preview.components(separatedBy: "<li><strong>Signalen!").count - 1
        #expect(refused == 1, "\(preview)")
        #expect(preview.contains("31-02-2026"))
        #expect(!preview.contains("<td>foute-datum"))
        #expect(try fixture.run(["rev-list", "--count", "HEAD"]) == "1\n")

        let applied = try browser.clickThrough("button[value='toepassen']", to: "the changes saved") { $0.contains("opgeslagen (versie") }
        #expect(applied.contains("am05-twente: opgeslagen"))
        let text = fixture.text("regions/am05-twente.toml")
        #expect(text.contains("id = \"nieuw-uit-de-browser\""))
        #expect(!text.contains("foute-datum"))
        #expect(try fixture.run(["rev-list", "--count", "HEAD"]) == "2\n")
        let diff = try FormsTests.lastDiff(fixture)
        #expect(diff.hasPrefix("-status = \"\(edited.status.rawValue)\"\n+status = \"opgelost\"\n"), "\(diff)")
        let stat = try fixture.run(["show", "--stat", "--format=", "HEAD"])
        #expect(stat.contains("am05-twente.toml") && !stat.contains("am13") && !stat.contains("lmja"), "\(stat)")
    }

    /// The first cell of every body row of the preview's tables.
    static func firstCells(of page: String) -> [String] {
        page.components(separatedBy: "<tbody>").dropFirst().flatMap { table in
            (table.components(separatedBy: "</tbody>").first ?? "").components(separatedBy: "<tr><td>").dropFirst().map {
                String($0.prefix { $0 != "<" })
            }
        }
    }
}

/// Runs a program to its end, its output dropped; its exit status.
enum SignalWorkbookProcess {
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
}
