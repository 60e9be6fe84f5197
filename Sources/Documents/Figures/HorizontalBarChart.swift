/// Horizontal bars, one per labelled value, such as the budget per funding source.
public struct HorizontalBarChart: Sendable, Equatable {
    public var id: String
    public var title: String
    public var description: String
    /// One labelled value.
    public struct Bar: Sendable, Equatable {
        public var label: String
        public var value: Int64

        public init(label: String, value: Int64) {
            self.label = label
            self.value = value
        }
    }

    /// The bars from top to bottom.
    public var bars: [Bar]
    /// How a value reads beside its bar.
    public var format: ValueFormat

    public init(
        id: String, title: String, description: String, bars: [Bar],
        format: ValueFormat
    ) {
        self.id = id
        self.title = title
        self.description = description
        self.bars = bars
        self.format = format
    }

    /// The chart as inline SVG.
    public func svg() -> String {
        let width = 640.0, rowHeight = 26.0, top = 10.0, left = 220.0, right = 110.0
        let height = top * 2 + rowHeight * Double(max(1, bars.count))
        let maximum = max(1, bars.map(\.value).max() ?? 1)
        var svg = SVGBuilder(id: id, width: Int(width), height: Int(height), title: title, description: description)
        for (index, bar) in bars.enumerated() {
            let y = top + rowHeight * Double(index)
            let barWidth = (width - left - right) * Double(max(0, bar.value)) / Double(maximum)
            svg.text(Self.clipped(bar.label), x: left - 8, y: y + 17, anchor: "end", size: 12)
            svg.rect(x: left, y: y + 4, width: max(1, barWidth), height: rowHeight - 8, fill: SVGBuilder.fill(id: id, series: 0))
            svg.text(format.text(bar.value), x: left + barWidth + 6, y: y + 17, size: 11, bold: true)
        }
        svg.line(x1: left, y1: top, x2: left, y2: height - top)
        return svg.finish()
    }

    /// Long labels are cut so they fit left of the bars; the full text is in the table beside.
    static func clipped(_ label: String) -> String {
        label.count > 34 ? String(label.prefix(33)) + "…" : label
    }
}
