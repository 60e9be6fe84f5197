import Documents
import Foundation
import TestSupport
import Testing
import TOML
@testable import Agenda

/// The plan of a signal workbook against the shipped agendas, and its changes written into the
/// agenda's text: one changed status, one new signal, one bad date (refused by its cell).
@Suite(.timed) struct SignalImportPlanTests {
    static let workspace = WorkspaceLoader().load(directory: AgendaFixture.repositoryRegions)

    /// The workbook `mja signalen --xlsx` writes, with the three edits made in its sheet `Signalen`.
    static func editedWorkbook() -> (bytes: [UInt8], signals: [Signal]) {
        let signals = SignalCollection(workspace: workspace).signals
        var rows = signals
        rows[0].status = .solved
        var added = signals[1]
        added.id = "nieuw-signaal"
        added.title = "Een \"nieuw\" signaal met \\ en é"
        rows.append(added)
        var bad = signals[2]
        bad.id = "fout-signaal"
        rows.append(bad)
        var workbook = SignalWorkbook.workbook(rows)
        let dateColumn = SignalCSVFormat.columns.firstIndex(of: "datum")!
        workbook.sheets[0].rows[rows.count - 1][dateColumn] = .text("31-02-2026")
        workbook.sheets[1] = SignalWorkbook.workbook(signals).sheets[1]
        return (XlsxWriter().render(workbook), signals)
    }

    static func text(_ file: String) throws -> String { try String(contentsOfFile: file, encoding: .utf8) }

    @Test func plansTheChangedStatusAndTheNewSignalAndRefusesTheBadDate() throws {
        let (bytes, signals) = Self.editedWorkbook()
        let plan = SignalImportPlan(workbook: bytes, file: "bewerkt.xlsx", workspace: Self.workspace)
        #expect(plan.refused.map(\.cell) == ["Signalen!C\(signals.count + 3)"])
        #expect(plan.refused.first?.reason.contains("'31-02-2026' is geen geldige datum") == true)
        let changed = plan.changes.flatMap(\.changed).map(\.qualifiedID)
        let added = plan.changes.flatMap(\.added).map(\.qualifiedID)
        #expect(changed == [signals[0].qualifiedID])
        #expect(added == ["\(signals[1].region)/nieuw-signaal"])
        let statusRow = plan.changes.flatMap(\.rows).filter { $0.signal == signals[0].id }
        #expect(statusRow == [.init(signal: signals[0].id, field: "status", old: signals[0].status.rawValue, new: "opgelost")])
    }

    @Test func writesOnlyTheStatusLineAndTheNewBlock() throws {
        let (bytes, signals) = Self.editedWorkbook()
        let plan = SignalImportPlan(workbook: bytes, file: "bewerkt.xlsx", workspace: Self.workspace)
        let file = signals[0].origin.file
        try #require(signals[1].origin.file == file, "the first two signals share an agenda")
        let before = try Self.text(file)
        let after = try plan.apply(to: before, of: file)
        let old = before.split(separator: "\n", omittingEmptySubsequences: false)
        let new = after.split(separator: "\n", omittingEmptySubsequences: false)
        let statusLine = signals[0].origin.range(of: "status").start.line - 1
        // One line changed in place, the rest the same, then the new block at the end.
        #expect(new.count > old.count)
        for index in old.indices where index != statusLine { #expect(old[index] == new[index], "line \(index + 1)") }
        #expect(new[statusLine] == "status = \"opgelost\"")
        #expect(new[old.count] == "[[signaal]]" && new[old.count + 1] == "id = \"nieuw-signaal\"")
        // The new signal reads back with every field of the row.
        let root = try TOML.parse(after)
        guard case .array(let elements)? = root["signaal"]?.kind, case .table(let last)? = elements.last?.kind else {
            Issue.record("no signals")
            return
        }
        #expect(last["id"]?.kind == .string("nieuw-signaal"))
        #expect(last["titel"]?.kind == .string("Een \"nieuw\" signaal met \\ en é"))
        #expect(last["status"]?.kind == .string(signals[1].status.rawValue))
        // Applying for another agenda leaves its text as it is.
        #expect(try plan.apply(to: "x = 1\n", of: "elders.toml") == "x = 1\n")
    }

    @Test func refusesWhenTheSignalIsNoLongerInTheFile() throws {
        let (bytes, signals) = Self.editedWorkbook()
        let plan = SignalImportPlan(workbook: bytes, file: "bewerkt.xlsx", workspace: Self.workspace)
        let file = signals[0].origin.file
        let without = try Self.text(file).replacingOccurrences(of: "id = \"\(signals[0].id)\"", with: "id = \"hernoemd\"")
        #expect(throws: SignalImportError(.fileChanged(file: file))) { try plan.apply(to: without, of: file) }
    }
}
