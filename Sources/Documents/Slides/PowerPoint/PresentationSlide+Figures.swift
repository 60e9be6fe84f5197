extension PresentationSlide {
    /// A figure filling `frame`: its title in bold above, the drawing, its source below. Bars and
    /// timelines are native charts (the chart part of the Word writer, with larger type and
    /// without its own title); the map is a picture with its legend as a table beside it.
    mutating func figure(_ figure: Figure, frame: Frame) {
        var area = frame
        let line = SlideGeometry.lineHeight
        var format = SlideRunFormat()
        format.bold = true
        let plain = "<a:pPr marL=\"0\" indent=\"0\"><a:buNone/></a:pPr>"
        textShape(name: words.office.caption, placeholder: nil, frame: Frame(x: area.x, y: area.y, width: area.width, height: line), listStyle: SlideTextStyle.body) {
            $0.paragraph([.text(figure.title)], properties: plain, format: format)
        }
        area.y += line
        area.height -= line
        if !figure.source.isEmpty {
            var small = SlideRunFormat()
            small.size = SlideGeometry.footerSize
            area.height -= line
            textShape(name: words.office.source, placeholder: nil, frame: Frame(x: area.x, y: area.y + area.height, width: area.width, height: line),
                      listStyle: SlideTextStyle.body) {
                $0.paragraph([.text(figure.source)], properties: plain, format: small)
            }
        }
        switch figure.content {
        case .bars(let chart): self.chart(OfficeChart(chart), description: chart.description, frame: area)
        case .horizontalBars(let chart): self.chart(OfficeChart(chart), description: chart.description, frame: area)
        case .timeline(let chart): self.chart(OfficeChart(chart), description: chart.description, frame: area)
        case .line(let chart): self.chart(OfficeChart(chart), description: chart.description, frame: area)
        case .regionMap(let map): self.map(map, frame: area)
        case .matrix(let matrix): table(SlideSplitter.table(of: matrix, caption: ""), frame: area)
        }
    }

    /// A chart part with its data as an embedded workbook, and its graphic frame.
    private mutating func chart(_ chart: OfficeChart, description: String, frame: Frame) {
        var chart = chart
        chart.showsTitle = false
        chart.textSize = SlideGeometry.chartTextSize
        chart.titleSize = SlideGeometry.chartTitleSize
        charts.append(chart.part)
        workbooks.append(chart.embeddedWorkbook)
        let relationship = relationship(type: "chart", target: "../charts/chart\(chartOffset + charts.count).xml", external: false)
        let id = nextShapeID()
        shapes.write("<p:graphicFrame><p:nvGraphicFramePr>")
        writeNames(id: id, name: words.office.chart, description: description)
        shapes.write("<p:cNvGraphicFramePr><a:graphicFrameLocks noGrp=\"1\"/></p:cNvGraphicFramePr><p:nvPr/></p:nvGraphicFramePr><p:xfrm>")
        shapes.write("<a:off x=\"")
        shapes.write(decimal: frame.x)
        shapes.write("\" y=\"")
        shapes.write(decimal: frame.y)
        shapes.write("\"/><a:ext cx=\"")
        shapes.write(decimal: frame.width)
        shapes.write("\" cy=\"")
        shapes.write(decimal: frame.height)
        shapes.write("\"/></p:xfrm><a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/chart\">")
        shapes.write("<c:chart xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\" r:id=\"")
        shapes.write(string: relationship)
        shapes.write("\"/></a:graphicData></a:graphic></p:graphicFrame>")
    }

    /// `p:cNvPr` of shape `id`: its name (`name` and the id) and its description.
    private mutating func writeNames(id: Int, name: String, description: String) {
        shapes.write("<p:cNvPr id=\"")
        shapes.write(decimal: id)
        shapes.write("\" name=\"")
        shapes.write(escaped: name)
        shapes.write(" ")
        shapes.write(decimal: id)
        shapes.write("\" descr=\"")
        shapes.write(escaped: description)
        shapes.write("\"/>")
    }

    /// The map as a PNG picture as high as the area allows, and beside it the legend: its title
    /// and a table of the shades with the counts they stand for (zero hatched, as on the map).
    private mutating func map(_ map: RegionMap, frame: Frame) {
        let image = MapPicture(map: map).encoded()
        images.append(image.png)
        let relationship = relationship(type: "image", target: "../media/image\(imageOffset + images.count).png", external: false)
        let legendWidth: Int64 = 3_200_400
        var height = frame.height
        var width = height * Int64(image.width) / Int64(max(1, image.height))
        if width > frame.width - legendWidth - 228_600 {
            width = frame.width - legendWidth - 228_600
            height = width * Int64(image.height) / Int64(max(1, image.width))
        }
        let id = nextShapeID()
        shapes.write("<p:pic><p:nvPicPr>")
        writeNames(id: id, name: words.office.map, description: map.description)
        shapes.write("<p:cNvPicPr><a:picLocks noChangeAspect=\"1\"/></p:cNvPicPr><p:nvPr/></p:nvPicPr><p:blipFill><a:blip r:embed=\"")
        shapes.write(string: relationship)
        shapes.write("\"/><a:stretch><a:fillRect/></a:stretch></p:blipFill><p:spPr>")
        Frame(x: frame.x, y: frame.y, width: width, height: height).write(to: &shapes)
        shapes.write("<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></p:spPr></p:pic>")

        let scale = ShadeScale(maximum: map.counts.values.max() ?? 0)
        let entries = [(label: "0", count: 0)] + scale.classes.map { (label: ShadeScale.label($0), count: $0.lowerBound) }
        let left = frame.x + width + 457_200  // beside the map, where the eye goes next
        let line = SlideGeometry.lineHeight
        var format = SlideRunFormat()
        format.bold = true
        textShape(name: words.office.legend, placeholder: nil, frame: Frame(x: left, y: frame.y, width: legendWidth, height: line), listStyle: SlideTextStyle.body) {
            $0.paragraph([.text(map.legendTitle)], properties: "<a:pPr marL=\"0\" indent=\"0\"><a:buNone/></a:pPr>", format: format)
        }
        let tableID = nextShapeID()
        let rowHeight = line * 8 / 10
        shapes.write("<p:graphicFrame><p:nvGraphicFramePr>")
        writeNames(id: tableID, name: words.office.legend, description: map.legendTitle)
        var xml = "<p:cNvGraphicFramePr><a:graphicFrameLocks noGrp=\"1\"/></p:cNvGraphicFramePr><p:nvPr/></p:nvGraphicFramePr>"
        xml += "<p:xfrm><a:off x=\"\(left)\" y=\"\(frame.y + line)\"/><a:ext cx=\"\(legendWidth)\" cy=\"\(rowHeight * Int64(entries.count))\"/></p:xfrm>"
        xml += "<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/table\"><a:tbl><a:tblPr/><a:tblGrid>"
        xml += "<a:gridCol w=\"914400\"/><a:gridCol w=\"\(legendWidth - 914_400)\"/></a:tblGrid>"
        for entry in entries {
            let grey = scale.index(of: entry.count) == nil ? nil : scale.cssColor(entry.count).dropFirst().uppercased()
            let swatch = grey.map { "<a:solidFill><a:srgbClr val=\"\($0)\"/></a:solidFill>" }
                ?? "<a:pattFill prst=\"wdUpDiag\"><a:fgClr><a:srgbClr val=\"999999\"/></a:fgClr><a:bgClr><a:srgbClr val=\"FFFFFF\"/></a:bgClr></a:pattFill>"
            let border = Self.line("lnL", width: 9_525) + Self.line("lnR", width: 9_525) + Self.line("lnT", width: 9_525) + Self.line("lnB", width: 9_525)
            var size = SlideRunFormat()
            size.size = SlideGeometry.tableSize
            xml += "<a:tr h=\"\(rowHeight)\"><a:tc><a:txBody><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang=\"nl-NL\" dirty=\"0\"/></a:p></a:txBody>"
            xml += "<a:tcPr>" + border + swatch + "</a:tcPr></a:tc>"
            xml += "<a:tc><a:txBody><a:bodyPr/><a:lstStyle/>"
            shapes.write(string: xml)
            xml = ""
            paragraph([.text(entry.label)], properties: "<a:pPr marL=\"0\" indent=\"0\"><a:buNone/></a:pPr>", format: size)
            xml += "</a:txBody><a:tcPr marL=\"137160\">" + Self.line("lnL", width: 9_525) + Self.line("lnR", width: 0) + Self.line("lnT", width: 0) + Self.line("lnB", width: 0) + "<a:noFill/></a:tcPr></a:tc></a:tr>"
        }
        shapes.write(string: xml)
        shapes.write("</a:tbl></a:graphicData></a:graphic></p:graphicFrame>")
    }
}
