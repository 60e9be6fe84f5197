import Diagnostics
import Documents
import FoundationEssentials
import TOML

/// Builds a `ProgressImportPlan` row by row: finds each row's action or result by its key,
/// compares each editable cell with the value as written (`Basis`) and with the agenda now, and
/// plans the edits; every refusal names its cell.
struct ProgressPlanBuilder {
    let file: String
    let workspace: Workspace
    let errorFiles: Set<String>
    let language: Language
    private var edits: [String: WorkbookEditPlan.AgendaEdits] = [:]
    private var refused: [WorkbookEditPlan.RefusedCell] = []
    private var reportedAgendas: Set<String> = []
    /// Per action or result key the lines as they will be, to refuse a second line for the same year and source or date.
    private var occupied: [String: Set<String>] = [:]
    /// The line changes per action or result, gathered to one edit each at the end.
    private var lineChanges: [String: (agenda: String, table: [WorkbookEditPlan.Step], key: String, changes: [WorkbookEditPlan.LineChange])] = [:]
    private var lineOrder: [String] = []

    init(file: String, workspace: Workspace, errorFiles: Set<String>, language: Language) {
        self.file = file
        self.workspace = workspace
        self.errorFiles = errorFiles
        self.language = language
    }

    /// The plan: one entry per agenda with edits, in file order.
    var plan: WorkbookEditPlan {
        var edits = self.edits
        for key in lineOrder {
            guard let entry = lineChanges[key] else { continue }
            edits[entry.agenda]?.edits.append(.lines(table: entry.table, key: entry.key, changes: entry.changes))
        }
        return WorkbookEditPlan(agendas: edits.values.filter { !$0.edits.isEmpty }.sorted { $0.file < $1.file }, refused: refused, workbook: file)
    }

    /// A refusal at `cell` (sheet, row, 0-based column), or of the workbook as a whole.
    mutating func refuse(_ problem: ProgressImportProblem, at cell: (sheet: String, row: Int, column: Int)?) {
        let position = SourcePosition(line: cell?.row ?? 1, column: (cell?.column ?? 0) + 1)
        let name = cell.map { SignalCSVReader.cellName(position, sheet: $0.sheet) } ?? ""
        let message = problem.message(in: language)
        refused.append(WorkbookEditPlan.RefusedCell(cell: name, reason: message, diagnostic: Diagnostic(
            severity: problem.severity, code: problem.code, message: name.isEmpty ? message : name + ": " + message, file: file,
            range: SourceRange(start: position, end: position), hint: problem.hint(in: language))))
    }

    /// The agenda a key's code names, the theme in it; nil (refused) when gone or not to be read into.
    mutating func locate(_ key: ProgressWorkbookFormat.Key, text: String, at cell: (sheet: String, row: Int, column: Int)) -> (Agenda, Theme)? {
        guard let agenda = locate(code: key.code, text: text, at: cell) else { return nil }
        guard let theme = agenda.themes.first(where: { $0.id == key.theme }) else {
            refuse(.unknownRow(key: text), at: cell)
            return nil
        }
        return (agenda, theme)
    }

    /// The agenda of `code` (`AM05`, `LMJA`); nil (refused) when gone or not to be read into.
    mutating func locate(code: String, text: String, at cell: (sheet: String, row: Int, column: Int)) -> Agenda? {
        guard let agenda = workspace.agendas.first(where: { ($0.scope.regionCode ?? ProgressWorkbookFormat.nationalCode) == code }) else {
            refuse(.unknownRow(key: text), at: cell)
            return nil
        }
        if errorFiles.contains(agenda.file) {
            if reportedAgendas.insert(agenda.file).inserted { refuse(.agendaHasErrors(file: agenda.file), at: cell) }
            return nil
        }
        return agenda
    }

    /// Adds an edit and its preview row to `agenda`'s entry.
    mutating func add(_ edit: WorkbookEditPlan.Edit?, row: WorkbookEditPlan.PreviewRow, to agenda: Agenda) {
        var entry = edits[agenda.file] ?? WorkbookEditPlan.AgendaEdits(
            file: agenda.file, label: ProgressWorkbook.agendaLabel(agenda, workspace: workspace), regionCode: agenda.scope.regionCode, edits: [], rows: [])
        if let edit { entry.edits.append(edit) }
        entry.rows.append(row)
        edits[agenda.file] = entry
    }

    /// Adds a line change of the array `key` at `table` of the action or result `owner`.
    mutating func addLine(_ change: WorkbookEditPlan.LineChange, owner: String, table: [WorkbookEditPlan.Step], key: String, row: WorkbookEditPlan.PreviewRow, agenda: Agenda) {
        if lineChanges[owner] == nil {
            lineChanges[owner] = (agenda.file, table, key, [])
            lineOrder.append(owner)
        }
        lineChanges[owner]?.changes.append(change)
        add(nil, row: row, to: agenda)
    }

    /// Claims the line `line` of `owner` (the lines there now given); false when it is taken.
    mutating func claim(_ line: String, owner: String, present: [String], releasing old: String?) -> Bool {
        var taken = occupied[owner] ?? Set(present)
        if let old { taken.remove(old) }
        guard !taken.contains(line) else { return false }
        taken.insert(line)
        occupied[owner] = taken
        return true
    }

    /// Releases the line `line` of `owner` (it is removed).
    mutating func release(_ line: String, owner: String, present: [String]) {
        var taken = occupied[owner] ?? Set(present)
        taken.remove(line)
        occupied[owner] = taken
    }

    /// Reads every data sheet.
    mutating func read(_ reader: ProgressWorkbookReader) {
        if let sheet = reader.sheets[ProgressWorkbookFormat.agendaSheet] {
            readAgendas(sheet, base: reader.base[ProgressWorkbookFormat.agendaSheet] ?? [:])
        }
        if let sheet = reader.sheets[ProgressWorkbookFormat.actionSheet] {
            readActions(sheet, base: reader.base[ProgressWorkbookFormat.actionSheet] ?? [:])
        }
        if let sheet = reader.sheets[ProgressWorkbookFormat.realisationSheet] {
            readRealisation(sheet, base: reader.base[ProgressWorkbookFormat.realisationSheet] ?? [:])
        }
        if let sheet = reader.sheets[ProgressWorkbookFormat.measurementSheet] {
            readMeasurements(sheet, base: reader.base[ProgressWorkbookFormat.measurementSheet] ?? [:])
        }
    }
}
