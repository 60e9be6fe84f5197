import Diagnostics
import Documents
import TOML

extension ProgressPlanBuilder {
    /// `Realisatie`: per action, year and funding source the amount spent. A row written from a
    /// line (its key ends in `#2026|bron`) changes, moves or (emptied) removes that line; an empty
    /// row filled in adds a line.
    mutating func readRealisation(_ sheet: ProgressWorkbookReader.Sheet, base: [String: [String]]) {
        let columns = sheet.columns
        for row in sheet.rows {
            func cell(_ heading: String) -> Cell { (sheet.name, row.number, columns[heading]!) }
            func value(_ heading: String) -> XlsxReader.Value? { row.cells[columns[heading]!] }
            let keyText = ProgressWorkbookReader.text(value(ProgressWorkbookFormat.keyHeading))
            if keyText.isEmpty {
                if value("Gerealiseerd (€)") != nil { refuse(.unknownRow(key: ""), at: cell(ProgressWorkbookFormat.keyHeading)) }
                continue
            }
            guard let key = ProgressWorkbookFormat.Key(keyText), key.resultIndex == nil else {
                refuse(.unknownRow(key: keyText), at: cell(ProgressWorkbookFormat.keyHeading))
                continue
            }
            // The values first: a row that cannot be read is refused before its agenda is looked at.
            var year: Int?, amount: Euro?, failed = false
            do { year = try ProgressCellReading.year(value("Jaar")) } catch { refuse(error, at: cell("Jaar")); failed = true }
            do { amount = try ProgressCellReading.amount(value("Gerealiseerd (€)")) } catch { refuse(error, at: cell("Gerealiseerd (€)")); failed = true }
            let sourceText = ProgressWorkbookReader.text(value("Financieringsbron"))
            if failed { continue }
            let before: (year: Int, source: String, amount: Euro?)?
            if key.line != nil {
                guard let was = base[keyText], was.count >= 3, let y0 = Int(was[0]) else {
                    refuse(.unknownRow(key: keyText), at: cell(ProgressWorkbookFormat.keyHeading))
                    continue
                }
                before = (y0, was[1], Int64(was[2]).map { Euro(cents: $0) })
            } else {
                before = nil
            }
            // Nothing to do: an empty row left empty, or a line unchanged.
            if amount == nil && before?.amount == nil { continue }
            if let before, amount == before.amount, year == before.year, sourceText == before.source { continue }

            guard let (agenda, theme) = locate(key, text: keyText, at: cell(ProgressWorkbookFormat.keyHeading)) else { continue }
            guard let action = theme.actions.first(where: { $0.id == key.item }) else {
                refuse(.unknownRow(key: keyText), at: cell(ProgressWorkbookFormat.keyHeading))
                continue
            }
            var source: String?
            if !sourceText.isEmpty {
                source = resolveSource(sourceText, agenda: agenda)
                if source == nil {
                    refuse(.notInList(value: sourceText, column: "Financieringsbron", choices: language.pick("de bronnen op het blad Lijsten", "the sources on the sheet Lijsten")),
                           at: cell("Financieringsbron"))
                    continue
                }
            }
            if amount != nil {
                if year == nil { refuse(.unreadableCell(reason: language.pick("vul het jaar in bij dit bedrag", "fill in the year for this amount")), at: cell("Jaar")); continue }
                if source == nil { refuse(.unreadableCell(reason: language.pick("kies de financieringsbron bij dit bedrag", "choose the funding source for this amount")), at: cell("Financieringsbron")); continue }
            }
            let table: [WorkbookEditPlan.Step] = [.element(array: "thema", id: theme.id), .element(array: "actie", id: action.id)]
            let present = action.realisation.map { "\($0.year)|\($0.source.id)" }
            // What the agenda already holds (the workbook read in before) is no change.
            func lines(_ year: Int, _ source: String) -> [RealisedLine] { action.realisation.filter { $0.year == year && $0.source.id == source } }
            if let amount, let year, let source, lines(year, source).map(\.amount) == [amount],
               before.map({ ($0.year == year && $0.source == source) || lines($0.year, $0.source).isEmpty }) ?? true { continue }
            if amount == nil, let before, lines(before.year, before.source).isEmpty { continue }
            let names = NameLookup(workspace: workspace, agenda: agenda)
            func subject(_ year: Int, _ source: String) -> String { "\(theme.title) · \(action.title) · \(year) \(names.sourceName(source))" }
            let amountCell = name(cell("Gerealiseerd (€)"))

            if let before, let old = before.amount {
                let lines = action.realisation.filter { $0.year == before.year && $0.source.id == before.source }
                let current = lines.count == 1 ? lines[0].amount : nil
                guard current == old else {
                    refuse(.conflict(agendaValue: lines.count > 1 ? language.pick("\(lines.count) regels", "\(lines.count) lines") : current?.dutchNotation ?? "",
                                     baseValue: old.dutchNotation), at: cell("Gerealiseerd (€)"))
                    continue
                }
                let match: [(String, TOMLEditValue)] = [("jaar", .integer(Int64(before.year))), ("bron", .string(before.source))]
                let oldLine = "\(before.year)|\(before.source)"
                guard let amount, let year, let source else {
                    release(oldLine, owner: key.owner, present: present)
                    addLine(.init(match: match, values: nil), owner: key.owner, table: table, key: "realisatie",
                            row: .init(cell: amountCell, subject: subject(before.year, before.source), field: "gerealiseerd", old: old.dutchNotation, new: ""), agenda: agenda)
                    continue
                }
                guard claim("\(year)|\(source)", owner: key.owner, present: present, releasing: oldLine) else {
                    refuse(.duplicateLine(line: "\(year) \(source)"), at: cell("Jaar"))
                    continue
                }
                addLine(.init(match: match, values: [("jaar", .integer(Int64(year))), ("bron", .string(source)), ("bedrag", FieldReading.written(amount))]),
                        owner: key.owner, table: table, key: "realisatie",
                        row: .init(cell: amountCell, subject: subject(year, source), field: "gerealiseerd", old: old.dutchNotation, new: amount.dutchNotation), agenda: agenda)
            } else if let amount, let year, let source {
                if let before, action.realisation.contains(where: { $0.year == before.year && $0.source.id == before.source }) {
                    // Written without an amount, and the agenda has one now: changed in both.
                    refuse(.conflict(agendaValue: language.pick("een bedrag", "an amount"), baseValue: ""), at: cell("Gerealiseerd (€)"))
                    continue
                }
                guard claim("\(year)|\(source)", owner: key.owner, present: present, releasing: nil) else {
                    refuse(.duplicateLine(line: "\(year) \(source)"), at: cell("Jaar"))
                    continue
                }
                addLine(.init(match: nil, values: [("jaar", .integer(Int64(year))), ("bron", .string(source)), ("bedrag", FieldReading.written(amount))]),
                        owner: key.owner, table: table, key: "realisatie",
                        row: .init(cell: amountCell, subject: subject(year, source), field: "gerealiseerd", old: "", new: amount.dutchNotation), agenda: agenda)
            }
        }
    }

    /// The id of the funding source `text` names (its id, or its name in any case); nil when none does.
    func resolveSource(_ text: String, agenda: Agenda) -> String? {
        let sources = agenda.fundingSources + workspace.registry.fundingSources
        if let source = sources.first(where: { $0.id == text }) { return source.id }
        let named = sources.filter { $0.name.lowercased() == text.lowercased() || $0.id == text.lowercased() }
        return Set(named.map(\.id)).count == 1 ? named[0].id : nil
    }
}
