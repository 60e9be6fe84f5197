import Agenda
import Diagnostics
import FoundationEssentials
import FoundationGaps
import HTTP

extension WorkspaceSite {
    /// `/voortgang/invoer`: the upload form of a progress workbook (GET); an upload shows per agenda
    /// what the workbook changes, row by row, and every refused cell, saving nothing (POST with the
    /// file); "Toepassen" writes the agendas the person may change, one commit per agenda (POST with
    /// the workbook carried in the preview's form). The rules are `/signalen/invoer`'s: a region's
    /// account changes its own agenda, `beraad` the national one; the rest is listed as refused.
    func progressImport(request: HTTPRequest, form: FormData, post: Bool, layout: Layout) -> Response {
        let person = layout.person!
        let title = "Voortgang uit Excel"
        guard post else { return .page(layout.page(title, crumbs: [("Overzicht", "/")], progressUploadForm(layout, message: ""))) }
        let bytes: [UInt8], fileName: String
        switch uploadedWorkbook(request, form: form, defaultName: "voortgang.xlsx") {
        case .file(let file, let name):
            (bytes, fileName) = (file, name)
        case .missing:
            return .page(layout.page(title, crumbs: [("Overzicht", "/")], progressUploadForm(layout, message: notice("fout", "Kies eerst een werkmap (.xlsx) om te uploaden."))),
                         status: .unprocessable)
        case .unusable:
            return .page(layout.page(title, crumbs: [("Overzicht", "/")],
                                     progressUploadForm(layout, message: notice("fout", "De werkmap is leeg of groter dan 1 MB; een voortgangswerkmap is veel kleiner. Kies het bestand dat u bij de agenda downloadde (Voortgang invullen)."))),
                         status: .unprocessable)
        }
        let loader = Self.checkLoader()
        let workspace = loader.load(directory: store.folder + "/regions")
        let errorFiles = Set(AgendaChecker(language: .dutch).check(workspace).filter { $0.severity == .error }.compactMap(\.file))
        let plan = ProgressImportPlan(workbook: bytes, file: fileName, workspace: workspace, errorFiles: errorFiles).plan
        // Who may change which agenda: the rest is shown, and refused as a whole.
        var allowed: Set<String> = []
        for entry in plan.agendas {
            if let agenda = store.agendas().first(where: { store.path(of: $0) == entry.file }), gatekeeper.allows(person, .edit(agenda: agenda.id)) {
                allowed.insert(entry.file)
            }
        }
        if form["knop"] == "toepassen" {
            return applyProgressImport(plan, allowed: allowed, loader: loader, layout: layout)
        }
        var body = "<p>Dit verandert de werkmap <strong>\(escape(fileName))</strong> in de agenda's. Er is nog niets opgeslagen.</p>"
        body += progressImportTables(plan, allowed: allowed, person: person)
        if !allowed.isEmpty {
            body += applyWorkbookForm(action: "/voortgang/invoer", bytes: bytes, name: fileName, layout: layout)
        } else {
            body += notice("let-op", "Er is niets dat u met deze werkmap kunt opslaan.")
        }
        return .page(layout.page("Voorbeeld: voortgang uit Excel", crumbs: [("Overzicht", "/"), (title, "/voortgang/invoer")], body))
    }

    private func progressUploadForm(_ layout: Layout, message: String) -> String {
        message + """
            <p>Download de voortgangswerkmap op de pagina van uw agenda (Voortgang invullen, Excel) of maak hem met <code>mja voortgang --xlsx</code>. Vul in Excel of LibreOffice de realisatie, de metingen en de stand van de acties in en upload de werkmap hier. U ziet eerst per agenda wat er verandert en welke cellen niet zeker gelezen konden worden; pas daarna kiest u Toepassen.</p>
            <form method="post" action="/voortgang/invoer" enctype="multipart/form-data">
            \(layout.csrfField)
            <label for="werkmap">Voortgangswerkmap (.xlsx, hoogstens 1 MB)</label>
            <input type="file" id="werkmap" name="werkmap" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet">
            <div class="knoppen"><button type="submit">Bekijken wat er verandert</button></div>
            </form>
            """
    }

    private func progressImportTables(_ plan: WorkbookEditPlan, allowed: Set<String>, person: Person) -> String {
        var html = ""
        if plan.agendas.isEmpty { html += "<p>De werkmap verandert geen enkele agenda.</p>" }
        for entry in plan.agendas {
            let name = FilePath.lastComponent(of: entry.file)
            let applies = allowed.contains(entry.file)
            let why = "geweigerd: uw rol (\(person.role)) mag de agenda \(entry.label) niet wijzigen"
            html += "<h2>\(escape(entry.label)): \(escape(name))</h2>"
                + "<div class=\"tabel-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"Wijzigingen in \(escape(name))\"><table><thead><tr>"
                + "<th scope=\"col\">Cel</th><th scope=\"col\">Wat</th><th scope=\"col\">Veld</th><th scope=\"col\">Was</th><th scope=\"col\">Wordt</th><th scope=\"col\">Wat er gebeurt</th></tr></thead><tbody>"
            for row in entry.rows {
                html += "<tr><td>\(escape(row.cell))</td><td>\(escape(row.subject))</td><td>\(escape(row.field))</td><td>\(escape(row.old))</td>"
                    + "<td>\(row.new.isEmpty ? "(geschrapt)" : escape(row.new))</td><td>\(applies ? "wordt opgeslagen" : escape(why))</td></tr>"
            }
            html += "</tbody></table></div>"
        }
        if !plan.refused.isEmpty {
            html += "<h2>Cellen die niet gelezen of niet toegepast konden worden</h2><ul>"
                + plan.refused.map { "<li><strong>\(escape($0.cell.isEmpty ? "Werkmap" : $0.cell))</strong>: \(escape($0.reason))\($0.diagnostic.hint.map { " " + escape(Self.sentence($0)) } ?? "")</li>" }.joined() + "</ul>"
        }
        return html
    }

    /// A hint as a sentence: a capital first, a full stop last.
    static func sentence(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst() + (text.hasSuffix(".") ? "" : ".")
    }

    /// Writes the allowed agendas: per agenda its text with the changes, checked, saved as one commit.
    /// Changes that give another agenda a new error are not saved (the forms' rule and words).
    func applyProgressImport(_ plan: WorkbookEditPlan, allowed: Set<String>, loader: WorkspaceLoader, layout: Layout) -> Response {
        let person = layout.person!
        var items: [String] = []
        var failed = false
        for entry in plan.agendas {
            guard allowed.contains(entry.file), let agenda = store.agendas().first(where: { store.path(of: $0) == entry.file }) else {
                items.append("\(escape(entry.label)): niet opgeslagen, uw rol mag deze agenda niet wijzigen.")
                continue
            }
            do {
                let (text, version) = try store.read(agenda)
                switch ProgressImportPlan.editedText(entry, original: text, loader: loader) {
                case .failure(let problem):
                    failed = true
                    items.append("\(escape(agenda.name)): niet opgeslagen: \(escape(problem.message(in: .dutch))).")
                case .success(let changed):
                    let elsewhere = errorsElsewhere(agenda, text: changed, before: text)
                    if !elsewhere.isEmpty {
                        failed = true
                        items.append("\(escape(agenda.name)): niets opgeslagen: \(escape(Self.elsewhereWords))\(errorsElsewhereList(elsewhere))")
                        continue
                    }
                    let count = entry.rows.count
                    let outcome = try store.save(agenda, text: changed, base: version, author: Author(name: person.name, displayName: person.displayName),
                                                 message: "\(agenda.name): voortgang uit Excel, \(count == 1 ? "1 wijziging" : "\(count) wijzigingen") (\(person.displayName))")
                    switch outcome {
                    case .saved(let commit, _), .merged(let commit, _): items.append("\(escape(agenda.name)): opgeslagen (versie \(commit.prefix(7))), \(count) \(count == 1 ? "wijziging" : "wijzigingen").")
                    case .unchanged: items.append("\(escape(agenda.name)): niets veranderd.")
                    case .conflict: failed = true; items.append("\(escape(agenda.name)): niet opgeslagen, de agenda veranderde intussen op dezelfde regels. Upload de werkmap opnieuw.")
                    }
                }
            } catch {
                failed = true
                items.append("\(escape(agenda.name)): niet opgeslagen: \(escape(error.message))")
            }
        }
        var body = notice(failed ? "let-op" : "goed", items.isEmpty ? "Niets opgeslagen." : "<ul>" + items.map { "<li>\($0)</li>" }.joined() + "</ul>")
        if !plan.refused.isEmpty {
            body += "<h2>Niet toegepast</h2><ul>" + plan.refused.map { "<li><strong>\(escape($0.cell.isEmpty ? "Werkmap" : $0.cell))</strong>: \(escape($0.reason))</li>" }.joined() + "</ul>"
        }
        body += "<p><a href=\"/\">Naar het overzicht</a></p>"
        return .page(layout.page("Voortgang uit Excel: opgeslagen", crumbs: [("Overzicht", "/"), ("Voortgang uit Excel", "/voortgang/invoer")], body),
                     status: failed ? .conflict : .ok)
    }
}
