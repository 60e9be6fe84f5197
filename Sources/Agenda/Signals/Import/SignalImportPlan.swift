import FoundationGaps
import Diagnostics

/// What a signal workbook (`mja signalen --xlsx`, edited in Excel or LibreOffice) changes in which
/// agenda file, before anything is written: shown by `mja signalen --toepassen` and by the server
/// before a person applies it, then written with `apply(to:of:)` through the TOML edit API, so each
/// agenda keeps its layout.
///
/// The workbook is read as `SignalCollection` reads it: a field changed in the workbook only is
/// taken, a field changed in the agenda since stands, a field changed in both is a conflict (MJA217)
/// and not taken. A row with an error is refused as a whole, by its cell and why; the other rows apply.
public struct SignalImportPlan: Sendable {
    /// One changed field of a signal; for a new signal, each field it has, with `old` empty.
    public struct FieldChange: Sendable, Hashable {
        /// The signal's id (without the region).
        public var signal: String
        /// The column (`status`, `antwoord`, ...), which is also the key in the agenda file.
        public var field: String
        /// The value in the agenda, as the workbook writes it.
        public var old: String
        /// The value from the workbook.
        public var new: String
    }

    /// What the plan does to one agenda file.
    public struct AgendaSignalChanges: Sendable, Hashable {
        /// The agenda file, as the workspace names it.
        public var file: String
        /// The region's code (`AM05`).
        public var region: String
        /// The signals changed, in workbook order, with their fields changed.
        public var changed: [Signal]
        /// The signals new in this agenda.
        public var added: [Signal]
        /// Every field that changes, signal by signal (the new signals' fields too).
        public var rows: [FieldChange]
    }

    /// A cell (or row) of the workbook that is not applied, and why.
    public struct RefusedCell: Sendable, Hashable {
        /// The cell as a spreadsheet names it: `Signalen!C12`.
        public var cell: String
        /// Why, in the user's language, with how to fix it.
        public var reason: String
        /// The diagnostic behind it, for printing it in full.
        public var diagnostic: Diagnostic
    }

    /// The changes, one entry per agenda file, in file order.
    public var changes: [AgendaSignalChanges]
    /// The cells not applied, in workbook order.
    public var refused: [RefusedCell]
    /// The workbook's file name, as given.
    public var workbook: String

    /// Plans the workbook `bytes` (named `file` in messages) against the agendas of `workspace`.
    public init(workbook bytes: [UInt8], file: String, workspace: Workspace, language: Language = .dutch) {
        var collection = SignalCollection(workspace: workspace)
        collection.addXlsx(bytes, file: file, language: language)
        self.init(collection: collection, workbook: file, language: language)
    }

    /// Plans the workbook at `path` against the agendas of `workspace`; an unreadable file is a
    /// refused cell of its own (MJA211).
    public init(workbookFile path: String, workspace: Workspace, language: Language = .dutch) {
        var collection = SignalCollection(workspace: workspace)
        collection.addXlsx(file: path, language: language)
        self.init(collection: collection, workbook: path, language: language)
    }

    /// Plans what reading the workbook `file` into `collection` found.
    init(collection: SignalCollection, workbook file: String, language: Language) {
        workbook = file
        var refused: [RefusedCell] = []
        for diagnostic in collection.diagnostics where diagnostic.file == file {
            refused.append(Self.refusedCell(diagnostic))
        }
        let signals = Dictionary(collection.signals.map { ($0.qualifiedID, $0) }, uniquingKeysWith: { first, _ in first })
        let agendas = collection.workspace.regionalAgendas
        var byFile: [String: AgendaSignalChanges] = [:]
        for change in collection.changes where change.file == file {
            guard let signal = signals[change.signal] else { continue }
            switch change.kind {
            case .changed(let fields):
                let agendaFile = signal.origin.file
                var entry = byFile[agendaFile] ?? AgendaSignalChanges(file: agendaFile, region: signal.region, changed: [], added: [], rows: [])
                entry.changed.append(signal)
                entry.rows += fields.map { FieldChange(signal: signal.id, field: $0.column, old: $0.old, new: $0.new) }
                byFile[agendaFile] = entry
            case .added:
                guard let agenda = agendas.first(where: { $0.scope.regionCode == signal.region }) else {
                    let problem = SignalImportProblem.noAgendaForRegion(region: signal.region)
                    let range = signal.origin.range(of: "regio")
                    refused.append(Self.refusedCell(Diagnostic(
                        severity: problem.severity, code: problem.code,
                        message: Self.cellName(range.start) + ": " + problem.message(in: language), file: file, range: range,
                        hint: problem.hint(in: language))))
                    continue
                }
                var entry = byFile[agenda.file] ?? AgendaSignalChanges(file: agenda.file, region: signal.region, changed: [], added: [], rows: [])
                entry.added.append(signal)
                let row = SignalCSVWriter().row(signal)
                for (index, column) in SignalCSVFormat.columns.enumerated() where column != "regio" && column != "id" && !row[index].isEmpty {
                    entry.rows.append(FieldChange(signal: signal.id, field: column, old: "", new: row[index]))
                }
                byFile[agenda.file] = entry
            case .missing:
                continue  // a row taken out of the workbook removes nothing: the signal lives in its agenda
            }
        }
        changes = byFile.values.sorted { $0.file < $1.file }
        self.refused = refused.sorted { Diagnostic.printingOrder($0.diagnostic, $1.diagnostic) }
    }

    /// Whether nothing would be written.
    public var isEmpty: Bool { changes.isEmpty }

    /// The cell a position of the sheet `Signalen` is: `Signalen!C12`.
    static func cellName(_ position: SourcePosition) -> String {
        SignalCSVReader.cellName(position, sheet: SignalWorkbook.sheetName)
    }

    /// A refused cell from a diagnostic of the workbook, whose message starts with its cell.
    private static func refusedCell(_ diagnostic: Diagnostic) -> RefusedCell {
        let message = diagnostic.message
        if let colon = message.rangeOfText(": "), message[..<colon.lowerBound].contains("!") {
            return RefusedCell(cell: String(message[..<colon.lowerBound]), reason: String(message[colon.upperBound...]), diagnostic: diagnostic)
        }
        return RefusedCell(cell: diagnostic.range.map { cellName($0.start) } ?? "", reason: message, diagnostic: diagnostic)
    }
}
