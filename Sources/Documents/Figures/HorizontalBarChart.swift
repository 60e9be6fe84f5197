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
            let lines = Self.labelLines(bar.label)
            for (number, line) in lines.enumerated() {
                svg.text(line, x: left - 8, y: y + (lines.count == 1 ? 17 : 11 + 11 * Double(number)), anchor: "end", size: lines.count == 1 ? 12 : 10.5)
            }
            svg.rect(x: left, y: y + 4, width: max(1, barWidth), height: rowHeight - 8, fill: SVGBuilder.fill(id: id, series: 0))
            svg.text(format.text(bar.value), x: left + barWidth + 6, y: y + 17, size: 11, bold: true)
        }
        svg.line(x1: left, y1: top, x2: left, y2: height - top)
        return svg.finish()
    }

    /// How many characters fit left of the bars on one line (about 6.6 px a character at 12 px).
    static let lineLength = 30

    /// A label as at most two lines that fit left of the bars, broken between words; only a label
    /// longer than that ends in "…" (the full text is in the table beside the chart).
    static func labelLines(_ label: String) -> [String] {
        guard label.count > lineLength else { return [label] }
        var first = "", rest = Substring(label)
        while let space = rest.firstIndex(of: " "), first.count + rest.distance(from: rest.startIndex, to: space) + 1 <= lineLength + 4 {
            first += (first.isEmpty ? "" : " ") + rest[..<space]
            rest = rest[rest.index(after: space)...]
        }
        if first.isEmpty {  // one long word
            first = String(label.prefix(lineLength + 4))
            rest = label.dropFirst(lineLength + 4)
        }
        let second = rest.count > lineLength + 4 ? String(rest.prefix(lineLength + 3)) + "…" : String(rest)
        return second.isEmpty ? [first] : [first, second]
    }
}
