/// A block-level element of a ``MarkdownDocument``.
public enum Block: Sendable, Equatable {
    /// A heading of `level` 1 to 6 (ATX `#` or setext `===`/`---`).
    case heading(level: Int, content: [Inline])
    /// A paragraph of inline content.
    case paragraph([Inline])
    /// A block quote (`>`) holding blocks.
    case blockQuote([Block])
    /// A bullet or ordered list.
    case list(ListBlock)
    /// A fenced or indented code block. `info` is the fence's info string (empty when absent);
    /// `text` is the literal content, each line ending in a newline.
    case codeBlock(info: String, text: String)
    /// A thematic break (`***`, `---`, `___`).
    case thematicBreak
    /// A GFM pipe table.
    case table(Table)
    /// Trusted content that a later stage inserts without going through Markdown text, such as
    /// an inline SVG chart. Markdown never produces it.
    case embedded(EmbeddedBlock)
}

/// A bullet or ordered list.
public struct ListBlock: Sendable, Equatable {
    /// Whether the list is a bullet or an ordered list.
    public enum Kind: Sendable, Equatable {
        /// A bullet list.
        case bullet
        /// An ordered list whose first item has the number `start`.
        case ordered(start: Int)
    }

    /// Bullet or ordered, with the start number.
    public var kind: Kind
    /// A tight list has no blank lines between its items or their blocks; writers show its
    /// paragraphs without paragraph spacing.
    public var isTight: Bool
    /// The items in order; each item is a list of blocks.
    public var items: [[Block]]

    /// Makes a list.
    public init(kind: Kind, isTight: Bool, items: [[Block]]) {
        self.kind = kind
        self.isTight = isTight
        self.items = items
    }
}

/// A GFM pipe table. Every row has exactly as many cells as there are columns.
public struct Table: Sendable, Equatable {
    /// How the cells of a column are aligned.
    public enum Alignment: Sendable, Equatable {
        /// No alignment given (`---`).
        case none
        /// `:--`
        case left
        /// `:-:`
        case center
        /// `--:`
        case right
    }

    /// One alignment per column.
    public var alignments: [Alignment]
    /// The header cells, one per column.
    public var header: [[Inline]]
    /// The body rows; each row has one cell per column.
    public var rows: [[[Inline]]]

    /// Makes a table; rows are padded with empty cells or cut to the number of columns.
    public init(alignments: [Alignment], header: [[Inline]], rows: [[[Inline]]]) {
        let columns = alignments.count
        func fit(_ row: [[Inline]]) -> [[Inline]] {
            row.count == columns ? row : Array((row + Array(repeating: [], count: max(0, columns - row.count))).prefix(columns))
        }
        self.alignments = alignments
        self.header = fit(header)
        self.rows = rows.map(fit)
    }
}

/// Pre-rendered, trusted content placed in the tree by code, such as an inline SVG chart.
///
/// Each writer picks the representation it can use: the HTML writer writes `html` verbatim
/// (it is trusted and not escaped: never put user text in it unescaped); writers that cannot show
/// HTML (Markdown, later Word) write `fallback`, ordinary blocks such as a caption and a table of
/// the chart's data.
public struct EmbeddedBlock: Sendable, Equatable {
    /// What the content is, such as `"chart"`; writers may use it as a class name.
    public var kind: String
    /// Trusted HTML written verbatim by the HTML writer.
    public var html: String
    /// Blocks written by writers that cannot show `html`.
    public var fallback: [Block]

    /// Makes an embedded block.
    public init(kind: String, html: String, fallback: [Block]) {
        self.kind = kind
        self.html = html
        self.fallback = fallback
    }
}
