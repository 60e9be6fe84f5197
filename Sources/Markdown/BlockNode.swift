/// A block while the block parser works on it: open or closed, with the raw lines it has
/// collected. Only the parser sees these; `BlockParser` turns them into ``Block`` values at the end.
final class BlockNode {
    enum Kind {
        case document, blockQuote, list, item, paragraph, heading, thematicBreak, fencedCode, indentedCode, table
    }

    /// What a list item's marker says; items of one list share bullet character or delimiter.
    struct ListMarker {
        var isOrdered = false
        /// The bullet (`-`, `+`, `*`) or the delimiter after the number (`.`, `)`).
        var character: UInt8 = 0
        var start = 1
        /// Columns from the start of the marker to the item's content.
        var padding = 0
        /// The indentation of the marker.
        var markerOffset = 0
    }

    let kind: Kind
    unowned(unsafe) var parent: BlockNode?
    var children: [BlockNode] = []
    var isOpen = true
    let depth: Int
    let startLine: Int
    var endLine: Int
    /// The raw text of leaf blocks, lines each ending in a newline, as a range of the parser's
    /// `text` buffer (see ``BlockParser/text``).
    var contentStart = 0
    var contentEnd = 0
    var hasContent: Bool { contentEnd > contentStart }

    var marker = ListMarker()
    var headingLevel = 0
    var fenceCharacter: UInt8 = 0
    var fenceLength = 0
    var fenceOffset = 0
    var info = ""
    var lastNonBlankLine = 0
    var table: TableSyntax.Rows?

    init(kind: Kind, parent: BlockNode?, line: Int) {
        self.kind = kind
        self.parent = parent
        self.depth = (parent?.depth ?? 0) + (kind == .blockQuote || kind == .item ? 1 : 0)
        self.startLine = line
        self.endLine = line
    }

    var lastChild: BlockNode? { children.last }

    /// Whether lines that no new block claims become this block's content.
    var acceptsLines: Bool {
        switch kind {
        case .paragraph, .fencedCode, .indentedCode, .table: return true
        default: return false
        }
    }

    func canContain(_ child: Kind) -> Bool {
        switch kind {
        case .document, .blockQuote, .item: return child != .item
        case .list: return child == .item
        default: return false
        }
    }
}
