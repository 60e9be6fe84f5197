/// A document as every writer sees it: what it is (``DocumentMetadata``), its cover, and its
/// blocks. The tree is format-neutral: no HTML, CSS or Word markup lives in it, so one tree gives
/// the Markdown, HTML and every later format of a document.
public struct Document: Sendable, Equatable {
    /// Title, kind, region, version, status, language: for the cover, the running header and the
    /// file's properties.
    public var metadata: DocumentMetadata
    /// What stands on the cover: the title and the lines below it (region, period, version).
    /// Empty when the document has no cover.
    public var cover: [Block]
    /// The content after the cover, in order; ``Block/tableOfContents`` marks where the table of
    /// contents goes.
    public var blocks: [Block]
    /// The deepest heading level the table of contents lists; 0 leaves it out.
    public var tableOfContentsDepth = 3
    /// Whether the cover stands on a page of its own in a paged format (PDF, Word) when the table of
    /// contents follows it. A short working paper (a changes document of a page or two) keeps
    /// its cover at the top of the first page, so every page carries the running heads.
    public var coverHasOwnPage = true

    /// Makes a document.
    public init(metadata: DocumentMetadata, cover: [Block] = [], blocks: [Block]) {
        self.metadata = metadata
        self.cover = cover
        self.blocks = blocks
    }

    /// A document of blocks parsed or made elsewhere: a leading level-1 heading and what follows
    /// it up to the first level-2 heading (or the table of contents) become the cover; the table of
    /// contents follows the cover, or starts the document when there is no cover, unless `blocks`
    /// already places it.
    public init(metadata: DocumentMetadata, splittingCoverFrom blocks: [Block]) {
        self.metadata = metadata
        guard case .heading(level: 1, _)? = blocks.first else {
            self.cover = []
            self.blocks = blocks.contains(.tableOfContents) ? blocks : [.tableOfContents] + blocks
            return
        }
        let end = blocks.dropFirst().firstIndex { block in
            if case .heading(let level, _) = block { return level <= 2 }
            return block == .tableOfContents
        } ?? blocks.endIndex
        self.cover = Array(blocks[..<end])
        let rest = Array(blocks[end...])
        self.blocks = rest.contains(.tableOfContents) ? rest : [.tableOfContents] + rest
    }

    /// The headings after the cover, with the ids every writer gives them (the cover's headings
    /// take their ids first, so ids are the same whether or not a writer shows the cover).
    public var headings: [HeadingEntry] {
        HeadingEntry.all(in: blocks, after: cover)
    }
}
