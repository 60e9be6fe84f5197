import HTTP

extension WorkspaceSite {
    /// Every agenda with its region, status, version, last change and check result; the signal report.
    func overviewPage(_ layout: Layout) -> Response {
        let findings = maker.findings()
        var rows = ""
        for agenda in store.agendas() {
            let text = (try? store.read(agenda).text) ?? ""
            let summary = AgendaSummary(text: text, fallback: agenda.name)
            let last = store.lastChange(of: agenda)
            let found = findings[agenda.path] ?? []
            rows += "<tr><td><a href=\"/agenda/\(agenda.id)\">\(escape(summary.title))</a></td>"
                + "<td>\(escape(summary.region))</td><td>\(escape(summary.status))</td><td>\(escape(summary.version))</td>"
                + "<td>\(last.map { "\(escape($0.author)), \(escape(readableDate($0.date)))" } ?? "nog niet vastgelegd")</td>"
                + "<td>\(checkSummary(found, readable: summary.readable))</td></tr>\n"
        }
        let body = """
            <p>Alle agenda's in deze werkruimte. Kies een agenda om de documenten te lezen of te downloaden, om te bewerken of om de geschiedenis te zien.</p>
            <div class="tabel-scroll" tabindex="0" role="region" aria-label="Agenda's">
            <table>
            <caption>Agenda's</caption>
            <thead><tr><th scope="col">Agenda</th><th scope="col">Regio</th><th scope="col">Status</th><th scope="col">Versie</th><th scope="col">Laatste wijziging</th><th scope="col">Controle</th></tr></thead>
            <tbody>
            \(rows)</tbody>
            </table>
            </div>
            <h2>Signalen</h2>
            <p><a href="/signalen">Het signalenrapport over alle regio's</a> (HTML) en <a href="/signalen.xlsx">alle signalen als Excel-bestand</a>; een bewerkte werkmap <a href="/signalen/invoer">uploaden</a>.</p>
            \(layout.person.map { gatekeeper.allows($0, .answerSignals) } == true ? "<p><a href=\"/signalen/antwoorden\">Signalen beantwoorden</a>: per signaal de status en het landelijke antwoord vastleggen.</p>" : "")
            <h2>Voortgang</h2>
            <p>De voortgangswerkmap (realisatie, metingen, de stand van de acties) staat op de pagina van elke agenda; een ingevulde werkmap <a href="/voortgang/invoer">uploaden</a>.</p>
            """
        return .page(layout.page("Overzicht", body))
    }

    /// "geen fouten" or "2 fouten, 3 waarschuwingen".
    func checkSummary(_ found: [CheckFinding], readable: Bool = true) -> String {
        let errors = found.count { $0.severity == "error" }
        let warnings = found.count { $0.severity == "warning" }
        if errors == 0 && warnings == 0 { return readable ? "geen fouten" : "niet te lezen" }
        var parts: [String] = []
        if errors > 0 { parts.append(errors == 1 ? "1 fout" : "\(errors) fouten") }
        if warnings > 0 { parts.append(warnings == 1 ? "1 waarschuwing" : "\(warnings) waarschuwingen") }
        return parts.joined(separator: ", ")
    }

    /// The signal report over every region, as the document `mja signalen` makes.
    func signalReport(_ session: Session?) -> Response {
        guard let html = maker.signalReport().html else { return notFoundPage(session) }
        return documentResponse(html)
    }

    /// A document made by `mja` as its own page: its styles are inline, so its policy allows
    /// those and nothing else (no script, no forms).
    func documentResponse(_ bytes: [UInt8]) -> Response {
        Response(status: .ok, type: "text/html; charset=utf-8", body: bytes, headers: [
            "Content-Security-Policy: default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
        ])
    }
}
