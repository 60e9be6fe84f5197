/// A figure as a DrawingML chart part (`word/charts/chartN.xml` in a Word file,
/// `ppt/charts/chartN.xml` in a PowerPoint file) with its values cached in the part, so Word,
/// PowerPoint and LibreOffice draw it and a reader can restyle it there: stacked columns for
/// ``BarChart``, bars for ``HorizontalBarChart``, and for ``TimelineChart`` stacked bars whose
/// first (invisible) part is the start, one series per style for the legend.
struct OfficeChart {
    /// One series: its name, a value per category (nil is a gap), and its fill (nil: none).
    struct Series {
        var name: String
        var values: [Double?]
        var color: String?
        /// For a line chart: a dashed line without markers.
        var dashed = false
    }

    /// Bars (columns or horizontal bars) or lines.
    var isLine = false

    var title: String
    var categories: [String]
    var series: [Series]
    /// `col` for columns, `bar` for horizontal bars.
    var direction: String
    var stacked: Bool
    /// The number format of the values, such as `#,##0` or `"€" #,##0`.
    var numberFormat: String
    /// The first category at the top (horizontal bars read from the top down).
    var reversed = false
    /// The value axis: fixed bounds and step, or nil to let the reader choose.
    var axisBounds: (minimum: Double, maximum: Double, step: Double)?
    /// Hide the value axis's labels (a timeline's day numbers mean nothing to a reader).
    var hideValueLabels = false
    var valueAxisTitle = ""
    var legend = true
    /// Whether the chart shows its title (a slide shows the figure's title above the chart).
    var showsTitle = true
    /// The size of the title, in hundredths of a point: 12 pt on an A4 page.
    var titleSize = 1200
    /// The size of axis labels and the legend, in hundredths of a point: 9 pt on an A4 page.
    var textSize = 900

    /// Colours that stay apart in grey print.
    static let palette = ["1F4E79", "9DC3E6", "2E75B6", "C9C9C9", "404040", "BDD7EE", "7F7F7F"]

    /// A chart of stacked columns per category.
    init(_ chart: BarChart) {
        title = chart.title
        categories = chart.categories
        series = chart.series.enumerated().map { index, serie in
            Series(name: serie.name, values: chart.categories.indices.map { serie.values[safe: $0].map { Self.number($0, chart.format) } },
                   color: Self.palette[index % Self.palette.count])
        }
        direction = "col"
        stacked = true
        numberFormat = Self.format(chart.format, values: chart.series.flatMap(\.values))
    }

    /// A chart of horizontal bars, the first at the top.
    init(_ chart: HorizontalBarChart) {
        title = chart.title
        categories = chart.bars.map(\.label)
        series = [Series(name: chart.title, values: chart.bars.map { Self.number($0.value, chart.format) }, color: Self.palette[0])]
        direction = "bar"
        stacked = false
        numberFormat = Self.format(chart.format, values: chart.bars.map(\.value))
        reversed = true
        legend = false
    }

    /// A timeline as stacked bars: an invisible bar up to the start, then the duration in the
    /// series of the item's style; the value axis spans the period, a grid line per division.
    init(_ chart: TimelineChart) {
        title = chart.title
        categories = chart.items.map(\.label)
        let total = max(1, chart.totalDays)
        let starts = chart.items.map { min(max(0, $0.startDay ?? 0), total) }
        let ends = zip(chart.items, starts).map { item, start in min(max(start, item.endDay ?? total), total) }
        series = [Series(name: "begin", values: starts.map { Double($0) }, color: nil)]
        for (style, name) in chart.styles.enumerated() {
            series.append(Series(
                name: name,
                values: chart.items.indices.map { chart.items[$0].style == style ? Double(max(1, ends[$0] - starts[$0])) : nil },
                color: Self.palette[style % Self.palette.count]))
        }
        direction = "bar"
        stacked = true
        numberFormat = "0"
        reversed = true
        axisBounds = (0, Double(total), Double(total) / Double(max(1, chart.divisions.count)))
        hideValueLabels = true
        if let first = chart.divisions.first, let last = chart.divisions.last {
            valueAxisTitle = first == last ? first : "\(first) – \(last)" + (chart.axisNote.isEmpty ? "" : ", \(chart.axisNote)")
        }
    }

    /// A line chart: a line per series over the categories, the dashed ones without markers;
    /// the value axis fixed to the chart's own round axis.
    init(_ chart: LineChart) {
        title = chart.title
        categories = chart.categories
        series = chart.series.enumerated().map { index, serie in
            Series(name: serie.name, values: serie.values, color: Self.palette[index == 0 ? 0 : 4], dashed: serie.dashed)
        }
        direction = "col"
        stacked = false
        numberFormat = "#,##0.##"
        isLine = true
        let axis = chart.axis
        axisBounds = (axis.minimum, axis.maximum, axis.step)
        valueAxisTitle = chart.unit
    }

    /// A value as the chart shows it: euros for amounts in cents, else the count.
    static func number(_ value: Int64, _ format: ValueFormat) -> Double {
        switch format {
        case .count: Double(value)
        case .euro: Double(value) / 100
        }
    }

    /// The number format of the values: euros with cents when any value has cents, so Word and
    /// PowerPoint label a bar as its table row reads (`€ 635.000,50`, never a rounded `€ 635.001`).
    static func format(_ format: ValueFormat, values: [Int64]) -> String {
        switch format {
        case .count: "#,##0"
        case .euro: values.contains { $0 % 100 != 0 } ? "\"€\" #,##0.00" : "\"€\" #,##0"
        }
    }

    /// A number as the chart's cache holds it: no exponent, no trailing zeros.
    static func text(_ value: Double) -> String {
        let cents = Int64((value * 100).rounded())
        let whole = cents / 100, rest = abs(cents % 100)
        let sign = cents < 0 && whole == 0 ? "-" : ""
        if rest == 0 { return "\(sign)\(whole)" }
        return rest % 10 == 0 ? "\(sign)\(whole).\(rest / 10)" : "\(sign)\(whole).\(rest < 10 ? "0" : "")\(rest)"
    }
}
