import Diagnostics
import Documents
import Foundation

extension SignalCSVReader {
    /// Reads signals from an Excel workbook (`mja signalen --xlsx-invoer`): the sheet `Signalen`,
    /// or else the first sheet, with the same columns and checks as the CSV. A date cell is read
    /// as the date it shows; a number as the number it is. Every problem names its cell
    /// (`Signalen!C12: ...`) and is placed at row 12, column 3 of the file.
    public func read(xlsx bytes: [UInt8], file: String) -> Output {
        let workbook: XlsxReader
        do {
            workbook = try XlsxReader(bytes)
        } catch {
            let reason: String = switch error {
            case .notAnArchive: language.pick("het is geen Excel-werkmap (.xlsx) of het is beschadigd", "it is not an Excel workbook (.xlsx) or it is damaged")
            case .noWorkbook: language.pick("er zit geen werkmap in (is het een Word-bestand?)", "it holds no workbook (is it a Word file?)")
            case .damagedPart(let part): language.pick("het onderdeel \(part) is beschadigd", "the part \(part) is damaged")
            }
            return Output(signals: [], diagnostics: [diagnostic(.unreadableWorkbook(reason: reason), file: file, at: SourcePosition(line: 1, column: 1))])
        }
        guard let sheet = workbook.sheets.first(where: { $0.name.lowercased() == SignalWorkbook.sheetName.lowercased() }) ?? workbook.sheets.first else {
            let reason = language.pick("de werkmap heeft geen bladen", "the workbook has no sheets")
            return Output(signals: [], diagnostics: [diagnostic(.unreadableWorkbook(reason: reason), file: file, at: SourcePosition(line: 1, column: 1))])
        }
        let sheetName = sheet.name
        func cellName(_ position: SourcePosition) -> String {
            let name = sheetName.contains(where: { !$0.isLetter && !$0.isNumber && $0 != "_" }) ? "'\(sheetName.replacingOccurrences(of: "'", with: "''"))'" : sheetName
            return name + "!" + SpreadsheetText.reference(column: position.column - 1, row: position.line)
        }
        let rows = sheet.rows
        guard let headerRow = rows.first else {
            return Output(signals: [], diagnostics: [diagnostic(.emptyFile, file: file, at: SourcePosition(line: 1, column: 1), cellName: cellName)])
        }
        let width = max(headerRow.cells.map { $0.column + 1 }.max() ?? 0, 1)
        let dateColumns = Set(headerRow.cells.filter { SignalCSVFormat.columnName(Self.text(of: $0.value, asDate: false)) == "datum" }.map(\.column))
        var errorCells: [(String, SourcePosition)] = []
        var records: [[CSVTable.Cell]] = []
        for (number, cells) in rows {
            // A full row of the header's width, empty cells where the sheet has none.
            var record = (0..<width).map { CSVTable.Cell(text: "", position: SourcePosition(line: number, column: $0 + 1)) }
            for cell in cells {
                let position = SourcePosition(line: number, column: cell.column + 1)
                if case .error(let value) = cell.value { errorCells.append((value, position)) }
                let text = Self.text(of: cell.value, asDate: dateColumns.contains(cell.column))
                if cell.column < width { record[cell.column].text = text } else if !text.isEmpty {
                    record.append(CSVTable.Cell(text: text, position: position))
                }
            }
            records.append(record)
        }
        var output = read(records: records, file: file, cellName: cellName)
        // An error value (#N/B) is named as such, not as whatever its text fails.
        let errorRows = Set(errorCells.map(\.1.line))
        output.diagnostics.removeAll { diagnostic in errorRows.contains(diagnostic.range?.start.line ?? 0) && diagnostic.code != "MJA209" }
        for (value, position) in errorCells {
            output.diagnostics.append(diagnostic(.errorValue(value: value), file: file, at: position, cellName: cellName))
        }
        output.signals.removeAll { errorRows.contains($0.origin.range.start.line) }
        output.diagnostics.sort(by: Diagnostic.printingOrder)
        return output
    }

    /// Reads the Excel file at `path`; an unreadable file is one diagnostic.
    public func read(xlsxFile path: String) -> Output {
        guard let data = FileManager.default.contents(atPath: path) else {
            let problem = SignalCSVProblem.unreadableWorkbook(reason: language.pick("het bestaat niet of is niet leesbaar", "it does not exist or is not readable"))
            return Output(signals: [], diagnostics: [Diagnostic(severity: problem.severity, code: problem.code, message: problem.message(in: language),
                                                                file: path, hint: problem.hint(in: language))])
        }
        return read(xlsx: [UInt8](data), file: path)
    }

    /// A cell's value as the CSV would hold it: a date as `2026-03-01`, a whole number without
    /// decimals, a boolean as WAAR or ONWAAR; a number in a date column as the date of its serial.
    static func text(of value: XlsxReader.Value, asDate: Bool) -> String {
        switch value {
        case .text(let text): return text
        case .date(let year, let month, let day): return CalendarDate(year: year, month: month, day: day).description
        case .number(let number, let text):
            if asDate, number == number.rounded(), let date = SpreadsheetDate.date(serial: Int(number)) {
                return CalendarDate(year: date.year, month: date.month, day: date.day).description
            }
            if number == number.rounded(), abs(number) < 1e15 { return String(Int64(number)) }
            return text
        case .boolean(let flag): return flag ? "WAAR" : "ONWAAR"
        case .error(let text): return text
        }
    }
}
