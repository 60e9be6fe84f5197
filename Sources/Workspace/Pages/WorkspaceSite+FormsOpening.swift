import Agenda
import FoundationEssentials
import FoundationGaps
import TOML

extension WorkspaceSite {
    /// The opening form: title, version, status, adopted by and on, the periods; the three tasks'
    /// descriptions; and the way to every theme's form.
    func openingForm(_ agenda: AgendaFile, root: TOMLTable, fields sent: FormFields?, check: EditCheck) -> (title: String, body: String)? {
        var fields = sent ?? FormFields()
        if sent == nil {
            for key in AgendaPath.openingKeys { fields.values[key] = AgendaPath.value(at: AgendaPath.opening(key), in: root)?.formText ?? "" }
            for task in AgendaTask.allCases { fields.values["opgave." + task.rawValue] = AgendaPath.value(at: AgendaPath.task(task), in: root)?.formText ?? "" }
        }
        var form = fields.input("titel", label: "Titel van de agenda")
        form += fields.input("versie", label: "Versie", help: "Zoals 0.9 of 1.0.")
        form += fields.select("status", label: "Status", options: Agenda.Status.allCases.map { ($0.rawValue, $0.rawValue) })
        form += fields.input("vastgesteld_door", label: "Vastgesteld door")
        form += fields.input("vastgesteld_op", label: "Vastgesteld op", type: "date", help: Self.dateHelp(fields["vastgesteld_op"], example: "1-7-2026"))
        form += fields.input("beleidsperiode", label: "Beleidsperiode", help: "Vijf jaar, zoals 2026-2030.")
        form += fields.input("uitvoeringsperiode", label: "Uitvoeringsperiode", help: "Twee jaar binnen de beleidsperiode, zoals 2026-2027.")
        form += "<h2>De drie opgaven</h2>"
        for task in AgendaTask.allCases {
            form += fields.textarea("opgave." + task.rawValue, label: "Beschrijving van de \(task.dutchName)", rows: 3)
        }
        form += formButtons(agenda)
        var themes = "<h2>Thema's</h2><ul>"
        for theme in AgendaPath.tables(at: "thema", in: root) {
            guard let id = theme["id"]?.stringValue else { continue }
            themes += "<li><a href=\"\(FormRoute.theme(id).path(agenda.id))\">\(escape(theme["titel"]?.stringValue ?? id))</a></li>"
        }
        themes += "</ul><p><a class=\"knop\" href=\"\(FormRoute.newTheme.path(agenda.id))\">Thema toevoegen</a> "
            + "<a class=\"knop\" href=\"\(FormRoute.progress.path(agenda.id))\">Voortgang bijhouden</a></p>"
        return ("Opening: \(agenda.name)", form + themes)
    }

    /// The edits of the opening form.
    func openingEdits(_ editor: inout AgendaEditor, fields sent: FormFields) throws(TOMLEditError) -> FormOutcome {
        var fields = sent
        var adoptedOn: TOMLEditValue?
        do { adoptedOn = try FieldReading.date(fields["vastgesteld_op"]).map { .localDate($0) } } catch { fields.add(error.message, at: "vastgesteld_op") }
        if fields["titel"].trimming(.spaces).isEmpty { fields.add(FieldProblem.required("een titel").message, at: "titel") }
        guard !fields.hasMessages else { return FormOutcome(text: nil, fields: fields, message: "") }
        var places: [(String, [TOMLPathComponent])] = []
        for key in AgendaPath.openingKeys {
            let value = key == "vastgesteld_op" ? adoptedOn : FieldReading.text(fields[key])
            try editor.set(value, at: AgendaPath.opening(key))
            places.append((key, AgendaPath.opening(key)))
        }
        for task in AgendaTask.allCases {
            // A task without its own table yet is left to the text editor: no section is made here.
            guard AgendaPath.value(at: Array(AgendaPath.task(task).dropLast()), in: editor.root) != nil else { continue }
            try editor.set(FieldReading.text(fields["opgave." + task.rawValue]), at: AgendaPath.task(task))
            places.append(("opgave." + task.rawValue, AgendaPath.task(task)))
        }
        return FormOutcome(text: editor.text, fields: fields, places: places, next: nil, message: "opening gewijzigd")
    }

    /// The page that asks before a theme or action is removed; the removal is its POST.
    func removalPage(_ agenda: AgendaFile, target: FormRoute, root: TOMLTable) -> (title: String, body: String)? {
        let what: String
        let back: FormRoute
        switch target {
        case .removeTheme(let id):
            guard let index = AgendaPath.themeIndex(of: id, in: root) else { return nil }
            let theme = AgendaPath.tables(at: "thema", in: root)[index]
            let actions = AgendaPath.tables(at: "actie", in: theme).count
            what = "het thema '\(theme["titel"]?.stringValue ?? id)' met \(actions == 1 ? "1 actie" : "\(actions) acties"), de resultaten en de onderbouwing van de afwegingen"
            back = .theme(id)
        case .removeAction(let themeID, let id):
            guard let theme = AgendaPath.themeIndex(of: themeID, in: root), let index = AgendaPath.actionIndex(of: id, theme: theme, in: root) else { return nil }
            let action = AgendaPath.tables(at: "actie", in: AgendaPath.tables(at: "thema", in: root)[theme])[index]
            what = "de actie '\(action["titel"]?.stringValue ?? id)' met haar begroting"
            back = .action(theme: themeID, action: id)
        default: return nil
        }
        let body = "<p>Wilt u \(escape(what)) verwijderen? Dit wordt een nieuwe versie; in de geschiedenis kunt u de vorige versie terugzetten.</p>"
            + "<div class=\"knoppen\"><button type=\"submit\" name=\"knop\" value=\"verwijderen\">Ja, verwijderen</button> <a href=\"\(back.path(agenda.id))\">Nee, terug</a></div>"
        return ("Verwijderen bevestigen", body)
    }
}
