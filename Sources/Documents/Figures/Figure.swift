/// A figure as data: what it draws (``Content``), and the table of the same numbers, which every
/// writer shows as well (beside the chart in HTML, alone where a format cannot draw), so the
/// figures stay readable for screen readers and in black-and-white print.
public struct Figure: Sendable, Equatable {
    /// What the figure draws.
    public enum Content: Sendable, Equatable {
        /// Vertical bars, stacked by series (budget per year and task; signals per quarter).
        case bars(BarChart)
        /// Horizontal bars, one per label (budget per funding source).
        case horizontalBars(HorizontalBarChart)
        /// A timeline of items over a period (the actions of the execution part).
        case timeline(TimelineChart)
        /// A map of the regions shaded by a count.
        case regionMap(RegionMap)
        /// A grid of counts, shaded by count (regions by national theme).
        case matrix(CountMatrix)
        /// Lines over labelled moments (an indicator against its baseline and target).
        case line(LineChart)
    }

    /// The drawing.
    public var content: Content
    /// The numbers the drawing stands for; its caption is the figure's title. A matrix is its own
    /// table, so for a matrix this is the same grid as text.
    public var data: Table
    /// Where the data come from, printed under the figure; empty when nothing needs crediting.
    public var source: String

    /// Makes a figure.
    public init(content: Content, data: Table, source: String = "") {
        self.content = content
        self.data = data
        self.source = source
    }

    /// The title, shown above the figure.
    public var title: String {
        switch content {
        case .bars(let chart): chart.title
        case .horizontalBars(let chart): chart.title
        case .timeline(let chart): chart.title
        case .regionMap(let map): map.title
        case .matrix: data.caption
        case .line(let chart): chart.title
        }
    }
}
