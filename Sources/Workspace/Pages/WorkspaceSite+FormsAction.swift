import Agenda
import FoundationEssentials
import FoundationGaps
import TOML

extension WorkspaceSite {
    /// How many empty budget rows a form offers for new lines.
    static let newBudgetRows = 3

    /// The action form (a new one when `id` is nil): its fields, its budget lines as a table, and
    /// beside it the ceiling of every funding source with what is left.
    func actionForm(_ agenda: AgendaFile, root: TOMLTable, themeID: String, id: String?, fields sent: FormFields?, check: EditCheck) -> (title: String, body: String)? {
        guard let theme = AgendaPath.themeIndex(of: themeID, in: root) else { return nil }
        let index = id.flatMap { AgendaPath.actionIndex(of: $0, theme: theme, in: root) }
        if id != nil && index == nil { return nil }
        var fields = sent ?? FormFields()
        var rows = Int(fields["begroting.rijen"]) ?? 0
        if sent == nil {
            if let index {
                for key in AgendaPath.actionKeys where key != "partners" {
                    fields.values[key] = AgendaPath.value(at: AgendaPath.action(theme, index, key), in: root)?.formText ?? ""
                }
                fields.tick("partners", AgendaPath.value(at: AgendaPath.action(theme, index, "partners"), in: root)?.stringList ?? [])
                if case .array(let lines)? = AgendaPath.value(at: AgendaPath.budget(theme, index), in: root)?.kind {
                    for (number, line) in lines.enumerated() {
                        guard case .table(let table) = line.kind else { continue }
                        fields.values["begroting.\(number).jaar"] = table["jaar"]?.formText ?? ""
                        fields.values["begroting.\(number).bron"] = table["bron"]?.formText ?? ""
                        fields.values["begroting.\(number).zekerheid"] = table["zekerheid"]?.formText ?? ""
                        let amount = table["bedrag"].flatMap { value -> Euro? in
                            switch value.kind {
                            case .integer(let euros): Euro(euros: euros)
                            case .string(let text): Euro(parsing: text)
                            default: nil
                            }
                        }
                        fields.values["begroting.\(number).bedrag"] = amount.map(Self.amountText) ?? (table["bedrag"]?.formText ?? "")
                    }
                    rows = lines.count
                }
            } else {
                fields.values["status"] = "gepland"
            }
            rows += Self.newBudgetRows
        }
        rows = min(max(rows, Self.newBudgetRows), 200)
        fields.values["begroting.rijen"] = String(rows)
        let organisations = organisationOptions(check)
        let sources = ((check.agenda?.fundingSources ?? []) + check.workspace.registry.fundingSources)
        var seen = Set<String>()
        let sourceOptions = sources.filter { seen.insert($0.id).inserted }.map { ($0.id, $0.name) }
        var form = ""
        if id == nil {
            form += fields.input("id", label: "Korte naam (id) van de actie", help: "Kleine letters, cijfers en streepjes, zoals leerwerkbanen-techniek.")
        }
        form += fields.input("titel", label: "Titel")
        form += fields.textarea("beschrijving", label: "Beschrijving", rows: 3)
        form += fields.select("trekker", label: "Trekker", options: organisations, allowEmpty: "(nog niet bekend)")
        form += fields.checkboxes("partners", legend: "Partners", options: organisations, search: "organisaties")
        form += fields.input("start", label: "Start", type: "date", help: Self.dateHelp(fields["start"], example: "1-3-2026"))
        form += fields.input("einde", label: "Einde", type: "date", help: Self.dateHelp(fields["einde"], example: "31-12-2027"))
        form += fields.input("oplevering", label: "Wat de actie oplevert")
        form += fields.select("status", label: "Status", options: Action.Status.allCases.map { ($0.rawValue, $0.rawValue) })
        form += "<input type=\"hidden\" name=\"begroting.rijen\" value=\"\(rows)\">"
        form += "<div class=\"tabel-scroll\" role=\"region\" aria-labelledby=\"begroting-kop\" tabindex=\"0\"><table class=\"begroting\"><caption id=\"begroting-kop\">Begroting: een regel per jaar en bron (laat een regel leeg om hem weg te laten)</caption>"
            + "<thead><tr><th scope=\"col\">Regel</th><th scope=\"col\">Jaar</th><th scope=\"col\">Financieringsbron</th><th scope=\"col\">Bedrag in euro</th><th scope=\"col\">Zekerheid</th></tr></thead><tbody>"
        for row in 0..<rows {
            let name = "begroting.\(row)."
            form += "<tr><th scope=\"row\">\(row + 1)</th>"
            form += "<td>" + cell(fields, name + "jaar", label: "Jaar, regel \(row + 1)", html: "inputmode=\"numeric\" size=\"5\"") + "</td>"
            form += "<td>" + cellSelect(fields, name + "bron", label: "Bron, regel \(row + 1)", options: sourceOptions) + "</td>"
            form += "<td>" + cell(fields, name + "bedrag", label: "Bedrag, regel \(row + 1)", html: "inputmode=\"decimal\" size=\"14\"") + "</td>"
            form += "<td>" + cellSelect(fields, name + "zekerheid", label: "Zekerheid, regel \(row + 1)", options: BudgetLine.Certainty.allCases.map { ($0.rawValue, $0.rawValue) }) + "</td></tr>"
        }
        form += "</tbody></table></div><p class=\"klein\">Bedragen zoals u ze schrijft: 1.500.000 of 1.500.000,50. Meer regels nodig? Sla op; er komen drie lege regels bij.</p>"
        // The ceilings right under the budget, full width: beside the form the tables would not fit.
        form += ceilingTable(check, sources: sources.filter { !$0.envelope.isEmpty })
        form += formButtons(agenda)
        var links = ""
        if let id {
            links = "<p><a class=\"knop\" href=\"\(FormRoute.actionProgress(theme: themeID, action: id).path(agenda.id))\">Voortgang en realisatie</a> "
                + "<a class=\"knop\" href=\"\(FormRoute.removeAction(theme: themeID, action: id).path(agenda.id))\">Actie verwijderen</a> "
                + "<a href=\"\(FormRoute.theme(themeID).path(agenda.id))\">Naar het thema</a></p>"
        }
        let title = id == nil ? "Nieuwe actie bij thema \(themeID)" : "Actie: \(fields["titel"].isEmpty ? id! : fields["titel"])"
        return (title, form + links)
    }

    /// The help under a date field: the date as Dutch readers write it (the browser shows the field
    /// in its own language's order), and that typing works too.
    static func dateHelp(_ value: String, example: String) -> String {
        let shown = (try? FieldReading.date(value)).flatMap { $0 }.map { "Ingevuld: \(FieldReading.dutch($0)) (dag-maand-jaar). " } ?? ""
        return shown + "Kies de datum, of typ hem als \(example)."
    }

    /// An amount as the form shows it: `1.500.000` or `1.500.000,50`.
    static func amountText(_ amount: Euro) -> String {
        var text = amount.dutchNotation
        if text.hasPrefix("€ ") { text.removeFirst(2) }
        return text
    }

    /// One field of the budget table, labelled for screen readers by its row.
    func cell(_ fields: FormFields, _ name: String, label: String, html: String) -> String {
        let (attributes, after) = fields.describe(name)
        return "<label class=\"verborgen\" for=\"\(FormFields.id(name))\">\(escape(label))</label>"
            + "<input type=\"text\" id=\"\(FormFields.id(name))\" name=\"\(name)\" value=\"\(escape(fields[name]))\" \(html)\(attributes)>\(after)"
    }

    func cellSelect(_ fields: FormFields, _ name: String, label: String, options: [(String, String)]) -> String {
        let (attributes, after) = fields.describe(name)
        var all = options
        if !fields[name].isEmpty, !options.contains(where: { $0.0 == fields[name] }) { all.append((fields[name], fields[name] + " (niet in het register)")) }
        return "<label class=\"verborgen\" for=\"\(FormFields.id(name))\">\(escape(label))</label><select id=\"\(FormFields.id(name))\" name=\"\(name)\"\(attributes)>"
            + "<option value=\"\"\(fields[name].isEmpty ? " selected" : "")>-</option>"
            + all.map { "<option value=\"\(escape($0.0))\"\($0.0 == fields[name] ? " selected" : "")>\(escape($0.1))</option>" }.joined()
            + "</select>\(after)"
    }

    /// Per funding source with a ceiling and per year: the ceiling, what the agenda plans on it (with
    /// the form's lines as they stand after Controleren) and what is left.
    func ceilingTable(_ check: EditCheck, sources: [FundingSource]) -> String {
        guard !sources.isEmpty, let agenda = check.agenda else { return "" }
        var planned: [String: [Int: Euro]] = [:]
        for line in agenda.actions.flatMap(\.budget) { planned[line.source.id, default: [:]][line.year, default: .zero] += line.amount }
        var html = "<aside class=\"plafonds\" id=\"plafonds\" data-bijwerken aria-labelledby=\"plafonds-kop\"><h2 id=\"plafonds-kop\">Plafonds en wat er over is</h2>"
            + "<p class=\"klein\">Alle acties van deze agenda samen. Na Controleren, of met JavaScript al terwijl u typt, telt uw invulling mee.</p>"
            // In its own scrolling box: four columns of amounts are wider than a phone.
            + "<div class=\"tabel-scroll\" role=\"region\" aria-labelledby=\"plafonds-kop\" tabindex=\"0\">"
            + "<table><thead><tr><th scope=\"col\">Bron en jaar</th><th scope=\"col\">Plafond</th><th scope=\"col\">Gepland</th><th scope=\"col\">Over</th></tr></thead><tbody>"
        var seen = Set<String>()
        for source in sources where seen.insert(source.id).inserted {
            for (year, ceiling) in source.envelope.sorted(by: { $0.key < $1.key }) {
                let used = planned[source.id]?[year] ?? .zero
                let left = ceiling - used
                html += "<tr><th scope=\"row\">\(escape(source.name)), \(year)</th><td>\(escape(ceiling.dutchNotation))</td><td>\(escape(used.dutchNotation))</td>"
                    + "<td\(left < .zero ? " class=\"tekort\"" : "")>\(escape(left.dutchNotation))\(left < .zero ? " (te veel)" : "")</td></tr>"
            }
        }
        return html + "</tbody></table></div></aside>"
    }

    /// The edits of the action form: its keys and its budget lines (a new action is appended as a
    /// `[[thema.actie]]` block after the theme's last one).
    func actionEdits(_ editor: inout AgendaEditor, theme: Int, themeID: String, index: Int?, fields sent: FormFields) throws(TOMLEditError) -> FormOutcome {
        var fields = sent
        var actionID = index.flatMap { AgendaPath.value(at: AgendaPath.action(theme, $0, "id"), in: editor.root)?.stringValue } ?? ""
        if index == nil {
            do throws(FieldProblem) {
                actionID = try FieldReading.identifier(fields["id"])
                if AgendaPath.actionIndex(of: actionID, theme: theme, in: editor.root) != nil { throw FieldProblem.idInUse(actionID, kind: "actie in dit thema") }
            } catch { fields.add(error.message, at: "id") }
        }
        if fields["titel"].trimming(.spaces).isEmpty { fields.add(FieldProblem.required("een titel").message, at: "titel") }
        var dates: [String: TOMLEditValue?] = [:]
        for key in ["start", "einde"] {
            do { dates[key] = try FieldReading.date(fields[key]).map { .localDate($0) } } catch { fields.add(error.message, at: key) }
        }
        let rows = min(Int(fields["begroting.rijen"]) ?? 0, 200)
        var lines: [[(String, TOMLEditValue)]] = []
        var lineRows: [Int] = []
        for row in 0..<rows {
            let name = "begroting.\(row)."
            let typed = AgendaPath.budgetLineKeys.map { fields[name + $0].trimming(.spaces) }
            if typed.allSatisfy(\.isEmpty) { continue }
            var line: [(String, TOMLEditValue)] = []
            do throws(FieldProblem) {
                if let year = try FieldReading.year(fields[name + "jaar"]) { line.append(("jaar", .integer(Int64(year)))) } else { fields.add(FieldProblem.required("het jaar").message, at: name + "jaar") }
            } catch { fields.add(error.message, at: name + "jaar") }
            if typed[1].isEmpty { fields.add(FieldProblem.required("de financieringsbron").message, at: name + "bron") } else { line.append(("bron", .string(typed[1]))) }
            if typed[2].isEmpty {
                fields.add(FieldProblem.required("het bedrag").message, at: name + "bedrag")
            } else {
                do { line.append(("bedrag", FieldReading.written(try FieldReading.amount(typed[2])))) } catch { fields.add(error.message, at: name + "bedrag") }
            }
            if !typed[3].isEmpty { line.append(("zekerheid", .string(typed[3]))) }
            lines.append(line)
            lineRows.append(row)
        }
        guard !fields.hasMessages else { return FormOutcome(text: nil, fields: fields, message: "") }
        let partners = fields.ticked("partners", keeping: index.flatMap { AgendaPath.value(at: AgendaPath.action(theme, $0, "partners"), in: editor.root)?.stringList } ?? [])
        let values: [(String, TOMLEditValue?)] = [
            ("titel", FieldReading.text(fields["titel"])),
            ("beschrijving", FieldReading.text(fields["beschrijving"])),
            ("trekker", FieldReading.text(fields["trekker"])),
            ("partners", partners.isEmpty ? nil : .array(partners.map { .string($0) })),
            ("start", dates["start"] ?? nil),
            ("einde", dates["einde"] ?? nil),
            ("oplevering", FieldReading.text(fields["oplevering"])),
            ("status", FieldReading.text(fields["status"])),
        ]
        let actionIndex: Int
        if let index {
            actionIndex = index
            for (key, value) in values { try editor.set(value, at: AgendaPath.action(theme, index, key)) }
        } else {
            actionIndex = try editor.appendTable(to: AgendaPath.actions(theme), entries: [("id", .string(actionID))] + values)
        }
        try editor.setTables(lines, at: AgendaPath.budget(theme, actionIndex))
        var places: [(String, [TOMLPathComponent])] = values.map { ($0.0, AgendaPath.action(theme, actionIndex, $0.0)) }
        places.append(("id", AgendaPath.action(theme, actionIndex, "id")))
        for (number, row) in lineRows.enumerated() {
            let line = AgendaPath.budgetLine(theme, actionIndex, number)
            places.append(("begroting.\(row).bedrag", line))
            for key in AgendaPath.budgetLineKeys { places.append(("begroting.\(row).\(key)", line + [.key(key)])) }
        }
        return FormOutcome(text: editor.text, fields: fields, places: places, next: .action(theme: themeID, action: actionID),
                           message: index == nil ? "actie '\(actionID)' toegevoegd aan thema '\(themeID)'" : "actie '\(actionID)' gewijzigd")
    }
}
