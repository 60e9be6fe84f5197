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
            let height = SlideGeometry.lineHeight
            textShape(name: words.office.caption, placeholder: nil, frame: Frame(x: frame.x, y: frame.y, width: frame.width, height: height),
                      listStyle: SlideTextStyle.body) {
                $0.paragraph([.text(table.caption)], properties: "<a:pPr marL=\"0\" indent=\"0\"><a:buNone/></a:pPr>", format: format)
            }
            frame.y += height
            frame.height = max(height, frame.height - height)
        }
        let shares = Self.columnShares(table)
        var widths = shares.map { Int64((Double(frame.width) * $0).rounded(.down)) }
        if !widths.isEmpty { widths[widths.count - 1] += frame.width - widths.reduce(0, +) }
        // A row is at least one line high; PowerPoint and Impress grow a row whose text needs more.
        let lineWidths = measure.columnWidths(table)
        let rowHeights = ([table.header] + table.rows).map { row in
            Int64(Double(SlideGeometry.tableLineHeight) * (measure.rowLines(row, widths: lineWidths) - 0.3).rounded(.down))
        }
        let id = nextShapeID()
        shapes.write("<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id=\"")
        shapes.write(decimal: id)
        shapes.write("\" name=\"")
        shapes.write(escaped: words.table)
        shapes.write(" ")
        shapes.write(decimal: id)
        // Alternative text on every table (PowerPoint's accessibility checker): its caption, or
        // without one its column headings, as the HTML names its table boxes.
        let description = table.caption.isEmpty ? words.tableName(caption: "", headings: table.header.map(\.plainText)) : table.caption
        shapes.write("\" descr=\"")
        shapes.write(escaped: description)
        shapes.write("\"/><p:cNvGraphicFramePr><a:graphicFrameLocks noGrp=\"1\"/></p:cNvGraphicFramePr><p:nvPr/></p:nvGraphicFramePr>")
        shapes.write("<p:xfrm><a:off x=\"")
        shapes.write(decimal: frame.x)
        shapes.write("\" y=\"")
        shapes.write(decimal: frame.y)
        shapes.write("\"/><a:ext cx=\"")
        shapes.write(decimal: frame.width)
        shapes.write("\" cy=\"")
        shapes.write(decimal: rowHeights.reduce(0, +))
        shapes.write("\"/></p:xfrm>")
        shapes.write("<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/table\"><a:tbl>")
        shapes.write(table.hasTotalRow ? "<a:tblPr firstRow=\"1\" lastRow=\"1\"/><a:tblGrid>" : "<a:tblPr firstRow=\"1\"/><a:tblGrid>")
        for width in widths {
            shapes.write("<a:gridCol w=\"")
            shapes.write(decimal: width)
            shapes.write("\"/>")
        }
        shapes.write("</a:tblGrid>")
        row(table.header, table: table, height: rowHeights[0], kind: .header)
        for (index, cells) in table.rows.enumerated() {
            let isTotal = table.hasTotalRow && index == table.rows.count - 1
            row(cells, table: table, height: rowHeights[index + 1], kind: isTotal ? .total : .body, bodyRow: index)
        }
        shapes.write("</a:tbl></a:graphicData></a:graphic></p:graphicFrame>")
    }

    /// The share of the table's width each column gets: at least its longest word (so no word is
    /// broken), and what is left in proportion to its longest cell, as a browser lays a table out.
    static func columnShares(_ table: Table) -> [Double] {
        let rows = [table.header] + table.rows
        let columns = table.alignments.indices
        guard !columns.isEmpty else { return [] }
        // Each cell's characters and longest word, read once (``CellTextMeasure``, by character
        // where a scalar may not be one).
        var characters = [Int](repeating: 0, count: columns.count), words = characters
        for row in rows {
            for column in columns {
                let text = row[column].plainText
                let measure = CellTextMeasure(text)
                characters[column] = max(characters[column], measure?.characters ?? text.count)
                words[column] = max(words[column], measure?.longestBetweenSpaces ?? (text.split(separator: " ").map(\.count).max() ?? 0))
            }
        }
        let longest = characters.map { Double($0) + 2 }
        // A word never breaks inside ("Signale|n" in a bold header): its room has a margin for bold
        // type and for a wider fallback font (Impress without the theme's font sets DejaVu Sans).
        let word = words.map { Double($0) * 1.2 + 2 }
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

    private mutating func row(_ cells: [Inlines], table: Table, height: Int64, kind: RowKind, bodyRow: Int? = nil) {
        shapes.write("<a:tr h=\"")
        shapes.write(decimal: height)
        shapes.write("\">")
        var format = SlideRunFormat()
        format.size = SlideGeometry.tableSize
        format.bold = kind != .body
        if kind == .header { format.color = "bg1" }
        for (column, content) in cells.enumerated() {
            let alignment = table.isNumeric(column: column) ? "r" : table.alignments[column] == .center ? "ctr" : "l"
            shapes.write("<a:tc><a:txBody><a:bodyPr/><a:lstStyle/>")
            paragraph(content, properties: Self.cellParagraphProperties[alignment]!, format: format)
            shapes.write("</a:txBody><a:tcPr marL=\"91440\" marR=\"91440\" marT=\"45720\" marB=\"45720\">")
            shapes.write(string: Self.noSideLines)
            shapes.write(string: kind == .total ? Self.totalTopLine : Self.noTopLine)
            shapes.write(string: Self.bottomLine)
            if kind == .header {
                shapes.write("<a:solidFill><a:schemeClr val=\"tx2\"/></a:solidFill>")
            } else if let bodyRow, let shade = table.shade(row: bodyRow, column: column) {
                shapes.write("<a:solidFill><a:srgbClr val=\"")  // a verdict that falls short
                shapes.write(string: shade.rgb)
                shapes.write("\"/></a:solidFill>")
            } else {
                shapes.write("<a:noFill/>")
            }
            shapes.write("</a:tcPr></a:tc>")
        }
        shapes.write("</a:tr>")
    }

    /// The `a:pPr` of a cell's paragraph, by its alignment (`l`, `ctr`, `r`).
    private static let cellParagraphProperties = Dictionary(uniqueKeysWithValues: ["l", "ctr", "r"].map {
        ($0, "<a:pPr marL=\"0\" indent=\"0\" algn=\"\($0)\"><a:buNone/></a:pPr>")
    })

    /// The borders of a cell, made once: no left and right line, a thin rule below, a heavier
    /// one above the total row.
    private static let noSideLines = line("lnL", width: 0) + line("lnR", width: 0)
    private static let noTopLine = line("lnT", width: 0, color: "tx1")
    private static let totalTopLine = line("lnT", width: 25_400, color: "tx1")
    private static let bottomLine = line("lnB", width: 9_525, color: "tx1")

    /// A cell border: none for width 0, else a solid line in scheme colour `color`.
    static func line(_ side: String, width: Int, color: String = "tx1") -> String {
        width == 0 ? "<a:\(side) w=\"0\"><a:noFill/></a:\(side)>"
            : "<a:\(side) w=\"\(width)\" cap=\"flat\" cmpd=\"sng\" algn=\"ctr\"><a:solidFill><a:schemeClr val=\"\(color)\"/></a:solidFill><a:prstDash val=\"solid\"/></a:\(side)>"
    }
}
