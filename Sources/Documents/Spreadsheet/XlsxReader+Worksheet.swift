import Dates

extension XlsxReader {
    /// Reads the cells of one worksheet part event by event, checking every row number and cell
    /// reference against Excel's grid and counting the cells against the limit; stops at the first
    /// failure.
    struct WorksheetReader {
        let sheet: String
        let strings: [String]
        let dateStyles: [Bool]
        let is1904: Bool
        var cellsLeft: Int
        let cellLimit: Int
        private(set) var cells: [Cell] = []
        private(set) var failure: Failure?

        private var row = 0, nextColumn = 0
        private var cellColumn = 0, cellType = "n", cellStyle = 0
        private var value: String?, inline = ""
        private var inValue = false, inInline = false, inText = false, inPhonetic = false, inCell = false

        init(sheet: String, strings: [String], dateStyles: [Bool], is1904: Bool, cellsLeft: Int, cellLimit: Int) {
            self.sheet = sheet
            self.strings = strings
            self.dateStyles = dateStyles
            self.is1904 = is1904
            self.cellsLeft = cellsLeft
            self.cellLimit = cellLimit
        }

        /// Takes one event; false when the sheet cannot be read further (see `failure`).
        mutating func take(_ event: XMLScanner.Event) -> Bool {
            switch event {
            case .start(let name, let attributes, _):
                switch XMLScanner.localName(name) {
                case "row":
                    if let written = attributes["r"] {
                        guard let number = Int(written.trimmingWhitespace), (1...XlsxReader.maximumRows).contains(number) else {
                            return fail(.badRowNumber(sheet: sheet, row: written))
                        }
                        row = number
                    } else {
                        // A row without a number is the one after the last: past the grid is an error, not an overflow.
                        guard row < XlsxReader.maximumRows else { return fail(.badRowNumber(sheet: sheet, row: String(row + 1))) }
                        row += 1
                    }
                    nextColumn = 0
                case "c":
                    inCell = true
                    if let written = attributes["r"] {
                        guard let position = Self.position(of: written) else { return fail(.badCellReference(sheet: sheet, reference: written)) }
                        cellColumn = position.column
                        row = position.row
                    } else {
                        if row == 0 { row = 1 }
                        guard nextColumn < XlsxReader.maximumColumns else {
                            return fail(.badCellReference(sheet: sheet, reference: SpreadsheetText.reference(column: nextColumn, row: row)))
                        }
                        cellColumn = nextColumn
                    }
                    cellType = attributes["t"] ?? "n"
                    cellStyle = attributes["s"].flatMap { Int($0) } ?? 0
                    value = nil
                    inline = ""
                case "v" where inCell: inValue = true; if value == nil { value = "" }
                case "is" where inCell: inInline = true
                case "t" where inInline: inText = true
                case "rPh": inPhonetic = true
                default: break
                }
            case .end(let name):
                switch XMLScanner.localName(name) {
                case "v": inValue = false
                case "t": inText = false
                case "rPh": inPhonetic = false
                case "is": inInline = false
                case "c":
                    inCell = false
                    nextColumn = cellColumn + 1
                    let isDate = dateStyles.indices.contains(cellStyle) && dateStyles[cellStyle]
                    if let typed = XlsxReader.typedValue(type: cellType, value: value, inline: inline, strings: strings, isDate: isDate, is1904: is1904) {
                        guard cellsLeft > 0 else { return fail(.tooManyCells(sheet: sheet, limit: cellLimit)) }
                        cellsLeft -= 1
                        cells.append(Cell(column: cellColumn, row: row, value: typed))
                    }
                    value = nil
                    inline = ""
                default: break
                }
            case .text(let text):
                // Appended in place: text split by comments must not be copied again for every piece.
                if inValue { value?.append(text) } else if inText && !inPhonetic { inline.append(text) }
            }
            return true
        }

        private mutating func fail(_ failure: Failure) -> Bool {
            self.failure = failure
            return false
        }

        /// The 0-based column and 1-based row of a reference inside Excel's grid, or nil.
        static func position(of reference: String) -> (column: Int, row: Int)? {
            guard let position = SpreadsheetText.position(of: reference.trimmingWhitespace),
                  position.column < XlsxReader.maximumColumns, position.row <= XlsxReader.maximumRows else { return nil }
            return position
        }
    }

    /// A cell's typed value, or nil for a cell that holds nothing.
    static func typedValue(type: String, value: String?, inline: String, strings: [String], isDate: Bool, is1904: Bool) -> Value? {
        switch type {
        case "inlineStr":
            return .text(SpreadsheetText.unescape(inline))
        case "s":
            guard let index = value.flatMap({ Int($0.trimmingWhitespace) }), strings.indices.contains(index) else {
                return value == nil ? nil : .error("#VERW!")
            }
            return .text(strings[index])
        case "str":
            return value.map { .text(SpreadsheetText.unescape($0)) }
        case "b":
            guard let value else { return nil }
            return .boolean(value.trimmingWhitespace == "1" || value.trimmingWhitespace.lowercased() == "true")
        case "e":
            return value.map { .error($0.trimmingWhitespace) }
        case "d":
            guard let value else { return nil }
            // An ISO 8601 date; one that does not exist (2026-02-31, a year 99999999999) stays text.
            let parts = value.prefix(10).split(separator: "-").compactMap { Int($0) }
            guard parts.count == 3, (1...9999).contains(parts[0]), GregorianCalendar.isValid(year: parts[0], month: parts[1], day: parts[2])
            else { return .text(value) }
            return .date(year: parts[0], month: parts[1], day: parts[2])
        default:
            guard let text = value?.trimmingWhitespace, !text.isEmpty else { return nil }
            // `INF`, `nan` and `1e999` parse as Doubles but are no number a spreadsheet holds.
            guard let number = Double(text), number.isFinite else { return .error(text) }
            if isDate, number >= 0, number < 3_000_000 {
                let serial = Int(number.rounded(.down)) + (is1904 ? 1462 : 0)
                if let date = SpreadsheetDate.date(serial: serial) { return .date(year: date.year, month: date.month, day: date.day) }
            }
            return .number(number, text: text)
        }
    }
}
