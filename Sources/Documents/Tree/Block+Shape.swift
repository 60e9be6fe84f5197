extension Block {
    /// Whether the block is a table or a figure: what a paragraph just before it introduces, and
    /// what a page keeps that paragraph with. Every case is named, so a new kind of block is a
    /// compile error here until someone decides.
    var isTableOrFigure: Bool {
        switch self {
        case .table, .figure: true
        case .heading, .paragraph, .blockQuote, .list, .codeBlock, .thematicBreak, .tableOfContents: false
        }
    }
}
