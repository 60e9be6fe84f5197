import Documents

/// One table of the open data (`themas.csv`, ...): its columns with their types and Dutch titles,
/// its keys, and its rows. What `OpenDataTables` makes and `DataPackage` describes; written as CSV
/// by the generic `CSVWriter`.
public struct DataTable: Sendable {
    /// The type of a column, as Frictionless Table Schema names it.
    public enum FieldType: String, Sendable {
        case string, integer, number, boolean, date, year
    }

    /// One column.
    public struct Field: Sendable {
        public var name: String
        public var type: FieldType
        /// The Dutch title (`titel` in the package).
        public var title: String
        /// What the column holds, in Dutch.
        public var description: String
        /// Whether every row has a value (`constraints.required`).
        public var isRequired: Bool

        public init(_ name: String, _ type: FieldType, required: Bool = false, _ title: String, _ description: String) {
            self.name = name
            self.type = type
            self.title = title
            self.description = description
            self.isRequired = required
        }
    }

    /// A foreign key: these columns name a row of another table by its primary key.
    public struct ForeignKey: Sendable {
        public var fields: [String]
        public var table: String
    }

    /// The file name without `.csv`: `themas`.
    public var name: String
    public var title: String
    public var description: String
    public var fields: [Field]
    public var primaryKey: [String]
    public var foreignKeys: [ForeignKey]
    public var rows: [[CSVWriter.Cell]]

    /// The table's CSV file.
    public var fileName: String { "\(name).csv" }

    /// The CSV text of the table.
    public func csv() -> [UInt8] {
        CSVWriter().write(header: fields.map(\.name), rows: rows)
    }

    /// The same table with the rows of `others` after its own (the national tables).
    public func appending(_ others: [DataTable]) -> DataTable {
        var table = self
        for other in others { table.rows += other.rows }
        return table
    }
}
