/// A block while the block parser works on it: open or closed, with the raw lines it has
/// collected. Only the parser sees these; ``StorageBuilder`` turns them into records at the end.
///
/// Nodes are structs in one array (``BlockParser/nodes``), linked by index: a document makes no
/// object per block, so there is nothing to retain, release or free one by one.
struct BlockNode {
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

    /// Set once, except that a paragraph becomes a heading when a setext underline follows it.
    var kind: Kind
    /// Indexes of ``BlockParser/nodes``, -1 for none.
    var parent: Int32
    var firstChild: Int32 = -1
    var lastChild: Int32 = -1
    var previous: Int32 = -1
    var next: Int32 = -1
    var isOpen = true
    /// How many block quotes and list items contain this node (and it itself).
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
    var lastNonBlankLine = 0
    /// Tables: the index of their rows in ``BlockParser/tables``.
    var table: Int32 = -1

    init(kind: Kind, parent: Int32, parentDepth: Int, line: Int) {
        self.kind = kind
        self.parent = parent
        self.depth = parentDepth + (kind == .blockQuote || kind == .item ? 1 : 0)
        self.startLine = line
        self.endLine = line
    }

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
