/// Counts in a grid, such as signals per region (rows) and national theme (columns), with a total
/// per row. Writers show it as a table whose cells are shaded by their count, with the number
/// always in the cell, so it reads in black-and-white print and by screen readers.
public struct CountMatrix: Sendable, Equatable {
    /// The heading of the row labels' column, such as "Regio".
    public var rowHeading: String
    /// The row labels, in order.
    public var rows: [String]
    /// The column labels, in order.
    public var columns: [String]
    /// One count per row and column: `counts[row][column]`.
    public var counts: [[Int]]
    /// One total per row (not always the sum of its cells: a signal with two themes counts once).
    public var totals: [Int]
    /// The heading of the totals' column, such as "Total".
    public var totalHeading: String
    /// What the counts are, for the legend: "signals".
    public var unit: String
    /// The word before the shades in the legend below the matrix: "Scale".
    public var scaleWord: String
    /// What an empty cell means, in the legend: "an empty cell is 0".
    public var emptyCellNote: String

    /// Makes a matrix; missing counts are 0.
    public init(
        rowHeading: String, rows: [String], columns: [String], counts: [[Int]], totals: [Int], totalHeading: String, unit: String,
        scaleWord: String, emptyCellNote: String
    ) {
        self.rowHeading = rowHeading
        self.rows = rows
        self.columns = columns
        self.counts = rows.indices.map { row in
            columns.indices.map { column in row < counts.count && column < counts[row].count ? counts[row][column] : 0 }
        }
        self.totals = rows.indices.map { $0 < totals.count ? totals[$0] : 0 }
        self.totalHeading = totalHeading
        self.unit = unit
        self.scaleWord = scaleWord
        self.emptyCellNote = emptyCellNote
    }

    /// The shading classes of the cells.
    var scale: ShadeScale { ShadeScale(maximum: counts.flatMap { $0 }.max() ?? 0) }
}
