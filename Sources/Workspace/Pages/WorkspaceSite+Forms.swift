import Agenda
import BuiltInFiles
import Diagnostics
import FoundationEssentials
import FoundationGaps
import HTTP
import TOML

/// What a form submit turned into: the edited text, or messages at the fields.
struct FormOutcome {
    /// The edited text (nil when the fields could not be read).
    var text: String?
    /// The fields as sent, with their messages.
    var fields: FormFields
    /// Form field name -> key path in the file, for placing the findings of the check.
    var places: [(String, [TOMLPathComponent])] = []
    /// Where to go after a save (the form of what was made, for a new theme or action).
    var next: FormRoute?
    /// The commit message.
    var message: String
    /// The other agendas that block a refused removal (they cite what was to be removed).
    var blockers: [AgendaFile] = []
}

extension WorkspaceSite {
    /// A form page (GET) or a submit (POST): read the fields, make the edits on the version the person
    /// began from, check the result as `mja check` does, and save it as one commit only when it brings
    /// no new error. "Controleren" shows the result of the check without saving.
    func formResponse(_ agenda: AgendaFile, target: FormRoute, post: Bool, data: FormData, layout: Layout) -> Response {
        let stored: (text: String, version: String)
        do {
            stored = try store.read(agenda)
        } catch {
            return .page(layout.page("Formulier", notice("fout", escape(error.message))), status: .internalError)
        }
        if !post {
            var top = ""
            if let commit = data["opgeslagen"], commit.utf8.count <= 12, commit.utf8.allSatisfy({ (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }) {
                top = notice("goed", escape("Opgeslagen (versie \(commit))."))
            }
            if data["verwijderd"] == "1" { top = notice("goed", "Verwijderd en opgeslagen.") }
            return formPage(agenda, target: target, text: stored.text, version: stored.version, fields: nil, top: top, layout: layout)
        }
        // The edits are made on the text the person began from; the store merges them with what was
        // saved meanwhile, as it does for the text editor.
        // Not `versie`: that is a field of the opening form (the agenda's own version).
        let base = data["basisversie"] ?? ""
        guard let baseBytes = store.blob(base) else {
            return formPage(agenda, target: target, text: stored.text, version: stored.version, fields: FormFields(form: data),
                            top: notice("fout", "De versie waarmee u begon is onbekend. Open het formulier opnieuw."), layout: layout, status: .unprocessable)
        }
        let baseText = String(decoding: baseBytes, as: UTF8.self)
        guard let outcome = formEdits(agenda, target: target, text: baseText, data: data, person: layout.person!) else {
            return notFoundPage(nil)
        }
        func again(_ fields: FormFields, _ top: String, status: HTTPStatus = .unprocessable) -> Response {
            formPage(agenda, target: target, text: baseText, version: base, fields: fields, top: top, layout: layout, status: status,
                     checkedText: outcome.text)
        }
        // A refused removal offers no button to try it again: what blocks it, what to do first, the way back.
        func refusedRemoval(_ reason: String, blockers: [AgendaFile] = []) -> Response {
            refusedRemovalPage(agenda, target: target, reason: reason, blockers: blockers, layout: layout)
        }
        guard var text = outcome.text, !outcome.fields.hasMessages else {
            if target.isRemoval {
                return refusedRemoval((outcome.fields.messages["algemeen"] ?? []).map(escape).joined(separator: " "), blockers: outcome.blockers)
            }
            return again(outcome.fields, notice("fout", "Niets opgeslagen: bij een of meer velden staat wat er niet klopt."))
        }
        text = text.hasSuffix("\n") || text.isEmpty ? text : text + "\n"
        var fields = outcome.fields
        let loader = Self.checkLoader()
        let path = store.path(of: agenda)
        let after = EditCheck(file: path, text: text, loader: loader)
        let new = after.newErrors(comparedWith: EditCheck(file: path, text: baseText, loader: loader))
        if !new.isEmpty {
            let root = (try? TOML.parse(text)) ?? TOMLTable()
            var general: [String] = []
            for (diagnostic, places) in EditCheck.place(new, fields: outcome.places.map(\.1), in: root) {
                let words = "\(diagnostic.message.prefix(1).uppercased() + diagnostic.message.dropFirst())\(diagnostic.hint.map { " (tip: \($0))" } ?? "") [\(diagnostic.code)]"
                let names = places.compactMap { place in outcome.places.first(where: { $0.1 == place })?.0 }
                if names.isEmpty { general.append(words) }
                for name in names { fields.add(words, at: name) }
            }
            let list = general.isEmpty ? "" : "<ul>" + general.map { "<li>\(escape($0))</li>" }.joined() + "</ul>"
            if target.isRemoval { return refusedRemoval("Niets verwijderd: zo zou de agenda fouten krijgen die mja check meldt." + list) }
            return again(fields, notice("fout", "Niets opgeslagen: zo zou de agenda fouten krijgen die mja check meldt. Ze staan bij de velden." + list))
        }
        // The file alone checked clean of new errors; another agenda may still cite what this edit
        // renames or removes, an error only the check of that agenda sees.
        let elsewhere = errorsElsewhere(agenda, text: text, before: baseText)
        if !elsewhere.isEmpty {
            if target.isRemoval {
                return refusedRemoval("Niets verwijderd: met deze wijziging krijgt een andere agenda een fout die mja check daar meldt." + errorsElsewhereList(elsewhere),
                                      blockers: agendas(of: elsewhere))
            }
            return again(fields, notice("fout", "Niets opgeslagen: " + Self.elsewhereWords + errorsElsewhereList(elsewhere)))
        }
        if data["knop"] == "controleren" {
            return again(fields, notice("goed", "Gecontroleerd: deze invulling geeft geen nieuwe fouten. Er is nog niets opgeslagen."), status: .ok)
        }
        let person = layout.person!
        do {
            let result = try store.save(agenda, text: text, base: base, author: Author(name: person.name, displayName: person.displayName),
                                        message: "\(agenda.name): \(outcome.message) (formulier, \(person.displayName))")
            switch result {
            case .saved(let commit, _), .merged(let commit, _):
                return .seeOther((outcome.next ?? target).path(agenda.id) + "?opgeslagen=\(commit.prefix(7))")
            case .unchanged:
                return .seeOther((outcome.next ?? target).path(agenda.id))
            case .conflict(let conflict):
                return conflictPage(agenda, conflict: conflict, layout: layout)
            }
        } catch {
            return again(fields, notice("fout", escape(error.message)), status: .internalError)
        }
    }

    /// Why a save that gives another agenda an error is refused, and what to do (after "Niets
    /// opgeslagen: "): the same words on every path that saves (forms, text editor, workbooks).
    static let elsewhereWords = "met deze wijziging krijgt een andere agenda een fout die mja check daar meldt. "
        + "Laat staan waar die agenda naar verwijst, of pas eerst die agenda aan."

    /// The errors that `text` as `agenda`'s new content brings to the other agendas of the workspace,
    /// compared with `before` (the text the change was made on): `EditCheck.newErrorsElsewhere`, as
    /// `mja check regions` would report them. Every path that saves refuses a save with any.
    func errorsElsewhere(_ agenda: AgendaFile, text: String, before: String) -> [Diagnostic] {
        EditCheck.newErrorsElsewhere(file: store.path(of: agenda), text: text, before: before, loader: Self.checkLoader())
    }

    /// The errors of other agendas as a list: the words of `mja check` with the code, then the
    /// files where it stands, each with its lines (one removed national theme is named by dozens of
    /// regional themes in a dozen agendas: one item, a line per file, not the file name again for
    /// every line),
    /// every line linked to that line in the text editor (`/agenda/ID/bewerken#regel-N`).
    func errorsElsewhereList(_ diagnostics: [Diagnostic]) -> String {
        let agendas = store.agendas()
        var order: [String] = []
        var files: [String: [String]] = [:]
        var lines: [String: [String: [Int?]]] = [:]
        for diagnostic in diagnostics {
            let words = "\(diagnostic.message.prefix(1).uppercased() + diagnostic.message.dropFirst())\(diagnostic.hint.map { " (tip: \($0))" } ?? "") [\(diagnostic.code)]"
            let file = diagnostic.file ?? ""
            if files[words] == nil { order.append(words) }
            if lines[words, default: [:]][file] == nil { files[words, default: []].append(file) }
            lines[words, default: [:]][file, default: []].append(diagnostic.range?.start.line)
        }
        func agendaItem(_ file: String, _ numbers: [Int?]) -> String {
            let shown = file.hasPrefix(store.folder + "/") ? String(file.dropFirst(store.folder.count + 1)) : FilePath.lastComponent(of: file)
            let other = agendas.first { store.path(of: $0) == file }
            let places = numbers.map { line in
                let words = line.map { "regel \($0)" } ?? "het bestand"
                guard let other else { return words }
                return "<a href=\"/agenda/\(other.id)/bewerken\(line.map { "#regel-\($0)" } ?? "")\">\(words)</a>"
            }
            return "<li>\(escape(shown)): \(places.joined(separator: ", "))</li>"
        }
        return "<ul>" + order.map { words in
            "<li>\(escape(words)):<ul>" + files[words]!.map { agendaItem($0, lines[words]![$0]!) }.joined() + "</ul></li>"
        }.joined() + "</ul>"
    }

    /// The edits of the form `target` on `text`; nil when the theme or action it names is not there.
    func formEdits(_ agenda: AgendaFile, target: FormRoute, text: String, data: FormData, person: Person) -> FormOutcome? {
        var fields = FormFields(form: data)
        guard var editor = try? AgendaEditor(text: text) else {
            fields.add("De tekst van de agenda is nu geen geldige TOML; herstel dat eerst in de tekst-editor.", at: "algemeen")
            return FormOutcome(text: nil, fields: fields, message: "")
        }
        do {
            switch target {
            case .opening:
                return try openingEdits(&editor, fields: fields)
            case .theme(let id):
                guard let index = AgendaPath.themeIndex(of: id, in: editor.root) else { return nil }
                return try themeEdits(&editor, index: index, id: id, isNew: false, fields: fields)
            case .newTheme:
                return try themeEdits(&editor, index: nil, id: nil, isNew: true, fields: fields)
            case .action(let theme, let id):
                guard let themeIndex = AgendaPath.themeIndex(of: theme, in: editor.root),
                      let index = AgendaPath.actionIndex(of: id, theme: themeIndex, in: editor.root) else { return nil }
                return try actionEdits(&editor, theme: themeIndex, themeID: theme, index: index, fields: fields)
            case .newAction(let theme):
                guard let themeIndex = AgendaPath.themeIndex(of: theme, in: editor.root) else { return nil }
                return try actionEdits(&editor, theme: themeIndex, themeID: theme, index: nil, fields: fields)
            case .removeTheme(let id):
                guard let index = AgendaPath.themeIndex(of: id, in: editor.root) else { return nil }
                try editor.remove(at: AgendaPath.theme(index))
                return FormOutcome(text: editor.text, fields: fields, next: .opening, message: "thema '\(id)' verwijderd")
            case .removeAction(let theme, let id):
                guard let themeIndex = AgendaPath.themeIndex(of: theme, in: editor.root),
                      let index = AgendaPath.actionIndex(of: id, theme: themeIndex, in: editor.root) else { return nil }
                try editor.remove(at: AgendaPath.action(themeIndex, index))
                return FormOutcome(text: editor.text, fields: fields, next: .theme(theme), message: "actie '\(id)' van thema '\(theme)' verwijderd")
            case .signal(let id):
                guard let index = AgendaPath.signalIndex(of: id, in: editor.root) else { return nil }
                return try signalEdits(&editor, index: index, fields: fields)
            case .newSignal:
                return try signalEdits(&editor, index: nil, fields: fields)
            case .removeSignal(let id):
                guard let index = AgendaPath.signalIndex(of: id, in: editor.root) else { return nil }
                return try signalRemovalEdits(&editor, agenda: agenda, index: index, id: id, fields: fields)
            case .signalAnswer(let id):
                guard let index = AgendaPath.signalIndex(of: id, in: editor.root) else { return nil }
                return try signalAnswerEdits(&editor, index: index, id: id, fields: fields)
            case .result(let theme, let number):
                guard let themeIndex = AgendaPath.themeIndex(of: theme, in: editor.root),
                      AgendaPath.resultTables(theme: themeIndex, in: editor.root).indices.contains(number - 1) else { return nil }
                return try resultEdits(&editor, theme: themeIndex, themeID: theme, index: number - 1, fields: fields)
            case .newResult(let theme):
                guard let themeIndex = AgendaPath.themeIndex(of: theme, in: editor.root) else { return nil }
                return try resultEdits(&editor, theme: themeIndex, themeID: theme, index: nil, fields: fields)
            case .removeResult(let theme, let number):
                guard let themeIndex = AgendaPath.themeIndex(of: theme, in: editor.root),
                      AgendaPath.resultTables(theme: themeIndex, in: editor.root).indices.contains(number - 1) else { return nil }
                try editor.remove(at: AgendaPath.result(themeIndex, number - 1))
                return FormOutcome(text: editor.text, fields: fields, next: .theme(theme), message: "resultaat \(number) van thema '\(theme)' verwijderd")
            case .actionProgress(let theme, let id):
                guard let themeIndex = AgendaPath.themeIndex(of: theme, in: editor.root),
                      let index = AgendaPath.actionIndex(of: id, theme: themeIndex, in: editor.root) else { return nil }
                return try actionProgressEdits(&editor, theme: themeIndex, themeID: theme, index: index, id: id, fields: fields)
            case .progress:
                return try progressOverviewEdits(&editor, fields: fields)
            }
        } catch {
            fields.add(Self.words(error), at: "algemeen")
            return FormOutcome(text: nil, fields: fields, message: "")
        }
    }

    /// A refused edit in words: the file's layout does not allow it; the text editor can.
    static func words(_ error: TOMLEditError) -> String {
        "Deze wijziging kan het formulier niet in het bestand schrijven: \(error.message(in: .dutch)). Doe deze wijziging in de tekst-editor; er is niets opgeslagen."
    }

    /// The page of form `target` over `text` (begun from `version`), with `fields` as sent (nil:
    /// from the file) and the check of `checkedText` (the edited text) beside it where it shows one.
    func formPage(_ agenda: AgendaFile, target: FormRoute, text: String, version: String, fields: FormFields?, top: String,
                  layout: Layout, status: HTTPStatus = .ok, checkedText: String? = nil) -> Response {
        guard let root = try? TOML.parse(text) else {
            let body = notice("fout", "De tekst van deze agenda is nu geen geldige TOML, dus het formulier kan hem niet lezen. Herstel dat eerst in de tekst-editor.")
                + "<p><a href=\"/agenda/\(agenda.id)/bewerken\">Naar de tekst-editor</a></p>"
            return .page(layout.page("Formulier: \(agenda.name)", crumbs: [("Overzicht", "/"), (agenda.name, "/agenda/\(agenda.id)")], body), status: .unprocessable)
        }
        let check = EditCheck(file: store.path(of: agenda), text: checkedText ?? text, loader: Self.checkLoader())
        var fields = fields
        if checkedText == nil { fields?.checkReadThese = false }
        let page: (title: String, body: String)?
        switch target {
        case .opening: page = openingForm(agenda, root: root, fields: fields, check: check).map { ($0.title, $0.body + signalLinks(agenda, root: root, person: layout.person)) }
        case .theme(let id): page = themeForm(agenda, root: root, id: id, fields: fields, check: check)
        case .newTheme: page = themeForm(agenda, root: root, id: nil, fields: fields, check: check)
        case .action(let theme, let id): page = actionForm(agenda, root: root, themeID: theme, id: id, fields: fields, check: check)
        case .newAction(let theme): page = actionForm(agenda, root: root, themeID: theme, id: nil, fields: fields, check: check)
        case .removeTheme, .removeAction: page = removalPage(agenda, target: target, root: root)
        case .signal(let id): page = signalForm(agenda, root: root, id: id, fields: fields, check: check)
        case .newSignal: page = signalForm(agenda, root: root, id: nil, fields: fields, check: check)
        case .removeSignal(let id): page = signalRemovalPage(agenda, id: id, root: root)
        case .signalAnswer(let id): page = signalAnswerForm(agenda, root: root, id: id, fields: fields, check: check)
        case .result(let theme, let number): page = resultForm(agenda, root: root, themeID: theme, number: number, fields: fields, check: check)
        case .newResult(let theme): page = resultForm(agenda, root: root, themeID: theme, number: nil, fields: fields, check: check)
        case .removeResult(let theme, let number): page = resultRemovalPage(agenda, themeID: theme, number: number, root: root)
        case .actionProgress(let theme, let id): page = actionProgressForm(agenda, root: root, themeID: theme, id: id, fields: fields, check: check)
        case .progress: page = progressOverviewForm(agenda, root: root, fields: fields, check: check)
        }
        guard let page else { return notFoundPage(nil) }
        let general = fields?.messages["algemeen"].map { notice("fout", $0.map(escape).joined(separator: "<br>")) } ?? ""
        let body = top + general + """
            <form method="post" action="\(target.path(agenda.id))" novalidate>
            \(layout.csrfField)
            <input type="hidden" name="basisversie" value="\(escape(version))">
            \(page.body)
            </form>
            """ + (page.body.contains("data-zoeken=") || page.body.contains(" data-bijwerken ") ? FormsScript.tag : "")
        // beraad answers a region's signal without the region's forms: its way back is the list of signals.
        let third = if case .signalAnswer = target { ("Signalen beantwoorden", "/signalen/antwoorden") } else { ("Formulieren", "/agenda/\(agenda.id)/formulier/opening") }
        return .page(layout.page(page.title, crumbs: [("Overzicht", "/"), (agenda.name, "/agenda/\(agenda.id)"), third], body),
                     status: status)
    }

    /// The buttons under a form: save, check without saving, cancel.
    func formButtons(_ agenda: AgendaFile, check: Bool = true) -> String {
        "<div class=\"knoppen\"><button type=\"submit\" name=\"knop\" value=\"opslaan\">Opslaan</button>"
            + (check ? " <button type=\"submit\" name=\"knop\" value=\"controleren\" class=\"tweede\">Controleren (niet opslaan)</button>" : "")
            + " <a href=\"/agenda/\(agenda.id)\">Annuleren</a></div>"
    }

    /// The loader the forms check with: as `mja check` reads (built-in registries for what the
    /// workspace lacks, the shipped examples' digests).
    static func checkLoader() -> WorkspaceLoader {
        var loader = WorkspaceLoader(language: .dutch)
        loader.builtInRegistries = BuiltInFiles.files(in: WorkspaceLoader.registryFolder)
        loader.shippedExampleDigests = BuiltInFiles.exampleDigests
        return loader
    }
}
