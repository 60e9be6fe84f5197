import Documents

/// The figures of the signal report, as data with the table of their numbers. A template shows
/// one with `{{grafieken.NAAM}}` alone on a line: `kaart-signalen`, `matrix-regio-thema`,
/// `trend-per-kwartaal`.
struct SignalCharts {
    let analysis: SignalAnalysis
    let names: SignalNames

    /// The names a template may use.
    static let figureNames = ["kaart-signalen", "matrix-regio-thema", "trend-per-kwartaal"]

    /// The figure called `name`, or nil for an unknown name.
    func chart(named name: String) -> Figure? {
        switch name {
        case "kaart-signalen": map()
        case "matrix-regio-thema": matrix()
        case "trend-per-kwartaal": trend()
        default: nil
        }
    }

    private func map() -> Figure {
        var counts: [String: Int] = [:]
        for signal in analysis.collection.signals { counts[signal.region, default: 0] += 1 }
        let regions = RegionOutlines.regionCodes
        let withSignals = regions.filter { (counts[$0] ?? 0) > 0 }.count
        let map = RegionMap(
            id: "kaart-signalen", title: "Signalen per arbeidsmarktregio",
            description: "Kaart van Nederland met de 35 arbeidsmarktregio's, gearceerd wit bij geen signalen en van lichtgrijs naar donkergrijs naarmate een regio meer signalen afgaf; \(withSignals) van de \(regions.count) regio's gaven signalen. De nummers zijn de regiocodes (5 is AM05). De tabel ernaast geeft dezelfde aantallen.",
            shapes: RegionOutlines.shapes, counts: counts, legendTitle: "Aantal signalen")
        let rows = regions.map { [names.regionWithCode($0), String(counts[$0] ?? 0)] }
        return Figure(
            content: .regionMap(map), data: Table(header: ["Regio", "Signalen"], rows: rows, numericFrom: 1, caption: map.title),
            source: RegionMapData.credit)
    }

    private func matrix() -> Figure {
        let matrix = RegionMatrix(signals: analysis.collection.signals, names: names)
        return Figure(
            content: .matrix(matrix.figureData),
            data: Table(header: matrix.headerRow, rows: matrix.bodyRows, numericFrom: 1, caption: "Signalen per regio en landelijk thema"))
    }

    private func trend() -> Figure {
        let aggregation = analysis.aggregation
        let chart = BarChart(
            id: "grafiek-trend", title: "Signalen per kwartaal",
            description: "Staven: het aantal signalen per kwartaal, van \(aggregation.quarters.first ?? "—") tot \(aggregation.quarters.last ?? "—"), in totaal \(aggregation.signalCount).",
            categories: aggregation.quarters,
            series: [BarChart.Series(name: "signalen", values: aggregation.trend.map(Int64.init))],
            format: .count)
        let rows = zip(aggregation.quarters, aggregation.trend).map { [$0, String($1)] }
        return Figure(content: .bars(chart), data: Table(header: ["Kwartaal", "Signalen"], rows: rows, numericFrom: 1, caption: chart.title))
    }
}
