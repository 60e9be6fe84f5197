import Diagnostics
import TOML

/// What an edited workbook changes in which agenda file, before anything is written: rows of a
/// workbook read into planned edits of the agendas' TOML, a preview row per change, and the cells
/// that are refused with why. Generic over the workbook: the progress workbook
/// (`ProgressImportPlan`) makes one; `apply(to:of:)` writes a file's edits through `AgendaEditor`,
/// so every byte outside the edited values stays as it was. The signal workbook
/// (`SignalImportPlan`) writes its changes through the same `apply(_:to:)`: one way into a file.
///
/// Edits find their place by what the file says (a theme's `id`, a result's position and
/// description, a line's year and source), not by line numbers, and a place that is gone is an
/// error: nothing of that file is written.
public struct WorkbookEditPlan: Sendable {
    /// One step from the root of an agenda file to a table in it.
    public enum Step: Sendable, Hashable {
        /// The table under `key`.
        case key(String)
        /// The element of the array of tables `array` whose `id` is `id`.
        case element(array: String, id: String)
        /// Element `index` (from 0) of the array of tables `array`, which must have `key` = `value`
        /// (a result has no id: its place and its description together name it).
        case position(array: String, index: Int, key: String, value: String)
    }

    /// A change of one line of an array of inline tables (a realisation line, a measurement).
    public struct LineChange: Sendable {
        /// The values that find the line now in the file; nil for a new line.
        public var match: [(String, TOMLEditValue)]?
        /// The line's new values (a nil value removes that key); nil removes the line.
        public var values: [(String, TOMLEditValue?)]?

        /// A change.
        public init(match: [(String, TOMLEditValue)]?, values: [(String, TOMLEditValue?)]?) {
            self.match = match
            self.values = values
        }
    }

    /// One edit of an agenda file.
    public enum Edit: Sendable {
        /// Sets `key` of the table at `table`; nil removes it.
        case set(table: [Step], key: String, value: TOMLEditValue?)
        /// Changes lines of the array of inline tables `key` of the table at `table`.
        case lines(table: [Step], key: String, changes: [LineChange])
        /// Adds a `[[key]]` block with `entries` to the table at `table` (the root when empty), after
        /// the array's last block (a new signal).
        case append(table: [Step], key: String, entries: [(String, TOMLEditValue)])
    }

    /// One change as a person reads it, for the preview and the summary.
    public struct PreviewRow: Sendable, Hashable {
        /// The cell it comes from: `Realisatie!G7`.
        public var cell: String
        /// What it is about: the action or result, and the line.
        public var subject: String
        /// The field: `gerealiseerd`, `status`, ...
        public var field: String
        /// The value in the agenda, as a person reads it; empty for none.
        public var old: String
        /// The value from the workbook; empty when it is removed.
        public var new: String

        /// A row.
        public init(cell: String, subject: String, field: String, old: String, new: String) {
            self.cell = cell
            self.subject = subject
            self.field = field
            self.old = old
            self.new = new
        }
    }

    /// A cell (or row) of the workbook that is not applied, and why.
    public struct RefusedCell: Sendable, Hashable {
        /// The cell as a spreadsheet names it: `Realisatie!G7`; empty for the workbook as a whole.
        public var cell: String
        /// Why, in the user's language, with how to fix it.
        public var reason: String
        /// The diagnostic behind it, for printing it in full.
        public var diagnostic: Diagnostic

        /// A refused cell.
        public init(cell: String, reason: String, diagnostic: Diagnostic) {
            self.cell = cell
            self.reason = reason
            self.diagnostic = diagnostic
        }
    }

    /// What the plan does to one agenda file.
    public struct AgendaEdits: Sendable {
        /// The agenda file, as the workspace names it.
        public var file: String
        /// The agenda as a reader names it (`AM05 Twente`).
        public var label: String
        /// The region's code, nil for the national agenda (for who may change it).
        public var regionCode: String?
        /// The edits, in workbook order.
        public var edits: [Edit]
        /// The changes as a person reads them, in workbook order.
        public var rows: [PreviewRow]

        /// What a plan does to one file.
        public init(file: String, label: String, regionCode: String?, edits: [Edit], rows: [PreviewRow]) {
            self.file = file
            self.label = label
            self.regionCode = regionCode
            self.edits = edits
            self.rows = rows
        }
    }

    /// The changes, one entry per agenda file, in file order.
    public var agendas: [AgendaEdits]
    /// The cells not applied, in workbook order.
    public var refused: [RefusedCell]
    /// The workbook's file name, as given.
    public var workbook: String

    /// A plan.
    public init(agendas: [AgendaEdits], refused: [RefusedCell], workbook: String) {
        self.agendas = agendas
        self.refused = refused
        self.workbook = workbook
    }

    /// Whether nothing would be written.
    public var isEmpty: Bool { agendas.isEmpty }

    /// Why a file's edits could not be written exactly; nothing of the file is.
    public struct ApplyError: Error, Sendable, Equatable {
        /// What could not be found or written, in English for the log (the user's words come from
        /// the caller's problem).
        public var detail: String
        /// The position in the list of the edit that could not be written; nil when the text itself
        /// is not valid TOML.
        public var edit: Int?
        /// Whether the edit's place (a table by its id, a line by its values) is no longer in the file.
        public var placeMissing = false
        /// The editor's refusal, when the place was there but the edit could not be written exactly.
        public var refusal: TOMLEditError?
    }

    /// The text of `file` with this plan's edits for it written in; `text` unchanged when the plan
    /// has none for it.
    public func apply(to text: String, of file: String) throws(ApplyError) -> String {
        guard let entry = agendas.first(where: { $0.file == file }) else { return text }
        return try Self.apply(entry.edits, to: text)
    }

    /// `edits` written into `text`.
    public static func apply(_ edits: [Edit], to text: String) throws(ApplyError) -> String {
        var editor: AgendaEditor
        do {
            editor = try AgendaEditor(text: text)
        } catch {
            throw ApplyError(detail: "not valid TOML")
        }
        for (index, edit) in edits.enumerated() {
            do {
                switch edit {
                case .set(let table, let key, let value):
                    let path = try resolve(table, in: editor.root)
                    try editor.set(value, at: path + [.key(key)])
                case .lines(let table, let key, let changes):
                    try applyLines(changes, at: try resolve(table, in: editor.root) + [.key(key)], editor: &editor)
                case .append(let table, let key, let entries):
                    try editor.appendTable(to: try resolve(table, in: editor.root) + [.key(key)], entries: entries)
                }
            } catch var error as ApplyError {
                error.edit = index
                throw error
            } catch let refusal as TOMLEditError {
                throw ApplyError(detail: "\(refusal)", edit: index, refusal: refusal)
            } catch {
                throw ApplyError(detail: "\(error)", edit: index)
            }
        }
        return editor.text
    }

    /// The path of the table `steps` lead to in `root`.
    static func resolve(_ steps: [Step], in root: TOMLTable) throws(ApplyError) -> [TOMLPathComponent] {
        var path: [TOMLPathComponent] = []
        for step in steps {
            switch step {
            case .key(let key):
                path.append(.key(key))
            case .element(let array, let id):
                let elements = tables(at: path + [.key(array)], in: root)
                guard let index = elements.firstIndex(where: { if case .string(id)? = $0["id"]?.kind { true } else { false } }) else {
                    throw ApplyError(detail: "no \(array) with id \(id)", placeMissing: true)
                }
                path += [.key(array), .index(index)]
            case .position(let array, let index, let key, let value):
                let elements = tables(at: path + [.key(array)], in: root)
                guard elements.indices.contains(index), case .string(value)? = elements[index][key]?.kind else {
                    throw ApplyError(detail: "\(array) \(index + 1) is no longer '\(value)'", placeMissing: true)
                }
                path += [.key(array), .index(index)]
            }
        }
        return path
    }

    /// The tables of the array at `path`; empty when there is none.
    static func tables(at path: [TOMLPathComponent], in root: TOMLTable) -> [TOMLTable] {
        guard let value = AgendaPath.value(at: path, in: root), case .array(let elements) = value.kind else { return [] }
        return elements.compactMap { if case .table(let table) = $0.kind { table } else { nil } }
    }

    /// Removes the lines that go (the last first, so no other line moves), then sets the array to the
    /// lines that stay, changed, and the new ones after them: a line that did not change is not
    /// written again.
    private static func applyLines(_ changes: [LineChange], at path: [TOMLPathComponent], editor: inout AgendaEditor) throws {
        let present = tables(at: path, in: editor.root)
        var lines: [[(String, TOMLEditValue)]?] = try present.map { table in
            try table.entries.map { entry throws(ApplyError) in
                guard let value = editValue(entry.value) else { throw ApplyError(detail: "\(entry.key) cannot be written back") }
                return (entry.key, value)
            }
        }
        var added: [[(String, TOMLEditValue)]] = []
        for change in changes {
            guard let match = change.match else {
                if let values = change.values { added.append(values.compactMap { key, value in value.map { (key, $0) } }) }
                continue
            }
            let found = present.indices.filter { index in
                lines[index] != nil && match.allSatisfy { key, value in present[index][key].map { AgendaEditor.matches($0, value) } ?? false }
            }
            guard found.count == 1, let index = found.first, var line = lines[index] else {
                throw ApplyError(detail: "no single line \(match.map { "\($0.0) = \($0.1)" }.joined(separator: ", ")) in \(path)", placeMissing: true)
            }
            guard let values = change.values else {
                lines[index] = nil
                continue
            }
            for (key, value) in values {
                if let position = line.firstIndex(where: { $0.0 == key }) {
                    if let value { line[position].1 = value } else { line.remove(at: position) }
                } else if let value {
                    line.append((key, value))
                }
            }
            lines[index] = line
        }
        for index in lines.indices.reversed() where lines[index] == nil {
            try editor.remove(at: path + [.index(index)])
        }
        try editor.setTables(lines.compactMap { $0 } + added, at: path)
    }

    /// A parsed value as the editor writes it; nil for the kinds an agenda's lines do not hold.
    static func editValue(_ value: TOMLValue) -> TOMLEditValue? {
        switch value.kind {
        case .string(let text): return .string(text)
        case .integer(let number): return .integer(number)
        case .float(let number): return FieldReading.writtenFloat(number)
        case .boolean(let flag): return .boolean(flag)
        case .localDate(let date): return .localDate(date)
        case .array(let elements):
            let values = elements.compactMap(editValue)
            return values.count == elements.count ? .array(values) : nil
        case .table(let table):
            let entries = table.entries.compactMap { entry in editValue(entry.value).map { (entry.key, $0) } }
            return entries.count == table.count ? .inlineTable(entries) : nil
        default: return nil
        }
    }
}
