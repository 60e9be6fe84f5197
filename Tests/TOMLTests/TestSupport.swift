import Diagnostics
import Testing
@testable import TOML

/// Parses `text`, recording a test issue (and returning an empty table) when it throws.
func parseOrRecord(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> TOMLTable {
    do {
        return try TOML.parse(text)
    } catch {
        Issue.record("unexpected error \(error)", sourceLocation: sourceLocation)
        return TOMLTable()
    }
}

/// The error for `text`, or nil (with a test issue) when it parses.
func parseError(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> TOMLError? {
    parseError(bytes: Array(text.utf8), sourceLocation: sourceLocation)
}

/// The error for `bytes`, or nil (with a test issue) when they parse.
func parseError(bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) -> TOMLError? {
    do {
        _ = try TOML.parse(bytes: bytes)
        Issue.record("expected an error", sourceLocation: sourceLocation)
        return nil
    } catch {
        return error
    }
}

/// `line:column` shorthand.
func at(_ line: Int, _ column: Int) -> SourcePosition { SourcePosition(line: line, column: column) }

/// A range on one line, from column `start` up to column `end`.
func span(_ line: Int, _ start: Int, _ end: Int) -> SourceRange {
    SourceRange(start: at(line, start), end: at(line, end))
}

/// A range from `line:start` up to `endLine:end`.
func span(_ line: Int, _ start: Int, _ endLine: Int, _ end: Int) -> SourceRange {
    SourceRange(start: at(line, start), end: at(endLine, end))
}

extension TOMLTable {
    /// The value at a dotted path of plain keys, for tests.
    func value(_ path: String) -> TOMLValue.Kind? {
        var table = self
        let parts = path.split(separator: ".").map(String.init)
        for (index, part) in parts.enumerated() {
            guard let value = table[part] else { return nil }
            if index == parts.count - 1 { return value.kind }
            guard case .table(let inner) = value.kind else { return nil }
            table = inner
        }
        return nil
    }
}
