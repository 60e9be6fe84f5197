import Documents

/// The parser's scratch form of a document, turned into the ``Block`` tree once parsing is done.
///
/// Blocks and inlines are structs in flat arrays, linked as trees by index (`first` child, `next`
/// sibling, -1 for none), and all text is ranges of one UTF-8 buffer. The inline parser builds
/// and relinks these records in place while it resolves emphasis and links (CommonMark's
/// delimiter algorithm moves nodes around), which flat records make cheap: no `String`,
/// `[Inline]` array or enum box exists until the finished tree is made, once.
struct MarkdownStorage: ~Copyable {
    /// Every text of the document as UTF-8; records hold ranges of it.
    var text: [UInt8] = []
    var blocks: [BlockRecord] = []
    /// The inline parser's arena as it left it.
    var inlines = RecordArena<InlineRecord>()
    var links: [LinkRecord] = []
    /// The column alignments of all tables; a table record holds its range.
    var alignments: [Table.Alignment] = []
    /// The first top-level block, -1 when the document is empty.
    var firstBlock: Int32 = -1
    init() {}
}

/// A block of a ``MarkdownStorage``. What the fields mean depends on `kind`.
struct BlockRecord: Sendable {
    enum Kind: UInt8, Sendable {
        case paragraph, heading, blockQuote, bulletList, orderedList, item, codeBlock, thematicBreak
        /// A table; its children are rows (the header first), theirs are cells.
        case table, tableRow, tableCell
    }

    var kind: Kind
    /// Lists: whether the list is tight.
    var isTight = false
    /// Headings: the level; ordered lists: the start number (at most 9 digits).
    private var storedNumber: Int32 = 0
    var number: Int { get { Int(storedNumber) } set { storedNumber = Int32(newValue) } }
    /// Containers (quote, list, item, table, row): the first child block. Paragraphs, headings and
    /// cells: the first inline. -1 when there is none.
    var first: Int32 = -1
    /// The next sibling block, -1 for the last.
    var next: Int32 = -1
    /// Code blocks: the text's range in ``MarkdownStorage/text``; tables: the range of their
    /// alignments in ``MarkdownStorage/alignments``.
    var start: Int32 = 0
    var end: Int32 = 0
    /// Code blocks: the range of the info string.
    var infoStart: Int32 = 0
    var infoEnd: Int32 = 0

    init(kind: Kind) {
        self.kind = kind
    }
}

/// An inline of a ``MarkdownStorage``. The inline parser builds these in place (`previous`,
/// `last` and `depth` are its working fields), so a parsed paragraph needs no conversion.
struct InlineRecord: Sendable {
    enum Kind: UInt8, Sendable {
        /// Text; `delimiterRun` is text that the parser may still use as emphasis or brackets.
        case text, delimiterRun, softBreak, hardBreak, code, emphasis, strong, link, image
    }

    var kind: Kind
    /// How deeply emphasis and links nest inside this node (0 for leaves); at most
    /// ``MarkdownParser/maximumInlineNesting``, so a byte (beside `kind`) holds it.
    var depth: UInt8 = 0
    /// Text and code: the range in ``MarkdownStorage/text``.
    var textStart: Int32 = 0
    var textEnd: Int32 = 0
    /// Links and images: the index in ``MarkdownStorage/links``.
    var target: Int32 = -1
    /// Emphasis, strong, links and images: the first child, -1 when empty.
    var first: Int32 = -1
    var last: Int32 = -1
    var previous: Int32 = -1
    /// The next sibling, -1 for the last.
    var next: Int32 = -1

    /// Whether the record is text, one that the parser may still use as emphasis or not: the
    /// tree joins neighbouring texts.
    @inline(__always) var isText: Bool { kind == .text || kind == .delimiterRun }

    init(kind: Kind, textStart: Int32 = 0, textEnd: Int32 = 0, target: Int32 = -1) {
        self.kind = kind
        self.textStart = textStart
        self.textEnd = textEnd
        self.target = target
    }
}

/// The destination and title of a link or image, as ranges of ``MarkdownStorage/text``.
struct LinkRecord: Sendable {
    var destinationStart: Int32
    var destinationEnd: Int32
    /// -1 when the link has no title.
    var titleStart: Int32 = -1
    var titleEnd: Int32 = -1

    var hasTitle: Bool { titleStart >= 0 }
}

/// Read access to a ``MarkdownStorage`` through buffer pointers, for making the tree: that reads
/// every record and byte once, and pointers keep bounds checks, retains and exclusivity checks out
/// of its loops. Every index comes from the parser's own links between records, which are within
/// the arrays by construction. Valid only inside ``MarkdownStorage/withView(_:)``, which keeps
/// the arrays alive and unchanged while the pointers are used. It holds only pointers, so
/// copying it costs no reference counting.
struct MarkdownStorageView {
    let text: UnsafeBufferPointer<UInt8>
    let blocks: UnsafeBufferPointer<BlockRecord>
    let inlines: UnsafeBufferPointer<InlineRecord>
    let links: UnsafeBufferPointer<LinkRecord>
    let alignments: UnsafeBufferPointer<Table.Alignment>

    /// The bytes of `text[start..<end]`.
    @inline(__always) func bytes(_ start: Int32, _ end: Int32) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: text[Int(start)..<Int(end)])
    }

    @inline(__always) func block(_ index: Int32) -> BlockRecord { blocks[Int(index)] }

    @inline(__always) func inline(_ index: Int32) -> InlineRecord { inlines[Int(index)] }

    /// The text of `text[start..<end]` as a string (code spans, link destinations and titles).
    /// ``Documents/MostlyASCII`` checks the bytes eight at a time where it can and copies them
    /// once; `String(decoding:as:)` validated them byte by byte, and there is a `String` for
    /// every link.
    func string(_ start: Int32, _ end: Int32) -> String {
        MostlyASCII.string(bytes(start, end))
    }

    /// The text a reader sees of the inlines from `first` on, without markup: breaks become spaces
    /// (as ``Inline/plainText``).
    func plainText(from first: Int32) -> String {
        var result: [UInt8] = []
        appendPlainText(from: first, to: &result)
        return String(decoding: result, as: UTF8.self)
    }

    private func appendPlainText(from first: Int32, to result: inout [UInt8]) {
        var index = first
        while index >= 0 {
            let inline = inlines[Int(index)]
            switch inline.kind {
            case .text, .delimiterRun, .code: result.append(contentsOf: bytes(inline.textStart, inline.textEnd))
            case .softBreak, .hardBreak: result.append(0x20)
            case .emphasis, .strong, .link, .image: appendPlainText(from: inline.first, to: &result)
            }
            index = inline.next
        }
    }
}

extension MarkdownStorage {
    /// Runs `body` with pointer access to the storage.
    func withView<Result>(_ body: (MarkdownStorageView) throws -> Result) rethrows -> Result {
        let inlines = self.inlines.buffer  // valid while the storage is borrowed here
        return try text.withUnsafeBufferPointer { text in
            try blocks.withUnsafeBufferPointer { blocks in
                try links.withUnsafeBufferPointer { links in
                    try alignments.withUnsafeBufferPointer { alignments in
                        try body(MarkdownStorageView(text: text, blocks: blocks, inlines: inlines, links: links, alignments: alignments))
                    }
                }
            }
        }
    }
}
