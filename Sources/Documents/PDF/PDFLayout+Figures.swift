extension PDFLayout {
    /// The size of a figure's drawing in its own units, and the scale it is drawn at in `frame`
    /// (at most the frame's width, at most 90 mm high, the map 150 mm, as in the print style).
    func drawingSize(_ figure: Figure, frame: PDFFrame) -> (width: Double, height: Double, scale: Double)? {
        let millimetre = PDFPageStyle.millimetre
        let size: (Double, Double), maximumHeight: Double
        switch figure.content {
        case .bars: size = (640, 320); maximumHeight = 90 * millimetre
        case .horizontalBars(let chart): size = (640, 20 + 26 * Double(max(1, chart.bars.count))); maximumHeight = 150 * millimetre
        case .timeline(let chart): size = (640, 28 + 22 * Double(max(1, chart.items.count)) + 40); maximumHeight = 200 * millimetre
        case .line: size = (500, 250); maximumHeight = 80 * millimetre
        case .regionMap(let map):
            let bounds = Self.bounds(of: map)
            size = (Double(bounds.maxX - bounds.minX), Double(bounds.maxY - bounds.minY)); maximumHeight = 150 * millimetre
        case .matrix: return nil
        }
        let widthShare = figure.content.isMap ? 0.8 : 1.0
        let scale = min(frame.width * widthShare / size.0, maximumHeight / max(size.1, 1))
        return (size.0, size.1, scale)
    }

    func figureMinimumHeight(_ figure: Figure, frame: PDFFrame) -> Double {
        guard let size = drawingSize(figure, frame: frame) else {
            guard case .matrix(let matrix) = figure.content else { return 0 }
            let data = Self.matrixTable(figure)
            return keptHeight(data, tableLayout(data, width: frame.width, rotatedColumns: 1..<(1 + matrix.columns.count), size: 7.5))
        }
        return PDFPageStyle.body.lineHeight * 2 + size.height * size.scale + 6
    }

    /// A figure: its title, the drawing as vector paths (never split across pages), then the table
    /// of its numbers and the source. The drawing is a `Figure` element whose alternative text is
    /// the title and the description; a matrix is a table shaded by count with a legend.
    func figure(_ figure: Figure, frame: PDFFrame) {
        if case .matrix(let matrix) = figure.content {
            self.matrix(matrix, figure: figure, frame: frame)
        } else if let size = drawingSize(figure, frame: frame) {
            let style = PDFPageStyle.body
            let titleLines = lines(PDFInlineSpans.spans(figure.title, font: .bold), style: style, width: frame.width)
            let drawingHeight = size.height * size.scale
            ensure(Double(titleLines.count) * style.lineHeight + 4 + drawingHeight + 6)
            let element = canvas.begin(.figure, alt: figure.title + ". " + Self.description(of: figure))
            for line in titleLines {
                drawLine(line, style: style, frame: frame)
                y += style.lineHeight
            }
            y += 4
            let left = frame.x + (frame.width - size.width * size.scale) / 2
            var painter = PDFFigurePainter(originX: left, originY: y, scale: size.scale)
            switch figure.content {
            case .bars(let chart): Self.draw(chart, with: &painter)
            case .horizontalBars(let chart): Self.draw(chart, with: &painter)
            case .timeline(let chart): Self.draw(chart, with: &painter)
            case .line(let chart): Self.draw(chart, with: &painter)
            case .regionMap(let map): Self.draw(map, with: &painter)
            case .matrix: break
            }
            canvas.raw(painter.operators, fonts: painter.fonts)
            // Where the drawing is on the page, for tools that read the figure out (PDF/UA).
            let box = [left, PDFCanvas.pdfY(y + drawingHeight), left + size.width * size.scale, PDFCanvas.pdfY(y)]
            canvas.structure.setAttributes("/A <</O /Layout /Placement /Block /BBox [\(box.map(PDFText.number).joined(separator: " "))]>>", of: element)
            canvas.end(element)
            y += drawingHeight + 6
            var data = figure.data
            data.caption = ""  // the title above says it
            table(data, frame: frame)
        }
        if !figure.source.isEmpty {
            paragraph([.text(figure.source)], frame: frame, tight: false, style: PDFPageStyle.small)
        }
    }

    static func description(of figure: Figure) -> String {
        switch figure.content {
        case .bars(let chart): chart.description
        case .horizontalBars(let chart): chart.description
        case .timeline(let chart): chart.description
        case .line(let chart): chart.description
        case .regionMap(let map): map.description
        case .matrix: ""
        }
    }

    static func bounds(of map: RegionMap) -> (minX: Int, maxX: Int, minY: Int, maxY: Int) {
        var minX = Int.max, maxX = Int.min, minY = Int.max, maxY = Int.min
        for shape in map.shapes {
            for ring in shape.rings {
                for point in ring {
                    minX = min(minX, point.x); maxX = max(maxX, point.x)
                    minY = min(minY, point.y); maxY = max(maxY, point.y)
                }
            }
        }
        if minX > maxX { return (0, 1, 0, 1) }
        return (minX - 20, maxX + 20, minY - 20, maxY + 20)
    }

    // MARK: Matrix

    static func matrixTable(_ figure: Figure) -> Table {
        guard case .matrix(let matrix) = figure.content else { return figure.data }
        let header = [matrix.rowHeading] + matrix.columns + [matrix.totalHeading]
        let rows = matrix.rows.indices.map { row in
            [matrix.rows[row]] + matrix.counts[row].map { $0 == 0 ? "" : String($0) } + [String(matrix.totals[row])]
        }
        return Table(header: header, rows: rows, numericFrom: 1, caption: figure.data.caption)
    }

    private func matrix(_ matrix: CountMatrix, figure: Figure, frame: PDFFrame) {
        let scale = matrix.scale
        let data = Self.matrixTable(figure)
        let layout = tableLayout(data, width: frame.width, rotatedColumns: 1..<(1 + matrix.columns.count), size: 7.5)
        table(data, frame: frame, shade: { row, column in
            guard column >= 1, column <= matrix.columns.count, row < matrix.counts.count else { return nil }
            let count = matrix.counts[row][column - 1]
            guard count > 0, case .color(let fill) = PDFFill.shade(count, scale: scale) else { return nil }
            return (fill, scale.isDark(count))
        }, layout: layout)
        guard !scale.classes.isEmpty else { return }
        let legend = matrix.scaleWord + ": " + scale.classes.map { ShadeScale.label($0) }.joined(separator: " | ")
            + " \(matrix.unit); \(matrix.emptyCellNote)."
        y -= PDFPageStyle.blockSpace - 2
        paragraph([.text(legend)], frame: frame, tight: false, style: PDFPageStyle.small)
    }
}

extension Figure.Content {
    var isMap: Bool {
        if case .regionMap = self { return true }
        return false
    }
}
