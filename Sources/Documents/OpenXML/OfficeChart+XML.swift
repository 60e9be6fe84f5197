import FoundationGaps

extension OfficeChart {
    /// The chart part as text (see ``part``).
    var xml: String { part.withUnsafeBufferPointer { MostlyASCII.string($0) } }

    /// The chart part: `c:chartSpace` with the title, the plot, the axes and the legend; element
    /// order as the schema demands.
    var part: [UInt8] {
        var xml = XMLOutput(capacity: 8192)
        write(to: &xml)
        return xml.bytes()
    }

    /// Writes the chart part (see ``part``) to `xml`.
    func write(to xml: inout XMLOutput) {
        xml.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
        xml.write("<c:chartSpace xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\" xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">")
        xml.write("<c:lang val=\"nl-NL\"/><c:roundedCorners val=\"0\"/><c:chart>")
        if showsTitle { Self.writeTitle(title, size: titleSize, bold: true, to: &xml) }
        xml.write(showsTitle ? "<c:autoTitleDeleted val=\"0\"/><c:plotArea><c:layout/>" : "<c:autoTitleDeleted val=\"1\"/><c:plotArea><c:layout/>")
        if isLine { writeLinePlot(to: &xml) } else { writeBarPlot(to: &xml) }
        writeCategoryAxis(to: &xml)
        writeValueAxis(to: &xml)
        xml.write("</c:plotArea>")
        if legend {
            xml.write(direction == "col" ? "<c:legend><c:legendPos val=\"r\"/>" : "<c:legend><c:legendPos val=\"b\"/>")
            // The invisible start series of a timeline has no place in the legend.
            if series.first?.color == nil { xml.write("<c:legendEntry><c:idx val=\"0\"/><c:delete val=\"1\"/></c:legendEntry>") }
            xml.write("<c:overlay val=\"0\"/></c:legend>")
        }
        xml.write("<c:plotVisOnly val=\"1\"/><c:dispBlanksAs val=\"gap\"/></c:chart>")
        xml.write("<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz=\"")
        xml.write(decimal: textSize)
        xml.write("\"/></a:pPr><a:endParaRPr lang=\"nl-NL\"/></a:p></c:txPr>")
        xml.write(string: Self.externalData)
        xml.write("</c:chartSpace>")
    }

    /// A `c:title` of `text` in `size` (hundredths of a point), bold or not.
    private static func writeTitle(_ text: String, size: Int, bold: Bool, to xml: inout XMLOutput) {
        xml.write("<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz=\"")
        xml.write(decimal: size)
        xml.write(bold ? "\" b=\"1\"/></a:pPr><a:r><a:rPr lang=\"nl-NL\" sz=\"" : "\" b=\"0\"/></a:pPr><a:r><a:rPr lang=\"nl-NL\" sz=\"")
        xml.write(decimal: size)
        xml.write(bold ? "\" b=\"1\"/><a:t>" : "\" b=\"0\"/><a:t>")
        xml.write(escaped: text)
        xml.write("</a:t></a:r></a:p></c:rich></c:tx><c:overlay val=\"0\"/></c:title>")
    }

    /// The start of series `index`: its number and its name from row 1 of the workbook.
    private static func writeSeriesStart(_ serie: Series, at index: Int, to xml: inout XMLOutput) {
        xml.write("<c:ser><c:idx val=\"")
        xml.write(decimal: index)
        xml.write("\"/><c:order val=\"")
        xml.write(decimal: index)
        xml.write("\"/><c:tx><c:strRef><c:f>Blad1!$")
        xml.write(string: SpreadsheetText.column(index + 1))
        xml.write("$1</c:f><c:strCache><c:ptCount val=\"1\"/><c:pt idx=\"0\"><c:v>")
        xml.write(escaped: serie.name)
        xml.write("</c:v></c:pt></c:strCache></c:strRef></c:tx>")
    }

    /// The plot of a bar chart: `c:barChart` with a series per bar part.
    private func writeBarPlot(to xml: inout XMLOutput) {
        xml.write("<c:barChart><c:barDir val=\"")
        xml.write(string: direction)
        xml.write("\"/>")
        xml.write(stacked ? "<c:grouping val=\"stacked\"/><c:varyColors val=\"0\"/>" : "<c:grouping val=\"clustered\"/><c:varyColors val=\"0\"/>")
        for (index, serie) in series.enumerated() {
            Self.writeSeriesStart(serie, at: index, to: &xml)
            if let color = serie.color {
                xml.write("<c:spPr><a:solidFill><a:srgbClr val=\"")
                xml.write(string: color)
                xml.write("\"/></a:solidFill><a:ln w=\"6350\"><a:solidFill><a:srgbClr val=\"FFFFFF\"/></a:solidFill></a:ln></c:spPr>")
            } else {
                xml.write("<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>")
            }
            xml.write("<c:invertIfNegative val=\"0\"/>")
            writeCategoriesAndValues(of: serie, at: index, to: &xml)
            xml.write("</c:ser>")
        }
        xml.write(direction == "col" ? "<c:gapWidth val=\"80\"/>" : "<c:gapWidth val=\"40\"/>")
        if stacked { xml.write("<c:overlap val=\"100\"/>") }
        xml.write("<c:axId val=\"111\"/><c:axId val=\"222\"/></c:barChart>")
    }

    /// The plot of a line chart: `c:lineChart` with a line per series, markers on the solid ones,
    /// elements in the order CT_LineSer demands (spPr, marker, cat, val, smooth).
    private func writeLinePlot(to xml: inout XMLOutput) {
        xml.write("<c:lineChart><c:grouping val=\"standard\"/><c:varyColors val=\"0\"/>")
        for (index, serie) in series.enumerated() {
            let color = serie.color ?? Self.palette[0]
            Self.writeSeriesStart(serie, at: index, to: &xml)
            xml.write(serie.dashed ? "<c:spPr><a:ln w=\"19050\" cap=\"rnd\"><a:solidFill><a:srgbClr val=\"" : "<c:spPr><a:ln w=\"31750\" cap=\"rnd\"><a:solidFill><a:srgbClr val=\"")
            xml.write(string: color)
            xml.write("\"/></a:solidFill>")
            if serie.dashed { xml.write("<a:prstDash val=\"dash\"/>") }
            xml.write("<a:round/></a:ln></c:spPr>")
            if serie.dashed {
                xml.write("<c:marker><c:symbol val=\"none\"/></c:marker>")
            } else {
                xml.write("<c:marker><c:symbol val=\"circle\"/><c:size val=\"7\"/><c:spPr><a:solidFill><a:srgbClr val=\"")
                xml.write(string: color)
                xml.write("\"/></a:solidFill><a:ln><a:noFill/></a:ln></c:spPr></c:marker>")
                xml.write("<c:dLbls><c:numFmt formatCode=\"")
                xml.write(escaped: numberFormat)
                xml.write("\" sourceLinked=\"0\"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>")
                xml.write("<c:dLblPos val=\"t\"/><c:showLegendKey val=\"0\"/><c:showVal val=\"1\"/><c:showCatName val=\"0\"/><c:showSerName val=\"0\"/><c:showPercent val=\"0\"/><c:showBubbleSize val=\"0\"/></c:dLbls>")
            }
            writeCategoriesAndValues(of: serie, at: index, to: &xml)
            xml.write("<c:smooth val=\"0\"/></c:ser>")
        }
        xml.write("<c:marker val=\"1\"/><c:axId val=\"111\"/><c:axId val=\"222\"/></c:lineChart>")
    }

    private func writeCategoryAxis(to xml: inout XMLOutput) {
        xml.write(reversed ? "<c:catAx><c:axId val=\"111\"/><c:scaling><c:orientation val=\"maxMin\"/></c:scaling>" : "<c:catAx><c:axId val=\"111\"/><c:scaling><c:orientation val=\"minMax\"/></c:scaling>")
        xml.write(direction == "col" ? "<c:delete val=\"0\"/><c:axPos val=\"b\"/>" : "<c:delete val=\"0\"/><c:axPos val=\"l\"/>")
        xml.write("<c:numFmt formatCode=\"General\" sourceLinked=\"0\"/>")
        xml.write("<c:majorTickMark val=\"none\"/><c:minorTickMark val=\"none\"/><c:tickLblPos val=\"nextTo\"/>")
        xml.write("<c:crossAx val=\"222\"/><c:crosses val=\"autoZero\"/><c:auto val=\"1\"/><c:lblAlgn val=\"ctr\"/><c:lblOffset val=\"100\"/><c:noMultiLvlLbl val=\"0\"/></c:catAx>")
    }

    private func writeValueAxis(to xml: inout XMLOutput) {
        xml.write("<c:valAx><c:axId val=\"222\"/><c:scaling><c:orientation val=\"minMax\"/>")
        if let axisBounds {
            xml.write("<c:max val=\"")
            xml.write(string: Self.text(axisBounds.maximum))
            xml.write("\"/><c:min val=\"")
            xml.write(string: Self.text(axisBounds.minimum))
            xml.write("\"/>")
        }
        xml.write(direction == "col" ? "</c:scaling><c:delete val=\"0\"/><c:axPos val=\"l\"/>" : "</c:scaling><c:delete val=\"0\"/><c:axPos val=\"b\"/>")
        xml.write("<c:majorGridlines><c:spPr><a:ln w=\"6350\"><a:solidFill><a:srgbClr val=\"BFBFBF\"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>")
        if !valueAxisTitle.isEmpty { Self.writeTitle(valueAxisTitle, size: textSize, bold: false, to: &xml) }
        // The grid's values are round: no ",00" on the axis, even where the values have cents.
        xml.write("<c:numFmt formatCode=\"")
        xml.write(escaped: numberFormat.replacingEvery("#,##0.00", with: "#,##0"))
        xml.write("\" sourceLinked=\"0\"/>")
        xml.write(hideValueLabels ? "<c:majorTickMark val=\"none\"/><c:minorTickMark val=\"none\"/><c:tickLblPos val=\"none\"/>" : "<c:majorTickMark val=\"none\"/><c:minorTickMark val=\"none\"/><c:tickLblPos val=\"nextTo\"/>")
        xml.write("<c:crossAx val=\"111\"/><c:crosses val=\"autoZero\"/><c:crossBetween val=\"between\"/>")
        if let axisBounds {
            xml.write("<c:majorUnit val=\"")
            xml.write(string: Self.text(axisBounds.step))
            xml.write("\"/>")
        }
        xml.write("</c:valAx>")
    }

    /// A series' categories and values with their cached points and the cells of the embedded
    /// workbook they come from: categories in column A from row 2, series `index` in the column
    /// after it (see ``embeddedWorkbook``).
    private func writeCategoriesAndValues(of serie: Series, at index: Int, to xml: inout XMLOutput) {
        let last = categories.count + 1, column = SpreadsheetText.column(index + 1)
        xml.write("<c:cat><c:strRef><c:f>Blad1!$A$2:$A$")
        xml.write(decimal: last)
        xml.write("</c:f><c:strCache><c:ptCount val=\"")
        xml.write(decimal: categories.count)
        xml.write("\"/>")
        for (point, category) in categories.enumerated() { Self.writePoint(point, category, to: &xml) }
        xml.write("</c:strCache></c:strRef></c:cat><c:val><c:numRef><c:f>Blad1!$")
        xml.write(string: column)
        xml.write("$2:$")
        xml.write(string: column)
        xml.write("$")
        xml.write(decimal: last)
        xml.write("</c:f><c:numCache><c:formatCode>")
        xml.write(escaped: numberFormat)
        xml.write("</c:formatCode><c:ptCount val=\"")
        xml.write(decimal: categories.count)
        xml.write("\"/>")
        for (point, value) in serie.values.enumerated() {
            // A number's text (digits, a point, a minus) needs no escaping: the same bytes.
            if let value { Self.writePoint(point, Self.text(value), to: &xml) }
        }
        xml.write("</c:numCache></c:numRef></c:val>")
    }

    /// A cached point: `<c:pt idx="point"><c:v>value</c:v></c:pt>`, the value escaped.
    private static func writePoint(_ point: Int, _ value: String, to xml: inout XMLOutput) {
        xml.write("<c:pt")
        xml.attribute("idx", decimal: point)
        xml.write(">")
        xml.element("c:v", escaped: value)
        xml.write("</c:pt>")
    }
}
