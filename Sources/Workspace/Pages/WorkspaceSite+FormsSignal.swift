import Agenda
import FoundationEssentials
import FoundationGaps
import TOML

extension WorkspaceSite {
    /// The signal form of a region's own `[[signaal]]` (a new one when `id` is nil): every key of the
    /// format but the national answer, which is shown and left alone (`beraad` writes it).
    func signalForm(_ agenda: AgendaFile, root: TOMLTable, id: String?, fields sent: FormFields?, check: EditCheck) -> (title: String, body: String)? {
        let index = id.flatMap { AgendaPath.signalIndex(of: $0, in: root) }
        if id != nil && index == nil { return nil }
        var fields = sent ?? FormFields()
        if sent == nil, let index {
            for key in AgendaPath.signalKeys where !Self.signalListKeys.contains(key) {
                fields.values[key] = AgendaPath.value(at: AgendaPath.signal(index, key), in: root)?.formText ?? ""
            }
            for key in Self.signalListKeys {
                fields.tick(key, AgendaPath.value(at: AgendaPath.signal(index, key), in: root)?.stringList ?? [])
            }
        } else if sent == nil {
            fields.values["datum"] = ""
        }
        let registry = check.workspace.registry
        var form = ""
        if id == nil {
            form += fields.input("id", label: "Korte naam (id) van het signaal", help: "Kleine letters, cijfers en streepjes, zoals scholing-werkenden; hiermee verwijst een thema naar het signaal.")
        }
        form += fields.input("titel", label: "Titel", help: "Het signaal in één zin.")
        form += fields.input("datum", label: "Datum", type: "date", help: Self.dateHelp(fields["datum"], example: "10-2-2026") + " De dag waarop u het signaal afgaf.")
        form += fields.select("soort", label: "Soort", options: Signal.Kind.allCases.map { ($0.rawValue, $0.rawValue) }, allowEmpty: "(kies)")
        form += fields.textarea("beschrijving", label: "Beschrijving", help: "Meer uitleg. Een lege regel begint een nieuwe alinea.", rows: 4)
        form += fields.select("opgave", label: "Opgave", options: AgendaTask.allCases.map { ($0.rawValue, $0.dutchName) }, allowEmpty: "(geen)")
        form += fields.checkboxes("sectoren", legend: "Sectoren", options: registry.sectors.map { ($0.id, $0.name) })
        form += fields.checkboxes("doelgroepen", legend: "Doelgroepen", options: registry.targetGroups.map { ($0.id, $0.name) })
        form += fields.checkboxes("landelijke_themas", legend: "Landelijke thema's waar het signaal over gaat",
                                  options: (check.workspace.nationalAgenda?.themes ?? []).map { ($0.id, $0.title) })
        form += fields.select("urgentie", label: "Urgentie", options: Signal.Urgency.allCases.map { ($0.rawValue, $0.rawValue) }, allowEmpty: "(kies)")
        form += fields.select("vraag", label: "Wat vraagt u landelijk?", options: Signal.Ask.allCases.map { ($0.rawValue, $0.rawValue) }, allowEmpty: "(kies)")
        form += formButtons(agenda)
        var after = ""
        if let id, let index {
            let signal = AgendaPath.tables(at: "signaal", in: root)[index]
            after += "<h2>Landelijke afhandeling</h2>" + Self.answerSummary(signal)
                + "<p class=\"klein\">De status en het antwoord vult het Landelijk Beraad in; dit formulier laat ze staan.</p>"
            after += "<p><a class=\"knop\" href=\"\(FormRoute.removeSignal(id).path(agenda.id))\">Signaal verwijderen</a> "
                + "<a href=\"\(FormRoute.opening.path(agenda.id))\">Naar de opening en alle signalen</a></p>"
        }
        let title = id == nil ? "Nieuw signaal: \(agenda.name)" : "Signaal: \(fields["titel"].isEmpty ? id! : fields["titel"])"
        return (title, form + after)
    }

    /// The keys of a signal that are lists of references (check boxes in the form).
    static let signalListKeys: Set<String> = ["sectoren", "doelgroepen", "landelijke_themas"]

    /// The national answer as it stands: status (none is `nieuw`) and the answer's text.
    static func answerSummary(_ signal: TOMLTable) -> String {
        let status = signal["status"]?.stringValue ?? "nieuw (geen status ingevuld)"
        let answer = signal["antwoord"]?.formText ?? ""
        return "<dl class=\"afhandeling\"><dt>Status</dt><dd>\(escape(status))</dd><dt>Antwoord</dt><dd>"
            + (answer.isEmpty ? "(nog geen antwoord)" : escape(answer).replacingEvery("\n", with: "<br>")) + "</dd></dl>"
    }

    /// The edits of the signal form: the region's keys of the signal (a new one is appended as a
    /// `[[signaal]]` block after the last). `status` and `antwoord` are never written here.
    func signalEdits(_ editor: inout AgendaEditor, index: Int?, fields sent: FormFields) throws(TOMLEditError) -> FormOutcome {
        var fields = sent
        var signalID = index.flatMap { AgendaPath.value(at: AgendaPath.signal($0, "id"), in: editor.root)?.stringValue } ?? ""
        if index == nil {
            do throws(FieldProblem) {
                signalID = try FieldReading.identifier(fields["id"])
                if AgendaPath.signalIndex(of: signalID, in: editor.root) != nil { throw FieldProblem.idInUse(signalID, kind: "signaal in deze agenda") }
            } catch { fields.add(error.message, at: "id") }
        }
        for (key, what) in [("titel", "een titel"), ("soort", "de soort"), ("urgentie", "de urgentie"), ("vraag", "wat u landelijk vraagt")]
        where fields[key].trimming(.spaces).isEmpty {
            fields.add(FieldProblem.required(what).message, at: key)
        }
        var date: TOMLEditValue?
        do {
            date = try FieldReading.date(fields["datum"]).map { .localDate($0) }
            if date == nil { fields.add(FieldProblem.required("de datum").message, at: "datum") }
        } catch { fields.add(error.message, at: "datum") }
        guard !fields.hasMessages else { return FormOutcome(text: nil, fields: fields, message: "") }
        let root = editor.root
        var values: [(String, TOMLEditValue?)] = []
        for key in AgendaPath.signalKeys {
            if key == "datum" {
                values.append((key, date))
            } else if Self.signalListKeys.contains(key) {
                let current = index.flatMap { AgendaPath.value(at: AgendaPath.signal($0, key), in: root)?.stringList } ?? []
                let list = fields.ticked(key, keeping: current)
                values.append((key, list.isEmpty ? nil : .array(list.map { .string($0) })))
            } else {
                values.append((key, FieldReading.text(fields[key])))
            }
        }
        let signalIndex: Int
        if let index {
            signalIndex = index
            for (key, value) in values { try editor.set(value, at: AgendaPath.signal(index, key)) }
        } else {
            signalIndex = try editor.appendTable(to: AgendaPath.signals, entries: [("id", .string(signalID))] + values)
        }
        var places: [(String, [TOMLPathComponent])] = values.map { ($0.0, AgendaPath.signal(signalIndex, $0.0)) }
        places.append(("id", AgendaPath.signal(signalIndex, "id")))
        return FormOutcome(text: editor.text, fields: fields, places: places, next: .signal(signalID),
                           message: index == nil ? "signaal '\(signalID)' toegevoegd" : "signaal '\(signalID)' gewijzigd")
    }

    /// The page that asks before a signal is removed; the removal is its POST.
    func signalRemovalPage(_ agenda: AgendaFile, id: String, root: TOMLTable) -> (title: String, body: String)? {
        guard let index = AgendaPath.signalIndex(of: id, in: root) else { return nil }
        let signal = AgendaPath.tables(at: "signaal", in: root)[index]
        let title = signal["titel"]?.stringValue ?? id
        var body = "<p>Wilt u het signaal '\(escape(title))' verwijderen, met de status en het antwoord van het Landelijk Beraad? "
            + "Dit wordt een nieuwe versie; in de geschiedenis kunt u de vorige versie terugzetten.</p>"
        if signal["antwoord"] != nil {
            body += "<p>Het Landelijk Beraad heeft dit signaal al beantwoord; dat antwoord verdwijnt dan uit de agenda.</p>"
        }
        body += "<p class=\"klein\">Verwijst een thema naar dit signaal, dan wordt er niets verwijderd: haal eerst de verwijzing weg.</p>"
            + "<div class=\"knoppen\"><button type=\"submit\" name=\"knop\" value=\"verwijderen\">Ja, verwijderen</button> "
            + "<a href=\"\(FormRoute.signal(id).path(agenda.id))\">Nee, terug</a></div>"
        return ("Signaal verwijderen bevestigen", body)
    }

    /// The signals of an agenda as a list with the way to each one's form: the region's form for
    /// whoever edits the agenda, the answer form for `beraad`; empty when the person may do neither.
    func signalLinks(_ agenda: AgendaFile, root: TOMLTable, person: Person?) -> String {
        guard let person else { return "" }
        let edits = gatekeeper.allows(person, .edit(agenda: agenda.id))
        let answers = gatekeeper.allows(person, .answerSignals)
        guard edits || answers else { return "" }
        let signals = AgendaPath.tables(at: "signaal", in: root)
        if signals.isEmpty && !edits { return "" }
        var html = "<h2>Signalen</h2>"
        html += signals.isEmpty ? "<p>Deze agenda heeft nog geen signalen.</p>" : "<ul class=\"signalen\">"
        for signal in signals {
            guard let id = signal["id"]?.stringValue else { continue }
            let title = escape(signal["titel"]?.stringValue ?? id)
            let status = escape(signal["status"]?.stringValue ?? "nieuw")
            html += "<li>"
            html += edits ? "<a href=\"\(FormRoute.signal(id).path(agenda.id))\">\(title)</a>" : title
            html += " <span class=\"klein\">(\(status))</span>"
            if answers { html += " <a href=\"\(FormRoute.signalAnswer(id).path(agenda.id))\" aria-label=\"Antwoord geven op: \(title)\">Antwoord geven</a>" }
            html += "</li>"
        }
        if !signals.isEmpty { html += "</ul>" }
        if edits { html += "<p><a class=\"knop\" href=\"\(FormRoute.newSignal.path(agenda.id))\">Signaal toevoegen</a></p>" }
        return html
    }

    /// The removal of a signal: refused when another agenda's theme refers to it (`AM05/id`), as the
    /// check of this file alone would not see the error it brings to that agenda.
    func signalRemovalEdits(_ editor: inout AgendaEditor, agenda: AgendaFile, index: Int, id: String, fields sent: FormFields) throws(TOMLEditError) -> FormOutcome {
        var fields = sent
        let region = AgendaPath.value(at: AgendaPath.opening("regio"), in: editor.root)?.stringValue ?? ""
        let citing = region.isEmpty ? [] : agendasCiting(signal: region + "/" + id, except: agenda)
        if !citing.isEmpty {
            fields.add("Het signaal kan niet weg: \(citing.map(\.title).joined(separator: ", ")) verwijst ernaar als \(region)/\(id). "
                       + "Vraag de eigenaar van die agenda eerst de verwijzing weg te halen; er is niets verwijderd.", at: "algemeen")
            return FormOutcome(text: nil, fields: fields, message: "", blockers: citing.map(\.agenda))
        }
        try editor.remove(at: AgendaPath.signal(index))
        return FormOutcome(text: editor.text, fields: fields, next: .opening, message: "signaal '\(id)' verwijderd")
    }

    /// The other agendas whose themes name `qualified` (`AM05/id`) in their `signalen`, with their titles.
    func agendasCiting(signal qualified: String, except agenda: AgendaFile) -> [(agenda: AgendaFile, title: String)] {
        store.agendas().filter { $0.id != agenda.id }.compactMap { other in
            guard let text = try? store.read(other).text, text.contains(qualified), let root = try? TOML.parse(text) else { return nil }
            let cites = AgendaPath.tables(at: "thema", in: root).contains { theme in theme["signalen"]?.stringList.contains(qualified) == true }
            return cites ? (other, AgendaSummary(text: text, fallback: other.name).title) : nil
        }
    }
}
