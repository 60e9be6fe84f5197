extension WorkspaceSite {
    /// Every save of the agenda, a form to compare two versions, and (for those allowed) restore.
    func historyPage(_ agenda: AgendaFile, layout: Layout) -> Response {
        let revisions = store.history(of: agenda)
        let mayRestore = layout.person.map { gatekeeper.allows($0, .edit(agenda: agenda.id)) } ?? false
        var body = ""
        if revisions.isEmpty {
            body += "<p>Deze agenda is nog niet in de geschiedenis vastgelegd.</p>"
        } else {
            let options = { (selected: Int) in
                revisions.enumerated().map { index, revision in
                    "<option value=\"\(revision.commit)\"\(index == selected ? " selected" : "")>\(escape(readableDate(revision.date))), \(escape(revision.author)) (\(revision.commit.prefix(7)))</option>"
                }.joined()
            }
            body += """
                <h2>Twee versies vergelijken</h2>
                <form method="get" action="/agenda/\(agenda.id)/verschil">
                <label for="van">Oude versie</label><select id="van" name="van">\(options(min(1, revisions.count - 1)))</select>
                <label for="tot">Nieuwe versie</label><select id="tot" name="tot">\(options(0))</select>
                <div class="knoppen"><button type="submit">Wijzigingen tonen</button></div>
                </form>
                <h2>Alle versies</h2>
                <div class="tabel-scroll" tabindex="0" role="region" aria-label="Versies"><table><caption>Versies, de nieuwste eerst</caption>
                <thead><tr><th scope="col">Wanneer</th><th scope="col">Door</th><th scope="col">Wat</th><th scope="col">Versie</th>\(mayRestore ? "<th scope=\"col\">Terugzetten</th>" : "")</tr></thead><tbody>
                """
            for (index, revision) in revisions.enumerated() {
                body += "<tr><td>\(escape(readableDate(revision.date)))</td><td>\(escape(revision.author))</td><td>\(escape(revision.message))</td><td>\(revision.commit.prefix(7))</td>"
                if mayRestore {
                    body += index == 0 ? "<td>huidige versie</td>" : """
                        <td><form method="post" action="/agenda/\(agenda.id)/herstellen">\(layout.csrfField)<input type="hidden" name="versie" value="\(revision.commit)"><button type="submit" class="tweede" aria-label="Versie \(revision.commit.prefix(7)) terugzetten">Terugzetten</button></form></td>
                        """
                }
                body += "</tr>\n"
            }
            body += "</tbody></table></div><p class=\"klein\">Terugzetten maakt een nieuwe versie met de tekst van toen; er gaat niets verloren.</p>"
        }
        return .page(layout.page("Geschiedenis: \(agenda.name)", crumbs: [("Overzicht", "/"), (agenda.name, "/agenda/\(agenda.id)")], body))
    }

    /// The changes document between two versions of the agenda's history (`mja verschil`).
    func compare(_ agenda: AgendaFile, query: FormData, session: Session?) -> Response {
        let known = Set(store.history(of: agenda).map(\.commit))
        guard let from = query["van"], let to = query["tot"], known.contains(from), known.contains(to),
              let old = store.text(of: agenda, at: from), let new = store.text(of: agenda, at: to),
              let html = maker.changes(of: agenda, from: old, to: new, key: "\(from)-\(to)")
        else { return notFoundPage(session) }
        return documentResponse(html)
    }

    /// Restores a version as a new commit; not one that gives another agenda a new error (a signal
    /// or national theme it cites, not yet in that version), as no other save does.
    func restore(_ agenda: AgendaFile, form: FormData, layout: Layout) -> Response {
        let person = layout.person!
        guard let commit = form["versie"], store.history(of: agenda).contains(where: { $0.commit == commit }) else {
            return notFoundPage(Session(id: "", person: person, csrfToken: layout.csrfToken))
        }
        if let old = store.text(of: agenda, at: commit), let current = try? store.read(agenda).text {
            let elsewhere = errorsElsewhere(agenda, text: old, before: current)
            if !elsewhere.isEmpty {
                let body = notice("fout", "Niets opgeslagen: " + escape(Self.elsewhereWords) + errorsElsewhereList(elsewhere))
                    + "<p><a href=\"/agenda/\(agenda.id)/geschiedenis\">Terug naar de geschiedenis</a></p>"
                return .page(layout.page("Terugzetten kan nu niet", crumbs: [("Overzicht", "/"), (agenda.name, "/agenda/\(agenda.id)")], body),
                             status: .unprocessable)
            }
        }
        do {
            let outcome = try store.restore(agenda, to: commit, author: Author(name: person.name, displayName: person.displayName))
            if case .saved(let new, _) = outcome { return .seeOther("/agenda/\(agenda.id)/bewerken?opgeslagen=\(new.prefix(7))") }
            return .seeOther("/agenda/\(agenda.id)/geschiedenis")
        } catch {
            let body = notice("fout", escape(error.message)) + "<p><a href=\"/agenda/\(agenda.id)/geschiedenis\">Terug naar de geschiedenis</a></p>"
            return .page(layout.page("Terugzetten mislukt", body), status: .internalError)
        }
    }
}
