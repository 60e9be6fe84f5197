import TOML

extension WorkspaceSite {
    /// One agenda: its documents to read, the downloads in every format, the check result, and
    /// (for those allowed) the way to edit; the history.
    func agendaPage(_ agenda: AgendaFile, layout: Layout) -> Response {
        let text = (try? store.read(agenda).text) ?? ""
        let summary = AgendaSummary(text: text, fallback: agenda.name)
        let found = maker.findings()[agenda.path] ?? []
        let errors = found.count { $0.severity == "error" }
        var body = "<p>\(escape(agenda.path))"
        if let last = store.lastChange(of: agenda) {
            body += " · laatst opgeslagen door \(escape(last.author)) op \(escape(readableDate(last.date)))"
        }
        body += "</p>"
        var actions = ""
        if let person = layout.person, gatekeeper.allows(person, .edit(agenda: agenda.id)) {
            actions += "<a class=\"knop\" href=\"/agenda/\(agenda.id)/bewerken\">Bewerken</a>"
            actions += "<a class=\"knop\" href=\"/agenda/\(agenda.id)/formulier/opening\">Met formulieren bewerken</a>"
            actions += "<a class=\"knop\" href=\"\(FormRoute.progress.path(agenda.id))\">Voortgang bijhouden</a>"
        }
        actions += "<a class=\"knop\" href=\"/agenda/\(agenda.id)/geschiedenis\">Geschiedenis</a>"
        body += "<div class=\"knoppen\">\(actions)</div>"
        body += "<h2>Documenten</h2>"
        if errors > 0 {
            body += notice("let-op", "Deze agenda heeft \(errors == 1 ? "1 fout" : "\(errors) fouten"); mja maakt de documenten pas als die opgelost zijn. De fouten staan hieronder.")
        } else {
            body += "<ul>"
            for part in ["beleidsdeel", "uitvoeringsdeel"] {
                body += "<li><a href=\"/agenda/\(agenda.id)/document/\(part).html\">\(part.prefix(1).uppercased() + part.dropFirst())</a> lezen</li>"
            }
            body += "</ul><h2>Downloaden</h2><p>De documenten worden gemaakt als u erom vraagt; dat kan even duren.</p>"
            body += "<div class=\"tabel-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"Downloads\"><table><caption>Downloads</caption>"
                + "<thead><tr><th scope=\"col\">Deel</th>" + DocumentMaker.formats.map { "<th scope=\"col\">\($0.label)</th>" }.joined() + "</tr></thead><tbody>"
            for part in ["beleidsdeel", "uitvoeringsdeel"] {
                body += "<tr><th scope=\"row\">\(part.prefix(1).uppercased() + part.dropFirst())</th>"
                for format in DocumentMaker.formats {
                    body += "<td><a href=\"/agenda/\(agenda.id)/download/\(part).\(format.format)\">\(part).\(format.format)</a></td>"
                }
                body += "</tr>"
            }
            body += "</tbody></table></div><p>De hele agenda:</p><ul>"
            for download in DocumentMaker.wholeAgendaDownloads {
                body += "<li><a href=\"/agenda/\(agenda.id)/download/\(download.name)\">\(download.label)</a></li>"
            }
            body += "</ul>"
        }
        if let root = try? TOML.parse(text) { body += signalLinks(agenda, root: root, person: layout.person) }
        body += "<h2>Controle</h2>" + findingsList(found, agenda: agenda, linkToLines: false)
        return .page(layout.page(summary.title, crumbs: [("Overzicht", "/")], body))
    }

    /// The findings as a list, each with its line and column; with `linkToLines`, the place links
    /// to that line of the text shown on the same page.
    func findingsList(_ found: [CheckFinding], agenda: AgendaFile, linkToLines: Bool) -> String {
        guard !found.isEmpty else { return "<p>De controle vond geen fouten of waarschuwingen.</p>" }
        var html = "<p>\(checkSummary(found)).</p><ol class=\"bevindingen\">"
        let ordered = found.sorted { ($0.severity == "error" ? 0 : 1, $0.line ?? 0) < ($1.severity == "error" ? 0 : 1, $1.line ?? 0) }
        for finding in ordered.prefix(200) {
            let kind = finding.severity == "error" ? ("fout", "Fout") : finding.severity == "warning" ? ("waarschuwing", "Waarschuwing") : ("noot", "Opmerking")
            var place = ""
            if let line = finding.line {
                let text = "regel \(line), kolom \(finding.column ?? 1)"
                place = linkToLines ? "<a href=\"#regel-\(line)\">\(text)</a>" : text
            }
            html += "<li><span class=\"ernst \(kind.0)\">\(kind.1)</span>\(finding.code.map { " [\(escape($0))]" } ?? "")"
                + (place.isEmpty ? "" : " op \(place)") + ": \(escape(finding.message))"
                + (finding.hint.map { "<br><span class=\"klein\">Tip: \(escape($0))</span>" } ?? "") + "</li>"
        }
        if ordered.count > 200 { html += "<li>en nog \(ordered.count - 200) meldingen (mja check toont ze allemaal)</li>" }
        return html + "</ol>"
    }

    /// One of the agenda's HTML documents, made as `mja build` makes it.
    func document(_ agenda: AgendaFile, name: String, session: Session?) -> Response {
        guard name.hasSuffix(".html"), let bytes = maker.documents(of: agenda, format: "html")[name] else { return notFoundPage(session) }
        return documentResponse(bytes)
    }

    /// A download: `beleidsdeel.docx` in the format its extension names, made on request.
    func download(_ agenda: AgendaFile, name: String, session: Session?) -> Response {
        if let whole = DocumentMaker.wholeAgendaDownloads.first(where: { $0.name == name }) {
            guard let bytes = maker.wholeAgendaDownload(of: agenda, name: name) else { return notFoundPage(session) }
            return .download(bytes, name: "\(agenda.name)-\(name)", type: whole.type)
        }
        let format = String(name.split(separator: ".").last ?? "")
        guard DocumentMaker.formats.contains(where: { $0.format == format }),
              let bytes = maker.documents(of: agenda, format: format)[name] else { return notFoundPage(session) }
        let types = ["html": "text/html; charset=utf-8", "md": "text/markdown; charset=utf-8", "pdf": "application/pdf",
                     "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"]
        return .download(bytes, name: "\(agenda.name)-\(name)", type: types[format] ?? "application/octet-stream")
    }
}
