/// One sheet of a workbook: a name, a header row and the rows under it. The header row can be
/// frozen (it stays in view while scrolling) and carry an autofilter (sort and filter buttons).
public struct Worksheet: Sendable, Hashable {
    /// The tab's name; the writer makes it valid (at most 31 characters, none of `[]:*?/\`).
    public var name: String
    /// The column headings, in the first row; empty for a sheet without a header row.
    public var header: [String]
    /// The rows under the header.
    public var rows: [[SpreadsheetCell]]
    /// Keep the header row in view while scrolling.
    public var freezesHeader: Bool
    /// Sort and filter buttons on the header row.
    public var hasAutoFilter: Bool
    /// A sheet the tabs do not show (Excel's "Verbergen"); it can be shown again, so it is no secret.
    public var isHidden: Bool
    /// Columns (0-based) the sheet does not show, such as keys that map rows back; they can be
    /// shown again, so they hold nothing secret.
    public var hiddenColumns: Set<Int> = []
    /// Protect the sheet (without a password: a guard against slips, not a lock) so that only
    /// `editableColumns` can be changed; rows can still be added, deleted and filtered.
    public var isProtected = false
    /// The columns (0-based) a protected sheet lets people change, new rows included.
    public var editableColumns: Set<Int> = []
    /// What columns accept, checked while typing.
    public var validations: [CellValidation] = []
    /// Print as a wide table: landscape on A4, scaled to one page wide (as many pages tall as it
    /// takes), the header row repeated at the top of every printed page. Off: the application's
    /// default (portrait at 100 %, a wide sheet's columns spread over several pages).
    public var printsAsWideTable = false

    /// A sheet with a header row that is frozen and filtered (the usual table).
    public init(name: String, header: [String], rows: [[SpreadsheetCell]], freezesHeader: Bool = true, hasAutoFilter: Bool = true,
                isHidden: Bool = false) {
        self.name = name
        self.header = header
        self.rows = rows
        self.freezesHeader = freezesHeader
        self.hasAutoFilter = hasAutoFilter
        self.isHidden = isHidden
    }

    /// The number of columns: the widest of the header and the rows.
    public var columnCount: Int { max(header.count, rows.map(\.count).max() ?? 0) }

    /// All rows as cells, the header first (as text).
    var allRows: [[SpreadsheetCell]] {
        (header.isEmpty ? [] : [header.map { .text($0) }]) + rows
    }
}

/// A workbook: sheets in order, with a title and subject for the file's properties.
public struct Workbook: Sendable, Hashable {
    /// The sheets, in tab order; the first is the one that opens.
    public var sheets: [Worksheet]
    /// The title in the file's properties.
    public var title: String
    /// The subject in the file's properties.
    public var subject: String

    /// A workbook of `sheets`.
    public init(sheets: [Worksheet], title: String = "", subject: String = "") {
        self.sheets = sheets
        self.title = title
        self.subject = subject
    }
}
