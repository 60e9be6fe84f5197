import Diagnostics
import Documents
import TOML

extension ProgressPlanBuilder {
    typealias Cell = (sheet: String, row: Int, column: Int)

    /// `Acties`: per action its status, progress and date, each taken when edited in the workbook.
    mutating func readActions(_ sheet: ProgressWorkbookReader.Sheet, base: [String: [String]]) {
        let columns = sheet.columns
        for row in sheet.rows {
            func cell(_ heading: String) -> Cell { (sheet.name, row.number, columns[heading]!) }
            func value(_ heading: String) -> XlsxReader.Value? { row.cells[columns[heading]!] }
            let keyText = ProgressWorkbookReader.text(value(ProgressWorkbookFormat.keyHeading))
            let editable = ["Status", "Voortgang (%)", "Peildatum"]
            if keyText.isEmpty {
                if editable.contains(where: { value($0) != nil }) { refuse(.unknownRow(key: ""), at: cell(ProgressWorkbookFormat.keyHeading)) }
                continue
            }
            guard let key = ProgressWorkbookFormat.Key(keyText), key.line == nil, let was = base[keyText], was.count >= 3 else {
                refuse(.unknownRow(key: keyText), at: cell(ProgressWorkbookFormat.keyHeading))
                continue
            }
            guard let (agenda, theme) = locate(key, text: keyText, at: cell(ProgressWorkbookFormat.keyHeading)) else { continue }
            guard let action = theme.actions.first(where: { $0.id == key.item }) else {
                refuse(.unknownRow(key: keyText), at: cell(ProgressWorkbookFormat.keyHeading))
                continue
            }
            let table: [WorkbookEditPlan.Step] = [.element(array: "thema", id: theme.id), .element(array: "actie", id: action.id)]
            let subject = "\(theme.title) · \(action.title)"

            // Status: one of the list; an emptied cell is refused (an action always has a status).
            let statusText = ProgressWorkbookReader.text(value("Status"))
            let choices = Action.Status.allCases.map(\.rawValue)
            if let status = Action.Status(rawValue: statusText.lowercased()) {
                // A value the agenda already holds (the workbook read in before) is no change.
                if status.rawValue != was[0] && status != action.status {
                    if action.status.rawValue != was[0] {
                        refuse(.conflict(agendaValue: action.status.rawValue, baseValue: was[0]), at: cell("Status"))
                    } else {
                        add(.set(table: table, key: "status", value: .string(status.rawValue)),
                            row: .init(cell: name(cell("Status")), subject: subject, field: "status", old: was[0], new: status.rawValue), to: agenda)
                    }
                }
            } else {
                refuse(.notInList(value: statusText, column: "Status", choices: choices.joined(separator: ", ")), at: cell("Status"))
            }

            do {
                let progress = try ProgressCellReading.percentage(value("Voortgang (%)"))
                let before = Int(was[1])
                if progress != before && progress != action.progress {
                    if action.progress != before {
                        refuse(.conflict(agendaValue: action.progress.map { "\($0)%" } ?? "", baseValue: before.map { "\($0)%" } ?? ""), at: cell("Voortgang (%)"))
                    } else {
                        add(.set(table: table, key: "voortgang", value: progress.map { .integer(Int64($0)) }),
                            row: .init(cell: name(cell("Voortgang (%)")), subject: subject, field: "voortgang",
                                       old: before.map { "\($0)%" } ?? "", new: progress.map { "\($0)%" } ?? ""), to: agenda)
                    }
                }
            } catch {
                refuse(error, at: cell("Voortgang (%)"))
            }

            do {
                let date = try ProgressCellReading.date(value("Peildatum"))
                let before = CalendarDate(parsing: was[2])
                if date != before && date != action.statusDate {
                    if action.statusDate != before {
                        refuse(.conflict(agendaValue: action.statusDate.map(Self.dutch) ?? "", baseValue: before.map(Self.dutch) ?? ""), at: cell("Peildatum"))
                    } else {
                        add(.set(table: table, key: "peildatum", value: date.map { .localDate(LocalDate(year: $0.year, month: $0.month, day: $0.day)) }),
                            row: .init(cell: name(cell("Peildatum")), subject: subject, field: "peildatum",
                                       old: before.map(Self.dutch) ?? "", new: date.map(Self.dutch) ?? ""), to: agenda)
                    }
                }
            } catch {
                refuse(error, at: cell("Peildatum"))
            }
        }
    }

    /// `Agenda`: per agenda its reference date, taken when edited in the workbook.
    mutating func readAgendas(_ sheet: ProgressWorkbookReader.Sheet, base: [String: [String]]) {
        let columns = sheet.columns
        for row in sheet.rows {
            func cell(_ heading: String) -> Cell { (sheet.name, row.number, columns[heading]!) }
            let code = ProgressWorkbookReader.text(row.cells[columns[ProgressWorkbookFormat.keyHeading]!])
            if code.isEmpty { continue }
            let date: CalendarDate?
            do { date = try ProgressCellReading.date(row.cells[columns["Peildatum"]!]) } catch {
                refuse(error, at: cell("Peildatum"))
                continue
            }
            guard let was = base[code] else {
                refuse(.unknownRow(key: code), at: cell(ProgressWorkbookFormat.keyHeading))
                continue
            }
            let before = CalendarDate(parsing: was.first ?? "")
            if date == before { continue }
            guard let agenda = locate(code: code, text: code, at: cell(ProgressWorkbookFormat.keyHeading)), date != agenda.referenceDate else { continue }
            if agenda.referenceDate != before {
                refuse(.conflict(agendaValue: agenda.referenceDate.map(Self.dutch) ?? "", baseValue: before.map(Self.dutch) ?? ""), at: cell("Peildatum"))
                continue
            }
            add(.set(table: [.key("agenda")], key: "peildatum", value: date.map { .localDate(LocalDate(year: $0.year, month: $0.month, day: $0.day)) }),
                row: .init(cell: name(cell("Peildatum")), subject: ProgressWorkbook.agendaLabel(agenda, workspace: workspace), field: "peildatum",
                           old: before.map(Self.dutch) ?? "", new: date.map(Self.dutch) ?? ""), to: agenda)
        }
    }

    /// The name of a cell: `Acties!E4`.
    func name(_ cell: Cell) -> String {
        SignalCSVReader.cellName(SourcePosition(line: cell.row, column: cell.column + 1), sheet: cell.sheet)
    }

    /// A date as a Dutch reader writes it: `1-10-2026`.
    static func dutch(_ date: CalendarDate) -> String { "\(date.day)-\(date.month)-\(date.year)" }
}
