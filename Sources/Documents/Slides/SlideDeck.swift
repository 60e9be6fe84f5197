/// A document cut into slides: the cover is the title slide; every `#` or `##` heading and every
/// thematic break (`---`) starts a new slide, whose title is that heading. A slide that holds more
/// than its ``SlideBudget`` continues on slides titled "… (continued)" (``DocumentWords/continued``): lists between items, tables
/// between rows (each part with the header), paragraphs between sentences. A figure gets a slide
/// to itself.
public struct SlideDeck: Sendable, Equatable {
    /// What the deck is: its title and language.
    public var metadata: DocumentMetadata
    /// The slides in order.
    public var slides: [Slide]

    /// The deck of `document`, each slide within `budget`.
    public init(document: Document, budget: SlideBudget = .standard) {
        metadata = document.metadata
        var slides: [Slide] = []
        if !document.cover.isEmpty {
            var cover = document.cover
            var title: Inlines = []
            if case .heading(_, let content)? = cover.first { title = content; cover.removeFirst() }
            slides.append(Slide(title: title, blocks: cover, isTitleSlide: true))
        }
        let splitter = SlideSplitter(budget: budget, continued: document.metadata.words.continued)
        for (title, blocks) in Self.sections(document.blocks) {
            slides += splitter.split(title: title, blocks: blocks)
        }
        self.slides = slides
    }

    /// The blocks grouped into slides before fitting: a title (empty when none) and its content.
    static func sections(_ blocks: [Block]) -> [(title: Inlines, blocks: [Block])] {
        var sections: [(title: Inlines, blocks: [Block])] = []
        var current: (title: Inlines, blocks: [Block])?
        func close() {
            if let section = current, !section.title.isEmpty || !section.blocks.isEmpty { sections.append(section) }
            current = nil
        }
        for block in blocks {
            switch block {
            case .thematicBreak:
                close()
            case .heading(let level, let content) where level <= 2:
                if current?.title.isEmpty == false || current?.blocks.isEmpty == false { close() }
                current = (content, [])
            case .tableOfContents:
                break
            case .heading, .paragraph, .blockQuote, .list, .codeBlock, .table, .figure:
                if current == nil { current = ([], []) }
                current!.blocks.append(block)
            }
        }
        close()
        return sections
    }
}
