/// The compact form of a ``MarkdownDocument``: what the parser produces and what the writers read.
///
/// Blocks and inlines are structs in flat arrays, linked as trees by index (`first` child, `next`
/// sibling, -1 for none), and all text is ranges of one UTF-8 buffer. A parsed document is a few
/// arrays instead of thousands of `String`s, `[Inline]` arrays and enum boxes, so making it,
/// writing it and freeing it cost little. The public ``Block`` tree is made from it only when
/// someone asks for ``MarkdownDocument/blocks``.
///
/// `package` access: the writers in `Documents` read it; it is not public API.
package struct MarkdownStorage: Sendable {
    /// Every text of the document as UTF-8; records hold ranges of it.
    package var text: [UInt8] = []
    package var blocks: [BlockRecord] = []
    package var inlines: [InlineRecord] = []
    package var links: [LinkRecord] = []
    /// The column alignments of all tables; a table record holds its range.
    package var alignments: [Table.Alignment] = []
    /// Embedded blocks as given; their record holds the index.
    package var embedded: [EmbeddedBlock] = []
    /// The first top-level block, -1 when the document is empty.
    package var firstBlock: Int32 = -1
    /// Whether neighbouring text records form one ``Inline/text(_:)`` (and empty ones none). The
    /// parser leaves text in pieces (an escape, a decoded reference, a leftover delimiter) and the
    /// writers do not mind; a tree given to ``MarkdownDocument/init(blocks:)`` is kept as it is.
    package var joinsText = false

    package init() {}
}

/// A block of a ``MarkdownStorage``. What the fields mean depends on `kind`.
package struct BlockRecord: Sendable {
    package enum Kind: UInt8, Sendable {
        case paragraph, heading, blockQuote, bulletList, orderedList, item, codeBlock, thematicBreak
        /// A table; its children are rows (the header first), theirs are cells.
        case table, tableRow, tableCell
        case embedded
    }

    package var kind: Kind
    /// Lists: whether the list is tight.
    package var isTight = false
    /// Headings: the level; ordered lists: the start number; embedded blocks: the index in
    /// ``MarkdownStorage/embedded``.
    package var number = 0
    /// Containers (quote, list, item, table, row): the first child block. Paragraphs, headings and
    /// cells: the first inline. -1 when there is none.
    package var first: Int32 = -1
    /// The next sibling block, -1 for the last.
    package var next: Int32 = -1
    /// Code blocks: the text's range in ``MarkdownStorage/text``; tables: the range of their
    /// alignments in ``MarkdownStorage/alignments``.
    package var start: Int32 = 0
    package var end: Int32 = 0
    /// Code blocks: the range of the info string.
    package var infoStart: Int32 = 0
    package var infoEnd: Int32 = 0

    package init(kind: Kind) {
        self.kind = kind
    }
}

/// An inline of a ``MarkdownStorage``. The inline parser builds these in place (`previous`,
/// `last` and `depth` are its working fields), so a parsed paragraph needs no conversion.
package struct InlineRecord: Sendable {
    package enum Kind: UInt8, Sendable {
        /// Text; `delimiterRun` is text that the parser may still use as emphasis or brackets.
        case text, delimiterRun, softBreak, hardBreak, code, emphasis, strong, link, image
    }

    package var kind: Kind
    /// Text and code: the range in ``MarkdownStorage/text``.
    package var textStart: Int32 = 0
    package var textEnd: Int32 = 0
    /// Links and images: the index in ``MarkdownStorage/links``.
    package var target: Int32 = -1
    /// Emphasis, strong, links and images: the first child, -1 when empty.
    package var first: Int32 = -1
    var last: Int32 = -1
    var previous: Int32 = -1
    /// The next sibling, -1 for the last.
    package var next: Int32 = -1
    /// How deeply emphasis and links nest inside this node (0 for leaves).
    var depth: Int32 = 0

    package init(kind: Kind, textStart: Int32 = 0, textEnd: Int32 = 0, target: Int32 = -1) {
        self.kind = kind
        self.textStart = textStart
        self.textEnd = textEnd
        self.target = target
    }
}

/// The destination and title of a link or image, as ranges of ``MarkdownStorage/text``.
package struct LinkRecord: Sendable {
    package var destinationStart: Int32
    package var destinationEnd: Int32
    /// -1 when the link has no title.
    package var titleStart: Int32 = -1
    package var titleEnd: Int32 = -1

    package var hasTitle: Bool { titleStart >= 0 }
}

/// Read access to a ``MarkdownStorage`` through buffer pointers: the writers look at every record
/// and byte, and this keeps bounds checks, retains and exclusivity checks out of their loops.
/// Valid only inside ``MarkdownStorage/withView(_:)``.
package struct MarkdownStorageView {
    package let text: UnsafeBufferPointer<UInt8>
    package let blocks: UnsafeBufferPointer<BlockRecord>
    package let inlines: UnsafeBufferPointer<InlineRecord>
    package let links: UnsafeBufferPointer<LinkRecord>
    package let storage: MarkdownStorage

    /// The bytes of `text[start..<end]`.
    @inline(__always) package func bytes(_ start: Int32, _ end: Int32) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: text[Int(start)..<Int(end)])
    }

    @inline(__always) package func block(_ index: Int32) -> BlockRecord { blocks[Int(index)] }

    @inline(__always) package func inline(_ index: Int32) -> InlineRecord { inlines[Int(index)] }

    /// The text of `text[start..<end]` as a string.
    package func string(_ start: Int32, _ end: Int32) -> String {
        String(decoding: bytes(start, end), as: UTF8.self)
    }

    /// The text a reader sees of the inlines from `first` on, without markup: breaks become spaces
    /// (as ``Inline/plainText``).
    package func plainText(from first: Int32) -> String {
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
    package func withView<Result>(_ body: (MarkdownStorageView) throws -> Result) rethrows -> Result {
        try text.withUnsafeBufferPointer { text in
            try blocks.withUnsafeBufferPointer { blocks in
                try inlines.withUnsafeBufferPointer { inlines in
                    try links.withUnsafeBufferPointer { links in
                        try body(MarkdownStorageView(text: text, blocks: blocks, inlines: inlines, links: links, storage: self))
                    }
                }
            }
        }
    }
}
