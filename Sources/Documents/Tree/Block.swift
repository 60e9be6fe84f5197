/// A block of a ``Document``: what every writer (Markdown, HTML, and the formats to come) knows
/// how to show. The Markdown parser makes most of them from text; code adds the rest (figures,
/// the table of contents).
public enum Block: Sendable, Equatable {
    /// A heading of `level` 1 to 6 (ATX `#` or setext `===`/`---`).
    case heading(level: Int, content: Inlines)
    /// A paragraph of inline content.
    case paragraph(Inlines)
    /// A block quote (`>`) holding blocks; the documents use it for notes and call-outs, and writers
    /// show it as a framed note.
    case blockQuote([Block])
    /// A bullet or ordered list.
    case list(ListBlock)
    /// A fenced or indented code block. `info` is the fence's info string (empty when absent);
    /// `text` is the literal content, each line ending in a newline.
    case codeBlock(info: String, text: String)
    /// A thematic break (`***`, `---`, `___`).
    case thematicBreak
    /// A GFM pipe table.
    indirect case table(Table)
    /// A figure (chart, map, matrix) as data, with the table of numbers it stands for; each writer
    /// draws it its own way. Markdown never produces it.
    indirect case figure(Figure)
    /// Where the table of contents goes; the writer fills it from the headings that follow.
    /// Markdown never produces it.
    case tableOfContents
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
    public var header: [Inlines]
    /// The body rows; each row has one cell per column.
    public var rows: [[Inlines]]
    /// What the table shows, in a few words; empty when the text around it says so.
    public var caption: String
    /// Whether the last body row holds the totals of the rows above it (writers set it apart).
    public var hasTotalRow: Bool
    /// Body cells set apart with a shade, by position; most tables have none.
    public var shades: [CellPosition: CellShade] = [:]

    /// Where a body cell is: its row among ``rows`` and its column.
    public struct CellPosition: Sendable, Hashable {
        /// The row, counted from 0 among the body rows.
        public var row: Int
        /// The column, counted from 0.
        public var column: Int

        /// Makes a position.
        public init(row: Int, column: Int) {
            self.row = row
            self.column = column
        }
    }

    /// How strongly a cell is set apart. Writers use a light background (a grey in print) that
    /// leaves the text readable; the text itself still says what it means, so nothing depends on
    /// seeing the shade.
    public enum CellShade: Sendable, Equatable {
        /// Worth a second look (a verdict "onvoldoende onderbouwd").
        case caution
        /// Falls short (a verdict "voldoet niet").
        case shortfall

        /// The background as `RRGGBB`: light amber and light rose, the same in every format.
        public var rgb: String {
            switch self {
            case .caution: "FFF3CD"
            case .shortfall: "F8D7DA"
            }
        }
    }

    /// Whether the column at `index` holds numbers: right-aligned columns do.
    public func isNumeric(column index: Int) -> Bool {
        index < alignments.count && alignments[index] == .right
    }

    /// Makes a table; rows are padded with empty cells or cut to the number of columns.
    public init(alignments: [Alignment], header: [Inlines], rows: [[Inlines]], caption: String = "", hasTotalRow: Bool = false) {
        let columns = alignments.count
        func fit(_ row: [Inlines]) -> [Inlines] {
            row.count == columns ? row : Array((row + Array(repeating: [], count: max(0, columns - row.count))).prefix(columns))
        }
        self.alignments = alignments
        self.header = fit(header)
        self.rows = rows.map(fit)
        self.caption = caption
        self.hasTotalRow = hasTotalRow && !rows.isEmpty
    }

    /// The shade of the body cell at `row`, `column`, if it has one.
    public func shade(row: Int, column: Int) -> CellShade? {
        shades.isEmpty ? nil : shades[CellPosition(row: row, column: column)]
    }

    /// The table with only the body rows in `range`, their shades with them; the total row stays
    /// one only when the range ends with it.
    public func rows(_ range: Range<Int>) -> Table {
        var part = self
        part.rows = Array(rows[range])
        part.hasTotalRow = hasTotalRow && range.upperBound == rows.count && !range.isEmpty
        part.shades = [:]
        for (position, shade) in shades where range.contains(position.row) {
            part.shades[CellPosition(row: position.row - range.lowerBound, column: position.column)] = shade
        }
        return part
    }

    /// A table of plain texts: `numericFrom` is the first right-aligned (numeric) column.
    public init(header: [String], rows: [[String]], numericFrom: Int = .max, caption: String = "", hasTotalRow: Bool = false) {
        self.init(
            alignments: header.indices.map { $0 >= numericFrom ? .right : .left }, header: header.map { [.text($0)] },
            rows: rows.map { $0.map { [.text($0)] } }, caption: caption, hasTotalRow: hasTotalRow)
    }
}
