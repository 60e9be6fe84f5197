import Documents
import Markdown

/// The figures of the signal report, each an embedded block: inline SVG or HTML for HTML, and the
/// same numbers as a table for every other format. A template asks for one with a fenced block
/// ```` ```grafiek ```` holding its name: `kaart-signalen`, `matrix-regio-thema`, `trend-per-kwartaal`.
struct SignalCharts {
    let analysis: SignalAnalysis
    let names: SignalNames

    /// The names a template may use.
    static let names = ["kaart-signalen", "matrix-regio-thema", "trend-per-kwartaal"]

    /// The figure called `name`, or nil for an unknown name.
    func chart(named name: String) -> EmbeddedBlock? {
        switch name {
        case "kaart-signalen": map()
        case "matrix-regio-thema": matrix()
        case "trend-per-kwartaal": trend()
        default: nil
        }
    }

    private func map() -> EmbeddedBlock {
        var counts: [String: Int] = [:]
        for signal in analysis.collection.signals { counts[signal.region, default: 0] += 1 }
        let regions = RegionMap.regionCodes
        let withSignals = regions.filter { (counts[$0] ?? 0) > 0 }.count
        let map = RegionMap(
            id: "kaart-signalen", title: "Signalen per arbeidsmarktregio",
            description: "Kaart van Nederland met de 35 arbeidsmarktregio's, gearceerd wit bij geen signalen en van lichtgrijs naar donkergrijs naarmate een regio meer signalen afgaf; \(withSignals) van de \(regions.count) regio's gaven signalen. De nummers zijn de regiocodes (5 is AM05). De tabel ernaast geeft dezelfde aantallen.",
            counts: counts)
        let rows = regions.map { [names.regionWithCode($0), String(counts[$0] ?? 0)] }
        let table = Self.table(header: ["Regio", "Signalen"], rows: rows, numericFrom: 1)
        let html = "<figure class=\"grafiek-figuur kaart-figuur\">\n<figcaption>Signalen per arbeidsmarktregio</figcaption>\n"
            + "<div class=\"grafiek-inhoud\">\n\(map.svg())\n<div class=\"grafiek-tabel\">\n\(HTMLWriter().render(MarkdownDocument(blocks: [.table(table)])))</div>\n</div>\n"
            + "<p class=\"bron\">\(XMLText.escape(RegionMapData.credit))</p>\n</figure>\n"
        return EmbeddedBlock(kind: "grafiek", html: html, fallback: [
            .paragraph([.strong([.text("Signalen per arbeidsmarktregio")])]), .table(table),
            .paragraph([.emphasis([.text(RegionMapData.credit)])]),
        ])
    }

    private func matrix() -> EmbeddedBlock {
        let matrix = RegionMatrix(signals: analysis.collection.signals, names: names)
        let caption = "Signalen per regio en landelijk thema"
        let html = "<figure class=\"grafiek-figuur matrix-figuur\">\n<div class=\"matrix-scroll\">\n"
            + matrix.html(caption: caption) + "</div>\n</figure>\n"
        let table = Self.table(header: matrix.headerRow, rows: matrix.bodyRows, numericFrom: 1)
        return EmbeddedBlock(kind: "grafiek", html: html, fallback: [.paragraph([.strong([.text(caption)])]), .table(table)])
    }

    private func trend() -> EmbeddedBlock {
        let aggregation = analysis.aggregation
        let chart = BarChart(
            id: "grafiek-trend", title: "Signalen per kwartaal",
            description: "Staven: het aantal signalen per kwartaal, van \(aggregation.quarters.first ?? "—") tot \(aggregation.quarters.last ?? "—"), in totaal \(aggregation.signalCount).",
            categories: aggregation.quarters,
            series: [BarChart.Series(name: "signalen", values: aggregation.trend.map(Int64.init))],
            format: { String($0) })
        let rows = zip(aggregation.quarters, aggregation.trend).map { [$0, String($1)] }
        let table = Self.table(header: ["Kwartaal", "Signalen"], rows: rows, numericFrom: 1)
        let html = "<figure class=\"grafiek-figuur\">\n<figcaption>\(XMLText.escape(chart.title))</figcaption>\n"
            + "<div class=\"grafiek-inhoud\">\n\(chart.svg())\n<div class=\"grafiek-tabel\">\n"
            + HTMLWriter().render(MarkdownDocument(blocks: [.table(table)])) + "</div>\n</div>\n</figure>\n"
        return EmbeddedBlock(kind: "grafiek", html: html, fallback: [.paragraph([.strong([.text(chart.title)])]), .table(table)])
    }

    private static func table(header: [String], rows: [[String]], numericFrom: Int) -> Table {
        Table(alignments: header.indices.map { $0 >= numericFrom ? .right : .left },
              header: header.map { [.text($0)] }, rows: rows.map { $0.map { [.text($0)] } })
    }
}
