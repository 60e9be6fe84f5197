/// The strings of a workbook, each stored once (`xl/sharedStrings.xml`); cells refer to them by index.
struct SharedStrings {
    private(set) var list: [String] = []
    private var indexes: [String: Int] = [:]
    private(set) var references = 0

    /// The index of `text`, added when new.
    mutating func index(of text: String) -> Int {
        references += 1
        if let index = indexes[text] { return index }
        indexes[text] = list.count
        list.append(text)
        return list.count - 1
    }

    var xml: String {
        var xml = XMLOutput(capacity: 256 + list.reduce(0) { $0 + $1.utf8.count + 40 })
        xml.write(string: XlsxWriter.declaration)
        xml.write("<sst xmlns=\"")
        xml.write(string: XlsxWriter.mainNamespace)
        xml.write("\" count=\"")
        xml.write(decimal: references)
        xml.write("\" uniqueCount=\"")
        xml.write(decimal: list.count)
        xml.write("\">")
        for text in list {
            xml.write("<si><t xml:space=\"preserve\">")
            xml.write(string: SpreadsheetText.escape(text))
            xml.write("</t></si>")
        }
        xml.write("</sst>")
        return xml.string()
    }
}

extension Worksheet {
    /// The widest column: longer text runs on into the next empty cell, or is cut off at the edge.
    static let maximumWidth = 60

    /// The range the header and rows fill, such as `A1:N135`.
    var usedRange: String {
        let rows = allRows.count
        guard rows > 0, columnCount > 0 else { return "A1" }
        return "A1:\(SpreadsheetText.reference(column: columnCount - 1, row: rows))"
    }

    /// Per column a width in characters that fits its content (the header with room for the filter button).
    var columnWidths: [Int] {
        (0..<columnCount).map { column in
            var widest = header.indices.contains(column) ? CellTextMeasure.characterCount(header[column]) + (hasAutoFilter ? 3 : 0) : 0
            for row in rows where row.indices.contains(column) { widest = max(widest, row[column].shownLength) }
            return min(max(widest + 2, 6), Self.maximumWidth)
        }
    }

    /// The worksheet part (`xl/worksheets/sheetN.xml`), its strings added to `strings`. Written as
    /// bytes: by string interpolation a chart's small sheet cost as much as its compression.
    func xml(selected: Bool, strings: inout SharedStrings) -> String {
        let range = usedRange
        var xml = XMLOutput(capacity: 1024 + 48 * columnCount * (rows.count + 1))
        xml.write(string: XlsxWriter.declaration)
        xml.write("<worksheet xmlns=\"")
        xml.write(string: XlsxWriter.mainNamespace)
        xml.write("\" xmlns:r=\"")
        xml.write(string: XlsxWriter.relationshipNamespace)
        xml.write("\">")
        // Fit to page: without it Excel reads fitToWidth below as nothing.
        if printsAsWideTable { xml.write("<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>") }
        xml.write("<dimension ref=\"")
        xml.write(string: range)
        xml.write("\"/><sheetViews><sheetView ")
        if selected { xml.write("tabSelected=\"1\" ") }
        xml.write("workbookViewId=\"0\">")
        if freezesHeader && !header.isEmpty {
            xml.write("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/><selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/>")
        }
        xml.write("</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>")
        let widths = columnWidths
        if !widths.isEmpty {
            xml.write("<cols>")
            for (index, width) in widths.enumerated() {
                xml.write("<col min=\"")
                xml.write(decimal: index + 1)
                xml.write("\" max=\"")
                xml.write(decimal: index + 1)
                xml.write("\" width=\"")
                xml.write(decimal: width)
                xml.write("\"")
                // An editable column is unlocked as a whole, so a row typed under the table is too.
                if isProtected && editableColumns.contains(index) {
                    xml.write(" style=\"")
                    xml.write(decimal: Int(SpreadsheetStyles.Format.text.unlocked))
                    xml.write("\"")
                }
                xml.write(" customWidth=\"1\"")
                if hiddenColumns.contains(index) { xml.write(" hidden=\"1\"") }
                xml.write("/>")
            }
            xml.write("</cols>")
        }
        xml.write("<sheetData>")
        for (rowIndex, row) in allRows.enumerated() {
            let number = rowIndex + 1
            xml.write("<row r=\"")
            xml.write(decimal: number)
            xml.write("\">")
            let isHeader = rowIndex == 0 && !header.isEmpty
            for (column, cell) in row.enumerated() {
                let unlocked = isProtected && !isHeader && editableColumns.contains(column)
                Self.write(cell, column: column, row: number, header: isHeader, unlocked: unlocked, strings: &strings, into: &xml)
            }
            xml.write("</row>")
        }
        xml.write("</sheetData>")
        if isProtected {
            // No password; "0" allows: rows may be added, deleted, filtered and sorted, columns widened.
            xml.write("<sheetProtection sheet=\"1\" objects=\"1\" scenarios=\"1\" formatColumns=\"0\" formatRows=\"0\" insertRows=\"0\" deleteRows=\"0\" sort=\"0\" autoFilter=\"0\"/>")
        }
        if hasAutoFilter && !header.isEmpty {
            xml.write("<autoFilter ref=\"")
            xml.write(string: range)
            xml.write("\"/>")
        }
        let rules = validations.map { $0.xml(firstRow: header.isEmpty ? 1 : 2) }.filter { !$0.isEmpty }
        if !rules.isEmpty {
            xml.write("<dataValidations count=\"")
            xml.write(decimal: rules.count)
            xml.write("\">")
            for rule in rules { xml.write(string: rule) }
            xml.write("</dataValidations>")
        }
        xml.write("<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>")
        if printsAsWideTable {
            // A4 (9), one page wide and any number tall (0: as many as needed).
            xml.write("<pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/>")
        }
        xml.write("</worksheet>")
        return xml.string()
    }

    /// One `<c>` element at `column` (0-based) of `row` (1-based); nothing for an empty cell. Text
    /// is always a shared string, never a formula: this writer writes no `<f>` at all.
    static func write(_ cell: SpreadsheetCell, column: Int, row: Int, header: Bool, unlocked: Bool = false, strings: inout SharedStrings, into xml: inout XMLOutput) {
        let format = header ? .header : SpreadsheetStyles.format(of: cell)
        let index = unlocked ? format.unlocked : format.rawValue
        func start(type: StaticString = "") {
            xml.write("<c r=\"")
            xml.write(string: SpreadsheetText.column(column))
            xml.write(decimal: row)
            xml.write("\"")
            if index != 0 {
                xml.write(" s=\"")
                xml.write(decimal: Int(index))
                xml.write("\"")
            }
            xml.write(type)
            xml.write("><v>")
        }
        switch cell {
        case .empty:
            return
        case .text(let text):
            if text.isEmpty { return }
            start(type: " t=\"s\"")
            xml.write(decimal: strings.index(of: text))
        case .count(let value), .whole(let value):
            start()
            xml.write(decimal: Int(value))
        case .euro(let cents):
            start()
            xml.write(string: decimal(cents: cents))
        case .number(let value):
            guard value.isFinite else { return }
            start()
            xml.write(string: value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value))
        case .date(let year, let month, let day):
            start()
            xml.write(string: "\(SpreadsheetDate.serial(year: year, month: month, day: day))")
        case .boolean(let value):
            start(type: " t=\"b\"")
            xml.write(value ? "1" : "0")
        }
        xml.write("</v></c>")
    }

    /// Cents as an exact decimal number: `125000050` is `1250000.5`.
    static func decimal(cents: Int64) -> String {
        let sign = cents < 0 ? "-" : ""
        let magnitude = cents.magnitude
        let whole = magnitude / 100, rest = magnitude % 100
        if rest == 0 { return "\(sign)\(whole)" }
        return rest % 10 == 0 ? "\(sign)\(whole).\(rest / 10)" : "\(sign)\(whole).\(rest < 10 ? "0" : "")\(rest)"
    }
}
