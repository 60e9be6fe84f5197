import Diagnostics

/// Entry points of the TOML 1.0.0 parser.
///
/// The parser reads the whole of TOML 1.0.0 and rejects every document the specification calls invalid.
/// It works on UTF-8 bytes in one pass, keeps the source range of every key and value, and stops at the
/// first error; `parseRecovering` reads on past errors and reports each of them. Arrays and inline tables may be nested at most `maximumNesting` levels deep, so no input
/// can exhaust the stack.
public enum TOML {
    /// How deeply tables, arrays and inline tables may be nested inside each other.
    public static let maximumNesting = 1000

    /// Parses a TOML document into its root table.
    ///
    /// - Throws: the first `TOMLError` found, with its position.
    public static func parse(_ text: String) throws(TOMLError) -> TOMLTable {
        var text = text
        let result = text.withUTF8 { buffer in
            Result { () throws(TOMLError) -> TOMLTable in try parse(buffer: buffer) }
        }
        return try result.get()
    }

    /// Parses a TOML document given as raw bytes, so that invalid UTF-8 is reported with its position
    /// instead of being replaced on the way in.
    public static func parse(bytes: [UInt8]) throws(TOMLError) -> TOMLTable {
        let result = bytes.withUnsafeBufferPointer { buffer in
            Result { () throws(TOMLError) -> TOMLTable in try parse(buffer: buffer) }
        }
        return try result.get()
    }

    private static func parse(buffer: UnsafeBufferPointer<UInt8>) throws(TOMLError) -> TOMLTable {
        switch attempt(buffer) {
        case .parsed(let table): return table
        case .failed(let failure): throw failure.error
        }
    }

    /// One pass of the parser over `buffer`: the root table, or the first error (a runaway multi-line
    /// string found by `RunawayString`) with where the parser stood when it found it.
    static func attempt(_ buffer: UnsafeBufferPointer<UInt8>) -> Attempt {
        var parser = Parser(buffer)
        do {
            return .parsed(try parser.parseDocument())
        } catch {
            return .failed(Failure(
                error: RunawayString(buffer).refine(error), rawLine: parser.line,
                statementStart: parser.statementStart, headerLines: parser.headerLines))
        }
    }

    /// The outcome of one pass of the parser.
    enum Attempt {
        case parsed(TOMLTable)
        case failed(Failure)
    }

    /// The first error of a pass, and the parser's state when it stopped.
    struct Failure {
        /// The error as reported (a runaway string points before the place the parser stopped).
        var error: TOMLError
        /// The line the parser stood on when it stopped.
        var rawLine: Int
        /// The offset where the statement being read started.
        var statementStart: Int
        /// The lines of the headers read before the error.
        var headerLines: [Int]
    }
}
