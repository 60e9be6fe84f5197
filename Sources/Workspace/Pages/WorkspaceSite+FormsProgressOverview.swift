import Agenda
import FoundationEssentials
import TOML

extension WorkspaceSite {
    /// The agenda's progress page: its peildatum as a form, and the way to every action's progress
    /// form and every result's form, with where each stands (as the check reads the file).
    func progressOverviewForm(_ agenda: AgendaFile, root: TOMLTable, fields sent: FormFields?, check: EditCheck) -> (title: String, body: String)? {
        var fields = sent ?? FormFields()
        if sent == nil { fields.values["peildatum"] = AgendaPath.value(at: AgendaPath.referenceDate, in: root)?.formText ?? "" }
        var form = "<p>Per rapportage (bijvoorbeeld elk kwartaal) werkt u bij: de peildatum van de agenda hieronder, "
            + "per actie de status, voortgang en realisatie, en per resultaat de nieuwe metingen.</p>"
        form += fields.input("peildatum", label: "Peildatum van de agenda: de datum waarop de gegevens kloppen", type: "date",
                             help: Self.dateHelp(fields["peildatum"], example: "1-10-2026"))
        form += formButtons(agenda)
        guard let model = check.agenda else { return ("Voortgang: \(agenda.name)", form) }
        var actions = "<h2 id=\"acties-kop\">Acties</h2><div class=\"tabel-scroll\" role=\"region\" aria-labelledby=\"acties-kop\" tabindex=\"0\"><table>"
            + "<thead><tr><th scope=\"col\">Actie</th><th scope=\"col\">Status</th><th scope=\"col\">Voortgang</th><th scope=\"col\">Peildatum</th><th scope=\"col\">Begroot</th><th scope=\"col\">Gerealiseerd</th></tr></thead><tbody>"
        var results = "<h2 id=\"resultaten-kop\">Resultaten</h2><div class=\"tabel-scroll\" role=\"region\" aria-labelledby=\"resultaten-kop\" tabindex=\"0\"><table>"
            + "<thead><tr><th scope=\"col\">Resultaat</th><th scope=\"col\">Nulmeting</th><th scope=\"col\">Laatste meting</th><th scope=\"col\">Streefwaarde</th></tr></thead><tbody>"
        var resultLinks = ""
        for theme in model.themes {
            for action in theme.actions {
                actions += "<tr><th scope=\"row\"><a href=\"\(FormRoute.actionProgress(theme: theme.id, action: action.id).path(agenda.id))\">\(escape(action.title.isEmpty ? action.id : action.title))</a></th>"
                    + "<td>\(escape(action.status.rawValue))</td><td>\(action.progress.map { "\($0) %" } ?? "—")</td><td>\(escape(action.statusDate?.numericText ?? "—"))</td>"
                    + "<td>\(escape(action.plannedTotal.dutchNotation))</td><td>\(escape(action.realisedTotal.dutchNotation))</td></tr>"
            }
            for (index, result) in theme.results.enumerated() {
                let unit = result.unit.map { " " + $0 } ?? ""
                let latest = result.measurementsByDate.last
                results += "<tr><th scope=\"row\"><a href=\"\(FormRoute.result(theme: theme.id, number: index + 1).path(agenda.id))\">\(escape(result.description.isEmpty ? "Resultaat \(index + 1)" : result.description))</a></th>"
                    + "<td>\(escape(result.baseline.map { FieldReading.numberText($0.value) + unit } ?? "—"))</td>"
                    + "<td>\(escape(latest.map { FieldReading.numberText($0.value) + unit + " (\($0.date.numericText))" } ?? "—"))</td>"
                    + "<td>\(escape(result.targetValue.map { FieldReading.numberText($0) + unit } ?? "—"))</td></tr>"
            }
            resultLinks += "<li><a href=\"\(FormRoute.newResult(theme: theme.id).path(agenda.id))\">Resultaat toevoegen aan \(escape(theme.title.isEmpty ? theme.id : theme.title))</a></li>"
        }
        actions += "</tbody></table></div>"
        results += "</tbody></table></div>"
        let hasActions = model.themes.contains { !$0.actions.isEmpty }, hasResults = model.themes.contains { !$0.results.isEmpty }
        var body = form
        body += hasActions ? actions : "<h2>Acties</h2><p>Deze agenda heeft nog geen acties.</p>"
        body += hasResults ? results : "<h2>Resultaten</h2><p>Deze agenda heeft nog geen resultaten.</p>"
        if !resultLinks.isEmpty { body += "<ul class=\"klein\">\(resultLinks)</ul>" }
        return ("Voortgang: \(agenda.name)", body)
    }

    /// The edits of the progress page: the agenda's peildatum.
    func progressOverviewEdits(_ editor: inout AgendaEditor, fields sent: FormFields) throws(TOMLEditError) -> FormOutcome {
        var fields = sent
        var date: LocalDate?
        do { date = try FieldReading.date(fields["peildatum"]) } catch { fields.add(error.message, at: "peildatum") }
        guard !fields.hasMessages else { return FormOutcome(text: nil, fields: fields, message: "") }
        try editor.set(date.map { .localDate($0) }, at: AgendaPath.referenceDate)
        return FormOutcome(text: editor.text, fields: fields, places: [("peildatum", AgendaPath.referenceDate)], next: .progress,
                           message: date.map { "peildatum \(FieldReading.dutch($0))" } ?? "peildatum weggehaald")
    }
}
