import FoundationGaps
import Agenda
import Diagnostics
import TOML

extension WorkspaceSite {
    /// The warnings of `mja check` at `origins` (the values of one action or result, as the check
    /// read them), each said at the field it is about (`places`: form field name -> key path in the
    /// text the check read; written into `fields`, with `aria-describedby` as an error is), and a
    /// short "Let op" list above the form linking to those fields. Warnings never stop a save, so
    /// without this a measurement outside the execution period (MJA152) or more spent than budgeted
    /// (MJA150) would be saved without a word on the page. A warning no field holds (at the action's
    /// header, at a budget line of another form), or any when `places` is nil (the check read other
    /// rows than the form shows), stays in the list without a link.
    func warningsNotice(_ check: EditCheck, at origins: [Origin], places: [(String, [TOMLPathComponent])]?, fields: inout FormFields) -> String {
        let starts = Set(origins.flatMap { [$0.range.start] + $0.fields.values.map(\.start) })
        let found = check.diagnostics.filter { diagnostic in
            diagnostic.severity == .warning && diagnostic.range.map { starts.contains($0.start) } == true
        }
        guard !found.isEmpty else { return "" }
        let placed: [(Diagnostic, [String])]
        if let places, let root = try? TOML.parse(check.text) {
            placed = EditCheck.place(found, fields: places.map(\.1), in: root).map { diagnostic, paths in
                (diagnostic, paths.compactMap { path in places.first(where: { $0.1 == path })?.0 })
            }
        } else {
            placed = found.map { ($0, []) }
        }
        var items: [String] = []
        for (diagnostic, names) in placed {
            let words = "\(diagnostic.message.prefix(1).uppercased() + diagnostic.message.dropFirst())\(diagnostic.hint.map { " (tip: \($0))" } ?? "") [\(diagnostic.code)]"
            for name in names { fields.warnings[name, default: []].append(words) }
            items.append(names.first.map { "<a href=\"#\(escape(FormFields.id($0)))\">\(escape(words))</a>" } ?? escape(words))
        }
        return notice("let-op", "<p>Let op, mja check waarschuwt hier (opslaan kan wel):</p><ul>" + items.map { "<li>\($0)</li>" }.joined() + "</ul>")
    }

    /// The places of an action's progress: the action's own values, its budget and realisation lines.
    func progressPlaces(_ check: EditCheck, themeID: String, actionID: String) -> [Origin] {
        guard let action = check.agenda?.themes.first(where: { $0.id == themeID })?.actions.first(where: { $0.id == actionID }) else { return [] }
        return [action.origin] + action.budget.map(\.origin) + action.realisation.map(\.origin)
    }

    /// The places of a result: its own values and its measurements.
    func resultPlaces(_ check: EditCheck, themeID: String, index: Int?) -> [Origin] {
        guard let index, let theme = check.agenda?.themes.first(where: { $0.id == themeID }), theme.results.indices.contains(index) else { return [] }
        let result = theme.results[index]
        return [result.origin] + result.measurements.map(\.origin)
    }

    /// The fields of a table of lines in a form (`metingen`, `realisatie`) with the key paths of the
    /// lines they hold: the first field of a row (`rowField`) holds the whole line, each field its
    /// key. Read from the file (`asSent` false), row N is line N; as sent, the rows with anything in
    /// them are the lines in order, as the edits write them (an empty row is left out).
    static func rowPlaces(_ fields: FormFields, table: String, keys: [String], rowField: String, rows: Int, asSent: Bool,
                          at path: [TOMLPathComponent]) -> [(String, [TOMLPathComponent])] {
        var places: [(String, [TOMLPathComponent])] = []
        var line = 0
        for row in 0..<rows {
            if asSent, keys.allSatisfy({ fields["\(table).\(row).\($0)"].trimming(.spaces).isEmpty }) { continue }
            let linePath = path + [.index(line)]
            places.append(("\(table).\(row).\(rowField)", linePath))
            for key in keys { places.append(("\(table).\(row).\(key)", linePath + [.key(key)])) }
            line += 1
        }
        return places
    }
}
