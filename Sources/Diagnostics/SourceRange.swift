/// A position in a source text.
///
/// Both numbers are 1-based. `column` counts Unicode scalars from the start of the line, which is
/// what an editor shows for the Dutch text in agenda files (an `é` is one column, not two bytes).
///
/// Both are kept in 32 bits, so that a `SourceRange` is 16 bytes, not 32: the model keeps a range
/// for every reference, origin and value it read (a `Reference` went from 48 bytes to 32), and the
/// TOML tree one for every value. A line or column past the 32-bit range (a file of more than 2 GiB;
/// mja refuses files over `WorkspaceLoader.fileSizeLimit`, 64 MiB unless set otherwise) is kept as
/// the nearest 32-bit number.
public struct SourcePosition: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    private var storedLine: Int32
    private var storedColumn: Int32

    /// The line, counting from 1.
    public var line: Int {
        get { Int(storedLine) }
        set { storedLine = Int32(clamping: newValue) }
    }

    /// The column in Unicode scalars, counting from 1.
    public var column: Int {
        get { Int(storedColumn) }
        set { storedColumn = Int32(clamping: newValue) }
    }

    /// Creates a position from a 1-based line and column.
    public init(line: Int, column: Int) {
        storedLine = Int32(clamping: line)
        storedColumn = Int32(clamping: column)
    }

    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        (lhs.storedLine, lhs.storedColumn) < (rhs.storedLine, rhs.storedColumn)
    }

    public var description: String { "\(line):\(column)" }

    private enum CodingKeys: String, CodingKey { case line, column }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(line: container.decode(Int.self, forKey: .line), column: container.decode(Int.self, forKey: .column))
    }

    /// The same form as when the numbers were `Int`s: `{"line": 3, "column": 7}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(line, forKey: .line)
        try container.encode(column, forKey: .column)
    }
}

/// A stretch of source text: from `start` up to, not including, `end`.
public struct SourceRange: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The first position of the range.
    public var start: SourcePosition
    /// The position just past the range.
    public var end: SourcePosition

    /// Creates a range from its start and the position just past it.
    public init(start: SourcePosition, end: SourcePosition) {
        self.start = start
        self.end = end
    }

    /// A range that covers a single position, for problems that point at one place.
    public init(at position: SourcePosition) {
        self.init(start: position, end: SourcePosition(line: position.line, column: position.column + 1))
    }

    public var description: String { "\(start)-\(end)" }
}
