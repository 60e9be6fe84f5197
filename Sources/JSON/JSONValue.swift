import Diagnostics

/// A JSON value with where it stands in the source text, so a reader can point at the value that
/// is wrong (`agenda.json:12:7`).
public struct JSONValue: Sendable, Equatable {
    /// What the value is.
    public enum Kind: Sendable, Equatable {
        case null
        case boolean(Bool)
        /// A number, as written (`12.50`, `-3`, `1e6`): the reader decides what it may be.
        case number(String)
        case string(String)
        case array([JSONValue])
        /// The members in the order written; a key written twice is an error of the parser.
        case object([Member])
    }

    /// One member of an object, with where its key stands.
    public struct Member: Sendable, Equatable {
        public var key: String
        public var keyRange: SourceRange
        public var value: JSONValue
    }

    public var kind: Kind
    public var range: SourceRange
}

/// A JSON text that is not valid JSON (RFC 8259): what is wrong, in Dutch, and where.
public struct JSONSyntaxError: Error, Sendable, Equatable {
    /// What is wrong, in Dutch.
    public var message: String
    public var position: SourcePosition
}
