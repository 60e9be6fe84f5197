import Diagnostics
import Documents
import FoundationEssentials
import FoundationGaps

extension SignalCSVReader {
    /// The most columns a sheet of signals may have: the format's and room for notes beside them.
    static let maximumSheetColumns = 64

    /// Reads signals from an Excel workbook (`mja signalen --xlsx-invoer`): the sheet `Signalen`,
    /// or else the first sheet, with the same columns and checks as the CSV. A date cell is read
    /// as the date it shows; a number as the number it is. Every problem names its cell
    /// (`Signalen!C12: ...`) and is placed at row 12, column 3 of the file. A workbook mja wrote
    /// also has the hidden sheet `Basis` (the signals as written): its rows are `base`.
    public func read(xlsx bytes: [UInt8], file: String) -> Output {
        let workbook: XlsxReader
        do {
            workbook = try XlsxReader(bytes) { names in
                let lowered = names.map { $0.lowercased() }
                let signals = lowered.firstIndex(of: SignalWorkbook.sheetName.lowercased()) ?? 0
                return [signals] + (lowered.firstIndex(of: SignalWorkbook.baseSheetName.lowercased()).map { [$0] } ?? [])
            }
        } catch {
            return Output(signals: [], diagnostics: [diagnostic(.workbookRefused(error), file: file, at: Self.position(of: error))])
        }
        let isBase = { (sheet: XlsxReader.Sheet) in sheet.name.lowercased() == SignalWorkbook.baseSheetName.lowercased() }
        guard let sheet = workbook.sheets.first(where: { !isBase($0) }) ?? workbook.sheets.first else {
            let reason = language.pick("de werkmap heeft geen bladen", "the workbook has no sheets")
            return Output(signals: [], diagnostics: [diagnostic(.unreadableWorkbook(reason: reason), file: file, at: SourcePosition(line: 1, column: 1))])
        }
        var output = read(sheet: sheet, file: file)
        if let base = workbook.sheets.first(where: isBase), base.name != sheet.name {
            // Rows mja wrote; a row the registries no longer accept has no base (its problems are not the user's).
            output.base = read(sheet: base, file: file).signals
        }
        return output
    }

    /// The signals of one sheet.
    private func read(sheet: XlsxReader.Sheet, file: String) -> Output {
        let sheetName = sheet.name
        func cellName(_ position: SourcePosition) -> String { Self.cellName(position, sheet: sheetName) }
        let rows = sheet.rows
        guard let headerRow = rows.first else {
            return Output(signals: [], diagnostics: [diagnostic(.emptyFile, file: file, at: SourcePosition(line: 1, column: 1), cellName: cellName)])
        }
        // Every row is made as wide as the header: a header running on to column XFD would make each
        // row 16,384 cells.
        let headings = headerRow.cells.filter { !Self.text(of: $0.value, asDate: false).trimming(.spaces).isEmpty }
        if let last = headings.last, last.column >= Self.maximumSheetColumns {
            let problem = SignalCSVProblem.sheetTooWide(lastColumn: SpreadsheetText.column(last.column), limit: Self.maximumSheetColumns)
            return Output(signals: [], diagnostics: [diagnostic(problem, file: file, at: SourcePosition(line: headerRow.number, column: last.column + 1),
                                                                cellName: cellName)])
        }
        let width = max((headings.last?.column ?? 0) + 1, 1)
        let dateColumns = Set(headings.filter { SignalCSVFormat.columnName(Self.text(of: $0.value, asDate: false)) == "datum" }.map(\.column))
        var errorValues: [Int: [(position: SourcePosition, value: String)]] = [:]
        var records: [[CSVTable.Cell]] = []
        for (number, cells) in rows {
            // A full row of the header's width, empty cells where the sheet has none.
            var record = (0..<width).map { CSVTable.Cell(text: "", position: SourcePosition(line: number, column: $0 + 1)) }
            for cell in cells {
                let position = SourcePosition(line: number, column: cell.column + 1)
                if case .error(let value) = cell.value { errorValues[number, default: []].append((position, value)) }
                let text = Self.text(of: cell.value, asDate: dateColumns.contains(cell.column))
                if cell.column < width { record[cell.column].text = text } else if !text.isEmpty {
                    record.append(CSVTable.Cell(text: text, position: position))
                }
            }
            records.append(record)
        }
        var output = read(records: records, file: file, cellName: cellName, errorValues: errorValues)
        output.diagnostics.sort(by: Diagnostic.printingOrder)
        output.sheet = sheetName
        return output
    }

    /// A cell as a spreadsheet names it: `Signalen!C12`, `'Mijn blad'!C12`.
    static func cellName(_ position: SourcePosition, sheet: String) -> String {
        let name = sheet.contains(where: { !$0.isLetter && !$0.isNumber && $0 != "_" }) ? "'\(sheet.replacingEvery("'", with: "''"))'" : sheet
        return name + "!" + SpreadsheetText.reference(column: position.column - 1, row: position.line)
    }

    /// Where a refused workbook's problem is: the cell or row when the reader names one inside the grid.
    private static func position(of failure: XlsxReader.Failure) -> SourcePosition {
        switch failure {
        case .badCellReference(_, let reference):
            if let position = SpreadsheetText.position(of: reference) { return SourcePosition(line: position.row, column: position.column + 1) }
        case .badRowNumber(_, let row):
            if let number = Int(row), number > 0, number <= 9_999_999 { return SourcePosition(line: number, column: 1) }
        default: break
        }
        return SourcePosition(line: 1, column: 1)
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
            // Int(exactly:) is nil for 9.3e18 and for a fraction: no conversion can trap on a cell.
            if asDate, let serial = Int(exactly: number), let date = SpreadsheetDate.date(serial: serial) {
                return CalendarDate(year: date.year, month: date.month, day: date.day).description
            }
            if abs(number) < 1e15, let whole = Int64(exactly: number) { return String(whole) }
            return text
        case .boolean(let flag): return flag ? "WAAR" : "ONWAAR"
        case .error(let text): return text
        }
    }
}
