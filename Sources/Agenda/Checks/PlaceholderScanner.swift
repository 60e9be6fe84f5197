import Diagnostics

/// Finds text left over from a template: `TODO`, `<vul in: ...>`, a lone `...`, or prose left empty.
/// It reads every text value as written (`Agenda.writtenTexts`), each with its exact place; with the
/// source text at hand, a placeholder inside multi-line prose is reported at its own line and
/// column, quoting the placeholder rather than the start of the prose.
enum PlaceholderScanner {
    /// The markers that mean "still to be written", compared without regard to ASCII case. Words
    /// (`todo`, `xxx`) count only as whole words: "fotodocumentatie" holds no placeholder.
    static let markers: [Marker] = [
        Marker("todo", wordBefore: true, wordAfter: true),
        Marker("xxx", wordBefore: true, wordAfter: true),
        Marker("<vul in", wordBefore: false, wordAfter: true),
        Marker("vul in>", wordBefore: true, wordAfter: false),
        Marker("[invullen]"),
        Marker("<...>"),
        Marker("[...]"),
    ]

    /// How many characters of a placeholder a message quotes.
    static let quoteLimit = 60

    /// Every placeholder and empty text in `texts`, located in `source` when it is given.
    static func scan(_ texts: [WrittenText], source: SourceText? = nil) -> [(CheckProblem, SourceRange)] {
        texts.compactMap { written in
            guard let found = finding(in: written.text, key: written.key) else { return nil }
            return (found.problem, found.marker.flatMap { locate($0, in: written.range, of: source) } ?? written.range)
        }
    }

    /// The placeholder problem of one text, if it has one.
    static func problem(in text: String, key: String) -> CheckProblem? {
        finding(in: text, key: key)?.problem
    }

    /// The problem of one text and the marker that caused it (nil for an empty text or a lone `...`,
    /// which are the whole value).
    static func finding(in text: String, key: String) -> (problem: CheckProblem, marker: Marker?)? {
        switch asciiEnds(of: text) {
        case .dots: return (.placeholder(key: key, text: "..."), nil)
        case .core: break
        case nil: return findingByScalars(in: text, key: key)
        }
        guard let (marker, offset) = firstMarker(in: text) else { return nil }
        return (.placeholder(key: key, text: quote(text, at: offset, marker: marker)), marker)
    }

    /// What the ends of `text` say when both are ASCII other than white space (nearly every text):
    /// the text is its own core, with nothing to trim, and that core is a lone `...` only when it is
    /// those three bytes (the `…` ends in a byte outside ASCII). Nil when an end is white space or
    /// outside ASCII, which ``findingByScalars(in:key:)`` reads by scalar (issue 38, sixth round:
    /// trimming and comparing by scalar was half of what reading the texts for placeholders cost).
    static func asciiEnds(of text: String) -> AsciiEnds? {
        let utf8 = text.utf8
        guard let first = utf8.first, let last = utf8.last, isASCIINonBlank(first), isASCIINonBlank(last) else { return nil }
        return utf8.count == 3 && utf8.elementsEqual("...".utf8) ? .dots : .core
    }

    /// See ``asciiEnds(of:)``.
    enum AsciiEnds { case core, dots }

    /// Whether `byte` is ASCII and not white space: the scalar's `isWhitespace` in ASCII is true for
    /// tab, line feed, vertical tab, form feed, carriage return and space only.
    private static func isASCIINonBlank(_ byte: UInt8) -> Bool {
        byte < 0x80 && byte != 0x20 && !(0x09...0x0D).contains(byte)
    }

    /// ``finding(in:key:)`` read by scalar: for texts with white space or a character outside ASCII
    /// at an end.
    static func findingByScalars(in text: String, key: String) -> (problem: CheckProblem, marker: Marker?)? {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return (.emptyProse(key: key), nil) }
        let core = scalars[first...last]
        if core.elementsEqual("...".unicodeScalars) || core.elementsEqual("…".unicodeScalars) {
            return (.placeholder(key: key, text: String(core)), nil)
        }
        guard let (marker, offset) = firstMarker(in: text) else { return nil }
        return (.placeholder(key: key, text: quote(text, at: offset, marker: marker)), marker)
    }

    /// The earliest marker in `text` and its UTF-8 offset (at one offset, the first in `markers`).
    /// One pass over the bytes: every text value of every agenda passes here, and most hold no
    /// marker, so a byte that starts none (`markerStarts`) is passed over at the cost of a table lookup.
    /// Only the markers that start with the byte are tried there: `t` starts many words, and trying
    /// all seven markers at each cost more than the pass.
    static func firstMarker(in text: String) -> (Marker, Int)? {
        var text = text
        return text.withUTF8 { haystack -> (Marker, Int)? in
            markerStarts.withUnsafeBufferPointer { starts -> (Marker, Int)? in
                for start in haystack.indices where starts[Int(haystack[start])] {
                    let first = lowered(haystack[start])
                    for marker in markers where marker.bytes[0] == first && marker.matches(at: start, in: haystack) {
                        return (marker, start)
                    }
                }
                return nil
            }
        }
    }

    /// For every byte, whether some marker starts with it in either ASCII case.
    private static let markerStarts: [Bool] = {
        var starts = [Bool](repeating: false, count: 256)
        for byte in 0...255 { starts[byte] = markers.contains { $0.bytes.first == lowered(UInt8(byte)) } }
        return starts
    }()

    /// The placeholder as the message quotes it: `<vul in: ...>` up to its `>`, a word marker with the
    /// rest of its line (`TODO: de analyse`), at most `quoteLimit` characters.
    static func quote(_ text: String, at offset: Int, marker: Marker) -> String {
        let bytes = Array(text.utf8)
        var start = offset
        var end = offset + marker.bytes.count
        let lineEnd = bytes[end...].firstIndex { $0 == 0x0A || $0 == 0x0D } ?? bytes.count
        if marker.text == "vul in>", let open = bytes[..<offset].lastIndex(where: { $0 == UInt8(ascii: "<") }),
            !bytes[open..<offset].contains(where: { $0 == 0x0A || $0 == 0x0D }) {
            start = open
        } else if marker.text == "<vul in" {
            end = bytes[end..<lineEnd].firstIndex(of: UInt8(ascii: ">")).map { $0 + 1 } ?? lineEnd
        } else if marker.wordAfter {
            end = lineEnd
        }
        let quoted = String(decoding: bytes[start..<end], as: UTF8.self).trimmedOfWhitespace
        return quoted.unicodeScalars.count > quoteLimit
            ? String(String.UnicodeScalarView(quoted.unicodeScalars.prefix(quoteLimit - 3))) + "..."
            : quoted
    }

    /// Where `marker` is written inside the value at `range`: its line and column (in Unicode
    /// scalars), found in the source lines the value spans; nil when the source is not at hand or the
    /// marker is written with escapes.
    static func locate(_ marker: Marker, in range: SourceRange, of source: SourceText?) -> SourceRange? {
        guard let source else { return nil }
        for number in range.start.line...max(range.start.line, range.end.line) {
            guard let line = source.line(number) else { return nil }
            let scalars = Array(line.unicodeScalars)
            let from = number == range.start.line ? min(scalars.count, max(0, range.start.column - 1)) : 0
            let to = number == range.end.line ? min(scalars.count, max(from, range.end.column - 1)) : scalars.count
            let part = String(String.UnicodeScalarView(scalars[from..<to]))
            if let offset = marker.firstMatch(in: part) {
                let column = from + String(decoding: Array(part.utf8)[..<offset], as: UTF8.self).unicodeScalars.count + 1
                return SourceRange(start: SourcePosition(line: number, column: column),
                                   end: SourcePosition(line: number, column: column + marker.text.unicodeScalars.count))
            }
        }
        return nil
    }
}

extension PlaceholderScanner {
    /// A marker of text still to be written, and whether it must stand as a whole word on either side.
    struct Marker: Sendable {
        /// The marker in ASCII lower case.
        let text: String
        let bytes: [UInt8]
        /// Whether a letter or digit may not come right before it.
        let wordBefore: Bool
        /// Whether a letter or digit may not come right after it.
        let wordAfter: Bool

        init(_ text: String, wordBefore: Bool = false, wordAfter: Bool = false) {
            self.text = text
            bytes = Array(text.utf8)
            self.wordBefore = wordBefore
            self.wordAfter = wordAfter
        }

        /// The UTF-8 offset of the first match in `text`, ignoring ASCII case and keeping to word
        /// boundaries where asked.
        func firstMatch(in text: String) -> Int? {
            var text = text
            return text.withUTF8 { haystack in
                haystack.indices.first { matches(at: $0, in: haystack) }
            }
        }

        /// Whether the marker stands at byte `start` of `haystack`, ignoring ASCII case and keeping
        /// to word boundaries where asked.
        func matches(at start: Int, in haystack: UnsafeBufferPointer<UInt8>) -> Bool {
            guard start + bytes.count <= haystack.count else { return false }
            for offset in 0..<bytes.count where lowered(haystack[start + offset]) != bytes[offset] { return false }
            if wordBefore && isWordCharacter(before: start, in: haystack) { return false }
            if wordAfter && isWordCharacter(at: start + bytes.count, in: haystack) { return false }
            return true
        }
    }
}

private func lowered(_ byte: UInt8) -> UInt8 {
    (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
}

/// Whether the character that starts at byte `index` is a letter or digit.
private func isWordCharacter(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard index < bytes.count else { return false }
    var end = index + 1
    while end < bytes.count && bytes[end] & 0xC0 == 0x80 { end += 1 }
    return isWordCharacter(bytes[index..<end])
}

/// Whether the character that ends just before byte `index` is a letter or digit.
private func isWordCharacter(before index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard index > 0 else { return false }
    var start = index - 1
    while start > 0 && bytes[start] & 0xC0 == 0x80 { start -= 1 }
    return isWordCharacter(bytes[start..<index])
}

private func isWordCharacter(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
    guard let scalar = String(decoding: bytes, as: UTF8.self).unicodeScalars.first else { return false }
    return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
}

extension String {
    /// The text without white space at either end.
    var trimmedOfWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}
