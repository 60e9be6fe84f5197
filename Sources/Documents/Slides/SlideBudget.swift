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
    /// What fits at most, without the margin `lines` and `charactersPerLine` keep: used only to keep
    /// the last one or two rows of a table on the slide before, rather than on a continuation of
    /// their own while that slide had room.
    public var widowLines: Double
    /// The characters per line that go with `widowLines`.
    public var widowCharactersPerLine: Int

    /// The budget for the deck's type (34 px body text on a 1920 px wide slide, where about 18
    /// lines of about 100 characters fit: the budget keeps a margin for wide letters and spacing).
    /// It declares no room beyond that for the last rows of a table: the HTML deck has it, but the
    /// PowerPoint deck, set in LibreOffice's fallback font, ran seven rows over the footer where the
    /// HTML fitted them. So the last rows are shared out instead of pulled back.
    public static let standard = SlideBudget(lines: 16, listItems: 6, tableRows: 7, charactersPerLine: 90)

    /// Makes a budget; without a widow allowance the last rows of a table get no extra room.
    public init(lines: Double, listItems: Int, tableRows: Int, charactersPerLine: Int, widowLines: Double? = nil, widowCharactersPerLine: Int? = nil) {
        self.lines = lines
        self.listItems = listItems
        self.tableRows = tableRows
        self.charactersPerLine = charactersPerLine
        self.widowLines = widowLines ?? lines
        self.widowCharactersPerLine = widowCharactersPerLine ?? charactersPerLine
    }
}
