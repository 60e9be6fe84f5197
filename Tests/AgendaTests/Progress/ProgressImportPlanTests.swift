import Documents
import Foundation
import TestSupport
import Testing
import TOML
@testable import Agenda

/// The progress workbook (issue 35, point 3): written from the shipped Twente agenda, edited in its
/// rows as a controller would, read back into a plan; the plan's edits written into the agenda's
/// text touch only the edited lines; an ambiguous amount, a conflict with the agenda and changes
/// that would give the agenda an error are refused, never guessed.
@Suite(.timed) struct ProgressImportPlanTests {
    static let workspace = WorkspaceLoader().load(directory: AgendaFixture.repositoryRegions)
    static var twente: Agenda { workspace.agendas.first { $0.scope.regionCode == "AM05" }! }

    static let action = "AM05/techniek-omscholing/leerwerkbanen-techniek"

    /// The workbook of Twente, with `edit` applied to its sheets (Acties 1, Realisatie 2, Metingen 3).
    static func workbook(_ edit: (inout Workbook) -> Void = { _ in }) -> [UInt8] {
        var workbook = ProgressWorkbook.workbook([twente], workspace: workspace)
        edit(&workbook)
        return XlsxWriter().render(workbook)
    }

    /// The index of the row whose key is `key` on `sheet`.
    static func row(_ key: String, in sheet: Worksheet) -> Int { sheet.rows.firstIndex { $0.first == .text(key) }! }

    static func plan(_ bytes: [UInt8], workspace: Workspace = workspace) -> WorkbookEditPlan {
        ProgressImportPlan(workbook: bytes, file: "voortgang.xlsx", workspace: workspace, errorFiles: []).plan
    }

    @Test func theWorkbookHasItsSheetsKeysListsAndProtection() throws {
        let workbook = ProgressWorkbook.workbook([Self.twente], workspace: Self.workspace)
        #expect(workbook.sheets.map(\.name) == ["Toelichting", "Acties", "Realisatie", "Metingen", "Agenda", "Lijsten", "Basis"])
        #expect(workbook.sheets.map(\.isHidden) == [false, false, false, false, false, true, true])
        // The four sheets to fill in print landscape, one page wide, their header on every page.
        #expect(workbook.sheets.map(\.printsAsWideTable) == [false, true, true, true, true, false, false])
        #expect(workbook.sheets[4].rows == [[.text("AM05"), .text("AM05 Twente"), .text(Self.twente.title), .empty]])
        let realisation = workbook.sheets[2]
        #expect(realisation.hiddenColumns == [0] && realisation.isProtected && realisation.editableColumns == [4, 5, 6])
        let line = realisation.rows[Self.row(Self.action + "#2026|oo-fonds", in: realisation)]
        #expect(line[4...] == [.whole(2026), .text("oo-fonds"), .euro(cents: 9_500_050), .euro(cents: 12_000_000)])
        // After the action's lines, an empty row to fill in, keyed by the action alone.
        #expect(realisation.rows[Self.row(Self.action + "#2026|oo-fonds", in: realisation) + 1].first == .text(Self.action))

        let bytes = XlsxWriter().render(workbook)
        let sheets = try XlsxReader(bytes).sheets
        #expect(sheets.count == 7)
        let xml = String(decoding: try #require(try ZipReader(bytes)["xl/worksheets/sheet3.xml"]), as: UTF8.self)
        #expect(xml.contains("<col min=\"1\" max=\"1\" width=\"") && xml.contains("customWidth=\"1\" hidden=\"1\"/>"))
        #expect(xml.contains("<sheetProtection sheet=\"1\""))
        #expect(xml.contains("<dataValidation type=\"list\"") && xml.contains("<formula1>Lijsten!$B$2:$B$"))
        let actions = String(decoding: try #require(try ZipReader(bytes)["xl/worksheets/sheet2.xml"]), as: UTF8.self)
        #expect(actions.contains("<formula1>&quot;gepland,lopend,afgerond,vertraagd,gestopt&quot;</formula1>"))
    }

    @Test func aFileThatIsNoProgressWorkbookIsRefusedInDutch() {
        let garbage = Self.plan(Array("geen excel".utf8))
        #expect(garbage.refused.map(\.diagnostic.code) == ["MJA410"])
        #expect(garbage.refused.first?.reason == "dit is geen voortgangswerkmap van mja: het Excel-bestand kan niet worden gelezen: het is geen Excel-werkmap (.xlsx) of het is beschadigd")
        let withoutBase = Self.plan(Self.workbook { $0.sheets.removeLast() })
        #expect(withoutBase.refused.first?.reason == "dit is geen voortgangswerkmap van mja: het blad Basis ontbreekt")
        #expect(withoutBase.agendas.isEmpty)
    }

    @Test func anUntouchedWorkbookChangesNothing() {
        let plan = Self.plan(Self.workbook())
        #expect(plan.agendas.isEmpty)
        #expect(plan.refused.map(\.diagnostic.message) == [])
    }

    @Test func editsArePlannedAndWrittenOnTheirOwnLines() throws {
        var rows: (status: Int, amount: Int, ambiguous: Int, new: Int, measurement: Int) = (0, 0, 0, 0, 0)
        let bytes = Self.workbook { book in
            let actions = Self.row(Self.action, in: book.sheets[1])
            book.sheets[1].rows[actions][4] = .text("afgerond")
            book.sheets[1].rows[actions][5] = .whole(100)
            rows.status = actions + 2
            let amount = Self.row(Self.action + "#2026|regiobudget-twente", in: book.sheets[2])
            book.sheets[2].rows[amount][6] = .text("170.000")
            rows.amount = amount + 2
            let ambiguous = Self.row(Self.action + "#2026|oo-fonds", in: book.sheets[2])
            book.sheets[2].rows[ambiguous][6] = .text("1,500")
            rows.ambiguous = ambiguous + 2
            let new = Self.row(Self.action, in: book.sheets[2])
            book.sheets[2].rows[new] += [.whole(2027), .text("regiobudget-twente"), .text("12.500,50")]
            rows.new = new + 2
            let measurement = Self.row("AM05/zorg-instroom/resultaat-1", in: book.sheets[3])
            book.sheets[3].rows[measurement][6] = .date(year: 2026, month: 10, day: 1)
            book.sheets[3].rows[measurement][7] = .number(25)
            rows.measurement = measurement + 2
        }
        let plan = Self.plan(bytes)
        #expect(plan.refused.map(\.cell) == ["Realisatie!G\(rows.ambiguous)"])
        #expect(plan.refused.first?.diagnostic.message == "Realisatie!G\(rows.ambiguous): '1,500' kan 1.500 euro betekenen (met een komma tussen de duizendtallen, zoals in het Engels) of 1,5 euro (met een decimaalkomma); mja gokt niet. Schrijf 1.500 of 1,5.")
        #expect(plan.refused.first?.diagnostic.code == "MJA321")
        let entry = try #require(plan.agendas.first)
        #expect(plan.agendas.count == 1 && entry.file == Self.twente.file && entry.label == "AM05 Twente")
        #expect(entry.rows.map { "\($0.cell) \($0.field) \($0.old) → \($0.new)" } == [
            "Acties!E\(rows.status) status lopend → afgerond",
            "Acties!F\(rows.status) voortgang 35% → 100%",
            "Realisatie!G\(rows.amount) gerealiseerd € 162.400 → € 170.000",
            "Realisatie!G\(rows.new) gerealiseerd  → € 12.500,50",
            "Metingen!H\(rows.measurement) meting  → 1-10-2026: 25",
        ])

        let original = try String(contentsOfFile: entry.file, encoding: .utf8)
        let edited = try ProgressImportPlan.editedText(entry, original: original, loader: WorkspaceLoader()).get()
        let old = original.split(separator: "\n", omittingEmptySubsequences: false)
        let new = edited.split(separator: "\n", omittingEmptySubsequences: false)
        let difference = new.difference(from: old)
        let removed = difference.removals.map { change -> String in if case .remove(_, let line, _) = change { String(line) } else { "" } }
        let added = difference.insertions.map { change -> String in if case .insert(_, let line, _) = change { String(line) } else { "" } }
        #expect(removed == ["status = \"lopend\"", "voortgang = 35", "    { jaar = 2026, bron = \"regiobudget-twente\", bedrag = 162400 },"])
        #expect(added == ["status = \"afgerond\"", "voortgang = 100", "    { jaar = 2026, bron = \"regiobudget-twente\", bedrag = 170000 },",
                          "    { jaar = 2027, bron = \"regiobudget-twente\", bedrag = \"12500,50\" },", "    { datum = 2026-10-01, waarde = 25 },"])
        #expect(new.count == old.count + 2)
    }

    /// A measurement of 1.125 typed as a number in Excel is written `1.1250`: the agenda reads
    /// `1.125` as ambiguous (MJA022), which would refuse the whole agenda (MJA417).
    @Test func aMeasurementWithThreeDecimalsIsWrittenSoThatTheAgendaReadsItOneWay() throws {
        let bytes = Self.workbook { book in
            let measurement = Self.row("AM05/zorg-instroom/resultaat-1", in: book.sheets[3])
            book.sheets[3].rows[measurement][6] = .date(year: 2026, month: 10, day: 1)
            book.sheets[3].rows[measurement][7] = .number(1.125)
        }
        let entry = try #require(Self.plan(bytes).agendas.first)
        let original = try String(contentsOfFile: entry.file, encoding: .utf8)
        let edited = try ProgressImportPlan.editedText(entry, original: original, loader: WorkspaceLoader()).get()
        #expect(edited.contains("    { datum = 2026-10-01, waarde = 1.1250 },\n"))
    }

    @Test func aValueChangedInTheAgendaSinceIsAConflict() throws {
        let bytes = Self.workbook { book in
            let amount = Self.row(Self.action + "#2026|regiobudget-twente", in: book.sheets[2])
            book.sheets[2].rows[amount][6] = .euro(cents: 17_000_000)
        }
        var loader = WorkspaceLoader()
        let text = try String(contentsOfFile: Self.twente.file, encoding: .utf8)
        loader.replacements[Self.twente.file] = Array(text.replacingOccurrences(of: "bedrag = 162400", with: "bedrag = 165000").utf8)
        let changed = loader.load(directory: AgendaFixture.repositoryRegions)
        let plan = Self.plan(bytes, workspace: changed)
        #expect(plan.agendas.isEmpty)
        #expect(plan.refused.map(\.diagnostic.code) == ["MJA414"])
        #expect(plan.refused.first?.reason.contains("van '€ 162.400' in '€ 165.000'") == true)
    }

    @Test func theAgendaReferenceDateIsSetWithTheMeasurementsItCovers() throws {
        func plan(_ reference: SpreadsheetCell) throws -> WorkbookEditPlan.AgendaEdits {
            let bytes = Self.workbook { book in
                let measurement = Self.row("AM05/zorg-instroom/resultaat-1", in: book.sheets[3])
                book.sheets[3].rows[measurement][6] = .text("31-12-2026")
                book.sheets[3].rows[measurement][7] = .text("27,5")
                book.sheets[4].rows[0][3] = reference
            }
            return try #require(Self.plan(bytes).agendas.first)
        }
        let original = try String(contentsOfFile: Self.twente.file, encoding: .utf8)
        // A reference date before the actions' own (1-10-2026) gives the agenda errors (MJA153): nothing to write.
        guard case .failure(let problem) = ProgressImportPlan.editedText(try plan(.text("30-9-2026")), original: original, loader: WorkspaceLoader()) else {
            Issue.record("a reference date before the actions' was written")
            return
        }
        #expect(problem.code == "MJA417")
        let later = try plan(.date(year: 2026, month: 12, day: 31))
        #expect(later.rows.map { "\($0.cell) \($0.field) \($0.old) → \($0.new)" } == ["Agenda!D2 peildatum  → 31-12-2026", "Metingen!H5 meting  → 31-12-2026: 27,5"])
        let edited = try ProgressImportPlan.editedText(later, original: original, loader: WorkspaceLoader()).get()
        let difference = edited.split(separator: "\n", omittingEmptySubsequences: false).difference(from: original.split(separator: "\n", omittingEmptySubsequences: false))
        #expect(difference.removals.isEmpty)
        #expect(difference.insertions.map { change -> String in if case .insert(_, let line, _) = change { String(line) } else { "" } }
                == ["peildatum = 2026-12-31", "    { datum = 2026-12-31, waarde = 27.5 },"])
    }

    @Test func changesThatWouldGiveTheAgendaAnErrorAreNotWritten() throws {
        let bytes = Self.workbook { book in
            let new = Self.row(Self.action, in: book.sheets[2])
            book.sheets[2].rows[new] += [.whole(2031), .text("regiobudget-twente"), .euro(cents: 100_00)]
        }
        let entry = try #require(Self.plan(bytes).agendas.first)
        let original = try String(contentsOfFile: entry.file, encoding: .utf8)
        guard case .failure(let problem) = ProgressImportPlan.editedText(entry, original: original, loader: WorkspaceLoader()) else {
            Issue.record("a realisation in 2031 is outside the execution period")
            return
        }
        #expect(problem.code == "MJA417")
    }

    @Test(arguments: [
        ("1.500", Euro(cents: 150_000)), ("1.500.000,50", Euro(cents: 150_000_050)), ("€ 95.000,50", Euro(cents: 9_500_050)), ("250000", Euro(cents: 25_000_000)),
    ])
    func dutchAmountsAreReadAsMeant(text: String, amount: Euro) throws {
        #expect(try ProgressCellReading.amount(.text(text)) == amount)
    }

    @Test(arguments: ["1,500", "12,345", "1.500,5.0", "vijf"])
    func unsureAmountsAreRefused(text: String) {
        #expect(throws: ProgressImportProblem.self) { try ProgressCellReading.amount(.text(text)) }
    }

    @Test func unsureMeasurementsAreRefused() throws {
        #expect(try ProgressCellReading.number(.text("41,5")) == Decimal(string: "41.5"))
        #expect(try ProgressCellReading.number(.text("1.500.000")) == 1_500_000)
        #expect(throws: ProgressImportProblem.self) { try ProgressCellReading.number(.text("1.500")) }
        #expect(throws: ProgressImportProblem.self) { try ProgressCellReading.number(.text("1,500")) }
        #expect(throws: ProgressImportProblem.self) { try ProgressCellReading.amount(.number(1.005, text: "1.005")) }
    }
}
