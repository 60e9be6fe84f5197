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
        var xml = XlsxWriter.declaration + "<sst xmlns=\"\(XlsxWriter.mainNamespace)\" count=\"\(references)\" uniqueCount=\"\(list.count)\">"
        for text in list { xml += "<si><t xml:space=\"preserve\">\(SpreadsheetText.escape(text))</t></si>" }
        return xml + "</sst>"
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
            var widest = header.indices.contains(column) ? header[column].count + (hasAutoFilter ? 3 : 0) : 0
            for row in rows where row.indices.contains(column) { widest = max(widest, row[column].shownLength) }
            return min(max(widest + 2, 6), Self.maximumWidth)
        }
    }

    /// The worksheet part (`xl/worksheets/sheetN.xml`), its strings added to `strings`.
    func xml(selected: Bool, strings: inout SharedStrings) -> String {
        var xml = XlsxWriter.declaration + "<worksheet xmlns=\"\(XlsxWriter.mainNamespace)\" xmlns:r=\"\(XlsxWriter.relationshipNamespace)\">"
        xml += "<dimension ref=\"\(usedRange)\"/>"
        xml += "<sheetViews><sheetView \(selected ? "tabSelected=\"1\" " : "")workbookViewId=\"0\">"
        if freezesHeader && !header.isEmpty {
            xml += "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/><selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/>"
        }
        xml += "</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>"
        let widths = columnWidths
        if !widths.isEmpty {
            xml += "<cols>"
            for (index, width) in widths.enumerated() {
                let hidden = hiddenColumns.contains(index) ? " hidden=\"1\"" : ""
                // An editable column is unlocked as a whole, so a row typed under the table is too.
                let style = isProtected && editableColumns.contains(index) ? " style=\"\(SpreadsheetStyles.Format.text.unlocked)\"" : ""
                xml += "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(width)\"\(style) customWidth=\"1\"\(hidden)/>"
            }
            xml += "</cols>"
        }
        xml += "<sheetData>"
        for (rowIndex, row) in allRows.enumerated() {
            let number = rowIndex + 1
            xml += "<row r=\"\(number)\">"
            let isHeader = rowIndex == 0 && !header.isEmpty
            for (column, cell) in row.enumerated() {
                let unlocked = isProtected && !isHeader && editableColumns.contains(column)
                xml += Self.cell(cell, at: SpreadsheetText.reference(column: column, row: number), header: isHeader, unlocked: unlocked, strings: &strings)
            }
            xml += "</row>"
        }
        xml += "</sheetData>"
        if isProtected {
            // No password; "0" allows: rows may be added, deleted, filtered and sorted, columns widened.
            xml += "<sheetProtection sheet=\"1\" objects=\"1\" scenarios=\"1\" formatColumns=\"0\" formatRows=\"0\" insertRows=\"0\" deleteRows=\"0\" sort=\"0\" autoFilter=\"0\"/>"
        }
        if hasAutoFilter && !header.isEmpty { xml += "<autoFilter ref=\"\(usedRange)\"/>" }
        let rules = validations.map { $0.xml(firstRow: header.isEmpty ? 1 : 2) }.filter { !$0.isEmpty }
        if !rules.isEmpty { xml += "<dataValidations count=\"\(rules.count)\">" + rules.joined() + "</dataValidations>" }
        xml += "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>"
        return xml + "</worksheet>"
    }

    /// One `<c>` element; nothing for an empty cell. Text is always a shared string, never a
    /// formula: this writer writes no `<f>` at all.
    static func cell(_ cell: SpreadsheetCell, at reference: String, header: Bool, unlocked: Bool = false, strings: inout SharedStrings) -> String {
        let format = header ? .header : SpreadsheetStyles.format(of: cell)
        let index = unlocked ? format.unlocked : format.rawValue
        let style = index == 0 ? "" : " s=\"\(index)\""
        switch cell {
        case .empty:
            return ""
        case .text(let text):
            if text.isEmpty { return "" }
            return "<c r=\"\(reference)\"\(style) t=\"s\"><v>\(strings.index(of: text))</v></c>"
        case .count(let value), .whole(let value):
            return "<c r=\"\(reference)\"\(style)><v>\(value)</v></c>"
        case .euro(let cents):
            return "<c r=\"\(reference)\"\(style)><v>\(decimal(cents: cents))</v></c>"
        case .number(let value):
            guard value.isFinite else { return "" }
            let text = value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
            return "<c r=\"\(reference)\"\(style)><v>\(text)</v></c>"
        case .date(let year, let month, let day):
            return "<c r=\"\(reference)\"\(style)><v>\(SpreadsheetDate.serial(year: year, month: month, day: day))</v></c>"
        case .boolean(let value):
            return "<c r=\"\(reference)\"\(style) t=\"b\"><v>\(value ? 1 : 0)</v></c>"
        }
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
