/// How serious a diagnostic is.
public enum Severity: String, Sendable, Hashable, Codable, Comparable {
    case error
    case warning
    case note

    private var rank: Int {
        switch self {
        case .error: 0
        case .warning: 1
        case .note: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }

    /// The word printed in front of the message, in the reader's language.
    public func label(in language: Language) -> String {
        switch self {
        case .error: language.pick("fout", "error")
        case .warning: language.pick("waarschuwing", "warning")
        case .note: language.pick("opmerking", "note")
        }
    }
}

/// One problem found in a file, with where it is and, when known, how to fix it.
///
/// Every part of the toolkit that reports problems (the TOML parser, the agenda loader, the checks,
/// the templates) ends in this one type, so the command line prints and serialises them one way.
/// The text is made by the producer in the reader's language; the `code` is stable across languages
/// and versions, so people and scripts can look it up (`mja explain CODE`).
public struct Diagnostic: Sendable, Hashable, Codable {
    /// A secondary message that points at another place, such as the first definition of a duplicate.
    public struct Note: Sendable, Hashable, Codable {
        public var message: String
        public var file: String?
        public var range: SourceRange?

        public init(message: String, file: String? = nil, range: SourceRange? = nil) {
            self.message = message
            self.file = file
            self.range = range
        }
    }

    public var severity: Severity
    /// A stable identifier such as `MJA012`.
    public var code: String
    public var message: String
    /// The file the problem is in, as the user named it; nil for problems without a file.
    public var file: String?
    /// Where in the file; nil when the problem concerns the file as a whole.
    public var range: SourceRange?
    public var notes: [Note]
    /// What to do about it, when a fix is known.
    public var hint: String?

    public init(
        severity: Severity, code: String, message: String, file: String? = nil, range: SourceRange? = nil,
        notes: [Note] = [], hint: String? = nil
    ) {
        self.severity = severity
        self.code = code
        self.message = message
        self.file = file
        self.range = range
        self.notes = notes
        self.hint = hint
    }
}

extension Diagnostic {
    /// Orders diagnostics for printing: by file, then position, then severity, then code.
    public static func printingOrder(_ lhs: Diagnostic, _ rhs: Diagnostic) -> Bool {
        let leftFile = lhs.file ?? "", rightFile = rhs.file ?? ""
        if leftFile != rightFile { return leftFile < rightFile }
        let leftStart = lhs.range?.start ?? SourcePosition(line: 0, column: 0)
        let rightStart = rhs.range?.start ?? SourcePosition(line: 0, column: 0)
        if leftStart != rightStart { return leftStart < rightStart }
        if lhs.severity != rhs.severity { return lhs.severity < rhs.severity }
        if lhs.code != rhs.code { return lhs.code < rhs.code }
        return lhs.message < rhs.message
    }
}
