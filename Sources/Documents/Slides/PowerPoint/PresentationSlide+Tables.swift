extension PresentationSlide {
    /// A native table (`a:tbl` in a graphic frame) across the content width: the header row in
    /// the title colour with white bold text, numeric columns right-aligned, a total row in bold
    /// under a rule, thin rules between rows. Columns are as wide as the splitter measured them;
    /// rows as high as their lines (PowerPoint grows a row whose text needs more). A caption
    /// stands above the table in bold.
    mutating func table(_ table: Table, frame: Frame) {
        var frame = frame
        if !table.caption.isEmpty {
            var format = SlideRunFormat()
            format.bold = true
            let caption = paragraph([.text(table.caption)], properties: "<a:pPr marL=\"0\" indent=\"0\"><a:buNone/></a:pPr>", format: format)
            let height = SlideGeometry.lineHeight
            shapes += textShape(name: words.office.caption, placeholder: nil, frame: Frame(x: frame.x, y: frame.y, width: frame.width, height: height),
                                body: caption, listStyle: SlideTextStyle.body)
            frame.y += height
            frame.height = max(height, frame.height - height)
        }
        let shares = Self.columnShares(table)
        var widths = shares.map { Int64((Double(frame.width) * $0).rounded(.down)) }
        if !widths.isEmpty { widths[widths.count - 1] += frame.width - widths.reduce(0, +) }
        // A row is at least one line high; PowerPoint and Impress grow a row whose text needs more.
        let rowHeights = ([table.header] + table.rows).map { row in
            Int64(Double(SlideGeometry.tableLineHeight) * (measure.rowLines(row, widths: measure.columnWidths(table)) - 0.3).rounded(.down))
        }
        let id = nextShapeID()
        var xml = "<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id=\"\(id)\" name=\"\(XMLText.escape(words.table)) \(id)\""
        // Alternative text on every table (PowerPoint's accessibility checker): its caption, or
        // without one its column headings, as the HTML names its table boxes.
        let description = table.caption.isEmpty ? words.tableName(caption: "", headings: table.header.map(\.plainText)) : table.caption
        xml += " descr=\"\(XMLText.escape(description))\""
        xml += "/><p:cNvGraphicFramePr><a:graphicFrameLocks noGrp=\"1\"/></p:cNvGraphicFramePr><p:nvPr/></p:nvGraphicFramePr>"
        xml += "<p:xfrm><a:off x=\"\(frame.x)\" y=\"\(frame.y)\"/><a:ext cx=\"\(frame.width)\" cy=\"\(rowHeights.reduce(0, +))\"/></p:xfrm>"
        xml += "<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/table\"><a:tbl>"
        xml += "<a:tblPr firstRow=\"1\"" + (table.hasTotalRow ? " lastRow=\"1\"" : "") + "/><a:tblGrid>"
        for width in widths { xml += "<a:gridCol w=\"\(width)\"/>" }
        xml += "</a:tblGrid>"
        xml += row(table.header, table: table, height: rowHeights[0], kind: .header)
        for (index, cells) in table.rows.enumerated() {
            let isTotal = table.hasTotalRow && index == table.rows.count - 1
            xml += row(cells, table: table, height: rowHeights[index + 1], kind: isTotal ? .total : .body, bodyRow: index)
        }
        shapes += xml + "</a:tbl></a:graphicData></a:graphic></p:graphicFrame>"
    }

    /// The share of the table's width each column gets: at least its longest word (so no word is
    /// broken), and what is left in proportion to its longest cell, as a browser lays a table out.
    static func columnShares(_ table: Table) -> [Double] {
        let rows = [table.header] + table.rows
        let columns = table.alignments.indices
        guard !columns.isEmpty else { return [] }
        let longest = columns.map { column in Double(rows.map { $0[column].plainText.count }.max() ?? 0) + 2 }
        // A word never breaks inside ("Signale|n" in a bold header): its room has a margin for bold
        // type and for a wider fallback font (Impress without the theme's font sets DejaVu Sans).
        let word = columns.map { column in
            Double(rows.map { $0[column].plainText.split(separator: " ").map(\.count).max() ?? 0 }.max() ?? 0) * 1.2 + 2
        }
        let available = Double(SlideGeometry.tableCharactersPerLine)
        let widths: [Double]
        if longest.reduce(0, +) <= available || word.reduce(0, +) >= available {
            widths = longest.reduce(0, +) <= available ? longest : word
        } else {
            let room = available - word.reduce(0, +)
            let wish = zip(longest, word).map { max(0, $0 - $1) }
            let total = max(1, wish.reduce(0, +))
            widths = zip(word, wish).map { $0 + room * $1 / total }
        }
        let sum = widths.reduce(0, +)
        return widths.map { $0 / sum }
    }

    /// What a row of a table is, for its look.
    enum RowKind { case header, body, total }

    private mutating func row(_ cells: [[Inline]], table: Table, height: Int64, kind: RowKind, bodyRow: Int? = nil) -> String {
        var xml = "<a:tr h=\"\(height)\">"
        for (column, content) in cells.enumerated() {
            var format = SlideRunFormat()
            format.size = SlideGeometry.tableSize
            format.bold = kind != .body
            if kind == .header { format.color = "bg1" }
            let alignment = table.isNumeric(column: column) ? "r" : table.alignments[column] == .center ? "ctr" : "l"
            xml += "<a:tc><a:txBody><a:bodyPr/><a:lstStyle/>"
            xml += paragraph(content, properties: "<a:pPr marL=\"0\" indent=\"0\" algn=\"\(alignment)\"><a:buNone/></a:pPr>", format: format)
            xml += "</a:txBody><a:tcPr marL=\"91440\" marR=\"91440\" marT=\"45720\" marB=\"45720\">"
            xml += Self.line("lnL", width: 0) + Self.line("lnR", width: 0)
            xml += Self.line("lnT", width: kind == .total ? 25_400 : 0, color: "tx1")
            xml += Self.line("lnB", width: 9_525, color: "tx1")
            if kind == .header {
                xml += "<a:solidFill><a:schemeClr val=\"tx2\"/></a:solidFill>"
            } else if let bodyRow, let shade = table.shade(row: bodyRow, column: column) {
                xml += "<a:solidFill><a:srgbClr val=\"\(shade.rgb)\"/></a:solidFill>"  // a verdict that falls short
            } else {
                xml += "<a:noFill/>"
            }
            xml += "</a:tcPr></a:tc>"
        }
        return xml + "</a:tr>"
    }

    /// A cell border: none for width 0, else a solid line in scheme colour `color`.
    static func line(_ side: String, width: Int, color: String = "tx1") -> String {
        width == 0 ? "<a:\(side) w=\"0\"><a:noFill/></a:\(side)>"
            : "<a:\(side) w=\"\(width)\" cap=\"flat\" cmpd=\"sng\" algn=\"ctr\"><a:solidFill><a:schemeClr val=\"\(color)\"/></a:solidFill><a:prstDash val=\"solid\"/></a:\(side)>"
    }
}
