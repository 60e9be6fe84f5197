import Agenda
import FoundationEssentials
import FoundationGaps
import TOML

extension WorkspaceSite {
    /// The result form (a new result when `number` is nil): the description, the indicator with its
    /// unit and source, baseline and target, and the measurements as a table with empty rows to add.
    func resultForm(_ agenda: AgendaFile, root: TOMLTable, themeID: String, number: Int?, fields sent: FormFields?, check: EditCheck) -> (title: String, body: String)? {
        guard let theme = AgendaPath.themeIndex(of: themeID, in: root) else { return nil }
        let results = AgendaPath.resultTables(theme: theme, in: root)
        let index = number.map { $0 - 1 }
        if let index, !results.indices.contains(index) { return nil }
        var fields = sent ?? FormFields()
        var rows = Int(fields["metingen.rijen"]) ?? 0
        if sent == nil {
            if let index {
                let result = results[index]
                for key in AgendaPath.resultKeys {
                    fields.values[key] = key == "nulmeting" || key == "streefwaarde"
                        ? (FieldReading.number(of: result[key]).map(FieldReading.numberText) ?? (result[key]?.formText ?? ""))
                        : (result[key]?.formText ?? "")
                }
                if case .array(let lines)? = result["metingen"]?.kind {
                    for (row, line) in lines.enumerated() {
                        guard case .table(let table) = line.kind else { continue }
                        fields.values["metingen.\(row).datum"] = table["datum"]?.formText ?? ""
                        fields.values["metingen.\(row).waarde"] = FieldReading.number(of: table["waarde"]).map(FieldReading.numberText) ?? (table["waarde"]?.formText ?? "")
                        fields.values["metingen.\(row).bron"] = table["bron"]?.formText ?? ""
                    }
                    rows = lines.count
                }
            }
            rows += Self.newBudgetRows
        }
        rows = min(max(rows, Self.newBudgetRows), 200)
        fields.values["metingen.rijen"] = String(rows)
        let numberHelp = "Zoals 1.500 of 12,5: een punt tussen de duizendtallen, een komma voor de decimalen."
        let places = index.map { index in
            AgendaPath.resultKeys.map { ($0, AgendaPath.result(theme, index, $0)) }
                + Self.rowPlaces(fields, table: "metingen", keys: AgendaPath.measurementKeys, rowField: "waarde", rows: rows, asSent: sent != nil,
                                 at: AgendaPath.measurements(theme, index))
        }
        var form = warningsNotice(check, at: resultPlaces(check, themeID: themeID, index: index), places: fields.checkReadThese ? places : nil, fields: &fields)
        form += fields.input("omschrijving", label: "Omschrijving: het resultaat in één zin")
        form += fields.input("indicator", label: "Indicator: waaraan u het resultaat meet")
        form += fields.input("eenheid", label: "Eenheid", help: "Zoals personen, % of cijfer.")
        form += fields.input("bron", label: "Bron van de cijfers", help: "Zoals UWV, CBS of het Werkcentrum.")
        form += fields.input("nulmeting", label: "Nulmeting: de waarde bij de start", help: numberHelp, extra: " inputmode=\"decimal\"")
        form += fields.input("nulmeting_jaar", label: "Jaar van de nulmeting", help: "Vier cijfers, zoals 2025.", extra: " inputmode=\"numeric\"")
        form += fields.input("streefwaarde", label: "Streefwaarde: de waarde die het thema wil bereiken", help: numberHelp, extra: " inputmode=\"decimal\"")
        form += fields.input("streefdatum", label: "Streefdatum", type: "date", help: Self.dateHelp(fields["streefdatum"], example: "31-12-2027"))
        form += "<input type=\"hidden\" name=\"metingen.rijen\" value=\"\(rows)\">"
        // A short caption: on a phone the table scrolls sideways in its box, and the caption with it.
        form += "<p class=\"klein\">Een regel per meting; oude metingen laat u staan. Een lege regel wordt weggelaten.</p>"
            + "<div class=\"tabel-scroll\" role=\"region\" aria-labelledby=\"metingen-kop\" tabindex=\"0\"><table class=\"begroting\"><caption id=\"metingen-kop\">Metingen</caption>"
            + "<thead><tr><th scope=\"col\">Regel</th><th scope=\"col\">Datum</th><th scope=\"col\">Waarde</th><th scope=\"col\">Bron (als die anders is)</th></tr></thead><tbody>"
        for row in 0..<rows {
            let name = "metingen.\(row)."
            form += "<tr><th scope=\"row\">\(row + 1)</th>"
            form += "<td>" + dateCell(fields, name + "datum", label: "Datum, meting \(row + 1)") + "</td>"
            form += "<td>" + cell(fields, name + "waarde", label: "Waarde, meting \(row + 1)", html: "inputmode=\"decimal\" size=\"9\"") + "</td>"
            form += "<td>" + cell(fields, name + "bron", label: "Bron, meting \(row + 1)", html: "size=\"16\"") + "</td></tr>"
        }
        form += "</tbody></table></div><p class=\"klein\">Een datum als 30-9-2026; een waarde zoals 1.500 of 12,5. Meer regels nodig? Sla op; er komen drie lege regels bij.</p>"
        form += indicatorLine(check, themeID: themeID, index: index)
        form += formButtons(agenda)
        var links = "<p>"
        if let number {
            links += "<a class=\"knop\" href=\"\(FormRoute.removeResult(theme: themeID, number: number).path(agenda.id))\">Resultaat verwijderen</a> "
        }
        links += "<a href=\"\(FormRoute.theme(themeID).path(agenda.id))\">Naar het thema</a> <a href=\"\(FormRoute.progress.path(agenda.id))\">Voortgang van de agenda</a></p>"
        let title = number.map { "Resultaat \($0) van thema \(themeID)" } ?? "Nieuw resultaat bij thema \(themeID)"
        return (title, form + links)
    }

    /// The line of the indicator as the check reads the form (after Controleren: with what was
    /// typed): baseline, measurements by date, target.
    private func indicatorLine(_ check: EditCheck, themeID: String, index: Int?) -> String {
        guard let index, let theme = check.agenda?.themes.first(where: { $0.id == themeID }), theme.results.indices.contains(index) else { return "" }
        let result = theme.results[index]
        let unit = result.unit.map { " " + $0 } ?? ""
        var items: [String] = []
        if let baseline = result.baseline {
            items.append("Nulmeting\(baseline.year.map { " (\($0))" } ?? ""): \(FieldReading.numberText(baseline.value))\(unit)")
        }
        for measurement in result.measurementsByDate {
            items.append("\(measurement.date.numericText): \(FieldReading.numberText(measurement.value))\(unit)")
        }
        if let target = result.targetValue {
            items.append("Streefwaarde\(result.targetDate.map { " (\($0.numericText))" } ?? ""): \(FieldReading.numberText(target))\(unit)")
        }
        guard !items.isEmpty else { return "" }
        return "<aside class=\"plafonds\" id=\"lijn\" data-bijwerken aria-labelledby=\"lijn-kop\"><h2 id=\"lijn-kop\">De lijn van de indicator</h2><ol>"
            + items.map { "<li>\(escape($0))</li>" }.joined() + "</ol><p class=\"klein\">Na Controleren, of met JavaScript al terwijl u typt, staat hier de lijn met uw invulling.</p></aside>"
    }

    /// The theme form's list of its results, each to its form, and the way to add one.
    func resultLinks(_ agenda: AgendaFile, themeID: String, results: [TOMLTable]) -> String {
        "<h2>Resultaten en indicatoren</h2><ul>" + results.enumerated().map { number, result in
            let text = result["omschrijving"]?.stringValue ?? "Resultaat \(number + 1)"
            let count = AgendaPath.tables(at: "metingen", in: result).count
            return "<li><a href=\"\(FormRoute.result(theme: themeID, number: number + 1).path(agenda.id))\">\(escape(text))</a> (\(count == 1 ? "1 meting" : "\(count) metingen"))</li>"
        }.joined() + "</ul><p><a class=\"knop\" href=\"\(FormRoute.newResult(theme: themeID).path(agenda.id))\">Resultaat toevoegen</a></p>"
    }

    /// A date field in a table row, labelled for screen readers by its row (a text field when what
    /// was typed is no date, as `FormFields.input` does).
    func dateCell(_ fields: FormFields, _ name: String, label: String) -> String {
        let (attributes, after) = fields.describe(name)
        let (type, value) = FormFields.dateField(fields[name])
        return "<label class=\"verborgen\" for=\"\(FormFields.id(name))\">\(escape(label))</label>"
            + "<input type=\"\(type)\" id=\"\(FormFields.id(name))\" name=\"\(name)\" value=\"\(escape(value))\"\(attributes)>\(after)"
    }

    /// The edits of the result form: its keys and its measurements (a new result is appended as a
    /// `[[thema.resultaat]]` block after the theme's last one).
    func resultEdits(_ editor: inout AgendaEditor, theme: Int, themeID: String, index: Int?, fields sent: FormFields) throws(TOMLEditError) -> FormOutcome {
        var fields = sent
        if fields["omschrijving"].trimming(.spaces).isEmpty { fields.add(FieldProblem.required("een omschrijving").message, at: "omschrijving") }
        let unit = fields["eenheid"].trimming(.spaces)
        var numbers: [String: Decimal?] = [:]
        for key in ["nulmeting", "streefwaarde"] {
            let current = index.flatMap { AgendaPath.value(at: AgendaPath.result(theme, $0, key), in: editor.root) }
            do { numbers[key] = try FieldReading.number(fields[key], unit: unit.isEmpty ? nil : unit, current: current) } catch { fields.add(error.message, at: key) }
        }
        var baselineYear: Int?
        do { baselineYear = try FieldReading.year(fields["nulmeting_jaar"]) } catch { fields.add(error.message, at: "nulmeting_jaar") }
        var targetDate: LocalDate?
        do { targetDate = try FieldReading.date(fields["streefdatum"]) } catch { fields.add(error.message, at: "streefdatum") }
        let present = index.flatMap { AgendaPath.value(at: AgendaPath.measurements(theme, $0), in: editor.root) }.flatMap { value -> [TOMLTable]? in
            guard case .array(let elements) = value.kind else { return nil }
            return elements.compactMap { if case .table(let table) = $0.kind { table } else { nil } }
        } ?? []
        let rows = min(Int(fields["metingen.rijen"]) ?? 0, 200)
        var lines: [[(String, TOMLEditValue)]] = []
        var lineRows: [Int] = []
        for row in 0..<rows {
            let name = "metingen.\(row)."
            let typed = AgendaPath.measurementKeys.map { fields[name + $0].trimming(.spaces) }
            if typed.allSatisfy(\.isEmpty) { continue }
            // The line this row was read from: a value that did not change keeps how it was written.
            let before = present.indices.contains(lines.count) ? present[lines.count] : nil
            var line: [(String, TOMLEditValue)] = []
            do throws(FieldProblem) {
                if let date = try FieldReading.date(typed[0]) { line.append(("datum", .localDate(date))) } else { fields.add(FieldProblem.required("de datum van de meting").message, at: name + "datum") }
            } catch { fields.add(error.message, at: name + "datum") }
            do throws(FieldProblem) {
                if let value = try FieldReading.number(typed[1], unit: unit.isEmpty ? nil : unit, current: before?["waarde"]),
                   let written = FieldReading.number(of: before?["waarde"]) == value ? before?["waarde"]?.editValue : FieldReading.writtenNumber(value) {
                    line.append(("waarde", written))
                } else {
                    fields.add(FieldProblem.required("de gemeten waarde").message, at: name + "waarde")
                }
            } catch { fields.add(error.message, at: name + "waarde") }
            if !typed[2].isEmpty { line.append(("bron", .string(typed[2]))) }
            lines.append(line)
            lineRows.append(row)
        }
        guard !fields.hasMessages else { return FormOutcome(text: nil, fields: fields, message: "") }
        let texts: [(String, TOMLEditValue?)] = ["omschrijving", "indicator", "eenheid", "bron"].map { ($0, FieldReading.text(fields[$0])) }
        let resultIndex: Int
        if let index {
            resultIndex = index
            for (key, value) in texts { try editor.set(value, at: AgendaPath.result(theme, index, key)) }
            try editor.setNumber(numbers["nulmeting"] ?? nil, at: AgendaPath.result(theme, index, "nulmeting"))
            try editor.set(baselineYear.map { .integer(Int64($0)) }, at: AgendaPath.result(theme, index, "nulmeting_jaar"))
            try editor.setNumber(numbers["streefwaarde"] ?? nil, at: AgendaPath.result(theme, index, "streefwaarde"))
            try editor.set(targetDate.map { .localDate($0) }, at: AgendaPath.result(theme, index, "streefdatum"))
        } else {
            let entries: [(String, TOMLEditValue?)] = texts + [
                ("nulmeting", (numbers["nulmeting"] ?? nil).flatMap(FieldReading.writtenNumber)),
                ("nulmeting_jaar", baselineYear.map { .integer(Int64($0)) }),
                ("streefwaarde", (numbers["streefwaarde"] ?? nil).flatMap(FieldReading.writtenNumber)),
                ("streefdatum", targetDate.map { .localDate($0) }),
            ]
            resultIndex = try editor.appendTable(to: AgendaPath.results(theme), entries: entries)
        }
        let measurementsBefore = present.count
        try editor.setTables(lines, at: AgendaPath.measurements(theme, resultIndex))
        var places: [(String, [TOMLPathComponent])] = AgendaPath.resultKeys.map { ($0, AgendaPath.result(theme, resultIndex, $0)) }
        for (number, row) in lineRows.enumerated() {
            let line = AgendaPath.measurements(theme, resultIndex) + [.index(number)]
            places.append(("metingen.\(row).waarde", line))
            for key in AgendaPath.measurementKeys { places.append(("metingen.\(row).\(key)", line + [.key(key)])) }
        }
        let number = resultIndex + 1
        let message: String
        if index == nil {
            message = "resultaat \(number) toegevoegd aan thema '\(themeID)'"
        } else if lines.count > measurementsBefore {
            message = "meting toegevoegd aan resultaat \(number) van thema '\(themeID)'"
        } else {
            message = "resultaat \(number) van thema '\(themeID)' gewijzigd"
        }
        return FormOutcome(text: editor.text, fields: fields, places: places, next: .result(theme: themeID, number: number), message: message)
    }

    /// The page that asks before a result is removed.
    func resultRemovalPage(_ agenda: AgendaFile, themeID: String, number: Int, root: TOMLTable) -> (title: String, body: String)? {
        guard let theme = AgendaPath.themeIndex(of: themeID, in: root) else { return nil }
        let results = AgendaPath.resultTables(theme: theme, in: root)
        guard results.indices.contains(number - 1) else { return nil }
        let result = results[number - 1]
        let measurements = AgendaPath.tables(at: "metingen", in: result).count
        let what = "resultaat \(number) ('\(result["omschrijving"]?.stringValue ?? "")') met \(measurements == 1 ? "1 meting" : "\(measurements) metingen")"
        let body = "<p>Wilt u \(escape(what)) verwijderen? Dit wordt een nieuwe versie; in de geschiedenis kunt u de vorige versie terugzetten.</p>"
            + "<div class=\"knoppen\"><button type=\"submit\" name=\"knop\" value=\"verwijderen\">Ja, verwijderen</button> <a href=\"\(FormRoute.result(theme: themeID, number: number).path(agenda.id))\">Nee, terug</a></div>"
        return ("Verwijderen bevestigen", body)
    }
}
