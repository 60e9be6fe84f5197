import Diagnostics
import FoundationEssentials
import FoundationGaps

/// Reads signals from a CSV file exported from Excel (see `SignalCSVFormat` for the columns and
/// conventions). Every problem is reported as a located diagnostic (the file, the line and column
/// where the cell starts); a row with an error is left out and every good row is kept.
public struct SignalCSVReader: Sendable {
    /// The registries to check regions, sectors and target groups against.
    public var registry: Registry
    /// The ids of the national themes; nil when no national agenda is known (then not checked).
    public var nationalThemeIDs: Set<String>?
    /// The language of the messages.
    public var language: Language

    /// A reader that checks against `registry` and, when given, the national theme ids.
    public init(registry: Registry, nationalThemeIDs: Set<String>? = nil, language: Language = .dutch) {
        self.registry = registry
        self.nationalThemeIDs = nationalThemeIDs
        self.language = language
    }

    /// What a read gives: the good rows as signals, and the problems.
    public struct Output: Sendable {
        /// The good rows, in file order.
        public var signals: [Signal]
        /// The problems, located.
        public var diagnostics: [Diagnostic]
        /// The signals as mja wrote them into a workbook (its hidden sheet `Basis`), to tell an edit
        /// in the workbook from a change in the agenda since; nil when the file has none.
        public var base: [Signal]? = nil
        /// The sheet read, for a workbook: cells are named after it (`Signalen!C12`).
        public var sheet: String? = nil
    }

    /// Reads the CSV `text`; `file` names it in diagnostics and origins.
    public func read(_ text: String, file: String) -> Output {
        var output = Output(signals: [], diagnostics: [])
        let start = SourcePosition(line: 1, column: 1)
        var text = text
        if let restored = CSVRepair.undoingDoubleEncoding(text) {
            text = restored
            output.diagnostics.append(diagnostic(.doubleEncoded, file: file, at: start))
        }
        text = CSVRepair.withoutByteOrderMark(text)
        var table = CSVTable(parsing: text)
        if let unwrapped = CSVRepair.unwrappingCommaSavedLines(text) {
            var rebuilt = CSVTable(parsing: unwrapped.text)
            if hasRequiredColumns(rebuilt), !hasRequiredColumns(table) || misfits(rebuilt) < misfits(table) {
                // Every cell where it stands in the file, so a problem points at the file's line and column.
                rebuilt.records = rebuilt.records.map { record in
                    record.map { cell in
                        var cell = cell
                        let columns = unwrapped.columns.indices.contains(cell.position.line - 1) ? unwrapped.columns[cell.position.line - 1] : []
                        if columns.indices.contains(cell.position.column - 1) { cell.position.column = columns[cell.position.column - 1] }
                        return cell
                    }
                }
                table = rebuilt
                output.diagnostics.append(diagnostic(.rowsRebuilt, file: file, at: start))
            }
        }
        if let open = table.unclosedQuote { output.diagnostics.append(diagnostic(.unclosedQuote, file: file, at: open)) }
        guard !table.records.isEmpty else {
            if table.unclosedQuote == nil { output.diagnostics.append(diagnostic(.emptyFile, file: file, at: SourcePosition(line: 1, column: 1))) }
            return output
        }
        let read = read(records: table.records, file: file)
        output.signals = read.signals
        output.diagnostics += read.diagnostics
        return output
    }

    /// How many header cells are no column and rows have another number of cells than the header:
    /// of two readings of a file, the one with fewer is the right one.
    private func misfits(_ table: CSVTable) -> Int {
        guard let header = table.records.first else { return 0 }
        let unknown = header.filter { !SignalCSVFormat.columns.contains(SignalCSVFormat.columnName($0.text)) }.count
        let rows = table.records.dropFirst().filter { record in
            var count = record.count
            while count > header.count, record[count - 1].text.trimming(.spaces).isEmpty { count -= 1 }
            return count != header.count && !record.allSatisfy { $0.text.trimming(.spaces).isEmpty }
        }.count
        return unknown + rows
    }

    /// Whether the first record names every required column.
    private func hasRequiredColumns(_ table: CSVTable) -> Bool {
        guard let header = table.records.first else { return false }
        let names = Set(header.map { SignalCSVFormat.columnName($0.text) })
        return SignalCSVFormat.requiredColumns.allSatisfy(names.contains)
    }

    /// How many rows with problems are reported one by one; past them the rest is counted in one
    /// message, so a file of a million bad rows prints a hundred, not twenty million lines.
    static let reportedRowLimit = 100

    /// Reads rows of cells, the header first, from a CSV file or a sheet; `cellName` names a cell
    /// in messages (`Signalen!C12`) when the file has no lines to point at. Rows of empty cells
    /// (`;;;;;;`, as Excel leaves them at the end) are skipped without a word. A row with a cell in
    /// `errorValues` (by line: the error values of a sheet, `#N/B`) is reported for those and left out.
    func read(records: [[CSVTable.Cell]], file: String, cellName: ((SourcePosition) -> String)? = nil,
              errorValues: [Int: [(position: SourcePosition, value: String)]] = [:]) -> Output {
        var output = Output(signals: [], diagnostics: [])
        func report(_ problem: SignalCSVProblem, at position: SourcePosition) {
            output.diagnostics.append(diagnostic(problem, file: file, at: position, cellName: cellName))
        }
        guard let header = records.first else { return output }
        var columns: [String?] = []
        for cell in header {
            let name = SignalCSVFormat.columnName(cell.text)
            if !SignalCSVFormat.columns.contains(name) {
                if !name.isEmpty {
                    report(.unknownColumn(name: cell.text, suggestion: Suggestion.closest(to: name, among: SignalCSVFormat.columns)),
                           at: cell.position)
                }
                columns.append(nil)
            } else if columns.contains(name) {
                report(.duplicateColumn(name: name), at: cell.position)
                columns.append(nil)
            } else {
                columns.append(name)
            }
        }
        let missing = SignalCSVFormat.requiredColumns.filter { !columns.contains($0) }
        for name in missing { report(.missingColumn(name: name), at: SourcePosition(line: header[0].position.line, column: 1)) }
        guard missing.isEmpty else { return output }

        var rowReader = SignalCSVRowReader(registry: registry, nationalThemeIDs: nationalThemeIDs, file: file)
        var reportedRows = 0, unreportedRows = 0
        var firstUnreported: SourcePosition?
        for record in records.dropFirst() {
            if record.allSatisfy({ SignalCSVFormat.isBlank($0.text) }) { continue }
            // Problems of this row, reported only while fewer than the limit of rows have had some.
            var problems: [(SignalCSVProblem, SourcePosition)] = []
            defer {
                if !problems.isEmpty {
                    if reportedRows < Self.reportedRowLimit {
                        reportedRows += 1
                        for (problem, position) in problems { report(problem, at: position) }
                        // Rows past the limit are only counted: no "did you mean" worked out for them.
                        if reportedRows == Self.reportedRowLimit { rowReader.suggests = false }
                    } else {
                        unreportedRows += 1
                        if firstUnreported == nil { firstUnreported = record[0].position }
                    }
                }
            }
            if let errors = errorValues[record[0].position.line] {
                // An error value (#N/B) is named as such, not as whatever its text fails.
                problems = errors.map { (.errorValue(value: $0.value), $0.position) }
                continue
            }
            // Excel sometimes adds empty cells at the end of a row: those are harmless.
            var cells = record
            while cells.count > columns.count, cells.last.map({ SignalCSVFormat.isBlank($0.text) }) == true {
                cells.removeLast()
            }
            guard cells.count == columns.count else {
                problems.append((.columnCount(found: record.count, expected: columns.count), record[0].position))
                continue
            }
            var named: [String: CSVTable.Cell] = [:]
            for (name, cell) in zip(columns, cells) {
                if let name { named[name] = cell }
            }
            let result = rowReader.signal(from: named, at: record[0].position)
            for (problem, cell) in result.warnings { problems.append((problem, cell.position)) }
            switch result.signal {
            case .success(let signal):
                output.signals.append(signal)
            case .failure(let found):
                for (problem, cell) in found.list { problems.append((problem, cell.position)) }
            }
        }
        if let firstUnreported {
            // Placed at the first row not reported, where the reader would look next.
            report(.moreRowsWithProblems(count: unreportedRows), at: firstUnreported)
        }
        return output
    }

    /// A located diagnostic; with `cellName`, the message starts with the cell (`Signalen!C12: `).
    func diagnostic(_ problem: SignalCSVProblem, file: String, at position: SourcePosition,
                    cellName: ((SourcePosition) -> String)? = nil) -> Diagnostic {
        let prefix = cellName.map { $0(position) + ": " } ?? ""
        return Diagnostic(severity: problem.severity, code: problem.code, message: prefix + problem.message(in: language), file: file,
                          range: SourceRange(at: position), hint: problem.hint(in: language))
    }

    /// Reads the CSV file at `path`; an unreadable file is one diagnostic.
    public func read(file path: String) -> (output: Output, source: SourceText?) {
        guard let data = FileManager.default.contents(atPath: path) else {
            let problem = SignalCSVProblem.unreadable(reason: language.pick("het bestaat niet of is niet leesbaar", "it does not exist or is not readable"))
            return (Output(signals: [], diagnostics: [diagnostic(problem, file: path)]), nil)
        }
        var notes: [Diagnostic] = []
        let text: String
        if let utf8 = String(data: data, encoding: .utf8) {
            text = utf8
        } else if let legacy = String(data: data, encoding: .windowsCP1252) {
            // Dutch Excel's "CSV (gescheiden door lijstscheidingsteken)" is Windows-1252, not UTF-8:
            // read it, and say so, since a wrong guess would show as odd letters.
            text = legacy
            notes.append(diagnostic(.readAsWindows1252, file: path))
        } else {
            let problem = SignalCSVProblem.unreadable(reason: language.pick("het is geen UTF-8-tekst", "it is not UTF-8 text"))
            return (Output(signals: [], diagnostics: [diagnostic(problem, file: path)]), nil)
        }
        var output = read(text, file: path)
        output.diagnostics.insert(contentsOf: notes, at: 0)
        return (output, SourceText(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text))
    }

    private func diagnostic(_ problem: SignalCSVProblem, file: String) -> Diagnostic {
        Diagnostic(severity: problem.severity, code: problem.code, message: problem.message(in: language), file: file,
                   hint: problem.hint(in: language))
    }
}

/// One CSV row to a signal: every cell checked, every problem with its cell.
struct SignalCSVRowReader {
    let registry: Registry
    let nationalThemeIDs: Set<String>?
    let file: String
    /// Whether problems get a "did you mean"; off for rows that are counted, not reported.
    var suggests = true

    /// The closest of `candidates` to `text`, when suggesting.
    func closest(to text: String, among candidates: [String]) -> String? {
        suggests ? Suggestion.closest(to: text, among: candidates) : nil
    }

    /// A row's problems, each with the cell it is in.
    struct Problems: Error {
        var list: [(SignalCSVProblem, CSVTable.Cell)] = []
    }

    /// A row's signal or its problems, and the warnings that do not stop it (an ambiguous date).
    struct RowResult {
        var signal: Swift.Result<Signal, Problems>
        var warnings: [(SignalCSVProblem, CSVTable.Cell)]
    }

    func signal(from cells: [String: CSVTable.Cell], at start: SourcePosition) -> RowResult {
        var problems = Problems()
        var warnings: [(SignalCSVProblem, CSVTable.Cell)] = []
        let rowStart = CSVTable.Cell(text: "", position: start)
        func cell(_ name: String) -> CSVTable.Cell { cells[name] ?? rowStart }
        func value(_ name: String) -> String {
            SignalCSVFormat.trimmed(SignalCSVFormat.restored(cells[name]?.text ?? ""))
        }
        func required(_ name: String) -> String? {
            let text = value(name)
            if text.isEmpty { problems.list.append((.missingValue(column: name), cell(name))) }
            return text.isEmpty ? nil : text
        }
        func choice<T: RawRepresentable & CaseIterable>(_ name: String, _ type: T.Type, default fallback: T?) -> T?
        where T.RawValue == String {
            let text = value(name)
            if text.isEmpty {
                if fallback == nil, SignalCSVFormat.requiredColumns.contains(name) {
                    problems.list.append((.missingValue(column: name), cell(name)))
                }
                return fallback
            }
            if let match = T.allCases.first(where: { $0.rawValue.lowercased() == text.lowercased() }) { return match }
            let allowed = T.allCases.map(\.rawValue)
            problems.list.append((.notAllowed(column: name, value: text, allowed: allowed,
                                              suggestion: closest(to: text, among: allowed)), cell(name)))
            return nil
        }
        func references(_ name: String, known: [String]?, entries: [Registry.Entry] = []) -> [Reference] {
            let source = cell(name)
            let range = SourceRange(at: source.position)
            return SignalCSVFormat.listItems(value(name)).map { id in
                guard let known, !known.contains(id) else { return Reference(id, range: range) }
                // A name or a word people use for it (`Zorg`, `Zorg en Welzijn`): read as its id, and said so.
                let key = id.lowercased()
                if let entry = entries.first(where: { $0.id.lowercased() == key || $0.name.lowercased() == key })
                    ?? entries.first(where: { $0.otherNames.contains(key) }) {
                    warnings.append((.readAs(column: name, value: id, id: entry.id, name: entry.name), source))
                    return Reference(entry.id, range: range)
                }
                problems.list.append((.unresolved(column: name, id: id, suggestion: closest(to: id, among: known)), source))
                return Reference(id, range: range)
            }
        }

        let region = required("regio").flatMap { text -> String? in
            if let match = registry.regions.first(where: { $0.code.lowercased() == text.lowercased() || $0.name.lowercased() == text.lowercased() }) {
                return match.code
            }
            if registry.regions.isEmpty { return text.uppercased() }
            problems.list.append((.unknownRegion(value: text, suggestion: closest(to: text, among: registry.regions.map(\.code))), cell("regio")))
            return nil
        }
        let id = required("id")
        if let id, !SchemaValidator.isIdentifier(id) { problems.list.append((.invalidIdentifier(value: id), cell("id"))) }
        let date = required("datum").flatMap { text -> CalendarDate? in
            if let date = SignalCSVFormat.date(text) {
                if let other = SignalCSVFormat.otherReading(of: text) {
                    warnings.append((.ambiguousDate(value: text, read: date, other: other), cell("datum")))
                }
                return date
            }
            problems.list.append((.invalidDate(value: text), cell("datum")))
            return nil
        }
        let kind = choice("soort", Signal.Kind.self, default: nil)
        let title = required("titel")
        let task = choice("opgave", AgendaTask.self, default: nil)
        let sectors = references("sectoren", known: registry.sectors.isEmpty ? nil : registry.sectors.map(\.id), entries: registry.sectors)
        let groups = references("doelgroepen", known: registry.targetGroups.isEmpty ? nil : registry.targetGroups.map(\.id),
                                entries: registry.targetGroups)
        let themes = references("landelijke_themas", known: nationalThemeIDs.map { $0.sorted() })
        let urgency = choice("urgentie", Signal.Urgency.self, default: nil)
        let ask = choice("vraag", Signal.Ask.self, default: nil)
        let status = choice("status", Signal.Status.self, default: .new)
        let answer = value("antwoord")

        guard problems.list.isEmpty, let region, let id, let date, let kind, let title, let urgency, let ask, let status else {
            return RowResult(signal: .failure(problems), warnings: warnings)
        }
        var fields: [String: SourceRange] = [:]
        for (name, cell) in cells { fields[name] = SourceRange(at: cell.position) }
        let origin = Origin(file: file, range: SourceRange(at: start), fields: fields)
        return RowResult(signal: .success(Signal(
            id: id, region: region, date: date, kind: kind, title: title,
            description: SignalCSVFormat.restored(cells["beschrijving"]?.text ?? ""), task: task,
            sectors: sectors, targetGroups: groups, nationalThemes: themes, urgency: urgency, ask: ask, status: status,
            answer: answer.isEmpty ? nil : SignalCSVFormat.restored(cells["antwoord"]?.text ?? ""), origin: origin)), warnings: warnings)
    }
}
