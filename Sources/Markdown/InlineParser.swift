/// Phase two of parsing: the inline content of one paragraph, heading or table cell.
///
/// One pass over the bytes: runs of ordinary text are copied at once; code spans, autolinks,
/// escapes, character references and line breaks are resolved on the spot; `*`, `_` and brackets
/// go on the delimiter and bracket stacks and are resolved by ``processEmphasis(above:)`` and
/// ``closeBracket()`` (CommonMark's "process emphasis" algorithm).
struct InlineParser {
    var subject: [UInt8] = []
    var end = 0
    var position = 0
    var nodes = InlineNodes()
    var delimiters: [Delimiter] = []
    /// The top of the delimiter stack (an index into `delimiters`), -1 when empty.
    var delimiterTop: Int32 = -1
    var brackets: [Bracket] = []
    let references: LinkReferences
    /// For backtick runs of each length up to 64: the position from which a search for a closing
    /// run of that length found none (`Int.max` when not searched), so unmatched runs stay linear.
    var backticksMissingFrom: [Int] = []

    /// Makes a parser for the paragraphs of one document; its buffers are reused for each.
    init(references: LinkReferences) {
        self.references = references
    }

    /// Parses one subject (the raw content of a paragraph, heading or cell), copied into the
    /// parser's reused buffer.
    mutating func parse(_ source: ArraySlice<UInt8>) -> [Inline] {
        subject.removeAll(keepingCapacity: true)
        subject.append(contentsOf: source)
        end = subject.count
        while end > 0, ASCII.isWhitespace(subject[end - 1]) { end -= 1 }
        position = 0
        while position < end, ASCII.isSpaceOrTab(subject[position]) || subject[position] == ASCII.newline {
            position += 1
        }
        nodes.reset()
        nodes.text.append(contentsOf: subject)  // text nodes are ranges of this copy
        delimiters.removeAll(keepingCapacity: true)
        delimiterTop = -1
        brackets.removeAll(keepingCapacity: true)
        backticksMissingFrom.removeAll(keepingCapacity: true)
        while position < end {
            let byte = subject[position]
            switch byte {
            case ASCII.newline: parseNewline()
            case ASCII.backslash: parseBackslash()
            case ASCII.backtick: parseCodeSpan()
            case ASCII.star, ASCII.underscore: parseDelimiterRun(byte)
            case ASCII.openBracket:
                pushBracket(image: false)
            case ASCII.exclamation:
                if position + 1 < end, subject[position + 1] == ASCII.openBracket {
                    pushBracket(image: true)
                } else {
                    nodes.appendText(from: position, to: position + 1)
                    position += 1
                }
            case ASCII.closeBracket: closeBracket()
            case ASCII.lessThan:
                if !parseAutolink() { nodes.appendText(from: position, to: position + 1); position += 1 }
            case ASCII.ampersand: parseEntity()
            default: parseText()
            }
        }
        processEmphasis(above: -1)
        return InlineTree(nodes: nodes).inlines()
    }

    @inline(__always) static func isSpecial(_ byte: UInt8) -> Bool {
        switch byte {
        case ASCII.newline, ASCII.backslash, ASCII.backtick, ASCII.star, ASCII.underscore, ASCII.openBracket,
             ASCII.closeBracket, ASCII.exclamation, ASCII.lessThan, ASCII.ampersand:
            return true
        default:
            return false
        }
    }

    mutating func parseText() {
        let start = position
        let end = self.end
        let stop = subject.withUnsafeBufferPointer { bytes -> Int in
            var index = start + 1
            while index < end, !Self.isSpecial(bytes[index]) { index += 1 }
            return index
        }
        position = stop
        nodes.appendText(from: start, to: stop)
    }

    /// A line ending: a hard break after two or more spaces, else a soft break.
    mutating func parseNewline() {
        position += 1
        var hard = false
        if nodes.last >= 0, nodes.nodes[Int(nodes.last)].kind == .text {
            var node = nodes.nodes[Int(nodes.last)]
            var spaces: Int32 = 0
            while node.textEnd - spaces > node.textStart, nodes.text[Int(node.textEnd - spaces - 1)] == ASCII.space {
                spaces += 1
            }
            hard = spaces >= 2
            node.textEnd -= spaces
            nodes.nodes[Int(nodes.last)] = node
        }
        nodes.append(InlineNodes.Node(kind: hard ? .hardBreak : .softBreak))
        while position < end, ASCII.isSpaceOrTab(subject[position]) { position += 1 }
    }

    mutating func parseBackslash() {
        position += 1
        guard position < end else { nodes.appendText(from: position - 1, to: position); return }
        let next = subject[position]
        if next == ASCII.newline {
            position += 1
            nodes.append(InlineNodes.Node(kind: .hardBreak))
            while position < end, ASCII.isSpaceOrTab(subject[position]) { position += 1 }
        } else if ASCII.isPunctuation(next) {
            nodes.appendText(from: position, to: position + 1)
            position += 1
        } else {
            nodes.appendText(from: position - 1, to: position)
        }
    }

    mutating func parseEntity() {
        let start = nodes.text.count
        if let next = Entities.decode(subject, at: position, end: end, into: &nodes.text) {
            position = next
            nodes.appendText(from: start, to: nodes.text.count)  // the decoded text, after the subject
        } else {
            nodes.appendText(from: position, to: position + 1)
            position += 1
        }
    }

    /// A code span: a backtick run, content, and a backtick run of the same length.
    mutating func parseCodeSpan() {
        let start = position
        while position < end, subject[position] == ASCII.backtick { position += 1 }
        let length = position - start
        let contentStart = position
        guard let closing = findBacktickRun(length: length, from: contentStart) else {
            nodes.appendText(from: start, to: contentStart)
            return
        }
        // The content is a range of the subject unless line endings must become spaces.
        var textStart = contentStart, textEnd = closing
        if subject[contentStart..<closing].contains(ASCII.newline) {
            textStart = nodes.text.count
            for byte in subject[contentStart..<closing] { nodes.text.append(byte == ASCII.newline ? ASCII.space : byte) }
            textEnd = nodes.text.count
        }
        if textEnd - textStart >= 2, nodes.text[textStart] == ASCII.space, nodes.text[textEnd - 1] == ASCII.space,
           nodes.text[textStart..<textEnd].contains(where: { $0 != ASCII.space }) {
            textStart += 1
            textEnd -= 1
        }
        nodes.append(InlineNodes.Node(kind: .code, textStart: Int32(textStart), textEnd: Int32(textEnd)))
        position = closing + length
    }

    /// The start of the next run of exactly `length` backticks at or after `from`. A failed search
    /// is remembered per length, so many unmatched runs stay linear.
    mutating func findBacktickRun(length: Int, from: Int) -> Int? {
        let remembered = length <= 64
        if remembered {
            if backticksMissingFrom.isEmpty { backticksMissingFrom = Array(repeating: Int.max, count: 65) }
            if from >= backticksMissingFrom[length] { return nil }
        }
        var index = from
        while index < end {
            if subject[index] == ASCII.backtick {
                let runStart = index
                while index < end, subject[index] == ASCII.backtick { index += 1 }
                if index - runStart == length { return runStart }
            } else {
                index += 1
            }
        }
        if remembered { backticksMissingFrom[length] = from }
        return nil
    }
}
