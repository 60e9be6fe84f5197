import Diagnostics
import TOML

// Writing the planned changes into an agenda's text: every changed field set in place, every new
// signal a new `[[signaal]]` block after the last one, through `TOMLEditor`, so the rest of the file
// keeps its layout byte for byte.

extension SignalImportPlan {
    /// The text of `agendaFile` with this plan's changes for it written in; `text` unchanged when the
    /// plan has none for it. Throws (and changes nothing) when a change cannot be written exactly.
    public func apply(to text: String, of agendaFile: String, language: Language = .dutch) throws(SignalImportError) -> String {
        guard let entry = changes.first(where: { $0.file == agendaFile }) else { return text }
        func refused(_ signal: String, _ reason: String) -> SignalImportError {
            SignalImportError(.notWritten(file: agendaFile, signal: signal, reason: reason))
        }
        var editor: TOMLEditor
        do {
            editor = try TOMLEditor(text: text)
        } catch {
            throw refused(entry.region, language.pick("het bestand is geen geldige TOML meer", "the file is no longer valid TOML"))
        }
        for signal in entry.changed {
            guard let index = Self.index(of: signal.id, in: editor.root) else {
                throw SignalImportError(.fileChanged(file: agendaFile))
            }
            let element: [TOMLPathComponent] = [.key("signaal"), .index(index)]
            for change in entry.rows where change.signal == signal.id {
                do {
                    if let value = Self.value(of: change.field, in: signal) {
                        try editor.set(value, at: element + [.key(change.field)])
                    } else if Self.table(at: index, in: editor.root)?[change.field] != nil {
                        try editor.remove(at: element + [.key(change.field)])
                    }
                } catch {
                    throw refused(signal.qualifiedID, error.message(in: language))
                }
            }
        }
        for signal in entry.added {
            let entries = SignalCSVFormat.columns.compactMap { column -> (String, TOMLEditValue)? in
                if column == "regio" { return nil }
                if column == "id" { return ("id", .string(signal.id)) }
                return Self.value(of: column, in: signal).map { (column, $0) }
            }
            do {
                try editor.appendTable(to: [.key("signaal")], entries: entries)
            } catch {
                throw refused(signal.qualifiedID, error.message(in: language))
            }
        }
        return editor.text
    }

    /// The position of the `[[signaal]]` with `id`.
    static func index(of id: String, in root: TOMLTable) -> Int? {
        guard case .array(let elements)? = root["signaal"]?.kind else { return nil }
        return elements.firstIndex { element in
            if case .table(let table) = element.kind, case .string(id)? = table["id"]?.kind { return true }
            return false
        }
    }

    private static func table(at index: Int, in root: TOMLTable) -> TOMLTable? {
        guard case .array(let elements)? = root["signaal"]?.kind, elements.indices.contains(index),
            case .table(let table) = elements[index].kind
        else { return nil }
        return table
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
