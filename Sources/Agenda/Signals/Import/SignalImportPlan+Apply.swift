import Diagnostics
import TOML

// Writing the planned changes into an agenda's text: every changed field set in place, every new
// signal a new `[[signaal]]` block after the last one, as edits of `WorkbookEditPlan` (the progress
// workbook's way into a file too), through `AgendaEditor`, so the rest of the file keeps its layout
// byte for byte.

extension SignalImportPlan {
    /// The text of `agendaFile` with this plan's changes for it written in; `text` unchanged when the
    /// plan has none for it. Throws (and changes nothing) when a change cannot be written exactly.
    public func apply(to text: String, of agendaFile: String, language: Language = .dutch) throws(SignalImportError) -> String {
        guard let entry = changes.first(where: { $0.file == agendaFile }) else { return text }
        let (edits, signals) = Self.edits(entry)
        do {
            return try WorkbookEditPlan.apply(edits, to: text)
        } catch {
            guard let index = error.edit else {
                throw SignalImportError(.notWritten(file: agendaFile, signal: entry.region,
                                                    reason: language.pick("het bestand is geen geldige TOML meer", "the file is no longer valid TOML")))
            }
            // A signal that is gone: the file changed since the plan was made.
            if error.placeMissing { throw SignalImportError(.fileChanged(file: agendaFile)) }
            throw SignalImportError(.notWritten(file: agendaFile, signal: signals[index], reason: error.refusal?.message(in: language) ?? error.detail))
        }
    }

    /// The edits of `entry`, and per edit the signal it is about (`AM05/id`, for the message when it
    /// cannot be written): a changed field is set (an emptied one removed), a new signal appended.
    static func edits(_ entry: AgendaSignalChanges) -> (edits: [WorkbookEditPlan.Edit], signals: [String]) {
        var edits: [WorkbookEditPlan.Edit] = []
        var signals: [String] = []
        for signal in entry.changed {
            let table: [WorkbookEditPlan.Step] = [.element(array: "signaal", id: signal.id)]
            for change in entry.rows where change.signal == signal.id {
                edits.append(.set(table: table, key: change.field, value: Self.value(of: change.field, in: signal)))
                signals.append(signal.qualifiedID)
            }
        }
        for signal in entry.added {
            let entries = SignalCSVFormat.columns.compactMap { column -> (String, TOMLEditValue)? in
                if column == "regio" { return nil }
                if column == "id" { return ("id", .string(signal.id)) }
                return Self.value(of: column, in: signal).map { (column, $0) }
            }
            edits.append(.append(table: [], key: "signaal", entries: entries))
            signals.append(signal.qualifiedID)
        }
        return (edits, signals)
    }

    /// The value of `field` (a column, also the agenda's key) as the agenda writes it; nil when the
    /// signal has none (the key is then left out).
    static func value(of field: String, in signal: Signal) -> TOMLEditValue? {
        func text(_ value: String?) -> TOMLEditValue? {
            guard let value, !value.isEmpty else { return nil }
            return value.contains("\n") ? .multilineString(value) : .string(value)
        }
        func list(_ references: [Reference]) -> TOMLEditValue? {
            references.isEmpty ? nil : .array(references.map { .string($0.id) })
        }
        switch field {
        case "datum": return .localDate(LocalDate(year: signal.date.year, month: signal.date.month, day: signal.date.day))
        case "soort": return .string(signal.kind.rawValue)
        case "titel": return .string(signal.title)
        case "beschrijving": return text(signal.description)
        case "opgave": return signal.task.map { .string($0.rawValue) }
        case "sectoren": return list(signal.sectors)
        case "doelgroepen": return list(signal.targetGroups)
        case "landelijke_themas": return list(signal.nationalThemes)
        case "urgentie": return .string(signal.urgency.rawValue)
        case "vraag": return .string(signal.ask.rawValue)
        case "status": return .string(signal.status.rawValue)
        case "antwoord": return text(signal.answer)
        default: return nil
        }
    }
}
