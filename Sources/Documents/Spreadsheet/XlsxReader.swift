/// Reads the cells of an Excel file (`.xlsx`, as Excel, LibreOffice and mja write it): the sheets
/// in tab order, each cell with its place and a typed value. Text from the shared strings or inline;
/// numbers; dates as the serial numbers of the 1900 system (or 1904, when the workbook says so)
/// in a cell with a date format; booleans; error values (`#N/B`). Formulas are not evaluated: a
/// formula cell has the value the spreadsheet saved with it.
///
/// Bounded for any file: only the parts a workbook needs are inflated, all of them together within
/// ``Limits/inflatedBytes``; no more than ``Limits/cells`` cells are kept; every row and cell
/// reference is checked against Excel's grid. Past a limit the reader stops with a ``Failure``.
public struct XlsxReader: Sendable {
    /// A cell's value.
    public enum Value: Sendable, Hashable {
        case text(String)
        /// A number, with the text it was written as (so `0.1` stays exactly `0.1`); always finite.
        case number(Double, text: String)
        /// A number in a cell with a date format: the day (a time of day is left out).
        case date(year: Int, month: Int, day: Int)
        case boolean(Bool)
        /// An error value such as `#N/B` or `#WAARDE!`, or a number that is none (`INF`).
        case error(String)
    }

    /// One cell that holds something.
    public struct Cell: Sendable, Hashable {
        /// 0-based: 0 is column A.
        public var column: Int
        /// 1-based, as the spreadsheet shows it.
        public var row: Int
        public var value: Value

        /// The reference as a spreadsheet writes it: `C12`.
        public var reference: String { SpreadsheetText.reference(column: column, row: row) }
    }

    /// One sheet: its tab name and its cells, row by row, left to right.
    public struct Sheet: Sendable, Hashable {
        public var name: String
        public var cells: [Cell]

        /// The cells by row number, each row's cells left to right.
        public var rows: [(number: Int, cells: [Cell])] {
            var rows: [(number: Int, cells: [Cell])] = []
            for cell in cells {
                if rows.last?.number == cell.row { rows[rows.count - 1].cells.append(cell) } else { rows.append((cell.row, [cell])) }
            }
            return rows
        }
    }

    /// How much a file may make the reader do.
    public struct Limits: Sendable, Equatable {
        /// The bytes all parts read may inflate to, together. A workbook of 35 regions with a
        /// hundred signals each is about 5 MB inflated (10 with its sheet `Basis`). Reading holds a
        /// part and the cells taken from it, so about twice this at most (100 MB).
        public var inflatedBytes: Int
        /// The cells that hold something, in all sheets read together; also the most shared strings.
        public var cells: Int

        /// Limits; the defaults hold a workbook twenty times larger than any real list of signals.
        public init(inflatedBytes: Int = 48 << 20, cells: Int = 500_000) {
            self.inflatedBytes = inflatedBytes
            self.cells = cells
        }
    }

    /// The most rows and columns a sheet has in Excel: 1,048,576 rows, columns A to XFD.
    public static let maximumRows = 1_048_576, maximumColumns = 16_384

    /// Why a file could not be read.
    public enum Failure: Error, Sendable, Hashable {
        /// Not a ZIP archive, or a damaged one.
        case notAnArchive(String)
        /// A ZIP archive without a workbook: not an Excel file (a Word file, say).
        case noWorkbook
        /// A part that is not well-formed XML.
        case damagedPart(String)
        /// Two parts with the same name: programs disagree on which one counts.
        case duplicatePart(String)
        /// Two parts that share their bytes in the file.
        case overlappingParts(String, String)
        /// The parts read would inflate to more than `limit` bytes.
        case tooLarge(limit: Int)
        /// The sheet `sheet` holds more than `limit` cells (with the sheets read before it).
        case tooManyCells(sheet: String, limit: Int)
        /// The shared strings are more than `limit` (the limit of cells: each string is for a cell).
        case tooManyStrings(limit: Int)
        /// A row number (written, or counted on from the row before) outside 1 to 1,048,576.
        case badRowNumber(sheet: String, row: String)
        /// A cell reference that is none, or outside the grid (past column XFD or row 1,048,576).
        case badCellReference(sheet: String, reference: String)
    }

    /// The sheets read, in tab order.
    public let sheets: [Sheet]

    /// Reads the file's bytes: every sheet, or those `choosing` picks (by index in tab order) from
    /// the tab names, so the other sheets are never inflated.
    public init(_ bytes: [UInt8], limits: Limits = Limits(), choosing: (([String]) -> [Int])? = nil) throws(Failure) {
        var package = try Package(bytes, budget: limits.inflatedBytes)
        // The workbook is where the package relationships say; `xl/workbook.xml` by convention.
        var workbookPath = "xl/workbook.xml"
        for relationship in try package.relationships("_rels/.rels", base: "") where relationship.type.hasSuffix("/officeDocument") {
            workbookPath = relationship.target
        }
        guard package.has(workbookPath) else { throw .noWorkbook }
        let folder = workbookPath.split(separator: "/").dropLast().joined(separator: "/")
        let base = folder.isEmpty ? "" : folder + "/"
        let relationships = try package.relationships(base + "_rels/" + String(workbookPath.split(separator: "/").last ?? "") + ".rels", base: base)
        var targets: [String: String] = [:]
        for relationship in relationships { targets[relationship.id] = relationship.target }
        var is1904 = false
        var sheetList: [(name: String, path: String)] = []
        try package.scanAll(workbookPath) { event in
            guard case .start(let name, let attributes, _) = event else { return }
            switch XMLScanner.localName(name) {
            case "workbookPr":
                is1904 = ["1", "true"].contains(attributes["date1904"] ?? "")
            case "sheet":
                let id = attributes.first { $0.key.hasSuffix(":id") }?.value ?? ""
                if let path = targets[id] { sheetList.append((attributes["name"] ?? "", path)) }
            default: return
            }
        }
        let chosen = choosing.map { $0(sheetList.map(\.name)).filter(sheetList.indices.contains) } ?? Array(sheetList.indices)
        guard !chosen.isEmpty else { sheets = []; return }
        let sharedPath = relationships.first { $0.type.hasSuffix("/sharedStrings") }?.target ?? base + "sharedStrings.xml"
        let stylesPath = relationships.first { $0.type.hasSuffix("/styles") }?.target ?? base + "styles.xml"
        let strings = try package.sharedStrings(sharedPath, limit: limits.cells)
        let dateStyles = try package.dateStyles(stylesPath)
        var sheets: [Sheet] = []
        var cellsLeft = limits.cells
        for index in chosen.sorted() {
            let (name, path) = sheetList[index]
            var reader = WorksheetReader(sheet: name, strings: strings, dateStyles: dateStyles, is1904: is1904, cellsLeft: cellsLeft, cellLimit: limits.cells)
            try package.scan(path) { reader.take($0) }
            if let failure = reader.failure { throw failure }
            cellsLeft = reader.cellsLeft
            sheets.append(Sheet(name: name, cells: reader.cells.sorted { ($0.row, $0.column) < ($1.row, $1.column) }))
        }
        self.sheets = sheets
    }

    /// Whether a format code shows a date: a `d` or `y` outside quoted text, `[...]` and escapes.
    static func isDateFormat(_ code: String) -> Bool {
        var quoted = false, bracket = false, escaped = false
        for character in code.lowercased() {
            if escaped { escaped = false; continue }
            switch character {
            case "\"": quoted.toggle()
            case "\\" where !quoted: escaped = true
            case "[" where !quoted: bracket = true
            case "]" where !quoted: bracket = false
            case "d", "y": if !quoted && !bracket { return true }
            default: break
            }
        }
        return false
    }
}
