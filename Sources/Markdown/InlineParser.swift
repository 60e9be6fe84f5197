#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Phase two of parsing: the inline content of one paragraph, heading or table cell.
///
/// One pass over the bytes: runs of ordinary text are copied at once; code spans, autolinks,
/// escapes, character references and line breaks are resolved on the spot; `*`, `_` and brackets
/// go on the delimiter and bracket stacks and are resolved by ``processEmphasis(above:)`` and
/// ``closeBracket()`` (CommonMark's "process emphasis" algorithm).
///
/// Subjects are ranges of the document's text buffer, `text`, and positions are indexes of it.
/// Text the parser makes (decoded character references, code spans whose line endings become
/// spaces, destinations from reference definitions) is appended to the same buffer, so every text
/// node is a range of it and the buffer becomes ``MarkdownStorage/text`` as it is.
struct InlineParser: ~Copyable {
    var text: [UInt8]
    /// The current subject: `text[start..<end]`, trimmed.
    var start = 0
    var end = 0
    var position = 0
    var nodes = InlineNodes()
    var delimiters = RecordArena<Delimiter>()
    /// The top of the delimiter stack (an index into `delimiters`), -1 when empty.
    var delimiterTop: Int32 = -1
    var brackets: [Bracket] = []
    let references: LinkReferences
    /// For backtick runs of each length up to 64: the position from which a search for a closing
    /// run of that length found none (`Int.max` when not searched), so unmatched runs stay linear.
    var backticksMissingFrom: [Int] = []
    /// Whether backslash escapes and character references are resolved in the subject itself
    /// (``closeGap(before:width:)``); false leaves the text in pieces that making the tree joins,
    /// the plain way, which tests compare it with.
    var resolvesInPlace = true

    /// Makes a parser for the subjects of one document, all ranges of `text`.
    init(references: LinkReferences, text: [UInt8]) {
        self.references = references
        self.text = text
    }

    /// Parses the subject `text[from..<to]` (the raw content of a paragraph, heading or cell) and
    /// returns its first inline node, -1 when it has none.
    mutating func parse(from subjectStart: Int, to subjectEnd: Int) -> Int32 {
        start = subjectStart
        end = subjectEnd
        while end > start, ASCII.isWhitespace(text[end - 1]) { end -= 1 }
        position = start
        while position < end, ASCII.isSpaceOrTab(text[position]) || text[position] == ASCII.newline {
            position += 1
        }
        nodes.startSubject()
        delimiters.removeAll()
        delimiterTop = -1
        // Most subjects push no bracket: emptying an empty array still cost a call.
        if !brackets.isEmpty { brackets.removeAll(keepingCapacity: true) }
        if !backticksMissingFrom.isEmpty { backticksMissingFrom.removeAll(keepingCapacity: true) }
        while position < end {
            let byte = text[position]
            switch byte {
            case ASCII.newline: parseNewline()
            case ASCII.backslash: parseBackslash()
            case ASCII.backtick: parseCodeSpan()
            case ASCII.star, ASCII.underscore: parseDelimiterRun(byte)
            case ASCII.openBracket:
                pushBracket(image: false)
            case ASCII.exclamation:
                if position + 1 < end, text[position + 1] == ASCII.openBracket {
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
        return nodes.first
    }

    /// Appends `text[from..<to]` again at the end of the buffer (by index: a slice of `text` would
    /// hold its storage and make the append copy the whole buffer) and returns the copy's start.
    mutating func appendCopy(from copyStart: Int, to copyEnd: Int, replacingNewlines: Bool = false) -> Int {
        let result = text.count
        // No `reserveCapacity`: it grows an array to exactly the size asked, so each copy
        // reallocated (and copied) the document's whole text buffer; appends grow it by doubling.
        for index in copyStart..<copyEnd {
            let byte = text[index]
            text.append(replacingNewlines && byte == ASCII.newline ? ASCII.space : byte)
        }
        return result
    }

    /// A run of plain text up to the next byte that may start syntax. The run loop is the
    /// hottest in the parser, so it goes eight bytes at a time where it can (``TextStops``).
    mutating func parseText() {
        let runStart = position
        let end = self.end
        let stop = text.withUnsafeBufferPointer { bytes -> Int in
            TextStops.runEnd(in: bytes, from: runStart + 1, to: end)
        }
        position = stop
        nodes.appendText(from: runStart, to: stop)
    }

    /// A line ending: a hard break after two or more spaces, else a soft break.
    mutating func parseNewline() {
        position += 1
        var hard = false
        if nodes.last >= 0, nodes.nodes[Int(nodes.last)].kind == .text {
            var node = nodes.nodes[Int(nodes.last)]
            var spaces: Int32 = 0
            while node.textEnd - spaces > node.textStart, text[Int(node.textEnd - spaces - 1)] == ASCII.space {
                spaces += 1
            }
            hard = spaces >= 2
            node.textEnd -= spaces
            nodes.nodes[Int(nodes.last)] = node
        }
        nodes.append(InlineNodes.Node(kind: hard ? .hardBreak : .softBreak))
        while position < end, ASCII.isSpaceOrTab(text[position]) { position += 1 }
    }

    mutating func parseBackslash() {
        position += 1
        guard position < end else { nodes.appendText(from: position - 1, to: position); return }
        let next = text[position]
        if next == ASCII.newline {
            position += 1
            nodes.append(InlineNodes.Node(kind: .hardBreak))
            while position < end, ASCII.isSpaceOrTab(text[position]) { position += 1 }
        } else if ASCII.isPunctuation(next) {
            closeGap(before: position, width: 1)  // the text before moves over the backslash
            nodes.appendText(from: position, to: position + 1)
            position += 1
        } else {
            nodes.appendText(from: position - 1, to: position)
        }
    }

    mutating func parseEntity() {
        if let reference = Entities.reference(text, at: position, end: end) {
            let next = reference.end, length = reference.count
            // Not before `*` or `_`: whether such a run opens or closes emphasis depends on the
            // character before it as written (the reference's `;`), not as decoded.
            if resolvesInPlace, brackets.isEmpty, length <= next - position,
               next >= end || (text[next] != ASCII.star && text[next] != ASCII.underscore) {
                // The decoded text in place of the reference's last bytes, so that it and the
                // text on both sides are one range (see ``closeGap(before:width:)``).
                let decodedStart = next - length
                text.withUnsafeMutableBufferPointer { reference.write(to: $0.baseAddress! + decodedStart) }
                closeGap(before: decodedStart, width: decodedStart - position)
                nodes.appendText(from: decodedStart, to: next)
                position = next
                return
            }
            position = next
            let decodedStart = text.count
            Entities.append(reference, to: &text)
            nodes.appendText(from: decodedStart, to: text.count)  // the decoded text, after the subjects
        } else {
            nodes.appendText(from: position, to: position + 1)
            position += 1
        }
    }

    /// Moves the text node that ends `width` bytes before `target` up against it, over the bytes
    /// in between (a backslash, or the part of a character reference its decoded text does not
    /// fill), so that it and the text from `target` on are one range of the buffer.
    ///
    /// Why: otherwise a text with an escape or a reference in it is left in pieces, and making the
    /// tree copies the pieces together into a buffer of their own: for Dutch text (`&euro;`,
    /// `&eacute;`) a copy of many of the document's texts. Moving the text before costs one
    /// `memmove` of it here. Only while no bracket is open: a link label is matched on the raw
    /// bytes between its brackets, which must stay as written. The bytes left behind belong to
    /// no text.
    mutating func closeGap(before target: Int, width: Int) {
        guard resolvesInPlace, width > 0, brackets.isEmpty, nodes.last >= 0 else { return }
        var node = nodes.nodes[Int(nodes.last)]
        guard node.kind == .text, Int(node.textEnd) == target - width, Int(node.textStart) >= start else { return }
        let length = Int(node.textEnd - node.textStart)
        if length > 0 {
            text.withUnsafeMutableBufferPointer { buffer in
                let from = buffer.baseAddress! + Int(node.textStart)
                _ = memmove(from + width, from, length)
            }
        }
        node.textStart += Int32(width)
        node.textEnd += Int32(width)
        nodes.nodes[Int(nodes.last)] = node
    }

    /// A code span: a backtick run, content, and a backtick run of the same length.
    mutating func parseCodeSpan() {
        let start = position
        while position < end, text[position] == ASCII.backtick { position += 1 }
        let length = position - start
        let contentStart = position
        guard let closing = findBacktickRun(length: length, from: contentStart) else {
            nodes.appendText(from: start, to: contentStart)
            return
        }
        // The content is a range of the subject unless line endings must become spaces.
        var textStart = contentStart, textEnd = closing
        if text[contentStart..<closing].contains(ASCII.newline) {
            textStart = appendCopy(from: contentStart, to: closing, replacingNewlines: true)
            textEnd = text.count
        }
        if textEnd - textStart >= 2, text[textStart] == ASCII.space, text[textEnd - 1] == ASCII.space,
           text[textStart..<textEnd].contains(where: { $0 != ASCII.space }) {
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
            if backticksMissingFrom.isEmpty { backticksMissingFrom.append(contentsOf: repeatElement(Int.max, count: 65)) }
            if from >= backticksMissingFrom[length] { return nil }
        }
        var index = from
        while index < end {
            if text[index] == ASCII.backtick {
                let runStart = index
                while index < end, text[index] == ASCII.backtick { index += 1 }
                if index - runStart == length { return runStart }
            } else {
                index += 1
            }
        }
        if remembered { backticksMissingFrom[length] = from }
        return nil
    }
}
