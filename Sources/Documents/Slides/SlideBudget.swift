/// How much one slide may hold, so that nothing runs off it on a 16:9 screen at the deck's type
/// size. Sizes are in lines of body text; a table row counts as its lines plus 0.3 (padding), a heading inside a
/// slide as 1.5, the gap between blocks as half a line.
public struct SlideBudget: Sendable, Equatable {
    /// The most lines of body text below the title.
    public var lines: Double
    /// The most list items (at any depth) on one slide.
    public var listItems: Int
    /// The most table body rows on one slide.
    public var tableRows: Int
    /// How many characters of body text fit on one line of the slide's width.
    public var charactersPerLine: Int

    /// The budget for the deck's type (34 px body text on a 1920 px wide slide, where about 18
    /// lines of about 100 characters fit: the budget keeps a margin for wide letters and spacing).
    public static let standard = SlideBudget(lines: 16, listItems: 6, tableRows: 7, charactersPerLine: 90)

    /// Makes a budget.
    public init(lines: Double, listItems: Int, tableRows: Int, charactersPerLine: Int) {
        self.lines = lines
        self.listItems = listItems
        self.tableRows = tableRows
        self.charactersPerLine = charactersPerLine
    }
}
