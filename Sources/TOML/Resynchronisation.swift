import Diagnostics

/// Where reading goes on after a syntax error: which lines the broken statement covers.
///
/// The decision is made on the text of lines, as a person scanning the file would: a line that starts
/// a key/value pair (`key =`, `a.b =`, `"key" =`) or a header (`[name]`, `[[name]]`, also one whose
/// brackets are broken) starts a new statement. Lines in between (the rest of a broken array, of a
/// text that ran on) belong to the broken statement.
enum Resynchronisation {
    /// The statement to leave out after `failure`.
    static func skip(after failure: TOML.Failure, in text: [UInt8], lines: LineIndex) -> SkippedStatement {
        let statementLine = lines.line(of: failure.statementStart)
        // From the statement's own line, also when the error points at an earlier line.
        let firstLine = statementLine
        let header = isHeaderStart(text, lines, statementLine)
        let tableLine = failure.headerLines.last { $0 < statementLine }
        if case .multilineStringRunsOn(_, _, let swallowedLine) = failure.error.reason,
           swallowedLine > failure.error.range.start.line {
            // The text runs on into a line of TOML: the text ends before it, and that line is read again.
            let opening = failure.error.range.start.line
            let last = swallowedLine - 1
            let openingHeaders = failure.headerLines.last { $0 < opening }
            return SkippedStatement(lines: opening...last, key: key(text, lines, opening), isHeader: false, tableLine: openingHeaders)
        }
        let errorLine = max(failure.rawLine, failure.error.range.start.line, statementLine)
        var next = errorLine + 1
        if header {
            let depth = headerDepth(text, lines, statementLine)
            while next <= lines.count, !(looksLikeHeader(text, lines, next) && headerDepth(text, lines, next) <= depth) { next += 1 }
        } else {
            while next <= lines.count, !looksLikeKey(text, lines, next), !looksLikeHeader(text, lines, next) { next += 1 }
        }
        return SkippedStatement(
            lines: firstLine...(next - 1), key: header ? nil : key(text, lines, statementLine), isHeader: header,
            tableLine: header ? nil : tableLine)
    }

    // MARK: Reading lines

    /// The bytes of `line` without its line ending, from the first that is not a space or tab.
    private static func content(_ text: [UInt8], _ lines: LineIndex, _ line: Int) -> ArraySlice<UInt8> {
        var (start, end) = lines.bounds(of: line)
        while start < end, text[start] == .space || text[start] == .tab { start += 1 }
        while end > start, text[end - 1] == .carriageReturn { end -= 1 }
        return text[start..<end]
    }

    /// Whether `line` starts with `[`: a header, maybe broken.
    private static func isHeaderStart(_ text: [UInt8], _ lines: LineIndex, _ line: Int) -> Bool {
        content(text, lines, line).first == .openBracket
    }

    /// A header, or what was meant as one (`[[items]`, `[server`): a `[` first, then only key
    /// characters, dots, quotes, blanks and brackets up to a comment. No `=` or `,`, which make it
    /// a line of an array.
    static func looksLikeHeader(_ text: [UInt8], _ lines: LineIndex, _ line: Int) -> Bool {
        let bytes = content(text, lines, line)
        guard bytes.first == .openBracket else { return false }
        var sawKey = false
        for byte in bytes.dropFirst() {
            if byte == .hash { break }
            if byte.isBareKeyCharacter || byte == .quote || byte == .apostrophe { sawKey = true; continue }
            if byte == .dot || byte == .space || byte == .tab || byte == .openBracket || byte == .closeBracket { continue }
            if byte >= 0x80 { sawKey = true; continue }
            return false
        }
        return sawKey
    }

    /// A key/value pair: a bare or quoted key, maybe dotted, then `=`.
    static func looksLikeKey(_ text: [UInt8], _ lines: LineIndex, _ line: Int) -> Bool {
        let bytes = Array(content(text, lines, line))
        var index = 0
        while true {
            guard let end = keyPart(bytes, from: index) else { return false }
            index = end
            while index < bytes.count, bytes[index] == .space || bytes[index] == .tab { index += 1 }
            guard index < bytes.count else { return false }
            if bytes[index] == .equals { return true }
            guard bytes[index] == .dot else { return false }
            index += 1
            while index < bytes.count, bytes[index] == .space || bytes[index] == .tab { index += 1 }
        }
    }

    /// The end of the bare or quoted key part at `index`; nil when there is none.
    private static func keyPart(_ bytes: [UInt8], from index: Int) -> Int? {
        guard index < bytes.count else { return nil }
        let first = bytes[index]
        if first == .quote || first == .apostrophe {
            var end = index + 1
            while end < bytes.count, bytes[end] != first {
                if first == .quote, bytes[end] == .backslash { end += 1 }
                end += 1
            }
            return end < bytes.count ? end + 1 : nil
        }
        var end = index
        while end < bytes.count, bytes[end].isBareKeyCharacter { end += 1 }
        return end > index ? end : nil
    }

    /// The last part of the key at the start of `line` (bare, or quoted without escapes); nil when
    /// the line does not start with one followed by `=`.
    private static func key(_ text: [UInt8], _ lines: LineIndex, _ line: Int) -> String? {
        guard looksLikeKey(text, lines, line) else { return nil }
        let bytes = Array(content(text, lines, line))
        var index = 0
        var last: String?
        while let end = keyPart(bytes, from: index) {
            let part = bytes[index..<end]
            if part.first == .quote || part.first == .apostrophe {
                if part.contains(.backslash) { return nil }
                last = String(decoding: part.dropFirst().dropLast(), as: UTF8.self)
            } else {
                last = String(decoding: part, as: UTF8.self)
            }
            index = end
            while index < bytes.count, bytes[index] == .space || bytes[index] == .tab { index += 1 }
            guard index < bytes.count, bytes[index] == .dot else { break }
            index += 1
            while index < bytes.count, bytes[index] == .space || bytes[index] == .tab { index += 1 }
        }
        return last
    }

    /// How many parts the name of the header on `line` has (dots outside quotes, plus one).
    private static func headerDepth(_ text: [UInt8], _ lines: LineIndex, _ line: Int) -> Int {
        var depth = 1
        var quote: UInt8?
        for byte in content(text, lines, line) {
            if byte == .hash, quote == nil { break }
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == .quote || byte == .apostrophe {
                quote = byte
            } else if byte == .dot {
                depth += 1
            }
        }
        return depth
    }
}

/// Where each line of a document starts, by the line feeds (as the parser counts lines).
struct LineIndex {
    /// The offset of the first byte of each line; line 1 at index 0.
    private let starts: [Int]
    /// The length of the document.
    private let length: Int
    /// The length of a byte order mark at the start (kept when lines are blanked: columns start after it).
    private let byteOrderMark: Int

    init(_ bytes: [UInt8]) {
        var starts = [0]
        for (index, byte) in bytes.enumerated() where byte == .lineFeed { starts.append(index + 1) }
        self.starts = starts
        length = bytes.count
        byteOrderMark = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
    }

    /// The number of lines.
    var count: Int { starts.count }

    /// The line of the byte at `offset`.
    func line(of offset: Int) -> Int {
        var low = 0
        var high = starts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return low + 1
    }

    /// The offsets of `line`, from its first byte up to its line feed (or the end).
    func bounds(of line: Int) -> (start: Int, end: Int) {
        let start = max(starts[line - 1], line == 1 ? byteOrderMark : 0)
        let end = line < starts.count ? starts[line] - 1 : length
        return (start, max(start, end))
    }

    /// Whether `lines` hold nothing but spaces (as blanked lines do).
    func isBlank(_ lines: ClosedRange<Int>, in text: [UInt8]) -> Bool {
        lines.allSatisfy { line in
            guard line >= 1 && line <= count else { return true }
            let (start, end) = bounds(of: line)
            return text[start..<end].allSatisfy { $0 == .space }
        }
    }

    /// Replaces every byte of `lines` but the line feeds with spaces.
    func blank(_ lines: ClosedRange<Int>, in text: inout [UInt8]) {
        for line in lines where line >= 1 && line <= count {
            let (start, end) = bounds(of: line)
            for index in start..<end { text[index] = .space }
        }
    }
}
