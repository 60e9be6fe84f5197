import Diagnostics

extension Template {
    /// A piece of a template as the scanner cuts it, before standalone lines are resolved.
    enum Token {
        /// Literal text, as a range of UTF-8 offsets; it holds at most one `\n`, as its last byte.
        case text(Range<Int>)
        /// A tag.
        case tag(Tag)
    }

    /// A tag as written, with its name trimmed.
    struct Tag {
        enum Kind: Equatable {
            case variable, unescaped, section, inverted, close, comment, partial, delimiters, parent, block
        }

        var kind: Kind
        /// The trimmed content: the name, or for set-delimiter tags the two delimiters.
        var content: String
        var range: SourceRange

        /// Whether the tag may stand alone on a line that then disappears from the output:
        /// every tag except interpolations.
        var canStandAlone: Bool { kind != .variable && kind != .unescaped }
    }

    /// Cuts a template into text and tags, following `{{=...=}}` delimiter changes.
    struct TokenScanner {
        let bytes: [UInt8]
        let templateName: String
        let file: String?
        private var opening: [UInt8] = Array("{{".utf8)
        private var closing: [UInt8] = Array("}}".utf8)
        private var locator: SourceLocator
        private var tokens: [Token] = []

        init(bytes: [UInt8], templateName: String, file: String?) {
            self.bytes = bytes
            self.templateName = templateName
            self.file = file
            self.locator = SourceLocator(bytes: bytes)
        }

        mutating func scan() throws(MustacheError) -> [Token] {
            var position = 0
            while position < bytes.count {
                guard let tagStart = find(opening, from: position) else {
                    appendText(position..<bytes.count)
                    break
                }
                appendText(position..<tagStart)
                position = try scanTag(at: tagStart)
            }
            return tokens
        }

        /// Appends text, cut after every `\n` so standalone lines can be recognised.
        private mutating func appendText(_ range: Range<Int>) {
            var start = range.lowerBound
            var index = start
            while index < range.upperBound {
                if bytes[index] == 0x0A {
                    tokens.append(.text(start..<index + 1))
                    start = index + 1
                }
                index += 1
            }
            if start < range.upperBound { tokens.append(.text(start..<range.upperBound)) }
        }

        /// Scans the tag starting at `start` and returns the offset just past it.
        private mutating func scanTag(at start: Int) throws(MustacheError) -> Int {
            var contentStart = start + opening.count
            var kind = Tag.Kind.variable
            var terminator = closing
            if contentStart < bytes.count {
                switch bytes[contentStart] {
                case UInt8(ascii: "{"): (kind, terminator) = (.unescaped, Array("}".utf8) + closing)
                case UInt8(ascii: "&"): kind = .unescaped
                case UInt8(ascii: "#"): kind = .section
                case UInt8(ascii: "^"): kind = .inverted
                case UInt8(ascii: "/"): kind = .close
                case UInt8(ascii: "!"): kind = .comment
                case UInt8(ascii: ">"): kind = .partial
                case UInt8(ascii: "<"): kind = .parent
                case UInt8(ascii: "$"): kind = .block
                case UInt8(ascii: "="): (kind, terminator) = (.delimiters, Array("=".utf8) + closing)
                default: break
                }
                if kind != .variable { contentStart += 1 }
            }
            let startPosition = locator.position(at: start)
            let found = find(terminator, from: contentStart)
            // A tag that runs into the next opening delimiter was never closed (comments may hold anything).
            if found == nil || (kind != .comment && find(opening, from: contentStart).map { $0 < found! } == true) {
                let openingText = String(decoding: bytes[start..<contentStart], as: UTF8.self)
                let closingText = String(decoding: terminator, as: UTF8.self)
                let range = SourceRange(
                    start: startPosition, end: SourcePosition(
                        line: startPosition.line, column: startPosition.column + openingText.unicodeScalars.count))
                throw error(.unclosedTag(opening: openingText, closing: closingText), range)
            }
            let contentEnd = found!
            let end = contentEnd + terminator.count
            let range = SourceRange(start: startPosition, end: locator.position(at: end))
            let content = String(decoding: bytes[contentStart..<contentEnd], as: UTF8.self).trimmingWhitespace()
            var tag = Tag(kind: kind, content: content, range: range)
            try check(&tag)
            tokens.append(.tag(tag))
            return end
        }

        /// Checks the tag's name, and applies a delimiter change.
        private mutating func check(_ tag: inout Tag) throws(MustacheError) {
            switch tag.kind {
            case .comment:
                return
            case .delimiters:
                let parts = tag.content.split(whereSeparator: \.isWhitespace)
                guard parts.count == 2, !parts.contains(where: { $0.contains("=") }) else {
                    throw error(.invalidDelimiters(tag.content), tag.range)
                }
                opening = Array(parts[0].utf8)
                closing = Array(parts[1].utf8)
                return
            default:
                break
            }
            guard !tag.content.isEmpty else { throw error(.emptyTagName, tag.range) }
            guard !tag.content.containsWhitespace || isDynamicWithSpace(tag) else {
                throw error(.invalidName(tag.content), tag.range)
            }
            switch tag.kind {
            case .variable, .unescaped, .section, .inverted, .close:
                if Name(tag.content) == nil { throw error(.invalidName(tag.content), tag.range) }
            case .partial, .parent:
                if isDynamicWithSpace(tag) { tag.content = "*" + tag.content.dropFirst().trimmingWhitespace() }
            default:
                break
            }
        }

        /// `{{> * name}}`: the spec allows space between the asterisk and the name.
        private func isDynamicWithSpace(_ tag: Tag) -> Bool {
            (tag.kind == .partial || tag.kind == .parent) && tag.content.hasPrefix("*")
                && !tag.content.dropFirst().trimmingWhitespace().containsWhitespace
        }

        private func find(_ needle: [UInt8], from start: Int) -> Int? {
            guard let first = needle.first, bytes.count >= needle.count else { return nil }
            var index = start
            let last = bytes.count - needle.count
            while index <= last {
                if bytes[index] == first {
                    var matches = true
                    for offset in 1..<needle.count where bytes[index + offset] != needle[offset] {
                        matches = false
                        break
                    }
                    if matches { return index }
                }
                index += 1
            }
            return nil
        }

        private func error(_ reason: MustacheError.Reason, _ range: SourceRange) -> MustacheError {
            MustacheError(reason, templateName: templateName, file: file, range: range)
        }
    }
}

extension StringProtocol {
    /// The text without spaces, tabs and line breaks at either end.
    ///
    /// Text of ASCII is trimmed over its bytes (there a byte is a character, and `\t \n \v \f \r`
    /// and the space are its whitespace); other text by `Character`
    /// (``trimmingWhitespaceCharacters()``), which knows the other spaces Unicode has.
    func trimmingWhitespace() -> String {
        let trimmed: String?? = utf8.withContiguousStorageIfAvailable { bytes in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            var start = 0
            var end = bytes.count
            while start < end && ASCIIWhitespace.contains(bytes[start]) { start += 1 }
            while end > start && ASCIIWhitespace.contains(bytes[end - 1]) { end -= 1 }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        }
        if let trimmed = trimmed ?? nil { return trimmed }
        return trimmingWhitespaceCharacters()
    }

    /// The text without whitespace characters at either end, read by `Character`.
    func trimmingWhitespaceCharacters() -> String {
        guard let first = firstIndex(where: { !$0.isWhitespace }) else { return "" }
        let last = lastIndex(where: { !$0.isWhitespace })!
        return String(self[first...last])
    }

    /// Whether the text holds a whitespace character: over the bytes when it is ASCII (see
    /// ``trimmingWhitespace()``), by `Character` otherwise.
    var containsWhitespace: Bool {
        let found: Bool?? = utf8.withContiguousStorageIfAvailable { bytes in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            return bytes.contains(where: ASCIIWhitespace.contains)
        }
        if let found = found ?? nil { return found }
        return contains(where: \.isWhitespace)
    }
}

/// The whitespace of ASCII as `Character.isWhitespace` has it: tab, line feed, vertical tab, form
/// feed, carriage return and space.
enum ASCIIWhitespace {
    @inline(__always) static func contains(_ byte: UInt8) -> Bool { byte == 0x20 || (byte &- 0x09) < 5 }
}
