extension WordBody {
    /// A figure: its title as a caption, the drawing (a native chart, or for the map a picture
    /// with the legend as a shaded table), the table of its numbers, and its source. A matrix is
    /// a table shaded by count.
    mutating func figure(_ figure: Figure) {
        caption(figure.title)
        switch figure.content {
        case .bars(let chart):
            self.chart(OfficeChart(chart), description: chart.description, height: 3_240_000)
        case .horizontalBars(let chart):
            self.chart(OfficeChart(chart), description: chart.description, height: min(8_000_000, 900_000 + 330_000 * Int64(chart.bars.count)))
        case .timeline(let chart):
            self.chart(OfficeChart(chart), description: chart.description, height: min(8_000_000, 1_300_000 + 300_000 * Int64(chart.items.count)))
        case .line(let chart):
            self.chart(OfficeChart(chart), description: chart.description, height: 2_520_000)
        case .regionMap(let map):
            picture(map)
        case .matrix(let matrix):
            self.matrix(matrix)
        }
        if case .matrix = figure.content {} else {
            var data = figure.data
            data.caption = ""  // the caption above says it
            table(data)
        }
        if !figure.source.isEmpty { paragraph(style: "Source", [.text(figure.source)]) }
    }

    /// The chart's part and an inline drawing of it, 16 cm wide and `height` EMU high.
    private mutating func chart(_ chart: OfficeChart, description: String, height: Int64) {
        charts.append(chart.part)
        chartWorkbooks.append(chart.embeddedWorkbook)
        let id = relationship(type: "chart", target: "charts/chart\(charts.count).xml", external: false)
        let graphic = "<a:graphic xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/chart\">"
            + "<c:chart xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\" r:id=\"\(id)\"/></a:graphicData></a:graphic>"
        drawing(graphic, name: "\(words.chart) \(charts.count)", description: description, width: 5_760_000, height: height)
    }

    /// The map as a PNG picture, 11 cm wide, and its legend as a one-row shaded table.
    private mutating func picture(_ map: RegionMap) {
        let image = MapPicture(map: map).encoded()
        images.append(image.png)
        let id = relationship(type: "image", target: "media/image\(images.count).png", external: false)
        let width: Int64 = 3_960_000
        let height = width * Int64(image.height) / Int64(max(1, image.width))
        let graphic = "<a:graphic xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">"
            + "<pic:pic xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:nvPicPr><pic:cNvPr id=\"0\" name=\"kaart\(images.count).png\"/><pic:cNvPicPr/></pic:nvPicPr>"
            + "<pic:blipFill><a:blip r:embed=\"\(id)\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>"
            + "<pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"\(width)\" cy=\"\(height)\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic>"
        drawing(graphic, name: "\(words.map) \(images.count)", description: map.description, width: width, height: height)
        let scale = ShadeScale(maximum: map.counts.values.max() ?? 0)
        let entries = [(label: "0", count: 0)] + scale.classes.map { (ShadeScale.label($0), $0.lowerBound) }
        paragraph(style: "Caption", [.text(map.legendTitle)], properties: "<w:keepNext/>")
        legend(entries, scale: scale)
    }

    /// An inline drawing, centred in its own paragraph, kept with what follows.
    private mutating func drawing(_ graphic: String, name: String, description: String, width: Int64, height: Int64) {
        drawingCount += 1
        xml.write("<w:p><w:pPr><w:keepNext/><w:jc w:val=\"center\"/></w:pPr><w:r><w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\">")
        xml.write("<wp:extent")
        xml.attribute("cx", decimal: Int(width))
        xml.attribute("cy", decimal: Int(height))
        xml.write("/><wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/><wp:docPr")
        xml.attribute("id", decimal: drawingCount)
        xml.attribute("name", escaped: name)
        xml.attribute("descr", escaped: description)
        xml.write("/><wp:cNvGraphicFramePr/>")
        xml.write(string: graphic)
        xml.write("</wp:inline></w:drawing></w:r></w:p>")
    }

    /// The shades and their ranges as a row of cells, as in the HTML legend. The row is marked as
    /// the table's header row: it labels the shades, and Word's accessibility checker asks every
    /// table for one.
    private mutating func legend(_ entries: [(label: String, count: Int)], scale: ShadeScale) {
        tableStart(Self.spread(entries.map { _ in 1 }))
        xml.write("<w:tr><w:trPr><w:tblHeader/></w:trPr>")
        for entry in entries {
            xml.write("<w:tc><w:tcPr><w:tcW w:w=\"0\" w:type=\"auto\"/>")
            writeShading(entry.count, scale)
            xml.write("</w:tcPr>")
            var format = RunFormat()
            format.bold = true
            paragraph(style: "TableText", [.text(entry.label)], properties: "<w:jc w:val=\"center\"/>", format: format)
            xml.write("</w:tc>")
        }
        xml.write("</w:tr></w:tbl>")
        spacer()
    }

    /// The matrix as a table: row labels first, cells shaded by count with the number in them
    /// (empty for 0), the row total in bold, then a legend of the shades.
    private mutating func matrix(_ matrix: CountMatrix) {
        let scale = matrix.scale
        // The column headings stand upright (read bottom to top), so many columns fit the width.
        let layout = Self.uprightLayout(headings: matrix.columns + [matrix.totalHeading])
        let widths = layout.widths
        tableStart(widths)
        xml.write("<w:tr><w:trPr><w:cantSplit/><w:trHeight w:val=\"")
        xml.write(decimal: layout.height)
        xml.write("\" w:hRule=\"atLeast\"/><w:tblHeader/></w:trPr>")
        for (index, text) in ([matrix.rowHeading] + matrix.columns + [matrix.totalHeading]).enumerated() {
            cell(text, width: widths[index], shade: .header, bold: true, alignment: "left", upright: index > 0)
        }
        xml.write("</w:tr>")
        for (row, label) in matrix.rows.enumerated() {
            xml.write("<w:tr><w:trPr><w:cantSplit/></w:trPr>")
            cell(label, width: widths[0], shade: .none, bold: false, alignment: "left")
            for (column, count) in matrix.counts[row].enumerated() {
                cell(count == 0 ? "" : String(count), width: widths[column + 1], shade: count == 0 ? .none : .count(count, scale), bold: false, alignment: "center", white: scale.isDark(count))
            }
            cell(String(matrix.totals[row]), width: widths[widths.count - 1], shade: .none, bold: true, alignment: "right")
            xml.write("</w:tr>")
        }
        xml.write("</w:tbl>")
        guard !scale.classes.isEmpty else { return spacer() }
        paragraph(style: "Caption", [.text("\(matrix.scaleWord) (\(matrix.unit); \(matrix.emptyCellNote))")], properties: "<w:keepNext/>")
        legend(scale.classes.map { (ShadeScale.label($0), $0.lowerBound) }, scale: scale)
    }

    /// The column widths and the height of the heading row of a matrix whose `headings` stand
    /// upright. A rotated heading wraps within its column's width and runs up the row's height;
    /// Word and LibreOffice do not grow a row for it, so a fixed 2600 twips cut long headings
    /// ("Regionale aanpakken gericht op specifieke doelgroepen …") off. Each column gets room for
    /// two lines when the page allows, the row the height of its longest heading on those lines.
    static func uprightLayout(headings: [String]) -> (widths: [Int], height: Int) {
        let lineHeight = 240, margins = 170, labelColumn = 2200
        let column = max(lineHeight + margins, min(2 * lineHeight + margins, (textWidth - labelColumn) / max(1, headings.count)))
        let lines = max(1, (column - margins) / lineHeight)
        // The longest line of the headings wrapped at words onto that many lines.
        let perLine = headings.map { shortestLine(for: $0, lines: lines) }.max() ?? 0
        let height = min(maximumUprightHeight, max(1400, perLine * 115 + 300))
        var widths = [textWidth - column * headings.count] + headings.map { _ in column }
        widths[0] = max(widths[0], 0)
        return (widths, height)
    }

    /// The tallest heading row of a matrix: half the page's text height.
    static let maximumUprightHeight = 7000

    /// The fewest characters a line must hold for `text`, wrapped at its spaces, to take at most
    /// `lines` lines.
    static func shortestLine(for text: String, lines: Int) -> Int {
        let words = text.split(separator: " ").map(\.count)
        guard let longestWord = words.max() else { return 0 }
        var width = longestWord
        while true {
            var count = 1, current = 0
            for word in words {
                if current == 0 { current = word } else if current + 1 + word <= width { current += 1 + word } else {
                    count += 1
                    current = word
                }
            }
            if count <= lines { return width }
            width += 1
        }
    }

    /// The shading of a matrix cell.
    private enum CellShade {
        case none, header, count(Int, ShadeScale)
    }

    private mutating func cell(_ text: String, width: Int, shade: CellShade, bold: Bool, alignment: StaticString, white: Bool = false, upright: Bool = false) {
        xml.write("<w:tc><w:tcPr><w:tcW w:w=\"")
        xml.write(decimal: width)
        xml.write("\" w:type=\"dxa\"/>")
        switch shade {
        case .none: break
        case .header: xml.write("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"D9E2F3\"/>")
        case .count(let count, let scale): writeShading(count, scale)
        }
        if upright { xml.write("<w:textDirection w:val=\"btLr\"/><w:vAlign w:val=\"bottom\"/>") }
        xml.write("</w:tcPr><w:p><w:pPr><w:pStyle w:val=\"TableText\"/><w:jc w:val=\"")
        xml.write(alignment)
        xml.write("\"/></w:pPr>")
        if !text.isEmpty {
            xml.write("<w:r><w:rPr>")
            if bold { xml.write("<w:b/>") }
            if white { xml.write("<w:color w:val=\"FFFFFF\"/>") }
            xml.write("</w:rPr>")
            WordText.writeRunText(text, to: &xml)
            xml.write("</w:r>")
        }
        xml.write("</w:p></w:tc>")
    }

    /// Writes the cell shading of `count`: its grey, or a light diagonal hatching for zero.
    private mutating func writeShading(_ count: Int, _ scale: ShadeScale) {
        guard scale.index(of: count) != nil else { return xml.write("<w:shd w:val=\"thinDiagStripe\" w:color=\"BFBFBF\" w:fill=\"FFFFFF\"/>") }
        xml.write("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"")
        xml.write(string: scale.cssColor(count).dropFirst().uppercased())
        xml.write("\"/>")
    }
}
