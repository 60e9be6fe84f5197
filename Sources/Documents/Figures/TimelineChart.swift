/// A timeline (Gantt) of items over a period of whole years, such as the actions of the execution
/// part. Dates are given as day numbers from the start of the period, so the chart stays generic.
public struct TimelineChart: Sendable, Equatable {
    /// One bar of the timeline.
    public struct Item: Sendable, Equatable {
        public var label: String
        /// Days from the start of the period; nil when unknown (drawn from the period's start).
        public var startDay: Int?
        /// Days from the start of the period; nil when unknown (drawn to the period's end).
        public var endDay: Int?
        /// Which of a few styles (for example the status), told apart without colour.
        public var style: Int

        public init(label: String, startDay: Int?, endDay: Int?, style: Int) {
            self.label = label
            self.startDay = startDay
            self.endDay = endDay
            self.style = style
        }
    }

    public var id: String
    public var title: String
    public var description: String
    /// The labels of the period's divisions (such as quarters), evenly spaced.
    public var divisions: [String]
    /// The length of the period in days.
    public var totalDays: Int
    public var items: [Item]
    /// The names of the styles, for the legend.
    public var styles: [String]
    /// What an Office chart's value axis says after the period, such as "one grid line per
    /// quarter": the caller knows what a division is. Empty for none.
    public var axisNote: String

    public init(
        id: String, title: String, description: String, divisions: [String], totalDays: Int, items: [Item], styles: [String],
        axisNote: String = ""
    ) {
        self.id = id
        self.title = title
        self.description = description
        self.divisions = divisions
        self.totalDays = totalDays
        self.items = items
        self.styles = styles
        self.axisNote = axisNote
    }

    /// The chart as inline SVG.
    public func svg() -> String {
        let width = 640.0, left = 220.0, right = 10.0, top = 28.0, rowHeight = 22.0
        let legendHeight = 30.0
        let height = top + rowHeight * Double(max(1, items.count)) + legendHeight + 10
        let plotWidth = width - left - right
        var svg = SVGBuilder(id: id, width: Int(width), height: Int(height), title: title, description: description)
        let bottom = top + rowHeight * Double(max(1, items.count))
        for (index, division) in divisions.enumerated() {
            let x = left + plotWidth * Double(index) / Double(max(1, divisions.count))
            svg.line(x1: x, y1: top - 4, x2: x, y2: bottom, dashed: index > 0, color: index > 0 ? "#999" : "#000")
            svg.text(division, x: x + plotWidth / Double(max(1, divisions.count)) / 2, y: top - 10, anchor: "middle", size: 11)
        }
        let days = Double(max(1, totalDays))
        for (index, item) in items.enumerated() {
            let y = top + rowHeight * Double(index)
            let start = Double(min(max(0, item.startDay ?? 0), totalDays))
            let end = Double(min(max(Int(start), item.endDay ?? totalDays), totalDays))
            let x = left + plotWidth * start / days
            let barWidth = max(2, plotWidth * (end - start) / days)
            let lines = HorizontalBarChart.labelLines(item.label)
            for (number, line) in lines.enumerated() {
                svg.text(line, x: left - 8, y: y + (lines.count == 1 ? 15 : 10 + 9.5 * Double(number)), anchor: "end", size: lines.count == 1 ? 11 : 9)
            }
            svg.rect(x: x, y: y + 4, width: barWidth, height: rowHeight - 8, fill: SVGBuilder.fill(id: id, series: item.style))
        }
        for (index, style) in styles.enumerated() {
            let x = 10 + Double(index) * 120
            svg.rect(x: x, y: bottom + 12, width: 14, height: 14, fill: SVGBuilder.fill(id: id, series: index))
            svg.text(style, x: x + 20, y: bottom + 24, size: 11)
        }
        return svg.finish()
    }
}
