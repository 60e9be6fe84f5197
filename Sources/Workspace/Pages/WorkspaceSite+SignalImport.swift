import Agenda
import Diagnostics
import FoundationEssentials
import FoundationGaps
import HTTP

extension WorkspaceSite {
    /// The largest workbook taken (the HTTP layer refuses bodies above 2 MiB before this).
    static let workbookLimit = 1 << 20

    /// `/signalen/invoer`: the upload form (GET); an upload shows per agenda what the workbook
    /// changes, row by row, and every refused cell, saving nothing (POST with the file); "Toepassen"
    /// writes the rows the person may change, one commit per agenda (POST with the workbook carried
    /// in the preview's form).
    func signalImport(request: HTTPRequest, form: FormData, post: Bool, layout: Layout) -> Response {
        let person = layout.person!
        guard post else { return .page(layout.page("Signalen uit Excel", crumbs: [("Overzicht", "/")], uploadForm(layout, message: ""))) }
        let bytes: [UInt8], fileName: String
        switch uploadedWorkbook(request, form: form, defaultName: "signalen.xlsx") {
        case .file(let file, let name):
            (bytes, fileName) = (file, name)
        case .missing:
            return .page(layout.page("Signalen uit Excel", crumbs: [("Overzicht", "/")], uploadForm(layout, message: notice("fout", "Kies eerst een werkmap (.xlsx) om te uploaden."))), status: .unprocessable)
        case .unusable:
            return .page(layout.page("Signalen uit Excel", crumbs: [("Overzicht", "/")],
                                     uploadForm(layout, message: notice("fout", "De werkmap is leeg of groter dan 1 MB; een signalenwerkmap is veel kleiner. Kies het bestand dat mja signalen --xlsx maakte."))),
                         status: .unprocessable)
        }
        let workspace = Self.checkLoader().load(directory: store.folder + "/regions")
        let plan = SignalImportPlan(workbook: bytes, file: fileName, workspace: workspace)
        let (allowed, refusedRows) = permitted(plan, person: person)
        if form["knop"] == "toepassen" {
            return applyImport(allowed, refusedRows: refusedRows, layout: layout)
        }
        var body = "<p>Dit verandert de werkmap <strong>\(escape(fileName))</strong>. Er is nog niets opgeslagen.</p>"
        body += importTables(plan, allowed: allowed, refusedRows: refusedRows)
        if allowed.changes.contains(where: { !$0.rows.isEmpty }) {
            body += applyWorkbookForm(action: "/signalen/invoer", bytes: bytes, name: fileName, layout: layout)
        } else {
            body += notice("let-op", "Er is niets dat u met deze werkmap kunt opslaan.")
        }
        return .page(layout.page("Voorbeeld: signalen uit Excel", crumbs: [("Overzicht", "/"), ("Signalen uit Excel", "/signalen/invoer")], body))
    }

    private func uploadForm(_ layout: Layout, message: String) -> String {
        message + """
            <p>Maak de werkmap met <a href="/signalen.xlsx">signalen.xlsx</a> (of <code>mja signalen --xlsx</code>), bewerk hem in Excel of LibreOffice en upload hem hier. U ziet eerst per agenda wat er verandert en welke cellen niet gelezen konden worden; pas daarna kiest u Toepassen.</p>
            <form method="post" action="/signalen/invoer" enctype="multipart/form-data">
            \(layout.csrfField)
            <label for="werkmap">Signalenwerkmap (.xlsx, hoogstens 1 MB)</label>
            <input type="file" id="werkmap" name="werkmap" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet">
            <div class="knoppen"><button type="submit">Bekijken wat er verandert</button></div>
            </form>
            """
    }

    /// The plan with only what `person` may change: everything in the agendas they edit; for
    /// `beraad`, the national answer and handling status (`status`, `antwoord`) of any region's
    /// signal. The rest, row by row, with why.
    func permitted(_ plan: SignalImportPlan, person: Person) -> (SignalImportPlan, [(String, SignalImportPlan.FieldChange, String)]) {
        var allowed = plan
        var refused: [(String, SignalImportPlan.FieldChange, String)] = []
        for (index, entry) in plan.changes.enumerated() {
            let agenda = store.agendas().first { store.path(of: $0) == entry.file }
            if let agenda, gatekeeper.allows(person, .edit(agenda: agenda.id)) { continue }
            let answers = person.role == "beraad"
            let addedIDs = Set(entry.added.map(\.id))
            var kept = entry
            kept.added = []
            kept.rows = entry.rows.filter { row in answers && !addedIDs.contains(row.signal) && (row.field == "status" || row.field == "antwoord") }
            kept.changed = entry.changed.filter { signal in kept.rows.contains { $0.signal == signal.id } }
            for row in entry.rows where !kept.rows.contains(row) {
                let why = answers
                    ? "de rol beraad wijzigt van een regio alleen de status en het antwoord; dit wijzigt de regio zelf"
                    : "uw rol (\(person.role)) mag de agenda van \(entry.region) niet wijzigen"
                refused.append((entry.region, row, why))
            }
            allowed.changes[index] = kept
        }
        allowed.changes.removeAll { $0.rows.isEmpty }
        return (allowed, refused)
    }

    private func importTables(_ plan: SignalImportPlan, allowed: SignalImportPlan, refusedRows: [(String, SignalImportPlan.FieldChange, String)]) -> String {
        var html = ""
        if plan.changes.isEmpty { html += "<p>De werkmap verandert geen enkele agenda.</p>" }
        for entry in plan.changes {
            let kept = allowed.changes.first { $0.file == entry.file }
            let name = FilePath.lastComponent(of: entry.file)
            html += "<h2>\(escape(entry.region)): \(escape(name))</h2>"
                + "<div class=\"tabel-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"Wijzigingen in \(escape(name))\"><table><thead><tr>"
                + "<th scope=\"col\">Signaal</th><th scope=\"col\">Veld</th><th scope=\"col\">Was</th><th scope=\"col\">Wordt</th><th scope=\"col\">Wat er gebeurt</th></tr></thead><tbody>"
            for row in entry.rows {
                let isNew = entry.added.contains { $0.id == row.signal }
                let applied = kept?.rows.contains(row) == true
                let why = refusedRows.first { $0.0 == entry.region && $0.1 == row }?.2 ?? ""
                html += "<tr><td>\(escape(row.signal))\(isNew ? " (nieuw)" : "")</td><td>\(escape(row.field))</td><td>\(escape(row.old))</td><td>\(escape(row.new))</td>"
                    + "<td>\(applied ? "wordt opgeslagen" : "geweigerd: " + escape(why))</td></tr>"
            }
            html += "</tbody></table></div>"
        }
        if !plan.refused.isEmpty {
            html += "<h2>Cellen die niet gelezen konden worden</h2><ul>"
                + plan.refused.map { "<li><strong>\(escape($0.cell))</strong>: \(escape($0.reason))</li>" }.joined() + "</ul>"
        }
        return html
    }

    /// Writes the allowed changes: per agenda its text with the changes, saved as one commit.
    /// Changes that give another agenda a new error are not saved (the forms' rule and words).
    func applyImport(_ plan: SignalImportPlan, refusedRows: [(String, SignalImportPlan.FieldChange, String)], layout: Layout) -> Response {
        let person = layout.person!
        var items: [String] = []
        var failed = false
        for entry in plan.changes {
            guard let agenda = store.agendas().first(where: { store.path(of: $0) == entry.file }) else { continue }
            do {
                let (text, version) = try store.read(agenda)
                let changed = try plan.apply(to: text, of: entry.file)
                let elsewhere = errorsElsewhere(agenda, text: changed, before: text)
                if !elsewhere.isEmpty {
                    failed = true
                    items.append("\(escape(agenda.name)): niets opgeslagen: \(escape(Self.elsewhereWords))\(errorsElsewhereList(elsewhere))")
                    continue
                }
                let count = Set(entry.rows.map(\.signal)).count
                let outcome = try store.save(agenda, text: changed, base: version, author: Author(name: person.name, displayName: person.displayName),
                                             message: "\(agenda.name): \(count == 1 ? "1 signaal" : "\(count) signalen") uit Excel (\(person.displayName))")
                switch outcome {
                case .saved(let commit, _), .merged(let commit, _): items.append("\(escape(agenda.name)): opgeslagen (versie \(commit.prefix(7))), \(entry.rows.count) velden.")
                case .unchanged: items.append("\(escape(agenda.name)): niets veranderd.")
                case .conflict: failed = true; items.append("\(escape(agenda.name)): niet opgeslagen, de agenda veranderde intussen op dezelfde regels. Upload de werkmap opnieuw.")
                }
            } catch let error as SignalImportError {
                failed = true
                items.append("\(escape(agenda.name)): niet opgeslagen: \(escape(error.problem.message(in: .dutch))).")
            } catch let error as StoreError {
                failed = true
                items.append("\(escape(agenda.name)): niet opgeslagen: \(escape(error.message))")
            } catch {
                failed = true
                items.append("\(escape(agenda.name)): niet opgeslagen.")
            }
        }
        var body = notice(failed ? "let-op" : "goed", items.isEmpty ? "Niets opgeslagen." : "<ul>" + items.map { "<li>\($0)</li>" }.joined() + "</ul>")
        if !refusedRows.isEmpty {
            body += "<h2>Geweigerd</h2><ul>" + refusedRows.map { "<li>\(escape($0.0)) signaal \(escape($0.1.signal)), \(escape($0.1.field)): \(escape($0.2))</li>" }.joined() + "</ul>"
        }
        body += "<p><a href=\"/signalen\">Naar het signalenrapport</a></p>"
        return .page(layout.page("Signalen uit Excel: opgeslagen", crumbs: [("Overzicht", "/"), ("Signalen uit Excel", "/signalen/invoer")], body),
                     status: failed ? .conflict : .ok)
    }
}
