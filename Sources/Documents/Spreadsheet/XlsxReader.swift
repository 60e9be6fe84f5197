/// Reads the cells of an Excel file (`.xlsx`, as Excel, LibreOffice and mja write it): the sheets
/// in tab order, each cell with its place and a typed value. Text from the shared strings or inline;
/// numbers; dates as the serial numbers of the 1900 system (or 1904, when the workbook says so)
/// in a cell with a date format; booleans; error values (`#N/B`). Formulas are not evaluated: a
/// formula cell has the value the spreadsheet saved with it.
public struct XlsxReader: Sendable {
    /// A cell's value.
    public enum Value: Sendable, Hashable {
        case text(String)
        /// A number, with the text it was written as (so `0.1` stays exactly `0.1`).
        case number(Double, text: String)
        /// A number in a cell with a date format: the day (a time of day is left out).
        case date(year: Int, month: Int, day: Int)
        case boolean(Bool)
        /// An error value such as `#N/B` or `#WAARDE!`.
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

    /// Why a file could not be read.
    public enum Failure: Error, Sendable, Equatable {
        /// Not a ZIP archive, or a damaged one.
        case notAnArchive(String)
        /// A ZIP archive without a workbook: not an Excel file (a Word file, say).
        case noWorkbook
        /// A part that is not well-formed XML.
        case damagedPart(String)
    }

    /// The sheets in tab order.
    public let sheets: [Sheet]

    /// Reads the file's bytes.
    public init(_ bytes: [UInt8]) throws(Failure) {
        let archive: ZipReader
        do { archive = try ZipReader(bytes) } catch { throw .notAnArchive("\(error)") }
        func events(_ name: String) throws(Failure) -> [XMLScanner.Event]? {
            guard let part = archive[name] else { return nil }
            do { return try XMLScanner.events(part) } catch { throw .damagedPart(name) }
        }
        // The workbook is where the package relationships say; `xl/workbook.xml` by convention.
        var workbookPath = "xl/workbook.xml"
        for relationship in try Self.relationships(events("_rels/.rels") ?? [], base: "") where relationship.type.hasSuffix("/officeDocument") {
            workbookPath = relationship.target
        }
        guard let workbook = try events(workbookPath) else { throw .noWorkbook }
        let folder = workbookPath.split(separator: "/").dropLast().joined(separator: "/")
        let base = folder.isEmpty ? "" : folder + "/"
        let relationships = try Self.relationships(events(base + "_rels/" + String(workbookPath.split(separator: "/").last!) + ".rels") ?? [], base: base)
        var targets: [String: String] = [:]
        for relationship in relationships { targets[relationship.id] = relationship.target }
        let sharedPath = relationships.first { $0.type.hasSuffix("/sharedStrings") }?.target ?? base + "sharedStrings.xml"
        let stylesPath = relationships.first { $0.type.hasSuffix("/styles") }?.target ?? base + "styles.xml"
        let strings = Self.sharedStrings(try events(sharedPath) ?? [])
        let dateStyles = Self.dateStyles(try events(stylesPath) ?? [])

        var is1904 = false
        var sheetList: [(name: String, path: String)] = []
        for event in workbook {
            guard case .start(let name, let attributes, _) = event else { continue }
            switch XMLScanner.localName(name) {
            case "workbookPr":
                is1904 = ["1", "true"].contains(attributes["date1904"] ?? "")
            case "sheet":
                let id = attributes.first { $0.key.hasSuffix(":id") }?.value ?? ""
                if let path = targets[id] { sheetList.append((attributes["name"] ?? "", path)) }
            default: continue
            }
        }
        var sheets: [Sheet] = []
        for (name, path) in sheetList {
            let cells = Self.cells(try events(path) ?? [], strings: strings, dateStyles: dateStyles, is1904: is1904)
            sheets.append(Sheet(name: name, cells: cells))
        }
        self.sheets = sheets
    }

    private struct Relationship {
        var id: String, type: String, target: String
    }

    /// The relationships of a `.rels` part, the targets resolved against `base`.
    private static func relationships(_ events: [XMLScanner.Event], base: String) throws(Failure) -> [Relationship] {
        events.compactMap { event in
            guard case .start(let name, let attributes, _) = event, XMLScanner.localName(name) == "Relationship",
                  attributes["TargetMode"] != "External", let id = attributes["Id"], let target = attributes["Target"] else { return nil }
            let resolved = target.hasPrefix("/") ? String(target.dropFirst()) : normalised(base + target)
            return Relationship(id: id, type: attributes["Type"] ?? "", target: resolved)
        }
    }

    /// `xl/worksheets/../styles.xml` as `xl/styles.xml`.
    private static func normalised(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/") {
            if part == ".." { _ = parts.popLast() } else if part != "." { parts.append(part) }
        }
        return parts.joined(separator: "/")
    }

    /// The shared strings: per `si` the text of its `t` elements, phonetic runs (`rPh`) left out.
    private static func sharedStrings(_ events: [XMLScanner.Event]) -> [String] {
        var strings: [String] = []
        var current = "", inText = false, inPhonetic = false
        for event in events {
            switch event {
            case .start(let name, _, _):
                switch XMLScanner.localName(name) {
                case "si": current = ""
                case "t": inText = true
                case "rPh": inPhonetic = true
                default: break
                }
            case .end(let name):
                switch XMLScanner.localName(name) {
                case "si": strings.append(SpreadsheetText.unescape(current))
                case "t": inText = false
                case "rPh": inPhonetic = false
                default: break
                }
            case .text(let text):
                if inText && !inPhonetic { current += text }
            }
        }
        return strings
    }

    /// Per index of `cellXfs`, whether its number format shows a date.
    private static func dateStyles(_ events: [XMLScanner.Event]) -> [Bool] {
        var formats: [Int: String] = [:]
        var styles: [Bool] = []
        var inCellFormats = false
        for event in events {
            switch event {
            case .start(let name, let attributes, _):
                switch XMLScanner.localName(name) {
                case "numFmt":
                    if let id = attributes["numFmtId"].flatMap({ Int($0) }) { formats[id] = attributes["formatCode"] ?? "" }
                case "cellXfs": inCellFormats = true
                case "xf" where inCellFormats:
                    let id = attributes["numFmtId"].flatMap { Int($0) } ?? 0
                    styles.append(formats[id].map(isDateFormat) ?? ((14...22).contains(id) || (45...47).contains(id)))
                default: break
                }
            case .end(let name):
                if XMLScanner.localName(name) == "cellXfs" { inCellFormats = false }
            case .text: break
            }
        }
        return styles
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

    /// The cells of a worksheet part.
    private static func cells(_ events: [XMLScanner.Event], strings: [String], dateStyles: [Bool], is1904: Bool) -> [Cell] {
        var cells: [Cell] = []
        var row = 0, nextColumn = 0
        var cellColumn = 0, cellType = "n", cellStyle = 0
        var value: String?, inline = "", inValue = false, inInline = false, inText = false, inPhonetic = false, inCell = false
        for event in events {
            switch event {
            case .start(let name, let attributes, _):
                switch XMLScanner.localName(name) {
                case "row":
                    row = attributes["r"].flatMap { Int($0) } ?? row + 1
                    nextColumn = 0
                case "c":
                    inCell = true
                    cellColumn = attributes["r"].flatMap { SpreadsheetText.position(of: $0)?.column } ?? nextColumn
                    if let reference = attributes["r"], let position = SpreadsheetText.position(of: reference) { row = position.row }
                    cellType = attributes["t"] ?? "n"
                    cellStyle = attributes["s"].flatMap { Int($0) } ?? 0
                    value = nil
                    inline = ""
                case "v" where inCell: inValue = true; value = value ?? ""
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
                    if let typed = typedValue(type: cellType, value: value, inline: inline, strings: strings, isDate: isDate, is1904: is1904) {
                        cells.append(Cell(column: cellColumn, row: row, value: typed))
                    }
                default: break
                }
            case .text(let text):
                if inValue { value = (value ?? "") + text } else if inText && !inPhonetic { inline += text }
            }
        }
        return cells.sorted { ($0.row, $0.column) < ($1.row, $1.column) }
    }

    private static func typedValue(type: String, value: String?, inline: String, strings: [String], isDate: Bool, is1904: Bool) -> Value? {
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
            let parts = value.prefix(10).split(separator: "-").compactMap { Int($0) }
            guard parts.count == 3 else { return .text(value) }
            return .date(year: parts[0], month: parts[1], day: parts[2])
        default:
            guard let text = value?.trimmingWhitespace, !text.isEmpty else { return nil }
            guard let number = Double(text) else { return .error(text) }
            if isDate, number >= 0, number < 3_000_000 {
                let serial = Int(number.rounded(.down)) + (is1904 ? 1462 : 0)
                if let date = SpreadsheetDate.date(serial: serial) { return .date(year: date.year, month: date.month, day: date.day) }
            }
            return .number(number, text: text)
        }
    }
}
