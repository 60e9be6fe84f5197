import Diagnostics

/// Looks again at a document the parser rejected, for a `"""` or `'''` string whose closing delimiter
/// was forgotten: the parser reads on until the next delimiter, or the end, and stops somewhere in
/// the lines of TOML the string swallowed. The error then points at the string's opening and names
/// the first line of TOML it ran into, where recovery reads on (`Resynchronisation`).
///
/// Runs only after the parser has thrown, on the text as lines, so valid documents cost nothing.
struct RunawayString {
    /// The document's lines as Unicode scalars (columns count scalars), without line endings or BOM.
    let lines: [[Unicode.Scalar]]

    init(_ buffer: UnsafeBufferPointer<UInt8>) {
        let text = String(decoding: buffer, as: UTF8.self)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> [Unicode.Scalar] in
            var scalars = Array(line.unicodeScalars)
            if scalars.last == "\r" { scalars.removeLast() }
            return scalars
        }
        if lines.first?.first == "\u{FEFF}" { lines[0].removeFirst() }
        self.lines = lines
    }

    /// `error`, or the runaway string behind it.
    func refine(_ error: TOMLError) -> TOMLError {
        if let runaway = runaway(before: error.range.start.line) { return runaway }
        // A string open at the end of the file: the parser points at its opening, so look at
        // everything after it for the first line of TOML it swallowed.
        if case .unterminatedString(let style) = error.reason, style == .multilineBasic || style == .multilineLiteral,
           let runaway = runaway(before: lines.count + 1) {
            return runaway
        }
        return error
    }

    /// The first `"""` or `'''` text that opens before line `errorLine` and runs on into lines that
    /// look like TOML (a `[header]` or `key = value`): its closing delimiter was forgotten.
    private func runaway(before errorLine: Int) -> TOMLError? {
        var index = 0
        var state: (delimiter: Unicode.Scalar, line: Int, column: Int)?
        var swallowed: (text: String, line: Int)?
        while index < lines.count, index < errorLine {
            let line = lines[index]
            if state != nil, swallowed == nil, Self.looksLikeTOML(line) {
                swallowed = (String(String.UnicodeScalarView(line)).trimmingSpaces(), index + 1)
            }
            var i = 0
            var quote: Unicode.Scalar?
            while i < line.count {
                let c = line[i]
                if let open = state {
                    if c == "\\" && open.delimiter == "\"" { i += 2; continue }
                    if c == open.delimiter, Self.triple(line, at: i, of: c) {
                        if let swallowed { return error(open, swallowed) }
                        state = nil
                        i += 3
                        while i < line.count, line[i] == c { i += 1 }
                        continue
                    }
                } else if let open = quote {
                    if c == "\\" && open == "\"" { i += 2; continue }
                    if c == open { quote = nil }
                } else if c == "#" {
                    break
                } else if c == "\"" || c == "'" {
                    if Self.triple(line, at: i, of: c) {
                        state = (c, index + 1, i + 1)
                        swallowed = nil
                        i += 3
                        continue
                    }
                    quote = c
                }
                i += 1
            }
            index += 1
        }
        if let open = state, let swallowed { return error(open, swallowed) }
        return nil
    }

    /// The error for a string opened at `open` that runs on into `swallowed`.
    private func error(_ open: (delimiter: Unicode.Scalar, line: Int, column: Int), _ swallowed: (text: String, line: Int)) -> TOMLError {
        TOMLError(
            reason: .multilineStringRunsOn(open.delimiter == "\"" ? .multilineBasic : .multilineLiteral,
                                           swallowed: swallowed.text, line: swallowed.line),
            range: SourceRange(start: SourcePosition(line: open.line, column: open.column),
                               end: SourcePosition(line: open.line, column: open.column + 3)))
    }

    private static func triple(_ line: [Unicode.Scalar], at i: Int, of c: Unicode.Scalar) -> Bool {
        i + 2 < line.count && line[i + 1] == c && line[i + 2] == c
    }

    /// A `[table]`, `[[table]]` or `key = "...` line: TOML, not prose.
    private static func looksLikeTOML(_ line: [Unicode.Scalar]) -> Bool {
        let text = String(String.UnicodeScalarView(line)).trimmingSpaces()
        if text.hasPrefix("["), text.hasSuffix("]"), text.count > 2,
           text.unicodeScalars.allSatisfy({ isKeyScalar($0) || $0 == "[" || $0 == "]" }) { return true }
        guard let equals = text.firstIndex(of: "=") else { return false }
        let key = String(text[..<equals]).trimmingSpaces()
        let value = String(text[text.index(after: equals)...]).trimmingSpaces()
        guard !key.isEmpty, key.unicodeScalars.allSatisfy(isKeyScalar), let first = value.unicodeScalars.first else { return false }
        return first == "\"" || first == "[" || first == "{" || first == "'" || ("0"..."9").contains(first) || value == "true" || value == "false"
    }

    private static func isKeyScalar(_ c: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(c) || ("A"..."Z").contains(c) || ("0"..."9").contains(c) || c == "_" || c == "-" || c == "."
    }
}

private extension String {
    /// Without spaces and tabs at either end.
    func trimmingSpaces() -> String {
        var scalars = Array(unicodeScalars.drop { $0 == " " || $0 == "\t" })
        while let last = scalars.last, last == " " || last == "\t" { scalars.removeLast() }
        return String(String.UnicodeScalarView(scalars))
    }
}
