/// Prints diagnostics the way compilers do, so editors and people both recognise them:
///
///     regions/twente.toml:42:7: fout[MJA012]: onbekende sleutel 'trekkr'
///        42 | trekkr = "gemeente-enschede"
///           |       ^~~~~~
///       = hint: bedoelde u 'trekker'?
public struct DiagnosticRenderer: Sendable {
    public var language: Language
    /// Whether to add ANSI colours; only on a terminal and never when `NO_COLOR` is set.
    public var colored: Bool

    public init(language: Language, colored: Bool) {
        self.language = language
        self.colored = colored
    }

    /// Renders one diagnostic. `sourceLines` gives the text of a line of a file, when known, so the
    /// line can be shown with a caret under the problem.
    public func render(_ diagnostic: Diagnostic, sourceLine: (_ file: String?, _ line: Int) -> String?) -> String {
        var output = ""
        let location = Self.locationPrefix(file: diagnostic.file, range: diagnostic.range)
        let label = "\(diagnostic.severity.label(in: language))[\(diagnostic.code)]"
        output += bold(location) + paint(label, for: diagnostic.severity) + bold(": " + diagnostic.message) + "\n"
        if let range = diagnostic.range, let text = sourceLine(diagnostic.file, range.start.line) {
            output += excerpt(text, range: range)
        }
        for note in diagnostic.notes {
            let noteLocation = Self.locationPrefix(file: note.file, range: note.range)
            output += "   = " + noteLocation + Severity.note.label(in: language) + ": " + note.message + "\n"
            if let range = note.range, let text = sourceLine(note.file, range.start.line) {
                output += excerpt(text, range: range)
            }
        }
        if let hint = diagnostic.hint {
            output += "   = " + paint(language.pick("hint", "hint"), color: "36") + ": " + hint + "\n"
        }
        return output
    }

    /// `file:line:column: ` or as much of it as is known.
    static func locationPrefix(file: String?, range: SourceRange?) -> String {
        var parts: [String] = []
        if let file { parts.append(file) }
        if let range { parts.append("\(range.start.line):\(range.start.column)") }
        return parts.isEmpty ? "" : parts.joined(separator: ":") + ": "
    }

    /// The source line with a gutter, and a caret line under the range (clipped to the line).
    func excerpt(_ line: String, range: SourceRange) -> String {
        let number = String(range.start.line)
        let gutter = String(repeating: " ", count: number.count)
        let scalars = Array(line.unicodeScalars)
        let startColumn = max(1, min(range.start.column, scalars.count + 1))
        let endColumn = range.end.line == range.start.line ? min(range.end.column, scalars.count + 1) : scalars.count + 1
        // A very long line (generated or minified) is cut to a window around the problem.
        let windowStart = scalars.count > Self.maximumWidth ? max(0, min(startColumn - 1 - 40, scalars.count - Self.maximumWidth)) : 0
        let windowEnd = min(scalars.count, windowStart + Self.maximumWidth)
        let before = windowStart > 0 ? "…" : ""
        let after = windowEnd < scalars.count ? "…" : ""
        let shown = before + String(String.UnicodeScalarView(scalars[windowStart..<windowEnd].map(Self.printable))) + after
        let caretColumn = startColumn - 1 - windowStart + before.count
        let width = max(1, min(endColumn, windowEnd + 1) - startColumn)
        let marker = "^" + String(repeating: "~", count: width - 1)
        return " \(number) | \(shown)\n \(gutter) | " + String(repeating: " ", count: caretColumn)
            + paint(marker, color: "32") + "\n"
    }

    /// The most characters of a source line shown under a diagnostic.
    static let maximumWidth = 120

    /// Tabs are shown as one space so the caret stays under the right character; other control
    /// characters (from a damaged or binary file) as a replacement character, so they cannot move
    /// the cursor or change the terminal's colours.
    private static func printable(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        if scalar == "\t" { return " " }
        if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) { return "\u{FFFD}" }
        return scalar
    }

    private func paint(_ text: String, for severity: Severity) -> String {
        switch severity {
        case .error: paint(text, color: "1;31")
        case .warning: paint(text, color: "1;33")
        case .note: paint(text, color: "1;36")
        }
    }

    private func paint(_ text: String, color: String) -> String {
        colored ? "\u{1B}[\(color)m\(text)\u{1B}[0m" : text
    }

    private func bold(_ text: String) -> String {
        colored && !text.isEmpty ? "\u{1B}[1m\(text)\u{1B}[0m" : text
    }
}
