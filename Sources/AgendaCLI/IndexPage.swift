import Documents

/// `index.html` of a build: every agenda with its check status and links to its documents.
struct IndexPage {
    struct Entry {
        var title: String
        var folder: String
        var errors: Int
        var warnings: Int
        /// Link text and relative path.
        var documents: [(String, String)]
    }

    let entries: [Entry]
    /// Reports over all agendas (the signal report): link text and relative path.
    var reports: [(String, String)] = []

    /// The links to the reports over all agendas, or nothing.
    private var reportsHTML: String {
        guard !reports.isEmpty else { return "" }
        let links = reports.map { "<a href=\"\(XMLText.escape($0.1))\">\(XMLText.escape($0.0))</a>" }.joined(separator: " · ")
        return "<h2>Voor het Landelijk Beraad</h2>\n<p>\(links)</p>"
    }

    func html() -> String {
        var rows = ""
        for entry in entries {
            let status: String
            if entry.errors > 0 {
                status = "<span class=\"status fout\">\(entry.errors) \(entry.errors == 1 ? "fout" : "fouten"): niet gebouwd</span>"
            } else if entry.warnings > 0 {
                status = "<span class=\"status waarschuwing\">\(entry.warnings) \(entry.warnings == 1 ? "waarschuwing" : "waarschuwingen")</span>"
            } else {
                status = "<span class=\"status goed\">in orde</span>"
            }
            let links = entry.documents.map { "<a href=\"\(XMLText.escape($0.1))\">\(XMLText.escape($0.0))</a>" }.joined(separator: " · ")
            rows += "<tr><th scope=\"row\">\(XMLText.escape(entry.title))</th><td>\(status)</td><td>\(links)</td></tr>\n"
        }
        return """
            <!DOCTYPE html>
            <html lang="nl">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Meerjarenagenda's: overzicht</title>
            <style>
            body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 70rem; padding: 0 1rem; color: #111; line-height: 1.5; }
            table { border-collapse: collapse; width: 100%; }
            th, td { border-bottom: 1px solid #bbb; padding: .4rem .6rem; text-align: left; vertical-align: top; }
            thead th { border-bottom: 2px solid #111; }
            .status { font-weight: bold; white-space: nowrap; }
            .fout { color: #a00; } .waarschuwing { color: #7a4b00; } .goed { color: #185c2b; }
            a { color: #1f3b73; }
            @page { size: A4; margin: 18mm; }
            @media print { a { color: #000; } thead { display: table-header-group; } tr { break-inside: avoid; } }
            </style>
            </head>
            <body>
            <main>
            <h1>Meerjarenagenda's</h1>
            <p>\(entries.count) agenda's. De status komt uit <code>mja check</code>; een agenda met fouten wordt niet gebouwd.</p>
            \(reportsHTML)
            <table>
            <caption>Agenda's met hun controlestatus en documenten</caption>
            <thead><tr><th scope="col">Agenda</th><th scope="col">Controle</th><th scope="col">Documenten</th></tr></thead>
            <tbody>
            \(rows)</tbody>
            </table>
            </main>
            </body>
            </html>

            """
    }
}
