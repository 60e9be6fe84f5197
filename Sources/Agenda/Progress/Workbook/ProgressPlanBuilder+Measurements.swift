import Diagnostics
import Documents
import FoundationEssentials
import TOML

extension ProgressPlanBuilder {
    /// `Metingen`: per result the measurements of its indicator. A row written from a measurement
    /// (its key ends in `#2026-06-30`) changes or (date and value emptied) removes it; the empty row
    /// of a result filled in adds one.
    mutating func readMeasurements(_ sheet: ProgressWorkbookReader.Sheet, base: [String: [String]]) {
        let columns = sheet.columns
        for row in sheet.rows {
            func cell(_ heading: String) -> Cell { (sheet.name, row.number, columns[heading]!) }
            func value(_ heading: String) -> XlsxReader.Value? { row.cells[columns[heading]!] }
            let keyText = ProgressWorkbookReader.text(value(ProgressWorkbookFormat.keyHeading))
            if keyText.isEmpty {
                if value("Waarde") != nil { refuse(.unknownRow(key: ""), at: cell(ProgressWorkbookFormat.keyHeading)) }
                continue
            }
            guard let key = ProgressWorkbookFormat.Key(keyText), let index = key.resultIndex,
                  let resultBase = base[key.owner], resultBase.count >= 4 else {
                refuse(.unknownRow(key: keyText), at: cell(ProgressWorkbookFormat.keyHeading))
                continue
            }
            var date: CalendarDate?, number: Decimal?, failed = false
            do { date = try ProgressCellReading.date(value("Datum")) } catch { refuse(error, at: cell("Datum")); failed = true }
            do { number = try ProgressCellReading.number(value("Waarde")) } catch { refuse(error, at: cell("Waarde")); failed = true }
            if failed { continue }
            let sourceText = ProgressWorkbookReader.text(value("Bron van de meting"))
            let source: String? = sourceText.isEmpty ? nil : sourceText
            let before: (date: CalendarDate, value: Decimal, source: String?)?
            if key.line != nil {
                guard let was = base[keyText], was.count >= 3, let d0 = CalendarDate(parsing: was[0]), let v0 = Decimal(string: was[1]) else {
                    refuse(.unknownRow(key: keyText), at: cell(ProgressWorkbookFormat.keyHeading))
                    continue
                }
                before = (d0, v0, was[2].isEmpty ? nil : was[2])
            } else {
                before = nil
            }
            if date == nil && number == nil && before == nil { continue }
            if let before, date == before.date, number == before.value, source == before.source { continue }
            if (date == nil) != (number == nil) {
                let missing = date == nil ? "Datum" : "Waarde"
                refuse(.unreadableCell(reason: language.pick("vul bij een meting zowel de datum als de waarde in (of maak beide leeg om de meting te schrappen)",
                                                             "fill in both the date and the value of a measurement (or empty both to remove it)")), at: cell(missing))
                continue
            }
            guard let (agenda, theme) = locate(key, text: keyText, at: cell(ProgressWorkbookFormat.keyHeading)) else { continue }
            guard theme.results.indices.contains(index), theme.results[index].description == resultBase[3] else {
                refuse(.unknownRow(key: keyText), at: cell(ProgressWorkbookFormat.keyHeading))
                continue
            }
            let result = theme.results[index]
            let table: [WorkbookEditPlan.Step] = [.element(array: "thema", id: theme.id),
                                                  .position(array: "resultaat", index: index, key: "omschrijving", value: result.description)]
            let present = result.measurements.map(\.date.description)
            // What the agenda already holds (the workbook read in before) is no change.
            func lines(_ date: CalendarDate) -> [IndicatorMeasurement] { result.measurements.filter { $0.date == date } }
            if let date, let number, lines(date).count == 1, lines(date)[0].value == number, lines(date)[0].source == source,
               before.map({ $0.date == date || lines($0.date).isEmpty }) ?? true { continue }
            if date == nil, let before, lines(before.date).isEmpty { continue }
            let subject = "\(theme.title) · \(result.indicator ?? result.description)"
            let valueCell = name(cell("Waarde"))
            func shown(_ date: CalendarDate, _ value: Decimal) -> String { "\(Self.dutch(date)): \(ProgressCellReading.dutch(value))" }
            func values(_ date: CalendarDate, _ value: Decimal) -> [(String, TOMLEditValue?)] {
                [("datum", .localDate(LocalDate(year: date.year, month: date.month, day: date.day))), ("waarde", ProgressCellReading.written(value)),
                 ("bron", source.map { .string($0) })]
            }
            if let before {
                let lines = result.measurements.filter { $0.date == before.date }
                guard lines.count == 1, lines[0].value == before.value, lines[0].source == before.source else {
                    refuse(.conflict(agendaValue: lines.count == 1 ? shown(lines[0].date, lines[0].value) : language.pick("\(lines.count) metingen op die datum", "\(lines.count) measurements on that date"),
                                     baseValue: shown(before.date, before.value)), at: cell("Waarde"))
                    continue
                }
                let match: [(String, TOMLEditValue)] = [("datum", .localDate(LocalDate(year: before.date.year, month: before.date.month, day: before.date.day)))]
                guard let date, let number else {
                    release(before.date.description, owner: key.owner, present: present)
                    addLine(.init(match: match, values: nil), owner: key.owner, table: table, key: "metingen",
                            row: .init(cell: valueCell, subject: subject, field: "meting", old: shown(before.date, before.value), new: ""), agenda: agenda)
                    continue
                }
                guard claim(date.description, owner: key.owner, present: present, releasing: before.date.description) else {
                    refuse(.duplicateLine(line: Self.dutch(date)), at: cell("Datum"))
                    continue
                }
                addLine(.init(match: match, values: values(date, number)), owner: key.owner, table: table, key: "metingen",
                        row: .init(cell: valueCell, subject: subject, field: "meting", old: shown(before.date, before.value), new: shown(date, number)), agenda: agenda)
            } else if let date, let number {
                guard claim(date.description, owner: key.owner, present: present, releasing: nil) else {
                    refuse(.duplicateLine(line: Self.dutch(date)), at: cell("Datum"))
                    continue
                }
                addLine(.init(match: nil, values: values(date, number)), owner: key.owner, table: table, key: "metingen",
                        row: .init(cell: valueCell, subject: subject, field: "meting", old: "", new: shown(date, number)), agenda: agenda)
            }
        }
    }
}
