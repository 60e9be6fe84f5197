import Diagnostics

/// An id written in a file that points at something defined elsewhere (an organisation, a funding
/// source, a theme, a signal), with where it was written so an unresolved one can be pointed at.
public struct Reference: Sendable, Hashable, Codable, CustomStringConvertible {
    public var id: String
    public var range: SourceRange

    public init(_ id: String, range: SourceRange) {
        self.id = id
        self.range = range
    }

    public var description: String { id }
}

/// Where something was defined: the file, the range of its definition (a table header), and the
/// range of each of its values by key, so a check can point at the exact value it is about.
public struct Origin: Sendable, Hashable, Codable {
    public var file: String
    public var range: SourceRange
    /// The range of each value of the table, by key.
    public var fields: [String: SourceRange]

    public init(file: String, range: SourceRange, fields: [String: SourceRange] = [:]) {
        self.file = file
        self.range = range
        self.fields = fields
    }

    /// Where the value of `key` is written, or the definition itself when it is absent.
    public func range(of key: String) -> SourceRange { fields[key] ?? range }
}
