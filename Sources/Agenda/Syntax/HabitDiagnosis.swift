import Diagnostics
import TOML

/// Looks again at a document the parser rejected, for a habit of word-processor and spreadsheet users
/// behind the error: a date as day-month-year, a decimal comma, thousands points or a euro sign, curly
/// quotes, a quote inside a text, text without quotes, `ja` for `true`. When it finds one, the error
/// becomes `.habit` with the value as written and as it should be.
///
/// Runs only for a document with errors, on the text as lines, so valid documents cost nothing.
struct HabitDiagnosis {
    /// The document's lines as Unicode scalars (columns count scalars), without line endings or BOM.
    let lines: [[Unicode.Scalar]]

    init(_ bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> [Unicode.Scalar] in
            var scalars = Array(line.unicodeScalars)
            if scalars.last == "\r" { scalars.removeLast() }
            return scalars
        }
        if lines.first?.first == "\u{FEFF}" { lines[0].removeFirst() }
        self.lines = lines
    }

    /// `error`, or the habit behind it.
    func refine(_ error: TOMLError) -> SyntaxProblem {
        refined(error) ?? .toml(error)
    }

    private func refined(_ error: TOMLError) -> SyntaxProblem? {
        switch error.reason {
        case .tableUsedAsArrayOfTables(let name, let first):
            // The single-bracket header came first; point there, where the fix is.
            return singleBrackets(name, at: first.line, arrayLine: error.range.start.line)
        case .arrayOfTablesUsedAsTable(let name, let first):
            return singleBrackets(name, at: error.range.start.line, arrayLine: first.line)
        case .unexpected(.newline, .tableHeaderEnd), .unexpected(.newline, .arrayHeaderEnd),
             .unexpected(.endOfInput, .tableHeaderEnd), .unexpected(.endOfInput, .arrayHeaderEnd):
            return unclosedHeader(at: error.range.start.line)
        case .unexpected(_, .endOfLine), .unexpected(_, .arraySeparator), .unexpected(_, .inlineTableSeparator),
             .unexpected(_, .equals), .unexpected(_, .value), .invalidNumber, .invalidValue, .invalidDateTime:
            return valueHabit(at: error.range.start, reason: error.reason)
        default:
            return nil
        }
    }

    // MARK: Headers

    /// The `[name]` header on `line`, as the place of a `.singleBrackets` habit.
    private func singleBrackets(_ name: String, at line: Int, arrayLine: Int) -> SyntaxProblem? {
        guard line >= 1, line <= lines.count else { return nil }
        let text = lines[line - 1]
        guard let open = text.firstIndex(of: "["), let close = text.firstIndex(of: "]"), open < close,
              text.count > open + 1, text[open + 1] != "[" else { return nil }
        return .habit(.singleBrackets(name: name, arrayLine: arrayLine), key: nil, range: SourceRange(
            start: SourcePosition(line: line, column: open + 1), end: SourcePosition(line: line, column: close + 2)))
    }

    /// `[[thema.actie]` or `[agenda` alone on `line` (a comment after it allowed): the header with
    /// the brackets it lacks.
    private func unclosedHeader(at line: Int) -> SyntaxProblem? {
        guard line >= 1, line <= lines.count else { return nil }
        let text = lines[line - 1]
        var start = 0
        while start < text.count, text[start] == " " || text[start] == "\t" { start += 1 }
        let body = Array(text[start...].prefix { $0 != "#" })
        var written = String(String.UnicodeScalarView(body)).trimmingTrailingSpaces()
        let isArray = written.hasPrefix("[[")
        let name = written.drop { $0 == "[" }.prefix { $0 != "]" }
        guard !name.isEmpty, name.unicodeScalars.allSatisfy({ Self.isKeyScalar($0) || $0 == " " || $0 == "\"" || $0 == "'" }) else { return nil }
        let closing = written.reversed().prefix { $0 == "]" }.count
        guard closing < (isArray ? 2 : 1), written.dropFirst(isArray ? 2 : 1).allSatisfy({ $0 != "[" }) else { return nil }
        let fixed = written + String(repeating: "]", count: (isArray ? 2 : 1) - closing)
        written = String(written)
        return .habit(.unclosedHeader(written: written, fixed: fixed), key: nil, range: SourceRange(
            start: SourcePosition(line: line, column: start + 1),
            end: SourcePosition(line: line, column: start + 1 + written.unicodeScalars.count)))
    }

    // MARK: Values

    private func valueHabit(at position: SourcePosition, reason: TOMLError.Reason) -> SyntaxProblem? {
        guard position.line >= 1, position.line <= lines.count else { return nil }
        let line = lines[position.line - 1]
        let errorIndex = position.column - 1
        guard let equals = lastEquals(in: line, before: errorIndex) else { return nil }
        var start = equals + 1
        while start < line.count, line[start] == " " || line[start] == "\t" { start += 1 }
        guard start < line.count, errorIndex >= start else { return nil }
        if let found = valueHabit(line, from: start, key: keyBefore(equals, in: line), errorIndex: errorIndex, position: position, reason: reason) {
            return found
        }
        // An element of a list: the value starts after the `[` or `,` before the error.
        var token = min(errorIndex, line.count - 1)
        while token > start, !["[", ",", " ", "\t"].contains(line[token - 1]) { token -= 1 }
        guard token > start, isNested(line, before: token) else { return nil }
        return valueHabit(line, from: token, key: nil, errorIndex: errorIndex, position: position, reason: reason)
    }

    /// The habit of the value that starts at `start` on `line`, for an error at `errorIndex`.
    private func valueHabit(
        _ line: [Unicode.Scalar], from start: Int, key: String?, errorIndex: Int, position: SourcePosition, reason: TOMLError.Reason
    ) -> SyntaxProblem? {
        let nested = isNested(line, before: start)
        let rest = String(String.UnicodeScalarView(line[start...]))

        func habit(_ habit: SyntaxHabit, length: Int) -> SyntaxProblem {
            .habit(habit, key: key, range: SourceRange(
                start: SourcePosition(line: position.line, column: start + 1),
                end: SourcePosition(line: position.line, column: start + 1 + length)))
        }
        if let (written, fixed) = Self.dayMonthYear(rest) {
            return habit(.dayMonthYearDate(written: written, fixed: fixed), length: written.unicodeScalars.count)
        }
        if let date = Self.impossibleDayMonthYear(rest) {
            return habit(.nonexistentDayMonthYear(written: date.written, year: date.year, month: date.month, day: date.day, lastDay: date.lastDay),
                         length: date.written.unicodeScalars.count)
        }
        if let (written, number) = Self.percentage(rest) {
            return habit(.percentSign(written: written, number: number), length: written.unicodeScalars.count)
        }
        if case .unexpected(_, .endOfLine) = reason, !nested, let (written, fixed) = Self.textsWithoutBrackets(rest) {
            return habit(.listWithoutBrackets(written: written, fixed: fixed), length: written.unicodeScalars.count)
        }
        if let grouped = Self.groupedNumber(rest), errorIndex <= Self.tokenEnd(line, from: start + grouped.written.unicodeScalars.count) {
            let written = grouped.written
            if grouped.isDecimalComma {
                return habit(.decimalComma(written: written, fixed: grouped.number), length: written.unicodeScalars.count)
            }
            return habit(.groupedNumber(written: written, number: grouped.number, text: grouped.text), length: written.unicodeScalars.count)
        }
        if let (written, fixed) = Self.curlyQuoted(rest) {
            return habit(.curlyQuotes(written: written, fixed: fixed), length: written.unicodeScalars.count)
        }
        if case .unexpected(_, .endOfLine) = reason, rest.hasPrefix("\""), !rest.hasPrefix("\"\"\""),
           let (written, fixed, literal) = Self.quoteInside(rest) {
            return habit(.quoteInsideString(written: written, fixed: fixed, literal: literal), length: written.unicodeScalars.count)
        }
        // A number followed by words, `200 overstappers`: text without quotes.
        if case .unexpected(_, .endOfLine) = reason, !nested, let written = Self.numberThenWords(rest) {
            return habit(.unquotedText(written: written, fixed: "\"\(Self.escaped(written))\""), length: written.unicodeScalars.count)
        }
        switch reason {
        case .invalidValue, .unexpected(_, .value):
            guard let first = rest.unicodeScalars.first, first.properties.isAlphabetic else { return nil }
            var written = Self.withoutComment(rest)
            if nested, let end = written.firstIndex(where: { $0 == "," || $0 == "]" || $0 == "}" }) {
                written = String(written[..<end])
            }
            written = written.trimmingTrailingSpaces()
            if let yesNo = Self.yesNo[written.lowercased()] {
                return habit(.yesNoWord(written: written, fixed: yesNo), length: written.unicodeScalars.count)
            }
            return habit(.unquotedText(written: written, fixed: "\"\(Self.escaped(written))\""), length: written.unicodeScalars.count)
        default:
            return nil
        }
    }

    /// Past the spaces and the bare word after `index`: in `{ a = 6,5 }` the parser stops after `5 `,
    /// which it took for a key.
    private static func tokenEnd(_ line: [Unicode.Scalar], from index: Int) -> Int {
        var end = index
        while end < line.count, line[end] == " " || line[end] == "\t" || isKeyScalar(line[end]) { end += 1 }
        return end
    }

    private static let yesNo = ["ja": "true", "nee": "false", "waar": "true", "onwaar": "false", "yes": "true", "no": "false",
                                "true": "true", "false": "false", "wel": "true", "niet": "false"]

    /// The index of the last `=` before `index` outside quoted text.
    private func lastEquals(in line: [Unicode.Scalar], before index: Int) -> Int? {
        var result: Int?
        var quote: Unicode.Scalar?
        var i = 0
        while i < min(index, line.count) {
            let c = line[i]
            if let open = quote {
                if c == "\\" && open == "\"" { i += 1 } else if c == open { quote = nil }
            } else if c == "\"" || c == "'" {
                quote = c
            } else if c == "#" {
                break
            } else if c == "=" {
                result = i
            }
            i += 1
        }
        return result
    }

    /// The key written before the `=` at `equals`, as written (`bedrag`, `thema.titel`).
    private func keyBefore(_ equals: Int, in line: [Unicode.Scalar]) -> String? {
        var end = equals
        while end > 0, line[end - 1] == " " || line[end - 1] == "\t" { end -= 1 }
        var start = end
        while start > 0, Self.isKeyScalar(line[start - 1]) { start -= 1 }
        return start < end ? String(String.UnicodeScalarView(line[start..<end])) : nil
    }

    private static func isKeyScalar(_ c: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(c) || ("A"..."Z").contains(c) || ("0"..."9").contains(c) || c == "_" || c == "-" || c == "."
    }

    /// Whether `index` lies inside a `[ ]` or `{ }` opened earlier on the line.
    private func isNested(_ line: [Unicode.Scalar], before index: Int) -> Bool {
        var depth = 0
        var quote: Unicode.Scalar?
        for c in line[..<index] {
            if let open = quote { if c == open { quote = nil } } else if c == "\"" || c == "'" { quote = c }
            else if c == "[" || c == "{" { depth += 1 } else if c == "]" || c == "}" { depth -= 1 }
        }
        return depth > 0
    }
}
