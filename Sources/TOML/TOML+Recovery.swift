import Diagnostics

/// A document read past its syntax errors: every error with its own place, and the table of
/// everything that could be read.
///
/// Nothing is guessed: a statement (a header with its table, or a key/value pair) that holds an error
/// is left out of `table` whole, and is listed in `skipped`, so a reader can tell a key that is
/// missing from a key whose line could not be read.
public struct TOMLRecovery: Sendable, Equatable {
    /// The tables and keys that could be read; for a valid document, what `TOML.parse` returns.
    public var table: TOMLTable
    /// Every syntax error, in the order of the document; empty for a valid document.
    public var errors: [TOMLError]
    /// The statements left out because of an error, in the order of the document.
    public var skipped: [SkippedStatement]
    /// Whether reading stopped at the error limit: the rest of the document was neither read nor checked.
    public var stoppedAtLimit: Bool

    /// Whether the document is valid TOML.
    public var isValid: Bool { errors.isEmpty }
}

/// A statement left out of a recovered document because of a syntax error.
public struct SkippedStatement: Sendable, Equatable {
    /// The lines it covered (from its first line up to the line before reading went on).
    public var lines: ClosedRange<Int>
    /// The key of a key/value pair as written (the last part of a dotted key); nil for a header, or
    /// when the key itself could not be read.
    public var key: String?
    /// Whether it was a `[table]` or `[[table]]` header, left out with the tables under it.
    public var isHeader: Bool
    /// The line of the header of the table the pair stood in; nil for the root table.
    public var tableLine: Int?
}

extension TOML {
    /// How many syntax errors `parseRecovering` reports before it stops reading.
    public static let maximumRecoveredErrors = 50

    /// Parses a document past its syntax errors.
    ///
    /// After an error, reading goes on at the next line that starts a key/value pair or a table header
    /// (after a header error, at the next header that is not a table under the broken one; after a
    /// `"""` text that is never closed, at the first line of TOML it ran into). Each pass parses the
    /// document from the start with the broken statements blanked out (their line endings kept, so
    /// every position stays the same), so what is read is exactly what a valid document without those
    /// statements would give, and a valid document gives what `parse` gives.
    public static func parseRecovering(bytes: [UInt8], limit: Int = maximumRecoveredErrors) -> TOMLRecovery {
        var text = bytes
        let lines = LineIndex(bytes)
        var errors: [TOMLError] = []
        var skipped: [SkippedStatement] = []
        // Each pass blanks at least the line the parser stopped on, and the text before the broken
        // statement is the same in the next pass: the passes end, at the latest after one a line.
        for _ in 0...lines.count {
            let failure: Failure
            switch text.withUnsafeBufferPointer({ attempt($0) }) {
            case .parsed(let table):
                return TOMLRecovery(table: table, errors: sorted(errors), skipped: skipped, stoppedAtLimit: false)
            case .failed(let found):
                failure = found
            }
            // An error found again after a skip is the same mistake, at the same place: reported once.
            if !errors.contains(failure.error) { errors.append(failure.error) }
            var skip = Resynchronisation.skip(after: failure, in: text, lines: lines)
            // A pass that would blank only blank lines would fail the same way again: stop there too.
            let stopping = errors.count >= limit || lines.isBlank(skip.lines, in: text)
            if stopping { skip.lines = skip.lines.lowerBound...lines.count }
            skipped.append(skip)
            lines.blank(skip.lines, in: &text)
            if stopping { break }
        }
        // At the limit, everything from the last broken statement on is blank: what is left parses.
        guard case .parsed(let table) = text.withUnsafeBufferPointer({ attempt($0) }) else {
            return TOMLRecovery(table: TOMLTable(), errors: sorted(errors), skipped: skipped, stoppedAtLimit: true)
        }
        return TOMLRecovery(table: table, errors: sorted(errors), skipped: skipped, stoppedAtLimit: true)
    }

    /// `errors` in the order of the document.
    private static func sorted(_ errors: [TOMLError]) -> [TOMLError] {
        errors.sorted { ($0.range.start.line, $0.range.start.column) < ($1.range.start.line, $1.range.start.column) }
    }

    /// Parses a document given as text past its syntax errors (see `parseRecovering(bytes:limit:)`).
    public static func parseRecovering(_ text: String, limit: Int = maximumRecoveredErrors) -> TOMLRecovery {
        parseRecovering(bytes: Array(text.utf8), limit: limit)
    }
}
