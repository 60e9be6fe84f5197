/// What a column of a sheet accepts, checked by the spreadsheet while someone types (Excel's and
/// LibreOffice's "Gegevensvalidatie"): a value from a list, or a whole number in a range. A typed
/// value outside it is refused with `message`; the reader of the file must still check every cell,
/// because a paste or another program passes it by.
public struct CellValidation: Sendable, Hashable {
    /// What the cells accept.
    public enum Rule: Sendable, Hashable {
        /// One of these values, offered in a drop-down. Written into the rule when they fit in
        /// Excel's 255 characters and hold no comma or quote; otherwise left out: use `listRange`.
        case list([String])
        /// One of the values in a range of cells, such as `Lijsten!$A$2:$A$40` (a hidden sheet).
        case listRange(String)
        /// A whole number from `minimum` to `maximum`, both included.
        case wholeNumber(minimum: Int64, maximum: Int64)
        /// A number of at least `minimum` (an amount), fractions allowed.
        case decimal(minimum: Int64)
        /// A date.
        case date
    }

    /// The column, 0-based (0 is A); the rule holds from the row under the header to the sheet's end.
    public var column: Int
    /// What the cells accept.
    public var rule: Rule
    /// The title of the message shown when a typed value is refused.
    public var title: String
    /// The message shown when a typed value is refused: what is accepted.
    public var message: String

    /// A rule for `column`.
    public init(column: Int, rule: Rule, title: String, message: String) {
        self.column = column
        self.rule = rule
        self.title = title
        self.message = message
    }

    /// Whether an inline list fits Excel's limit and its separator: otherwise it must be a range.
    static func fitsInline(_ values: [String]) -> Bool {
        values.joined(separator: ",").utf16.count <= 255 && !values.contains { $0.contains(",") || $0.contains("\"") }
    }

    /// The `<dataValidation>` element for rows `firstRow` to the last row of a sheet.
    func xml(firstRow: Int) -> String {
        let column = SpreadsheetText.column(self.column)
        let range = "\(column)\(firstRow):\(column)1048576"
        let texts = " allowBlank=\"1\" showErrorMessage=\"1\" errorTitle=\"\(XMLText.escape(String(title.prefix(32))))\" error=\"\(XMLText.escape(String(message.prefix(255))))\" sqref=\"\(range)\""
        switch rule {
        case .list(let values):
            // A list Excel cannot hold inline is left out rather than cut short: a shorter list
            // would refuse values that are right.
            guard Self.fitsInline(values), !values.isEmpty else { return "" }
            return "<dataValidation type=\"list\"\(texts)><formula1>\(XMLText.escape("\"" + values.joined(separator: ",") + "\""))</formula1></dataValidation>"
        case .listRange(let reference):
            return "<dataValidation type=\"list\"\(texts)><formula1>\(XMLText.escape(reference))</formula1></dataValidation>"
        case .wholeNumber(let minimum, let maximum):
            return "<dataValidation type=\"whole\"\(texts)><formula1>\(minimum)</formula1><formula2>\(maximum)</formula2></dataValidation>"
        case .decimal(let minimum):
            return "<dataValidation type=\"decimal\" operator=\"greaterThanOrEqual\"\(texts)><formula1>\(minimum)</formula1></dataValidation>"
        case .date:
            return "<dataValidation type=\"date\" operator=\"greaterThan\"\(texts)><formula1>1</formula1></dataValidation>"
        }
    }
}
