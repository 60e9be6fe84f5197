/// One slide of a ``SlideDeck``: its title and what stands below it, already cut to fit.
public struct Slide: Sendable, Equatable {
    /// The title, from the slide's `#` or `##` heading; empty for a slide without one.
    public var title: Inlines
    /// The content below the title.
    public var blocks: [Block]
    /// Whether this slide holds the rest of the one before it ("… (continued)").
    public var isContinuation: Bool
    /// Whether this is the title slide (the document's cover).
    public var isTitleSlide: Bool

    /// Makes a slide.
    public init(title: Inlines, blocks: [Block], isContinuation: Bool = false, isTitleSlide: Bool = false) {
        self.title = title
        self.blocks = blocks
        self.isContinuation = isContinuation
        self.isTitleSlide = isTitleSlide
    }
}
