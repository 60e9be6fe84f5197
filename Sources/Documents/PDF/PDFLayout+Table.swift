/// The shading of a matrix cell: its grey and whether its text is white.
typealias PDFCellShade = (_ row: Int, _ column: Int) -> (fill: String, dark: Bool)?

extension PDFLayout {
    /// What a heading before a table is kept with: the caption, the header and the first row.
    func tableMinimumHeight(_ table: Table, frame: PDFFrame) -> Double {
        keptHeight(table, tableLayout(table, width: frame.width))
    }

    /// The layout of `table`, remembered for the next call: a heading measures the table it is
    /// kept with, and the table then lays itself out the same way.
    func tableLayout(_ table: Table, width: Double, rotatedColumns: Range<Int> = 0..<0, size: Double = 8.5) -> PDFTableLayout {
        if let cached = lastTableLayout, cached.width == width, cached.rotated == rotatedColumns, cached.size == size, cached.table == table {
            return cached.layout
        }
        let layout = PDFTableLayout(table, width: width, rotatedColumns: rotatedColumns, size: size)
        lastTableLayout = (table, width, rotatedColumns, size, layout)
        return layout
    }

    /// The height a table needs on its page: all of it when it is short or a matrix and fits a
    /// page, else its caption, header and first row.
    ///
    /// A matrix (a table with turned column headings) is read across its rows and columns at
    /// once, so it starts on a new page rather than be split when it fits on one; its tall header
    /// row is then not repeated, as an artifact, over rows that a checker reads as prose hidden
    /// from a screen reader (outloud's TAG-002 on the signal report's matrix).
    func keptHeight(_ table: Table, _ layout: PDFTableLayout) -> Double {
        let start = layout.captionHeight + layout.headerHeight
        let whole = start + (0..<layout.rowCount).reduce(0) { $0 + layout.rowHeight($1) }
        let keptWhole = table.rows.count <= Self.shortTableRows || !layout.rotatedColumns.isEmpty
        if keptWhole && whole <= PDFPageStyle.bottom - PDFPageStyle.top { return whole }
        return start + (layout.rowCount > 0 ? layout.rowHeight(0) : 0)
    }

    /// Tables of at most this many rows are kept on one page when they fit (``HTMLRenderer/shortTableRows``).
    static let shortTableRows = 8

    /// A table: the caption, the header row (repeated as an artifact on every page the table
    /// continues on), the rows (never split unless a row is taller than a page), amounts aligned
    /// right, the total row in bold with a line above it, every other row banded.
    func table(_ table: Table, frame: PDFFrame, shade: PDFCellShade? = nil, layout given: PDFTableLayout? = nil) {
        let layout = given ?? tableLayout(table, width: frame.width)
        let element = canvas.begin(.table)
        let headerHeight = layout.headerHeight
        ensure(keptHeight(table, layout))
        if !layout.caption.isEmpty {
            let caption = canvas.begin(.caption)
            for line in layout.caption {
                drawLine(line, style: layout.style, frame: frame)
                y += layout.style.lineHeight
            }
            canvas.end(caption)
            y += 3
        }
        let headerGroup = canvas.begin(.tableHead)
        let headerRow = canvas.begin(.tableRow)
        drawRow(layout.header, kind: .header, layout: layout, table: table, frame: frame, rowIndex: -1, shade: nil)
        canvas.end(headerRow)
        canvas.end(headerGroup)
        let bodyGroup = canvas.begin(.tableBody)
        var rowsOnPage = 0
        for index in 0..<layout.rowCount {
            // A long table's row is broken into lines here, and let go once drawn (see `PDFTableLayout`).
            let cells = layout.cells(ofRow: index)
            var offset = 0
            var total = 0
            for cell in cells where cell.count > total { total = cell.count }
            if cells.isEmpty { total = 1 }
            let rowElement = canvas.begin(.tableRow)
            let kind: RowKind = table.hasTotalRow && index == layout.rowCount - 1 ? .total : (index % 2 == 1 ? .banded : .plain)
            var cellElements: [Int] = []
            for column in cells.indices {
                let isRowHeader = shade != nil && column == 0
                let cell = canvas.begin(isRowHeader ? .headerCell : .dataCell, attributes: isRowHeader ? "/A <</O /Table /Scope /Row>>" : "")
                canvas.end(cell)
                cellElements.append(cell)
            }
            while true {
                let rest = offset == 0 ? cells : cells.map { Array($0.dropFirst(offset)) }
                let height = layout.height(of: rest)
                if y + height <= PDFPageStyle.bottom + 0.01 {
                    drawCells(rest, cellElements: cellElements, kind: kind, layout: layout, table: table, frame: frame, rowIndex: index, height: height, shade: shade)
                    y += height
                    break
                }
                if rowsOnPage > 0 || offset > 0 && y > PDFPageStyle.top + headerHeight + 1 {
                    continueOnNewPage(layout: layout, table: table, frame: frame)
                    rowsOnPage = 0
                    continue
                }
                // A row taller than the page: as many lines as fit, the rest on the next page.
                let fit = max(1, Int((PDFPageStyle.bottom - y - 2 * PDFTableLayout.paddingY) / layout.style.lineHeight))
                let part = cells.map { Array($0.dropFirst(offset).prefix(fit)) }
                let partHeight = layout.height(of: part)
                drawCells(part, cellElements: cellElements, kind: kind, layout: layout, table: table, frame: frame, rowIndex: index, height: partHeight, shade: shade)
                y += partHeight
                offset += fit
                if offset >= total { break }
                continueOnNewPage(layout: layout, table: table, frame: frame)
            }
            rowsOnPage += 1
            canvas.end(rowElement)
        }
        canvas.end(bodyGroup)
        canvas.end(element)
        y += PDFPageStyle.blockSpace
    }

    enum RowKind { case header, plain, banded, total }

    private func continueOnNewPage(layout: PDFTableLayout, table: Table, frame: PDFFrame) {
        newPage()
        canvas.artifact {
            drawRow(layout.header, kind: .header, layout: layout, table: table, frame: frame, rowIndex: -1, shade: nil, tagged: false)
        }
    }

    /// The header row: its cells as `TH` elements (unless `tagged` is off, for a repeat).
    private func drawRow(
        _ cells: [[PDFLine]], kind: RowKind, layout: PDFTableLayout, table: Table, frame: PDFFrame, rowIndex: Int,
        shade: PDFCellShade?, tagged: Bool = true
    ) {
        var elements: [Int] = []
        if tagged {
            for _ in cells.indices {
                let cell = canvas.begin(.headerCell, attributes: "/A <</O /Table /Scope /Column>>")
                canvas.end(cell)
                elements.append(cell)
            }
        }
        let height = layout.headerHeight
        drawCells(cells, cellElements: tagged ? elements : nil, kind: kind, layout: layout, table: table, frame: frame, rowIndex: rowIndex, height: height, shade: shade)
        y += height
    }

    private func drawCells(
        _ cells: [[PDFLine]], cellElements: [Int]?, kind: RowKind, layout: PDFTableLayout, table: Table, frame: PDFFrame,
        rowIndex: Int, height: Double, shade: PDFCellShade?
    ) {
        var x = frame.x
        let top = y
        for (column, lines) in cells.enumerated() {
            let width = layout.widths[min(column, layout.widths.count - 1)] + 2 * PDFTableLayout.paddingX
            var color = PDFPageStyle.text
            var fill: String?
            switch kind {
            case .header: fill = PDFPageStyle.headerFill
            case .banded: fill = PDFPageStyle.band
            case .plain, .total: fill = nil
            }
            if rowIndex >= 0, let verdict = table.shade(row: rowIndex, column: column) {
                fill = PDFFill.rgb("#" + verdict.rgb)
            }
            if let shade, rowIndex >= 0, let cellShade = shade(rowIndex, column) {
                fill = cellShade.fill
                if cellShade.dark { color = "1 1 1" }
            }
            canvas.artifact {
                if let fill { canvas.fill(x: x, y: top, width: width, height: height, color: fill) }
                canvas.stroke(x: x, y: top, width: width, height: height, lineWidth: 0.5, color: PDFPageStyle.line)
            }
            var cellFrame = PDFFrame(x: x + PDFTableLayout.paddingX, width: width - 2 * PDFTableLayout.paddingX)
            cellFrame.color = color
            let alignment: PDFAlignment
            switch table.alignments[safe: column] ?? .none {
            case .right: alignment = .right
            case .center: alignment = .center
            default: alignment = .left
            }
            y = top + PDFTableLayout.paddingY
            let rotated = kind == .header && layout.rotatedColumns.contains(column)
            let draw = {
                if rotated {
                    for (index, line) in lines.enumerated() {
                        let baselineX = cellFrame.x + layout.style.size * 0.8 + Double(index) * layout.style.lineHeight
                        self.canvas.rotatedText(line.spans, baselineX: baselineX, bottom: top + height - PDFTableLayout.paddingY - 1, size: layout.style.size, color: color)
                    }
                    return
                }
                for line in lines {
                    self.drawLine(line, style: layout.style, frame: cellFrame, alignment: alignment)
                    self.y += layout.style.lineHeight
                }
            }
            if let cellElements { canvas.within(cellElements[column], draw) } else { draw() }
            x += width
        }
        if kind == .total {
            canvas.artifact { canvas.line(x1: frame.x, y1: top, x2: x, y2: top, width: 1.5, color: PDFPageStyle.text) }
        }
        y = top
    }
}
