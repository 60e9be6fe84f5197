import Agenda
import FoundationEssentials
import FoundationGaps
import TOML

extension WorkspaceSite {
    /// The progress form of an action: status, percentage and peildatum, the realised amounts as a
    /// table (year, funding source, amount), and under it per source and year what was budgeted
    /// against what was realised.
    func actionProgressForm(_ agenda: AgendaFile, root: TOMLTable, themeID: String, id: String, fields sent: FormFields?, check: EditCheck) -> (title: String, body: String)? {
        guard let theme = AgendaPath.themeIndex(of: themeID, in: root), let index = AgendaPath.actionIndex(of: id, theme: theme, in: root) else { return nil }
        var fields = sent ?? FormFields()
        var rows = Int(fields["realisatie.rijen"]) ?? 0
        if sent == nil {
            for key in AgendaPath.progressKeys {
                fields.values[key] = AgendaPath.value(at: AgendaPath.action(theme, index, key), in: root)?.formText ?? ""
            }
            if fields["status"].isEmpty { fields.values["status"] = Action.Status.planned.rawValue }
            if case .array(let lines)? = AgendaPath.value(at: AgendaPath.realisation(theme, index), in: root)?.kind {
                for (row, line) in lines.enumerated() {
                    guard case .table(let table) = line.kind else { continue }
                    fields.values["realisatie.\(row).jaar"] = table["jaar"]?.formText ?? ""
                    fields.values["realisatie.\(row).bron"] = table["bron"]?.formText ?? ""
                    fields.values["realisatie.\(row).bedrag"] = Self.euro(of: table["bedrag"]).map(Self.amountText) ?? (table["bedrag"]?.formText ?? "")
                }
                rows = lines.count
            }
            rows += Self.newBudgetRows
        }
        rows = min(max(rows, Self.newBudgetRows), 200)
        fields.values["realisatie.rijen"] = String(rows)
        let sources = (check.agenda?.fundingSources ?? []) + check.workspace.registry.fundingSources
        var seen = Set<String>()
        let sourceOptions = sources.filter { seen.insert($0.id).inserted }.map { ($0.id, $0.name) }
        let title = AgendaPath.tables(at: "actie", in: AgendaPath.tables(at: "thema", in: root)[theme])[index]["titel"]?.stringValue ?? id
        let places = AgendaPath.progressKeys.map { ($0, AgendaPath.action(theme, index, $0)) }
            + Self.rowPlaces(fields, table: "realisatie", keys: AgendaPath.realisedLineKeys, rowField: "bedrag", rows: rows, asSent: sent != nil,
                             at: AgendaPath.realisation(theme, index))
        var form = warningsNotice(check, at: progressPlaces(check, themeID: themeID, actionID: id), places: fields.checkReadThese ? places : nil, fields: &fields)
        form += "<p>Actie: <a href=\"\(FormRoute.action(theme: themeID, action: id).path(agenda.id))\">\(escape(title))</a></p>"
        form += fields.select("status", label: "Status", options: Action.Status.allCases.map { ($0.rawValue, $0.rawValue) },
                              help: "Afgerond: zet de voortgang op 100. Loopt de actie achter, kies vertraagd.")
        form += fields.input("voortgang", label: "Voortgang in procenten", help: "Een heel getal van 0 tot en met 100, zoals 35.", extra: " inputmode=\"numeric\"")
        form += fields.input("peildatum", label: "Peildatum: de datum waarop status en voortgang kloppen", type: "date", help: Self.dateHelp(fields["peildatum"], example: "1-10-2026"))
        form += "<input type=\"hidden\" name=\"realisatie.rijen\" value=\"\(rows)\">"
        // A short caption: on a phone the table scrolls sideways in its box, and the caption with it.
        form += "<p class=\"klein\">Schrijf per jaar en bron wat er tot de peildatum is uitgegeven: één regel met het totaal, geen regel per factuur.</p>"
            + "<div class=\"tabel-scroll\" role=\"region\" aria-labelledby=\"realisatie-kop\" tabindex=\"0\"><table class=\"begroting\"><caption id=\"realisatie-kop\">Realisatie per jaar en bron</caption>"
            + "<thead><tr><th scope=\"col\">Regel</th><th scope=\"col\">Jaar</th><th scope=\"col\">Financieringsbron</th><th scope=\"col\">Bedrag in euro</th></tr></thead><tbody>"
        for row in 0..<rows {
            let name = "realisatie.\(row)."
            form += "<tr><th scope=\"row\">\(row + 1)</th>"
            form += "<td>" + cell(fields, name + "jaar", label: "Jaar, regel \(row + 1)", html: "inputmode=\"numeric\" size=\"5\"") + "</td>"
            form += "<td>" + cellSelect(fields, name + "bron", label: "Bron, regel \(row + 1)", options: sourceOptions) + "</td>"
            form += "<td>" + cell(fields, name + "bedrag", label: "Bedrag, regel \(row + 1)", html: "inputmode=\"decimal\" size=\"12\"") + "</td></tr>"
        }
        form += "</tbody></table></div><p class=\"klein\">Bedragen zoals u ze schrijft: 162.400 of 95.000,50. Meer regels nodig? Sla op; er komen drie lege regels bij.</p>"
        form += budgetAgainstRealised(check, themeID: themeID, actionID: id, sources: sources)
        form += formButtons(agenda)
        let links = "<p><a href=\"\(FormRoute.action(theme: themeID, action: id).path(agenda.id))\">Naar de actie</a> "
            + "<a href=\"\(FormRoute.theme(themeID).path(agenda.id))\">Naar het thema</a> <a href=\"\(FormRoute.progress.path(agenda.id))\">Voortgang van de agenda</a></p>"
        return ("Voortgang: \(title)", form + links)
    }

    /// An amount as the file holds it: whole euros as an integer, with cents as text.
    static func euro(of value: TOMLValue?) -> Euro? {
        switch value?.kind {
        case .integer(let euros)?: Euro(euros: euros)
        case .string(let text)?: Euro(parsing: text)
        default: nil
        }
    }

    /// Per funding source and year: budgeted, realised and what is left, as the check reads the
    /// action (after Controleren: with the lines typed); more spent than budgeted is marked.
    func budgetAgainstRealised(_ check: EditCheck, themeID: String, actionID: String, sources: [FundingSource]) -> String {
        guard let action = check.agenda?.themes.first(where: { $0.id == themeID })?.actions.first(where: { $0.id == actionID }),
              !action.budget.isEmpty || !action.realisation.isEmpty else { return "" }
        struct Key: Hashable, Comparable {
            var source: String
            var year: Int
            static func < (a: Key, b: Key) -> Bool { (a.source, a.year) < (b.source, b.year) }
        }
        var planned: [Key: Euro] = [:], realised: [Key: Euro] = [:]
        for line in action.budget { planned[Key(source: line.source.id, year: line.year), default: .zero] += line.amount }
        for line in action.realisation { realised[Key(source: line.source.id, year: line.year), default: .zero] += line.amount }
        let name = { (id: String) in sources.first { $0.id == id }?.name ?? id }
        var html = "<aside class=\"plafonds\" id=\"realisatie-stand\" data-bijwerken aria-labelledby=\"realisatie-stand-kop\"><h2 id=\"realisatie-stand-kop\">Begroot en gerealiseerd</h2>"
            + "<p class=\"klein\">Deze actie, per bron en jaar. Na Controleren, of met JavaScript al terwijl u typt, telt uw invulling mee.</p>"
            + "<div class=\"tabel-scroll\" role=\"region\" aria-labelledby=\"realisatie-stand-kop\" tabindex=\"0\"><table><thead><tr><th scope=\"col\">Bron en jaar</th><th scope=\"col\">Begroot</th><th scope=\"col\">Gerealiseerd</th><th scope=\"col\">Over</th></tr></thead><tbody>"
        for key in Set(planned.keys).union(realised.keys).sorted() {
            let budget = planned[key] ?? .zero, spent = realised[key] ?? .zero
            let left = budget - spent
            html += "<tr><th scope=\"row\">\(escape(name(key.source))), \(key.year)</th><td>\(escape(budget.dutchNotation))</td><td>\(escape(spent.dutchNotation))</td>"
                + "<td\(left < .zero ? " class=\"tekort\"" : "")>\(escape(left.dutchNotation))\(left < .zero ? " (meer uitgegeven dan begroot)" : "")</td></tr>"
        }
        html += "</tbody><tfoot><tr><th scope=\"row\">Totaal</th><td>\(escape(action.plannedTotal.dutchNotation))</td><td>\(escape(action.realisedTotal.dutchNotation))</td>"
            + "<td>\(escape((action.plannedTotal - action.realisedTotal).dutchNotation))</td></tr></tfoot>"
        return html + "</table></div></aside>"
    }

    /// The edits of the progress form: status, percentage, peildatum and the realised amounts.
    func actionProgressEdits(_ editor: inout AgendaEditor, theme: Int, themeID: String, index: Int, id: String, fields sent: FormFields) throws(TOMLEditError) -> FormOutcome {
        var fields = sent
        var percentage: Int?
        do { percentage = try FieldReading.percentage(fields["voortgang"]) } catch { fields.add(error.message, at: "voortgang") }
        var statusDate: LocalDate?
        do { statusDate = try FieldReading.date(fields["peildatum"]) } catch { fields.add(error.message, at: "peildatum") }
        let present = AgendaPath.tables(at: "realisatie", in: AgendaPath.tables(at: "actie", in: AgendaPath.tables(at: "thema", in: editor.root)[theme])[index])
        let rows = min(Int(fields["realisatie.rijen"]) ?? 0, 200)
        var lines: [[(String, TOMLEditValue)]] = []
        var lineRows: [Int] = []
        for row in 0..<rows {
            let name = "realisatie.\(row)."
            let typed = AgendaPath.realisedLineKeys.map { fields[name + $0].trimming(.spaces) }
            if typed.allSatisfy(\.isEmpty) { continue }
            let before = present.indices.contains(lines.count) ? present[lines.count] : nil
            var line: [(String, TOMLEditValue)] = []
            do throws(FieldProblem) {
                if let year = try FieldReading.year(typed[0]) { line.append(("jaar", .integer(Int64(year)))) } else { fields.add(FieldProblem.required("het jaar").message, at: name + "jaar") }
            } catch { fields.add(error.message, at: name + "jaar") }
            if typed[1].isEmpty { fields.add(FieldProblem.required("de financieringsbron").message, at: name + "bron") } else { line.append(("bron", .string(typed[1]))) }
            if typed[2].isEmpty {
                fields.add(FieldProblem.required("het bedrag").message, at: name + "bedrag")
            } else {
                do {
                    let amount = try FieldReading.amount(typed[2])
                    // An amount that did not change keeps how it was written (`"162.400"` stays).
                    let kept = Self.euro(of: before?["bedrag"]) == amount ? before?["bedrag"]?.editValue : nil
                    line.append(("bedrag", kept ?? FieldReading.written(amount)))
                } catch { fields.add(error.message, at: name + "bedrag") }
            }
            lines.append(line)
            lineRows.append(row)
        }
        guard !fields.hasMessages else { return FormOutcome(text: nil, fields: fields, message: "") }
        try editor.set(FieldReading.text(fields["status"]), at: AgendaPath.action(theme, index, "status"))
        try editor.set(percentage.map { .integer(Int64($0)) }, at: AgendaPath.action(theme, index, "voortgang"))
        try editor.set(statusDate.map { .localDate($0) }, at: AgendaPath.action(theme, index, "peildatum"))
        try editor.setTables(lines, at: AgendaPath.realisation(theme, index))
        var places: [(String, [TOMLPathComponent])] = AgendaPath.progressKeys.map { ($0, AgendaPath.action(theme, index, $0)) }
        for (number, row) in lineRows.enumerated() {
            let line = AgendaPath.realisation(theme, index) + [.index(number)]
            places.append(("realisatie.\(row).bedrag", line))
            for key in AgendaPath.realisedLineKeys { places.append(("realisatie.\(row).\(key)", line + [.key(key)])) }
        }
        let message = lines.count > present.count ? "realisatie toegevoegd aan actie '\(id)'" : "voortgang van actie '\(id)' bijgewerkt"
        return FormOutcome(text: editor.text, fields: fields, places: places, next: .actionProgress(theme: themeID, action: id), message: message)
    }
}
