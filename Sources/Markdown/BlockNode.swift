/// A block while the block parser works on it: open or closed, with the raw lines it has
/// collected. Only the parser sees these; ``StorageBuilder`` turns them into records at the end.
///
/// Nodes are structs in one array (``BlockParser/nodes``), linked by index: a document makes no
/// object per block, so there is nothing to retain, release or free one by one.
struct BlockNode {
    enum Kind: UInt8 {
        case document, blockQuote, list, item, paragraph, heading, thematicBreak, fencedCode, indentedCode, table
    }

    /// What a list item's marker says; items of one list share bullet character or delimiter.
    ///
    /// Numbers are stored as `Int32` (a start number has at most 9 digits, an offset or padding
    /// a few columns), read and written as `Int`.
    struct ListMarker {
        var isOrdered = false
        /// The bullet (`-`, `+`, `*`) or the delimiter after the number (`.`, `)`).
        var character: UInt8 = 0
        private var storedStart: Int32 = 1
        private var storedPadding: Int32 = 0
        private var storedMarkerOffset: Int32 = 0

        var start: Int { get { Int(storedStart) } set { storedStart = Int32(newValue) } }
        /// Columns from the start of the marker to the item's content.
        var padding: Int { get { Int(storedPadding) } set { storedPadding = Int32(newValue) } }
        /// The indentation of the marker.
        var markerOffset: Int { get { Int(storedMarkerOffset) } set { storedMarkerOffset = Int32(newValue) } }
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
    var fenceCharacter: UInt8 = 0
    private var storedHeadingLevel: UInt8 = 0
    /// At most ``MarkdownParser/maximumBlockNesting`` + 1.
    private let storedDepth: UInt8
    // Lines, positions in the text buffer and columns as `Int32` (read and written as `Int`):
    // a node was 152 bytes with `Int`s, and the parser keeps every node of the document.
    // Inputs are below 2 GiB, as the texts of the tree (``Documents/InlineText``) require.
    private let storedStartLine: Int32
    private var storedEndLine: Int32
    private var storedContentStart: Int32 = 0
    private var storedContentEnd: Int32 = 0
    private var storedFenceLength: Int32 = 0
    private var storedFenceOffset: Int32 = 0
    private var storedLastNonBlankLine: Int32 = 0
    /// Tables: the index of their rows in ``BlockParser/tables``.
    var table: Int32 = -1
    var marker = ListMarker()

    /// How many block quotes and list items contain this node (and it itself).
    var depth: Int { Int(storedDepth) }
    var startLine: Int { Int(storedStartLine) }
    var endLine: Int { get { Int(storedEndLine) } set { storedEndLine = Int32(newValue) } }
    /// The raw text of leaf blocks, lines each ending in a newline, as a range of the parser's
    /// `text` buffer (see ``BlockParser/text``).
    var contentStart: Int { get { Int(storedContentStart) } set { storedContentStart = Int32(newValue) } }
    var contentEnd: Int { get { Int(storedContentEnd) } set { storedContentEnd = Int32(newValue) } }
    var hasContent: Bool { storedContentEnd > storedContentStart }
    var headingLevel: Int { get { Int(storedHeadingLevel) } set { storedHeadingLevel = UInt8(newValue) } }
    var fenceLength: Int { get { Int(storedFenceLength) } set { storedFenceLength = Int32(newValue) } }
    var fenceOffset: Int { get { Int(storedFenceOffset) } set { storedFenceOffset = Int32(newValue) } }
    var lastNonBlankLine: Int { get { Int(storedLastNonBlankLine) } set { storedLastNonBlankLine = Int32(newValue) } }

    init(kind: Kind, parent: Int32, parentDepth: Int, line: Int) {
        self.kind = kind
        self.parent = parent
        self.storedDepth = UInt8(parentDepth + (kind == .blockQuote || kind == .item ? 1 : 0))
        self.storedStartLine = Int32(line)
        self.storedEndLine = Int32(line)
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
