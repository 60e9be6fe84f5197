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
