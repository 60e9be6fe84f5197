import Foundation
import TestSupport
import Testing
@testable import Documents

/// The line chart: a round value axis, SVG with a solid measured line and a dashed target, a
/// native Word line chart, and its data table in Markdown.
@Suite(.timed) struct LineChartTests {
    static let chart = LineChart(
        id: "indicator-1-1", title: "Overstappers <techniek>", description: "Van 0 naar 41, streefwaarde 200.",
        categories: ["Nulmeting 2025", "jun 2026", "sep 2026", "Streef dec 2027"],
        series: [LineChart.Series(name: "Gemeten", values: [0, 18, 41, nil]),
                 LineChart.Series(name: "Streefwaarde", values: [200, 200, 200, 200], dashed: true)],
        unit: "personen")

    static let figure = Figure(
        content: .line(chart),
        data: Table(header: ["Moment", "Bron", "Waarde"], rows: [["Nulmeting 2025", "UWV", "0"], ["30-09-2026", "UWV", "41"]], numericFrom: 2, caption: "Overstappers"))

    @Test func theAxisIsRound() {
        #expect(Self.chart.axis.minimum == 0)
        #expect(Self.chart.axis.maximum == 200)
        #expect(Self.chart.axis.step == 50)
        let small = LineChart(id: "x", title: "", description: "", categories: ["a", "b"], series: [.init(name: "s", values: [12.5, -3])], unit: "%")
        #expect(small.axis == (minimum: -5, maximum: 15, step: 5))
        // Counts get whole steps: one proposal is not drawn on an axis of 0, 0,25, 0,5, 0,75, 1.
        let count = LineChart(id: "x", title: "", description: "", categories: ["a", "b"], series: [.init(name: "s", values: [0, 1])], unit: "voorstel")
        #expect(count.axis == (minimum: 0, maximum: 1, step: 1))
        let ten = LineChart(id: "x", title: "", description: "", categories: ["a", "b"], series: [.init(name: "s", values: [3, 10])], unit: "regio's")
        #expect(ten.axis == (minimum: 0, maximum: 10, step: 2))
        let fraction = LineChart(id: "x", title: "", description: "", categories: ["a", "b"], series: [.init(name: "s", values: [0, 0.8])], unit: "")
        #expect(fraction.axis.step == 0.2, "values with fractions keep fine steps")
        #expect(LineChart.label(1250) == "1.250")
        #expect(LineChart.label(12.5) == "12,5")
    }

    @Test func theSVGHasASolidAndADashedLineAndEscapesText() {
        let svg = Self.chart.svg()
        #expect(svg.components(separatedBy: "<polyline").count - 1 == 4)  // two lines and two legend keys
        #expect(svg.contains("stroke-dasharray=\"6 4\""))
        #expect(svg.components(separatedBy: " r=\"4\"").count - 1 == 3)  // a marker per measured point
        #expect(svg.contains("Overstappers &lt;techniek&gt;"))
        #expect(svg.contains(">41</text>"))
        #expect(svg == Self.chart.svg())
    }

    @Test func wordDrawsANativeLineChart() {
        let xml = OfficeChart(Self.chart).xml
        #expect(xml.contains("<c:lineChart><c:grouping val=\"standard\"/>"))
        #expect(xml.contains("<a:prstDash val=\"dash\"/>"))
        #expect(xml.contains("<c:max val=\"200\"/><c:min val=\"0\"/>"))
        #expect(!xml.contains("<c:barChart>"))
        // The gap after the last measurement is left out of the cache, not written as 0.
        #expect(xml.contains("<c:pt idx=\"2\"><c:v>41</c:v></c:pt></c:ptCount>") == false)
        #expect(xml.contains("<c:pt idx=\"2\"><c:v>41</c:v></c:pt></c:numCache>"))
    }

    @Test func everyWriterShowsTheFigure() {
        let document = Document(metadata: DocumentMetadata(title: "T"), blocks: [.figure(Self.figure)])
        let markdown = String(decoding: OutputFormat.markdown.writer.write(document), as: UTF8.self)
        #expect(markdown.contains("| 30-09-2026 | UWV | 41 |"))
        let html = String(decoding: OutputFormat.html.writer.write(document), as: UTF8.self)
        #expect(html.contains("<polyline"))
        let docx = OutputFormat.docx.writer.write(document)
        let chart = try? ZipReader(docx)["word/charts/chart1.xml"]
        #expect(chart.map { String(decoding: $0, as: UTF8.self).contains("<c:lineChart>") } == true)
    }
}
