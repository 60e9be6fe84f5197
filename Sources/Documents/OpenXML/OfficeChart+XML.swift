extension OfficeChart {
    /// The chart part: `c:chartSpace` with the title, the plot, the axes and the legend; element
    /// order as the schema demands.
    var xml: String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        xml += "<c:chartSpace xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\" xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
        xml += "<c:lang val=\"nl-NL\"/><c:roundedCorners val=\"0\"/><c:chart>"
        if showsTitle {
            xml += "<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz=\"\(titleSize)\" b=\"1\"/></a:pPr><a:r><a:rPr lang=\"nl-NL\" sz=\"\(titleSize)\" b=\"1\"/><a:t>\(XMLText.escape(title))</a:t></a:r></a:p></c:rich></c:tx><c:overlay val=\"0\"/></c:title>"
        }
        xml += "<c:autoTitleDeleted val=\"\(showsTitle ? 0 : 1)\"/><c:plotArea><c:layout/>"
        xml += isLine ? linePlot : barPlot
        xml += categoryAxis + valueAxis
        xml += "</c:plotArea>"
        if legend { xml += "<c:legend><c:legendPos val=\"\(direction == "col" ? "r" : "b")\"/>\(hiddenLegendEntry)<c:overlay val=\"0\"/></c:legend>" }
        xml += "<c:plotVisOnly val=\"1\"/><c:dispBlanksAs val=\"gap\"/></c:chart>"
        xml += "<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz=\"\(textSize)\"/></a:pPr><a:endParaRPr lang=\"nl-NL\"/></a:p></c:txPr>"
        return xml + Self.externalData + "</c:chartSpace>"
    }

    /// The plot of a bar chart: `c:barChart` with a series per bar part.
    private var barPlot: String {
        var xml = ""
        xml += "<c:barChart><c:barDir val=\"\(direction)\"/><c:grouping val=\"\(stacked ? "stacked" : "clustered")\"/><c:varyColors val=\"0\"/>"
        let column = SpreadsheetText.column
        for (index, serie) in series.enumerated() {
            xml += "<c:ser><c:idx val=\"\(index)\"/><c:order val=\"\(index)\"/>"
            xml += "<c:tx><c:strRef><c:f>Blad1!$\(column(index + 1))$1</c:f><c:strCache><c:ptCount val=\"1\"/><c:pt idx=\"0\"><c:v>\(XMLText.escape(serie.name))</c:v></c:pt></c:strCache></c:strRef></c:tx>"
            if let color = serie.color {
                xml += "<c:spPr><a:solidFill><a:srgbClr val=\"\(color)\"/></a:solidFill><a:ln w=\"6350\"><a:solidFill><a:srgbClr val=\"FFFFFF\"/></a:solidFill></a:ln></c:spPr>"
            } else {
                xml += "<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>"
            }
            xml += "<c:invertIfNegative val=\"0\"/>"
            xml += categoriesAndValues(of: serie, at: index) + "</c:ser>"
        }
        xml += "<c:gapWidth val=\"\(direction == "col" ? 80 : 40)\"/>"
        if stacked { xml += "<c:overlap val=\"100\"/>" }
        xml += "<c:axId val=\"111\"/><c:axId val=\"222\"/></c:barChart>"
        return xml
    }

    /// The plot of a line chart: `c:lineChart` with a line per series, markers on the solid ones,
    /// elements in the order CT_LineSer demands (spPr, marker, cat, val, smooth).
    private var linePlot: String {
        var xml = "<c:lineChart><c:grouping val=\"standard\"/><c:varyColors val=\"0\"/>"
        let column = SpreadsheetText.column
        for (index, serie) in series.enumerated() {
            let color = serie.color ?? Self.palette[0]
            xml += "<c:ser><c:idx val=\"\(index)\"/><c:order val=\"\(index)\"/>"
            xml += "<c:tx><c:strRef><c:f>Blad1!$\(column(index + 1))$1</c:f><c:strCache><c:ptCount val=\"1\"/><c:pt idx=\"0\"><c:v>\(XMLText.escape(serie.name))</c:v></c:pt></c:strCache></c:strRef></c:tx>"
            xml += "<c:spPr><a:ln w=\"\(serie.dashed ? 19050 : 31750)\" cap=\"rnd\"><a:solidFill><a:srgbClr val=\"\(color)\"/></a:solidFill>"
            xml += (serie.dashed ? "<a:prstDash val=\"dash\"/>" : "") + "<a:round/></a:ln></c:spPr>"
            xml += serie.dashed ? "<c:marker><c:symbol val=\"none\"/></c:marker>"
                : "<c:marker><c:symbol val=\"circle\"/><c:size val=\"7\"/><c:spPr><a:solidFill><a:srgbClr val=\"\(color)\"/></a:solidFill><a:ln><a:noFill/></a:ln></c:spPr></c:marker>"
            if !serie.dashed {
                xml += "<c:dLbls><c:numFmt formatCode=\"\(XMLText.escape(numberFormat))\" sourceLinked=\"0\"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>"
                xml += "<c:dLblPos val=\"t\"/><c:showLegendKey val=\"0\"/><c:showVal val=\"1\"/><c:showCatName val=\"0\"/><c:showSerName val=\"0\"/><c:showPercent val=\"0\"/><c:showBubbleSize val=\"0\"/></c:dLbls>"
            }
            xml += categoriesAndValues(of: serie, at: index) + "<c:smooth val=\"0\"/></c:ser>"
        }
        xml += "<c:marker val=\"1\"/><c:axId val=\"111\"/><c:axId val=\"222\"/></c:lineChart>"
        return xml
    }

    /// The invisible start series of a timeline has no place in the legend.
    private var hiddenLegendEntry: String {
        series.first?.color == nil ? "<c:legendEntry><c:idx val=\"0\"/><c:delete val=\"1\"/></c:legendEntry>" : ""
    }

    private var categoryAxis: String {
        var xml = "<c:catAx><c:axId val=\"111\"/><c:scaling><c:orientation val=\"\(reversed ? "maxMin" : "minMax")\"/></c:scaling>"
        xml += "<c:delete val=\"0\"/><c:axPos val=\"\(direction == "col" ? "b" : "l")\"/><c:numFmt formatCode=\"General\" sourceLinked=\"0\"/>"
        xml += "<c:majorTickMark val=\"none\"/><c:minorTickMark val=\"none\"/><c:tickLblPos val=\"nextTo\"/>"
        xml += "<c:crossAx val=\"222\"/><c:crosses val=\"autoZero\"/><c:auto val=\"1\"/><c:lblAlgn val=\"ctr\"/><c:lblOffset val=\"100\"/><c:noMultiLvlLbl val=\"0\"/></c:catAx>"
        return xml
    }

    private var valueAxis: String {
        var xml = "<c:valAx><c:axId val=\"222\"/><c:scaling><c:orientation val=\"minMax\"/>"
        if let axisBounds { xml += "<c:max val=\"\(Self.text(axisBounds.maximum))\"/><c:min val=\"\(Self.text(axisBounds.minimum))\"/>" }
        xml += "</c:scaling><c:delete val=\"0\"/><c:axPos val=\"\(direction == "col" ? "l" : "b")\"/>"
        xml += "<c:majorGridlines><c:spPr><a:ln w=\"6350\"><a:solidFill><a:srgbClr val=\"BFBFBF\"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>"
        if !valueAxisTitle.isEmpty {
            xml += "<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz=\"\(textSize)\" b=\"0\"/></a:pPr><a:r><a:rPr lang=\"nl-NL\" sz=\"\(textSize)\" b=\"0\"/><a:t>\(XMLText.escape(valueAxisTitle))</a:t></a:r></a:p></c:rich></c:tx><c:overlay val=\"0\"/></c:title>"
        }
        // The grid's values are round: no ",00" on the axis, even where the values have cents.
        xml += "<c:numFmt formatCode=\"\(XMLText.escape(numberFormat.replacingOccurrences(of: "#,##0.00", with: "#,##0")))\" sourceLinked=\"0\"/>"
        xml += "<c:majorTickMark val=\"none\"/><c:minorTickMark val=\"none\"/><c:tickLblPos val=\"\(hideValueLabels ? "none" : "nextTo")\"/>"
        xml += "<c:crossAx val=\"111\"/><c:crosses val=\"autoZero\"/><c:crossBetween val=\"between\"/>"
        if let axisBounds { xml += "<c:majorUnit val=\"\(Self.text(axisBounds.step))\"/>" }
        return xml + "</c:valAx>"
    }

    /// A series' categories and values with their cached points and the cells of the embedded
    /// workbook they come from: categories in column A from row 2, series `index` in the column
    /// after it (see ``embeddedWorkbook``).
    private func categoriesAndValues(of serie: Series, at index: Int) -> String {
        let last = categories.count + 1, column = SpreadsheetText.column(index + 1)
        var xml = "<c:cat><c:strRef><c:f>Blad1!$A$2:$A$\(last)</c:f><c:strCache><c:ptCount val=\"\(categories.count)\"/>"
        for (point, category) in categories.enumerated() { xml += "<c:pt idx=\"\(point)\"><c:v>\(XMLText.escape(category))</c:v></c:pt>" }
        xml += "</c:strCache></c:strRef></c:cat>"
        xml += "<c:val><c:numRef><c:f>Blad1!$\(column)$2:$\(column)$\(last)</c:f><c:numCache><c:formatCode>\(XMLText.escape(numberFormat))</c:formatCode><c:ptCount val=\"\(categories.count)\"/>"
        for (point, value) in serie.values.enumerated() {
            if let value { xml += "<c:pt idx=\"\(point)\"><c:v>\(Self.text(value))</c:v></c:pt>" }
        }
        return xml + "</c:numCache></c:numRef></c:val>"
    }
}
