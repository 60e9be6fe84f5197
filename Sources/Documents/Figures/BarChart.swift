/// A vertical bar chart with stacked series, such as the budget per year split by task. Values are
/// whole numbers (cents, people); the caller formats them for the axis and labels.
public struct BarChart: Sendable, Equatable {
    /// One stacked part of every bar.
    public struct Series: Sendable, Equatable {
        public var name: String
        /// One value per category.
        public var values: [Int64]

        public init(name: String, values: [Int64]) {
            self.name = name
            self.values = values
        }
    }

    /// A unique id in the page, for the chart's title, description and patterns.
    public var id: String
    public var title: String
    /// What the chart shows, in a sentence, for screen readers.
    public var description: String
    public var categories: [String]
    public var series: [Series]
    /// How a value reads on the axis and above the bars.
    public var format: ValueFormat

    public init(
        id: String, title: String, description: String, categories: [String], series: [Series],
        format: ValueFormat
    ) {
        self.id = id
        self.title = title
        self.description = description
        self.categories = categories
        self.series = series
        self.format = format
    }

    /// The chart as inline SVG.
    public func svg() -> String {
        let width = 640.0, height = 320.0
        let left = 110.0, right = 150.0, top = 24.0, bottom = 40.0
        let plotWidth = width - left - right, plotHeight = height - top - bottom
        let totals = categories.indices.map { index in series.reduce(Int64(0)) { $0 + max(0, $1.values[safe: index] ?? 0) } }
        let axis = Self.axis(for: totals.max() ?? 0)
        let maximum = axis.step * Int64(axis.count)
        var svg = SVGBuilder(id: id, width: Int(width), height: Int(height), title: title, description: description)
        // Grid lines with values, four steps.
        for step in 0...axis.count {
            let value = axis.step * Int64(step)
            let y = top + plotHeight - plotHeight * Double(step) / Double(axis.count)
            svg.line(x1: left, y1: y, x2: left + plotWidth, y2: y, dashed: step > 0, color: step > 0 ? "#999" : "#000")
            svg.text(format.axisText(value), x: left - 6, y: y + 4, anchor: "end", size: 11)
        }
        let slot = plotWidth / Double(max(1, categories.count))
        let barWidth = min(80, slot * 0.6)
        for (index, category) in categories.enumerated() {
            let x = left + slot * Double(index) + (slot - barWidth) / 2
            var y = top + plotHeight
            for (seriesIndex, serie) in series.enumerated() {
                let value = max(0, serie.values[safe: index] ?? 0)
                guard value > 0, maximum > 0 else { continue }
                let barHeight = plotHeight * Double(value) / Double(maximum)
                y -= barHeight
                svg.rect(x: x, y: y, width: barWidth, height: barHeight, fill: SVGBuilder.fill(id: id, series: seriesIndex))
            }
            svg.text(format.text(totals[index]), x: x + barWidth / 2, y: y - 5, anchor: "middle", size: 11, bold: true)
            svg.text(category, x: x + barWidth / 2, y: top + plotHeight + 18, anchor: "middle")
        }
        // Legend, to the right, in the order of the stack from the bottom.
        for (seriesIndex, serie) in series.enumerated() {
            let y = top + 10 + Double(seriesIndex) * 22
            svg.rect(x: width - right + 14, y: y - 10, width: 14, height: 14, fill: SVGBuilder.fill(id: id, series: seriesIndex))
            svg.text(serie.name, x: width - right + 34, y: y + 1, size: 11)
        }
        return svg.finish()
    }

    /// The grid of the value axis: a round step (1, 2, 2.5 or 5 times a power of ten) and 3 to 6
    /// steps, the top as close above `value` as such a grid allows, so the bars fill the chart.
    static func axis(for value: Int64) -> (step: Int64, count: Int) {
        guard value > 0 else { return (1, 4) }
        var best: (step: Int64, count: Int) = (value, 1)
        var bestTop = Int64.max
        var power: Int64 = 1
        while power <= value {
            for (numerator, denominator) in [(1, 1), (2, 1), (5, 2), (5, 1)] as [(Int64, Int64)] {
                let step = power * numerator / denominator
                guard step > 0 else { continue }
                for count in 3...6 where step * Int64(count) >= value && step * Int64(count) < bestTop {
                    best = (step, count)
                    bestTop = step * Int64(count)
                }
            }
            power *= 10
        }
        return best
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
