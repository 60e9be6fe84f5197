import FoundationEssentials
import FoundationGaps
import HTTP

extension WorkspaceSite {
    /// The edit page: the text in a form with its lines numbered, the check's findings beside it
    /// linking to those lines.
    func editPage(_ agenda: AgendaFile, layout: Layout, query: FormData) -> Response {
        let stored: (text: String, version: String)
        do {
            stored = try store.read(agenda)
        } catch {
            return .page(layout.page("Bewerken", notice("fout", escape(error.message))), status: .internalError)
        }
        var top = ""
        if let commit = query["opgeslagen"], commit.utf8.count <= 12, commit.utf8.allSatisfy({ (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }) {
            let merged = query["samengevoegd"] == "1"
            let errors = (maker.findings()[agenda.path] ?? []).count { $0.severity == "error" }
            var message = merged
                ? "Opgeslagen (versie \(commit)). Iemand anders had intussen andere regels gewijzigd; beide wijzigingen staan er nu in."
                : "Opgeslagen (versie \(commit))."
            if errors > 0 {
                message += " Let op: de controle vond \(errors == 1 ? "1 fout" : "\(errors) fouten"). De tekst is opgeslagen als concept; de documenten worden pas weer gemaakt als de fouten opgelost zijn."
            }
            top = notice(errors > 0 ? "let-op" : "goed", escape(message))
        }
        let found = maker.findings()[agenda.path] ?? []
        return .page(editForm(agenda, layout: layout, text: stored.text, version: stored.version, findings: found, ofStoredText: true, top: top))
    }

    /// The form with `text`, begun from `version`, its lines numbered in a gutter beside the text
    /// area, and `findings` (of the stored text, or of `text` itself) linking to those lines.
    /// The page works without script; with it (`EditorScript`), the text is checked as it is typed.
    func editForm(_ agenda: AgendaFile, layout: Layout, text: String, version: String, findings: [CheckFinding], ofStoredText: Bool, top: String) -> String {
        let lineCount = text.utf8.count { $0 == 0x0A } + 1
        // The text area is as tall as its text (plus room to add lines): the gutter and the text
        // then scroll together in their frame, with or without script.
        var gutter = ""
        for number in 1...lineCount { gutter += "<span id=\"regel-\(number)\">\(number)</span>" }
        let body = """
            \(top)
            <div class="bewerken">
            <form id="bewerk-formulier" method="post" action="/agenda/\(agenda.id)/bewerken" data-controle="/agenda/\(agenda.id)/controleren">
            \(layout.csrfField)
            <input type="hidden" name="versie" value="\(escape(version))">
            <label for="tekst">De tekst van \(escape(agenda.path))</label>
            <p class="klein" id="tekst-uitleg">Het bestandsformaat staat in regions/README.md. De regelnummers staan links naast de tekst. U kunt ook opslaan als er nog fouten in staan: dan is het een concept. Alleen als een andere agenda er een fout door krijgt, wordt er niets opgeslagen.</p>
            <div class="editor" id="editor">
            <pre class="goot" id="goot" aria-hidden="true">\(gutter)</pre>
            <textarea id="tekst" name="tekst" rows="\(lineCount + Self.spareRows)" spellcheck="false" aria-describedby="tekst-uitleg">\(escape(text))</textarea>
            </div>
            <div class="knoppen"><button type="submit">Opslaan</button> <a href="/agenda/\(agenda.id)">Annuleren</a></div>
            </form>
            <section aria-labelledby="controle-kop">
            <h2 id="controle-kop">Controle</h2>
            <p class="klein" id="controle-stand" role="status">\(ofStoredText ? "Van de opgeslagen tekst. Terwijl u typt, wordt de tekst opnieuw gecontroleerd (als uw browser scripts toestaat)." : "Van de tekst in het formulier (niet opgeslagen).")</p>
            <div id="bevindingen">\(findingsList(findings, agenda: agenda, linkToLines: true))</div>
            </section>
            </div>
            <script src="/\(EditorScript.fileName)" defer></script>
            """
        return layout.page("Bewerken: \(agenda.name)", crumbs: [("Overzicht", "/"), (agenda.name, "/agenda/\(agenda.id)")], body)
    }

    /// Empty lines below the text in the text area, so that new lines stay beside their numbers.
    static let spareRows = 20

    /// Saves the form: as a commit with the person as author, merged when someone else changed
    /// other lines meanwhile, both versions shown when they changed the same lines.
    func save(_ agenda: AgendaFile, form: FormData, layout: Layout) -> Response {
        let person = layout.person!
        // Browsers send a text area's line ends as CR LF; the file keeps LF, as it was.
        let text = (form["tekst"] ?? "").replacingEvery("\r\n", with: "\n")
        let base = form["versie"] ?? ""
        func again(_ message: String, status: HTTPStatus, html: String = "") -> Response {
            // The findings are those of the text in the form, so their line numbers fit it.
            let found = maker.check(agenda, text: text)
            return .page(editForm(agenda, layout: layout, text: text, version: base, findings: found, ofStoredText: false, top: notice("fout", escape(message) + html)),
                         status: status)
        }
        if let problem = Self.controlCharacter(in: text) {
            return again("Niet opgeslagen: regel \(problem.line), kolom \(problem.column) bevat een onzichtbaar stuurteken (U+\(CFormat.string("%04X", problem.scalar))). Verwijder het (vaak meegekomen bij kopiëren en plakken) en sla opnieuw op.", status: .unprocessable)
        }
        // A draft may have errors of its own, but not give another agenda one (a signal or national
        // theme that agenda cites, renamed or removed): the forms' rule, compared with the version
        // the person began from.
        if let before = store.blob(base).map({ String(decoding: $0, as: UTF8.self) }) {
            let elsewhere = errorsElsewhere(agenda, text: text, before: before)
            if !elsewhere.isEmpty {
                return again("Niets opgeslagen: " + Self.elsewhereWords, status: .unprocessable, html: errorsElsewhereList(elsewhere))
            }
        }
        let author = Author(name: person.name, displayName: person.displayName)
        do {
            let outcome = try store.save(agenda, text: text, base: base, author: author, message: "\(agenda.name) opgeslagen door \(person.displayName)")
            switch outcome {
            case .saved(let commit, _), .merged(let commit, _):
                let merged = if case .merged = outcome { "&samengevoegd=1" } else { "" }
                return .seeOther("/agenda/\(agenda.id)/bewerken?opgeslagen=\(commit.prefix(7))\(merged)")
            case .unchanged:
                return .seeOther("/agenda/\(agenda.id)/bewerken")
            case .conflict(let conflict):
                return conflictPage(agenda, conflict: conflict, layout: layout)
            }
        } catch {
            return again(error.message, status: .internalError)
        }
    }

    /// Both versions side by side; the person's text stays in a form begun from the stored version,
    /// so saving it is a choice made knowingly.
    func conflictPage(_ agenda: AgendaFile, conflict: Conflict, layout: Layout) -> Response {
        let body = """
            \(notice("let-op", "Niet opgeslagen: iemand anders heeft intussen dezelfde regels van deze agenda gewijzigd. Hieronder staan beide versies. Neem over wat u van de andere versie wilt houden en sla dan op, of laat uw wijziging vallen."))
            <div class="naast">
            <section aria-labelledby="intussen"><h2 id="intussen">Intussen opgeslagen</h2>
            <pre class="regels" tabindex="0" aria-labelledby="intussen">\(escape(conflict.theirs))</pre></section>
            <section aria-labelledby="samen"><h2 id="samen">Beide wijzigingen, gemarkeerd</h2>
            <pre class="regels" tabindex="0" aria-labelledby="samen">\(escape(conflict.marked))</pre></section>
            </div>
            <h2>Uw versie</h2>
            <form method="post" action="/agenda/\(agenda.id)/bewerken">
            \(layout.csrfField)
            <input type="hidden" name="versie" value="\(escape(conflict.version))">
            <label for="tekst">Uw tekst (opslaan vervangt de versie die intussen is opgeslagen)</label>
            <textarea id="tekst" name="tekst" spellcheck="false">\(escape(conflict.mine))</textarea>
            <div class="knoppen"><button type="submit">Mijn versie opslaan</button> <a href="/agenda/\(agenda.id)/bewerken">Mijn wijziging laten vallen en de opgeslagen versie bewerken</a></div>
            </form>
            """
        return .page(layout.page("Twee wijzigingen: \(agenda.name)", crumbs: [("Overzicht", "/"), (agenda.name, "/agenda/\(agenda.id)")], body),
                     status: .conflict)
    }

    /// The first control character that has no place in a text file (anything below U+0020 but
    /// tab and line ends, DEL, and the C1 range), with its line and column (characters, 1-based).
    static func controlCharacter(in text: String) -> (line: Int, column: Int, scalar: UInt32)? {
        var line = 1, column = 1
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value == 0x0A {
                line += 1
                column = 1
                continue
            }
            if (value < 0x20 && value != 0x09 && value != 0x0D) || value == 0x7F || (0x80...0x9F).contains(value) {
                return (line, column, value)
            }
            column += 1
        }
        return nil
    }
}
