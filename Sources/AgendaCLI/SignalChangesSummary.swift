import Agenda
import Diagnostics

/// The lines `mja signalen` prints about a workbook read back: per file, the signals whose fields
/// were taken from it (with the old and new value where they are short), the new rows, and the rows
/// that are gone while their signal still counts.
struct SignalChangesSummary {
    let changes: [SignalChange]
    let language: Language

    /// How many signals a line names before it counts the rest.
    static let listed = 10

    var lines: [String] {
        let l = language
        var files: [String] = []
        for change in changes where !files.contains(change.file) { files.append(change.file) }
        var lines: [String] = []
        for file in files {
            let here = changes.filter { $0.file == file }
            lines.append(l.pick("Uit \(file):", "From \(file):"))
            let changed = here.compactMap { change -> String? in
                guard case .changed(let fields) = change.kind else { return nil }
                return change.signal + " (" + fields.map { Self.describe($0, language: l) }.joined(separator: "; ") + ")"
            }
            let added = here.filter { $0.kind == .added }.map(\.signal)
            let missing = here.filter { $0.kind == .missing }.map(\.signal)
            if !changed.isEmpty { lines.append("  " + count(changed.count) + l.pick(" gewijzigd: ", " changed: ") + list(changed)) }
            if !added.isEmpty { lines.append("  " + count(added.count) + l.pick(" nieuw: ", " new: ") + list(added)) }
            if !missing.isEmpty {
                lines.append("  " + count(missing.count)
                    + l.pick(missing.count == 1 ? " ontbreekt in de werkmap en telt mee uit de agenda: " : " ontbreken in de werkmap en tellen mee uit de agenda: ",
                             " missing from the workbook, still counted from the agenda: ")
                    + list(missing))
            }
        }
        return lines
    }

    private func count(_ n: Int) -> String { language.count(n, ("signaal", "signalen"), ("signal", "signals")) }

    private func list(_ items: [String]) -> String {
        let shown = items.prefix(Self.listed).joined(separator: ", ")
        guard items.count > Self.listed else { return shown }
        return shown + language.pick(" en nog \(items.count - Self.listed)", " and \(items.count - Self.listed) more")
    }

    /// `status: 'nieuw' → 'opgelost'`; a long value (a description) by its column alone.
    static func describe(_ field: SignalChange.Field, language: Language) -> String {
        describe(column: field.column, old: field.old, new: field.new, language: language)
    }

    /// The same for a column and its two values (also what `--toepassen` prints).
    static func describe(column: String, old: String, new: String, language: Language) -> String {
        guard old.count <= 40, new.count <= 40, !old.contains("\n"), !new.contains("\n") else { return column }
        let quoted = { (text: String) in text.isEmpty ? language.pick("(leeg)", "(empty)") : "'\(text)'" }
        return "\(column): \(quoted(old)) → \(quoted(new))"
    }
}
