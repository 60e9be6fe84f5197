/// A small line chart: values over a row of labelled moments, such as an indicator from its
/// baseline through its measurements to its target. Plain data and labels: each writer draws it
/// its own way (inline SVG in HTML, a native line chart in Word, the data table in Markdown).
///
/// Values are for drawing only (`Double`); the figure's data table holds the exact numbers.
public struct LineChart: Sendable, Equatable {
    /// One line: a value per category, nil where it has none (a gap).
    public struct Series: Sendable, Equatable {
        public var name: String
        public var values: [Double?]
        /// Drawn dashed and without markers (a target or reference line).
        public var dashed: Bool

        public init(name: String, values: [Double?], dashed: Bool = false) {
            self.name = name
            self.values = values
            self.dashed = dashed
        }
    }

    /// A unique id in the page, for the chart's title and description.
    public var id: String
    public var title: String
    /// What the chart shows, in a sentence, for screen readers.
    public var description: String
    /// The moments along the horizontal axis, evenly spaced, in order.
    public var categories: [String]
    public var series: [Series]
    /// The unit of the values, written beside the value axis (`personen`, `%`); may be empty.
    public var unit: String

    public init(id: String, title: String, description: String, categories: [String], series: [Series], unit: String) {
        self.id = id
        self.title = title
        self.description = description
        self.categories = categories
        self.series = series
        self.unit = unit
    }

    /// The value axis: from 0 (or below, for negative values) to a round top, with its step.
    /// When every value is a whole number (a count: proposals, people), so is every step: an axis
    /// of "0,25 voorstel" reads as nonsense.
    public var axis: (minimum: Double, maximum: Double, step: Double) {
        let values = series.flatMap { $0.values.compactMap { $0 } }
        let high = max(values.max() ?? 1, 0), low = min(values.min() ?? 0, 0)
        var step = Self.niceStep((high - low) / 4)
        if step != step.rounded(), values.allSatisfy({ $0 == $0.rounded() }) { step = step < 1 ? 1 : step.rounded(.down) }
        let top = (high / step).rounded(.up) * step
        let bottom = (low / step).rounded(.down) * step
        return (bottom, top == bottom ? bottom + step : top, step)
    }

    /// A round step (1, 2, 2.5 or 5 times a power of ten) of at least `rough`.
    static func niceStep(_ rough: Double) -> Double {
        guard rough > 0, rough.isFinite else { return 1 }
        var power = 1.0
        while power * 10 <= rough { power *= 10 }
        while power > rough { power /= 10 }
        for factor in [1.0, 2.0, 2.5, 5.0, 10.0] where power * factor >= rough { return power * factor }
        return power * 10
    }

    /// Where things go in the drawing (500 x 250 units, y down), shared by the SVG and the PDF
    /// so both show the same chart.
    struct Geometry {
        static let width = 500.0, height = 250.0
        static let left = 56.0, right = 112.0, top = 22.0, bottom = 40.0
        static let plotWidth = width - left - right, plotHeight = height - top - bottom
        let axis: (minimum: Double, maximum: Double, step: Double)
        /// How many grid steps the value axis has.
        let steps: Int
        /// The width of one category's column.
        let slot: Double

        init(_ chart: LineChart) {
            axis = chart.axis
            steps = max(1, Int(((axis.maximum - axis.minimum) / axis.step).rounded()))
            slot = Self.plotWidth / Double(max(1, chart.categories.count))
        }

        /// The height of `value` on the value axis.
        func y(_ value: Double) -> Double {
            Self.top + Self.plotHeight - Self.plotHeight * (value - axis.minimum) / (axis.maximum - axis.minimum)
        }

        /// The middle of category `index`.
        func x(_ index: Int) -> Double { Self.left + slot * Double(index) + slot / 2 }
    }

    /// The chart as inline SVG: a grid with values, a line per series (solid lines with a marker
    /// and the value at each point, dashed lines plain), the categories below and a legend right.
    public func svg() -> String {
        let geometry = Geometry(self)
        let (width, height, left, right, top) = (Geometry.width, Geometry.height, Geometry.left, Geometry.right, Geometry.top)
        let (plotWidth, plotHeight, axis, steps) = (Geometry.plotWidth, Geometry.plotHeight, geometry.axis, geometry.steps)
        let x = geometry.x, y = geometry.y
        var svg = SVGBuilder(id: id, width: Int(width), height: Int(height), title: title, description: description)
        for step in 0...steps {
            let value = axis.minimum + axis.step * Double(step)
            svg.line(x1: left, y1: y(value), x2: left + plotWidth, y2: y(value), dashed: step > 0, color: step > 0 ? "#999" : "#000")
            svg.text(Self.label(value), x: left - 6, y: y(value) + 4, anchor: "end", size: 11)
        }
        if !unit.isEmpty { svg.text(unit, x: 4, y: top - 8, size: 11) }
        for (index, category) in categories.enumerated() {
            svg.text(category, x: x(index), y: top + plotHeight + 18, anchor: "middle", size: 11)
        }
        for (index, serie) in series.enumerated() {
            let color = Self.colors[index % Self.colors.count]
            let points = serie.values.enumerated().compactMap { i, value in value.map { (x(i), y($0), $0) } }
            svg.polyline(points.map { ($0.0, $0.1) }, color: color, width: serie.dashed ? 1.5 : 2.5, dashed: serie.dashed)
            guard !serie.dashed else { continue }
            for point in points {
                svg.circle(x: point.0, y: point.1, radius: 4, fill: color)
                svg.text(Self.label(point.2), x: point.0, y: point.1 - 9, anchor: "middle", size: 11, bold: true)
            }
        }
        for (index, serie) in series.enumerated() {
            let ly = top + 10 + Double(index) * 22
            svg.polyline([(width - right + 10, ly - 3), (width - right + 28, ly - 3)], color: Self.colors[index % Self.colors.count],
                         width: serie.dashed ? 1.5 : 2.5, dashed: serie.dashed)
            svg.text(serie.name, x: width - right + 32, y: ly + 1, size: 11)
        }
        return svg.finish()
    }

    /// Colours that stay apart in grey print: dark blue, then mid grey.
    static let colors = ["#1f3b73", "#6d6d6d", "#2f6f4f", "#8a4b08"]

    /// A value in Dutch notation, at most two decimals: `1.250`, `12,5`.
    public static func label(_ value: Double) -> String {
        let hundredths = Int64((value * 100).rounded())
        let whole = hundredths / 100, rest = abs(hundredths % 100)
        var grouped = ""
        let digits = String(whole.magnitude)
        for (offset, digit) in digits.enumerated() {
            if offset > 0 && (digits.count - offset) % 3 == 0 { grouped.append(".") }
            grouped.append(digit)
        }
        let sign = hundredths < 0 ? "-" : ""
        if rest == 0 { return sign + grouped }
        return sign + grouped + "," + (rest % 10 == 0 ? "\(rest / 10)" : (rest < 10 ? "0\(rest)" : "\(rest)"))
    }
}
