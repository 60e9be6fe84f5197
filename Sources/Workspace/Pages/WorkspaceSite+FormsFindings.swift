import Agenda
import Diagnostics

extension WorkspaceSite {
    /// The warnings of `mja check` at `places` (the values of one action or result, as the check
    /// read them), as a "Let op" notice above the form. Warnings never stop a save, so without this
    /// a measurement outside the execution period (MJA152) or more spent than budgeted (MJA150)
    /// would be saved without a word on the page. Errors are shown at their fields instead.
    func warningsNotice(_ check: EditCheck, at places: [Origin]) -> String {
        let starts = Set(places.flatMap { [$0.range.start] + $0.fields.values.map(\.start) })
        let found = check.diagnostics.filter { diagnostic in
            diagnostic.severity == .warning && diagnostic.range.map { starts.contains($0.start) } == true
        }
        guard !found.isEmpty else { return "" }
        let items = found.map { diagnostic in
            "\(diagnostic.message.prefix(1).uppercased() + diagnostic.message.dropFirst())\(diagnostic.hint.map { " (tip: \($0))" } ?? "") [\(diagnostic.code)]"
        }
        return notice("let-op", "<p>Let op, mja check waarschuwt hier (opslaan kan wel):</p><ul>" + items.map { "<li>\(escape($0))</li>" }.joined() + "</ul>")
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
}
