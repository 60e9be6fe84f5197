/// A position in a source text.
///
/// Both numbers are 1-based. `column` counts Unicode scalars from the start of the line, which is
/// what an editor shows for the Dutch text in agenda files (an `é` is one column, not two bytes).
public struct SourcePosition: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    /// The line, counting from 1.
    public var line: Int
    /// The column in Unicode scalars, counting from 1.
    public var column: Int

    /// Creates a position from a 1-based line and column.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }

    public var description: String { "\(line):\(column)" }
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
