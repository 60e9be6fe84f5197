import Diagnostics

/// Entry points of the TOML 1.0.0 parser.
public enum TOML {
    /// Parses a TOML document into its root table.
    ///
    /// - Throws: the first `TOMLError` found, with its position.
    public static func parse(_ text: String) throws(TOMLError) -> TOMLTable {
        try parse(bytes: Array(text.utf8))
    }

    /// Parses a TOML document given as raw bytes, so that invalid UTF-8 is reported with its position
    /// instead of being replaced on the way in.
    public static func parse(bytes: [UInt8]) throws(TOMLError) -> TOMLTable {
        // Replaced by the real parser.
        throw TOMLError(reason: .unexpectedEndOfInput, range: SourceRange(at: SourcePosition(line: 1, column: 1)))
    }
}

/// Why a TOML document is not valid, and where.
public struct TOMLError: Error, Sendable, Equatable {
    /// What is wrong; the data behind the message.
    public enum Reason: Sendable, Equatable {
        case unexpectedEndOfInput
    }

    public var reason: Reason
    /// Where the problem is.
    public var range: SourceRange

    public init(reason: Reason, range: SourceRange) {
        self.reason = reason
        self.range = range
    }

    /// The message in the reader's language.
    public func message(in language: Language) -> String {
        language.pick("onverwacht einde van het bestand", "unexpected end of file")
    }

    /// What to do about it, when known.
    public func hint(in language: Language) -> String? { nil }
}
