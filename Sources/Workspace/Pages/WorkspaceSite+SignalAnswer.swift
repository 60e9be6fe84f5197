import Accounts
import Agenda
import FoundationEssentials
import FoundationGaps
import TOML

extension WorkspaceSite {
    /// The answer form of `beraad` for a signal of any region: the signal as the region wrote it
    /// (read only, its region by name from the registry with its code), its handling status and the
    /// national answer.
    func signalAnswerForm(_ agenda: AgendaFile, root: TOMLTable, id: String, fields sent: FormFields?, check: EditCheck) -> (title: String, body: String)? {
        guard let index = AgendaPath.signalIndex(of: id, in: root) else { return nil }
        let signal = AgendaPath.tables(at: "signaal", in: root)[index]
        var fields = sent ?? FormFields()
        if sent == nil {
            for key in AgendaPath.signalAnswerKeys { fields.values[key] = signal[key]?.formText ?? "" }
        }
        let code = AgendaPath.value(at: AgendaPath.opening("regio"), in: root)?.stringValue
        let region = code.map { Self.regionLabel($0, name: check.workspace.registry.region($0.uppercased())?.name) } ?? agenda.name
        var shown = "<dl class=\"signaal\">"
        shown += "<dt>Regio</dt><dd>\(escape(region))</dd>"
        for (key, label) in [("datum", "Datum"), ("soort", "Soort"), ("urgentie", "Urgentie"), ("vraag", "Gevraagd"), ("beschrijving", "Beschrijving")] {
            guard let value = signal[key] else { continue }
            var text = value.formText
            if case .localDate(let date) = value.kind { text = FieldReading.dutch(date) }
            shown += "<dt>\(label)</dt><dd>\(escape(text).replacingEvery("\n", with: "<br>"))</dd>"
        }
        shown += "</dl>"
        var form = "<h2>Het signaal van de regio</h2>" + shown
            + "<p class=\"klein\">Dit schreef de regio; u wijzigt hier alleen de landelijke afhandeling.</p>"
        form += "<h2>Landelijke afhandeling</h2>"
        form += fields.select("status", label: "Status van de afhandeling", options: Signal.Status.allCases.map { ($0.rawValue, $0.rawValue) },
                              allowEmpty: "(geen status: telt als nieuw)")
        form += fields.textarea("antwoord", label: "Landelijk antwoord (terugkoppeling aan de regio)",
                                help: "Wat het Landelijk Beraad met het signaal doet. Een lege regel begint een nieuwe alinea.", rows: 5)
        form += formButtons(agenda)
        form += "<p><a href=\"/signalen/antwoorden\">Naar alle signalen</a></p>"
        let title = signal["titel"]?.stringValue ?? id
        return ("Antwoord op signaal: \(title)", form)
    }

    /// The edits of the answer form: `status` and `antwoord` of the signal, nothing else.
    func signalAnswerEdits(_ editor: inout AgendaEditor, index: Int, id: String, fields: FormFields) throws(TOMLEditError) -> FormOutcome {
        var places: [(String, [TOMLPathComponent])] = []
        for key in AgendaPath.signalAnswerKeys {
            try editor.set(FieldReading.text(fields[key]), at: AgendaPath.signal(index, key))
            places.append((key, AgendaPath.signal(index, key)))
        }
        let status = fields["status"].isEmpty ? "" : " (\(fields["status"]))"
        return FormOutcome(text: editor.text, fields: fields, places: places, next: .signalAnswer(id),
                           message: "antwoord op signaal '\(id)'\(status)")
    }

    /// A region as `beraad` reads it: its name from the registry with its code (`Midden-Utrecht
    /// (AM13)`); the code alone when the registry does not know it (the check says so elsewhere).
    static func regionLabel(_ code: String, name: String?) -> String {
        guard let name, !name.isEmpty else { return code }
        return "\(name) (\(code))"
    }

    /// `/signalen/antwoorden`: every agenda's signals in one table, with their status, whether they
    /// have an answer, and the way to the answer form.
    func signalAnswersPage(_ layout: Layout) -> Response {
        var rows = ""
        var count = 0
        let names = Dictionary((RegionRegistry.regions(file: store.folder + "/regions/registers/regios.toml") ?? []).map { ($0.code, $0.name) },
                               uniquingKeysWith: { first, _ in first })
        for agenda in store.agendas() {
            guard let text = try? store.read(agenda).text, let root = try? TOML.parse(text) else { continue }
            let code = AgendaPath.value(at: AgendaPath.opening("regio"), in: root)?.stringValue
            let region = code.map { Self.regionLabel($0, name: names[$0.uppercased()]) } ?? agenda.name
            for signal in AgendaPath.tables(at: "signaal", in: root) {
                guard let id = signal["id"]?.stringValue else { continue }
                count += 1
                let title = escape(signal["titel"]?.stringValue ?? id)
                let date = signal["datum"].flatMap { value -> String? in
                    if case .localDate(let date) = value.kind { return FieldReading.dutch(date) }
                    return nil
                } ?? ""
                // The title is the link to the answer form: one column fewer on a phone.
                rows += "<tr><td>\(escape(region))</td><td>\(escape(date))</td><td><a href=\"\(FormRoute.signalAnswer(id).path(agenda.id))\">\(title)</a></td>"
                    + "<td>\(escape(signal["status"]?.stringValue ?? "nieuw"))</td><td>\(signal["antwoord"] == nil ? "nee" : "ja")</td></tr>\n"
            }
        }
        let body = """
            <p>Alle \(count) signalen van de regio's. Per signaal legt u de status van de landelijke afhandeling en het antwoord vast; de rest van het signaal is van de regio. Kies een signaal om te antwoorden. Het <a href="/signalen">signalenrapport</a> laat de antwoorden zien zodra ze zijn opgeslagen.</p>
            <div class="tabel-scroll" tabindex="0" role="region" aria-label="Signalen">
            <table>
            <caption>Signalen</caption>
            <thead><tr><th scope="col">Regio</th><th scope="col">Datum</th><th scope="col">Signaal</th><th scope="col">Status</th><th scope="col">Antwoord</th></tr></thead>
            <tbody>
            \(rows)</tbody>
            </table>
            </div>
            """
        return .page(layout.page("Signalen beantwoorden", crumbs: [("Overzicht", "/")], body))
    }
}
