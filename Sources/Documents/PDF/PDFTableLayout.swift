/// A table fitted to a width: the type size (8.5 pt, or 7 pt when the columns do not fit), the
/// column widths, and every cell broken into lines. Columns get what their longest line needs
/// when the table fits; otherwise each gets its longest word and the rest is shared by need, as a
/// browser's automatic table layout does; a word longer than its column is broken.
struct PDFTableLayout {
    static let paddingX = 3.4, paddingY = 2.1

    var style: PDFPageStyle.TextStyle
    var widths: [Double]
    var header: [[PDFLine]]
    /// Every row's cells broken into lines; empty for a long table, whose rows are broken again
    /// as they are drawn (``cells(ofRow:)``).
    private var rows: [[[PDFLine]]]
    /// A long table's rows (more than ``longTableRows``), broken into lines only as each is
    /// drawn, and their most lines in a cell. At 100 times the national content the execution
    /// part has tables of 600 to 1 600 rows: their spans and lines, all made at once, were about
    /// 16 MB held while the table was laid out, at the end of the document's second layout.
    private var longTable: (table: Table, mostLines: [Int32])?
    var caption: [PDFLine]
    /// The columns whose header is turned a quarter, read from bottom to top (a matrix's many
    /// narrow columns, as in the HTML); their header lines are as long as the header row is high.
    var rotatedColumns: Range<Int>
    /// The height of the header row's rotated text, when there is any.
    var rotatedHeight = 0.0

    static let rotatedLineLength = 110.0

    /// Lays `table` out in `width`; a table of more than `longFrom` rows breaks its rows into lines
    /// as they are drawn (``longTableRows``; other values for tests).
    init(_ table: Table, width: Double, rotatedColumns: Range<Int> = 0..<0, size preferredSize: Double = 8.5, longFrom: Int = longTableRows) {
        self.rotatedColumns = rotatedColumns
        let columns = max(1, table.alignments.count)
        let headerSpans = table.header.map { PDFInlineSpans.spans($0, font: .bold) }
        let isLong = table.rows.count > longFrom
        // A long table's rows are made into spans one at a time, measured and let go.
        let rowSpans = isLong ? [] : table.rows.indices.map { Self.spans(ofRow: $0, of: table) }
        // Widths at 1 pt: the longest word and the whole text of each column.
        var minimum = Array(repeating: 0.0, count: columns), maximum = Array(repeating: 0.0, count: columns)
        func measure(_ row: [[PDFSpan]], isHeader: Bool) {
            for (column, spans) in row.enumerated() where column < columns && !(isHeader && rotatedColumns.contains(column)) {
                let (word, line) = Self.measure(spans)
                minimum[column] = max(minimum[column], min(word, 14))  // a word past 14 em breaks
                maximum[column] = max(maximum[column], line)
            }
        }
        measure(headerSpans, isHeader: true)
        if isLong {
            for index in table.rows.indices { measure(Self.spans(ofRow: index, of: table), isHeader: false) }
        } else {
            for row in rowSpans { measure(row, isHeader: false) }
        }
        let available = width - Double(columns) * 2 * Self.paddingX
        var size = preferredSize
        if minimum.reduce(0, +) * size > available { size = 7 }
        let style = PDFPageStyle.TextStyle(size: size, lineHeight: size * 1.3, font: .regular, color: PDFPageStyle.text)
        // A rotated header is as wide as its lines are high.
        var rotatedHeader: [Int: [PDFLine]] = [:]
        for column in rotatedColumns where column < columns {
            let lines = PDFLineBreaker(width: Self.rotatedLineLength, size: size).lines(headerSpans[column])
            rotatedHeader[column] = lines
            let needed = Double(lines.count) * style.lineHeight / size
            minimum[column] = max(minimum[column], needed)
            maximum[column] = max(maximum[column], needed)
        }
        let low = minimum.map { max($0 * size, 12) }, high = zip(minimum, maximum).map { max($0 * size, $1 * size, 12) }
        var widths: [Double]
        let lowSum = low.reduce(0, +), highSum = high.reduce(0, +)
        if highSum <= available {
            widths = high.map { $0 + (available - highSum) * $0 / highSum }
        } else if lowSum <= available {
            let spread = highSum - lowSum
            widths = zip(low, high).map { $0 + (available - lowSum) * ($1 - $0) / max(spread, 0.001) }
        } else {
            widths = low.map { available * $0 / lowSum }
        }
        self.style = style
        self.widths = widths
        header = headerSpans.enumerated().map { rotatedHeader[$0] ?? PDFLineBreaker(width: widths[min($0, columns - 1)], size: size).lines($1) }
        rotatedHeight = rotatedHeader.values.map { $0.map(\.width).max() ?? 0 }.max() ?? 0
        if isLong {
            rows = []
            let mostLines = table.rows.indices.map { index in
                Int32(Self.lines(of: Self.spans(ofRow: index, of: table), widths: widths, size: size).reduce(0) { max($0, $1.count) })
            }
            longTable = (table, mostLines)
        } else {
            rows = rowSpans.map { Self.lines(of: $0, widths: widths, size: size) }
        }
        caption = table.caption.isEmpty ? [] : PDFLineBreaker(width: width, size: size).lines(PDFInlineSpans.spans(table.caption, font: .bold))
    }

    /// The longest word and the whole text of `spans`, in points at a size of 1.
    static func measure(_ spans: [PDFSpan]) -> (word: Double, line: Double) {
        var longest = 0.0, current = 0.0, total = 0.0, line = 0.0
        let widths = PDFFont.widthTable  // read once, not through the global's accessor per character
        for span in spans {
            if span.isBreak {
                line = max(line, total)
                total = 0
                current = 0
                continue
            }
            let row = span.font.rawValue &* 256
            for byte in span.bytes {
                let advance = Double(widths[row &+ Int(byte)]) / 1000
                total += advance
                if byte == 0x20 {
                    current = 0
                } else {
                    current += advance
                    longest = max(longest, current)
                }
            }
        }
        return (longest, max(line, total))
    }

    /// Tables of more rows than this break each row into lines as it is drawn, not all at once
    /// (see ``longTable``); a national build has none, 100 times its content several.
    static let longTableRows = 250

    /// The spans of row `index`'s cells: the total row in bold.
    private static func spans(ofRow index: Int, of table: Table) -> [[PDFSpan]] {
        table.rows[index].map { PDFInlineSpans.spans($0, font: table.hasTotalRow && index == table.rows.count - 1 ? .bold : .regular) }
    }

    /// The cells of a row broken into lines in their columns.
    private static func lines(of row: [[PDFSpan]], widths: [Double], size: Double) -> [[PDFLine]] {
        row.enumerated().map { PDFLineBreaker(width: widths[min($0, widths.count - 1)], size: size).lines($1) }
    }

    /// How many rows the table has.
    var rowCount: Int { longTable?.table.rows.count ?? rows.count }

    /// Row `index`'s cells broken into lines: kept, or broken now for a long table (the same lines).
    func cells(ofRow index: Int) -> [[PDFLine]] {
        guard let longTable else { return rows[index] }
        return Self.lines(of: Self.spans(ofRow: index, of: longTable.table), widths: widths, size: style.size)
    }

    /// The height of row `index`: ``height(of:)`` of its cells.
    func rowHeight(_ index: Int) -> Double {
        guard let longTable else { return height(of: rows[index]) }
        return Double(max(1, Int(longTable.mostLines[index]))) * style.lineHeight + 2 * Self.paddingY
    }

    func height(of cells: [[PDFLine]]) -> Double {
        var most = 1
        for cell in cells where cell.count > most { most = cell.count }
        return Double(most) * style.lineHeight + 2 * Self.paddingY
    }

    /// The height of the header row: its lines, or its rotated text.
    var headerHeight: Double {
        var most = 1
        for (column, cell) in header.enumerated() where cell.count > most && !rotatedColumns.contains(column) { most = cell.count }
        return max(Double(most) * style.lineHeight + 2 * Self.paddingY, rotatedHeight + 2 * Self.paddingY + 2)
    }

    var captionHeight: Double { Double(caption.count) * style.lineHeight + (caption.isEmpty ? 0 : 3) }
}
