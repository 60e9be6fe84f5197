import Agenda
import FoundationEssentials
import FoundationGaps
import TOML

extension WorkspaceSite {
    /// The labels of the criteria answers, by key of `[thema.afwegingen]`.
    static let criteriaLabels: [(String, String)] = [
        ("signalen", "Signalen: op welke signalen uit de regio's geeft het thema antwoord?"),
        ("organisatieoverstijgend", "Organisatieoverstijgend: waarom zijn meerdere partijen nodig?"),
        ("nergens_anders_belegd", "Nergens anders belegd: waarom pakt geen andere tafel dit al op?"),
        ("concreet", "Concreet: welk helder resultaat krijgt de arbeidsmarkt?"),
        ("vernieuwend", "Vernieuwend: wat is er nieuw aan?"),
        ("opschaalbaar", "Opschaalbaar: hoe kan het naar andere regio's of landelijk?"),
    ]

    /// The organisations a theme or action may name: the agenda's own, then the national registry's.
    func organisationOptions(_ check: EditCheck) -> [(String, String)] {
        let own = check.agenda?.organisations ?? []
        let national = check.workspace.registry.organisations.filter { org in !own.contains { $0.id == org.id } }
        return (own + national).map { ($0.id, "\($0.name) (\($0.id))") }
    }

    /// The theme form (a new one when `id` is nil).
    func themeForm(_ agenda: AgendaFile, root: TOMLTable, id: String?, fields sent: FormFields?, check: EditCheck) -> (title: String, body: String)? {
        let index = id.flatMap { AgendaPath.themeIndex(of: $0, in: root) }
        if id != nil && index == nil { return nil }
        var fields = sent ?? FormFields()
        if sent == nil, let index {
            for key in ["titel", "beschrijving", "landelijk_thema", "trekker"] {
                fields.values[key] = AgendaPath.value(at: AgendaPath.theme(index, key), in: root)?.formText ?? ""
            }
            fields.tick("opgaven", AgendaPath.value(at: AgendaPath.theme(index, "opgaven"), in: root)?.stringList ?? [])
            fields.tick("partners", AgendaPath.value(at: AgendaPath.theme(index, "partners"), in: root)?.stringList ?? [])
            for key in AgendaPath.criteriaKeys {
                fields.values["afwegingen." + key] = AgendaPath.value(at: AgendaPath.criterion(index, key), in: root)?.formText ?? ""
            }
        }
        let nationalThemes = (check.workspace.nationalAgenda?.themes ?? []).map { ($0.id, $0.title) }
        var form = ""
        if id == nil {
            form += fields.input("id", label: "Korte naam (id) van het thema", help: "Kleine letters, cijfers en streepjes, zoals zorg-instroom; hiermee verwijzen andere delen naar het thema.")
        }
        form += fields.input("titel", label: "Titel")
        form += fields.textarea("beschrijving", label: "Beschrijving", help: "Waar het thema over gaat. Een lege regel begint een nieuwe alinea; **vet** wordt vet gedrukt.", rows: 5)
        form += fields.checkboxes("opgaven", legend: "Opgaven die het thema dient", options: AgendaTask.allCases.map { ($0.rawValue, $0.dutchName) })
        if agenda.id != "lmja" {
            form += fields.select("landelijk_thema", label: "Landelijk thema waaraan het bijdraagt", options: nationalThemes, allowEmpty: "(geen)")
        }
        let organisations = organisationOptions(check)
        form += fields.select("trekker", label: "Trekker", options: organisations, allowEmpty: "(nog niet bekend)")
        form += fields.checkboxes("partners", legend: "Partners", options: organisations, search: "organisaties")
        form += "<h2>Onderbouwing van de zes afwegingen</h2>"
        for (key, label) in Self.criteriaLabels {
            form += fields.textarea("afwegingen." + key, label: label, rows: 3)
        }
        form += fields.input("afwegingen.opschaalbaar_naar", label: "Opschaalbaar naar", help: "Regiocodes of landelijk, gescheiden door komma's: AM09, AM28, landelijk.")
        form += formButtons(agenda)
        // The six verdicts, computed on the server from the answers as they stand in the form.
        var verdicts = ""
        let themeID = id ?? fields["id"]
        if let agendaModel = check.agenda, let theme = agendaModel.themes.first(where: { $0.id == themeID }), !theme.isContinuous {
            let card = check.assessor.scorecard(for: theme, in: agendaModel)
            verdicts = "<aside class=\"oordelen\" id=\"oordelen\" data-bijwerken aria-labelledby=\"oordelen-kop\"><h2 id=\"oordelen-kop\">De zes afwegingen</h2>"
                + "<p class=\"klein\">Zoals mja check ze weegt, voor de antwoorden hiernaast. Na Controleren, of met JavaScript al terwijl u typt, staan hier de oordelen over uw nieuwe antwoorden.</p><dl>"
            for assessment in card.assessments {
                verdicts += "<dt>\(escape(assessment.criterion.dutchName)): <span class=\"oordeel \(assessment.verdict == .meets ? "goed" : "let-op")\">\(escape(assessment.verdict.rawValue))</span></dt>"
                verdicts += "<dd>\(escape(assessment.reasons.map(\.dutch).joined(separator: " ")))</dd>"
            }
            verdicts += "</dl></aside>"
        }
        var links = ""
        if let id, let index {
            let actions = AgendaPath.tables(at: "actie", in: AgendaPath.tables(at: "thema", in: root)[index])
            links = "<h2>Acties</h2><ul>" + actions.compactMap { action in
                action["id"]?.stringValue.map { "<li><a href=\"\(FormRoute.action(theme: id, action: $0).path(agenda.id))\">\(escape(action["titel"]?.stringValue ?? $0))</a></li>" }
            }.joined() + "</ul><p><a class=\"knop\" href=\"\(FormRoute.newAction(theme: id).path(agenda.id))\">Actie toevoegen</a> "
                + "<a class=\"knop\" href=\"\(FormRoute.removeTheme(id).path(agenda.id))\">Thema verwijderen</a></p>"
            links += resultLinks(agenda, themeID: id, results: AgendaPath.resultTables(theme: index, in: root))
        }
        let title = id == nil ? "Nieuw thema: \(agenda.name)" : "Thema: \(fields["titel"].isEmpty ? id! : fields["titel"])"
        return (title, "<div class=\"formulier-naast\"><div>\(form)</div>\(verdicts)</div>\(links)")
    }

    /// The edits of the theme form: the theme's keys and the criteria's answers (a new theme is
    /// appended as a `[[thema]]` block with its `[thema.afwegingen]`).
    func themeEdits(_ editor: inout AgendaEditor, index: Int?, id: String?, isNew: Bool, fields sent: FormFields) throws(TOMLEditError) -> FormOutcome {
        var fields = sent
        var newID = id ?? ""
        if isNew {
            do throws(FieldProblem) {
                newID = try FieldReading.identifier(fields["id"])
                if AgendaPath.themeIndex(of: newID, in: editor.root) != nil { throw FieldProblem.idInUse(newID, kind: "thema") }
            } catch { fields.add(error.message, at: "id") }
        }
        if fields["titel"].trimming(.spaces).isEmpty { fields.add(FieldProblem.required("een titel").message, at: "titel") }
        guard !fields.hasMessages else { return FormOutcome(text: nil, fields: fields, message: "") }
        let root = editor.root
        let current = { (key: String) in index.flatMap { AgendaPath.value(at: AgendaPath.theme($0, key), in: root)?.stringList } ?? [] }
        let opgaven = fields.ticked("opgaven", keeping: current("opgaven"))
        let partners = fields.ticked("partners", keeping: current("partners"))
        let scaling = fields["afwegingen.opschaalbaar_naar"].split(separator: ",").map { $0.trimming(.spaces) }.filter { !$0.isEmpty }
        let themeValues: [(String, TOMLEditValue?)] = [
            ("titel", FieldReading.text(fields["titel"])),
            ("beschrijving", FieldReading.text(fields["beschrijving"])),
            ("opgaven", opgaven.isEmpty ? nil : .array(opgaven.map { .string($0) })),
            ("landelijk_thema", FieldReading.text(fields["landelijk_thema"])),
            ("trekker", FieldReading.text(fields["trekker"])),
            ("partners", partners.isEmpty ? nil : .array(partners.map { .string($0) })),
        ]
        var criteria: [(String, TOMLEditValue?)] = AgendaPath.criteriaKeys.filter { $0 != "opschaalbaar_naar" }.map { ($0, FieldReading.text(fields["afwegingen." + $0])) }
        criteria.append(("opschaalbaar_naar", scaling.isEmpty ? nil : .array(scaling.map { .string($0) })))
        let themeIndex: Int
        if let index {
            themeIndex = index
            for (key, value) in themeValues { try editor.set(value, at: AgendaPath.theme(index, key)) }
        } else {
            themeIndex = try editor.appendTable(to: AgendaPath.themes, entries: [("id", .string(newID))] + themeValues)
        }
        if AgendaPath.value(at: AgendaPath.theme(themeIndex, "afwegingen"), in: editor.root) == nil {
            try editor.addSection("afwegingen", entries: criteria, to: AgendaPath.theme(themeIndex))
        } else {
            for (key, value) in criteria { try editor.set(value, at: AgendaPath.criterion(themeIndex, key)) }
        }
        var places: [(String, [TOMLPathComponent])] = themeValues.map { ($0.0, AgendaPath.theme(themeIndex, $0.0)) }
        places += AgendaPath.criteriaKeys.map { ("afwegingen." + $0, AgendaPath.criterion(themeIndex, $0)) }
        places.append(("id", AgendaPath.theme(themeIndex, "id")))
        return FormOutcome(text: editor.text, fields: fields, places: places, next: .theme(newID),
                           message: isNew ? "thema '\(newID)' toegevoegd" : "thema '\(newID)' gewijzigd")
    }
}
