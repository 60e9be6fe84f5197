/// An entry on the bracket stack: a `[` or `![` that may open a link or image.
struct Bracket {
    /// The text node holding `[` or `![`.
    var node: Int32
    /// The top of the delimiter stack when the bracket was pushed.
    var previousDelimiter: Int32
    /// Where the `[` is in the subject.
    var position: Int
    var isImage: Bool
    var isActive = true
    /// Whether another `[` came after this one (then it cannot be a shortcut reference).
    var bracketAfter = false
}

extension InlineParser {
    mutating func pushBracket(image: Bool) {
        let length = image ? 2 : 1
        let node = nodes.append(InlineNodes.Node(kind: .delimiterRun, textStart: Int32(position),
                                                 textEnd: Int32(position + length)))
        if !brackets.isEmpty { brackets[brackets.count - 1].bracketAfter = true }
        brackets.append(Bracket(node: node, previousDelimiter: delimiterTop, position: position + length - 1, isImage: image))
        position += length
    }

    /// A `]`: makes a link or image of the text since the last bracket when an inline link or
    /// a known reference follows, else it is text.
    mutating func closeBracket() {
        position += 1
        let afterBracket = position
        guard let opener = brackets.last else { nodes.appendText(from: afterBracket - 1, to: afterBracket); return }
        guard opener.isActive else {
            brackets.removeLast()
            nodes.appendText(from: afterBracket - 1, to: afterBracket)
            return
        }
        var target: LinkRecord?
        if let inline = inlineLinkTarget(from: afterBracket) {
            target = inline.target
            position = inline.end
        } else {
            var label: (start: Int, end: Int)?
            var labelEnd = afterBracket
            if let end = LinkSyntax.labelEnd(text, from: afterBracket, to: self.end) {
                labelEnd = end
                if end - afterBracket > 2 { label = (afterBracket, end) }
            }
            if label == nil && !opener.bracketAfter {
                label = (opener.position, afterBracket)  // collapsed `[]` or shortcut reference
            }
            if let label, label.end - label.start <= 1001,
               let found = references[LinkSyntax.normalizedLabel(text, from: label.start, to: label.end)] {
                target = appendTarget(found)
                position = labelEnd
            }
        }
        guard let target else {
            brackets.removeLast()
            position = afterBracket
            nodes.appendText(from: afterBracket - 1, to: afterBracket)
            return
        }
        let targetIndex = Int32(nodes.links.count)
        let wrapper = InlineNodes.Node(kind: opener.isImage ? .image : .link, target: targetIndex)
        guard nodes.wrap(after: opener.node, before: -1, in: wrapper) != nil else {
            // Too deep: every bracket still open holds this content, so it would be too deep as
            // well. Closing them as text at once keeps `![` nested 20,000 times linear (before,
            // each `]` walked all the text the failed ones left: 8 s in a debug build).
            for index in brackets.indices { brackets[index].isActive = false }
            brackets.removeLast()
            position = afterBracket
            nodes.appendText(from: afterBracket - 1, to: afterBracket)
            return
        }
        nodes.links.append(target)
        processEmphasis(above: opener.previousDelimiter)
        brackets.removeLast()
        nodes.clear(opener.node)
        if !opener.isImage {  // no links in links
            for index in brackets.indices where !brackets[index].isImage { brackets[index].isActive = false }
        }
    }

    /// `(destination "title")` right after a `]`.
    mutating func inlineLinkTarget(from start: Int) -> (target: LinkRecord, end: Int)? {
        guard start < end, text[start] == ASCII.openParen else { return nil }
        var index = LinkSyntax.skipSpacesAndNewline(text, from: start + 1, to: end)
        guard let (destination, afterDestination) = LinkSyntax.destinationRange(text, from: index, to: end) else {
            return nil
        }
        index = LinkSyntax.skipSpacesAndNewline(text, from: afterDestination, to: end)
        var title: Range<Int>?
        if index > afterDestination, let (parsed, afterTitle) = LinkSyntax.titleRange(text, from: index, to: end) {
            title = parsed
            index = LinkSyntax.skipSpacesAndNewline(text, from: afterTitle, to: end)
        }
        guard index < end, text[index] == ASCII.closeParen else { return nil }
        let (destinationStart, destinationEnd) = resolved(destination)
        var target = LinkRecord(destinationStart: destinationStart, destinationEnd: destinationEnd)
        if let title {
            let (titleStart, titleEnd) = resolved(title)
            if titleEnd > titleStart { (target.titleStart, target.titleEnd) = (titleStart, titleEnd) }  // "" is no title
        }
        return (target, index + 1)
    }

    /// The range of the text of a raw destination or title: the raw range itself unless escapes or
    /// character references must be resolved, then a resolved copy at the end of the buffer.
    private mutating func resolved(_ raw: Range<Int>) -> (Int32, Int32) {
        guard LinkSyntax.needsUnescaping(text, from: raw.lowerBound, to: raw.upperBound) else {
            return (Int32(raw.lowerBound), Int32(raw.upperBound))
        }
        let source = Array(text[raw])  // text cannot be read while it is appended to
        let start = text.count
        LinkSyntax.appendUnescaped(source, from: 0, to: source.count, to: &text)
        return (Int32(start), Int32(text.count))
    }

    /// A link record for a reference definition's target, its text appended to the buffer.
    private mutating func appendTarget(_ found: LinkReferences.Target) -> LinkRecord {
        let start = Int32(text.count)
        text.append(contentsOf: found.destination.utf8)
        var target = LinkRecord(destinationStart: start, destinationEnd: Int32(text.count))
        if let title = found.title {
            target.titleStart = Int32(text.count)
            text.append(contentsOf: title.utf8)
            target.titleEnd = Int32(text.count)
        }
        return target
    }

    /// `<scheme:...>` or `<address@example.nl>`. Anything else after `<` is text: raw HTML is
    /// deliberately not supported.
    mutating func parseAutolink() -> Bool {
        let start = position + 1
        var index = start
        // URI autolink: scheme of 2-32 characters, a colon, no spaces, < or >.
        if index < end, ASCII.isLetter(text[index]) {
            index += 1
            while index < end, ASCII.isAlphanumeric(text[index]) || text[index] == ASCII.plus
                    || text[index] == ASCII.dot || text[index] == ASCII.minus {
                index += 1
            }
            let schemeLength = index - start
            if schemeLength >= 2, schemeLength <= 32, index < end, text[index] == ASCII.colon {
                index += 1
                while index < end, text[index] > ASCII.space, text[index] != ASCII.lessThan,
                      text[index] != ASCII.greaterThan {
                    index += 1
                }
                if index < end, text[index] == ASCII.greaterThan {
                    appendAutolink(destination: start..<index, mailto: false)
                    position = index + 1
                    return true
                }
            }
        }
        // E-mail autolink.
        index = start
        while index < end, Self.isEmailLocal(text[index]) { index += 1 }
        guard index > start, index < end, text[index] == ASCII.at else { return false }
        index += 1
        var labelLength = 0
        var labels = 0
        while index < end {
            let byte = text[index]
            if ASCII.isAlphanumeric(byte) {
                labelLength += 1
            } else if byte == ASCII.minus && labelLength > 0 {
                labelLength += 1
            } else if byte == ASCII.dot && labelLength > 0 && text[index - 1] != ASCII.minus {
                labels += 1
                labelLength = 0
            } else {
                break
            }
            guard labelLength <= 63 else { return false }
            index += 1
        }
        guard labelLength > 0, text[index - 1] != ASCII.minus, index < end, text[index] == ASCII.greaterThan else {
            return false
        }
        appendAutolink(destination: start..<index, mailto: true)
        position = index + 1
        return true
    }

    private static func isEmailLocal(_ byte: UInt8) -> Bool {
        if ASCII.isAlphanumeric(byte) { return true }
        switch byte {
        case 0x21, 0x23, 0x24, 0x25, 0x26, 0x27, 0x2A, 0x2B, 0x2D, 0x2E, 0x2F, 0x3D, 0x3F, 0x5E, 0x5F, 0x60, 0x7B, 0x7C,
             0x7D, 0x7E:
            return true
        default:
            return false
        }
    }

    /// A link whose text is `address` and whose destination is too (after `mailto:` for e-mail).
    private mutating func appendAutolink(destination address: Range<Int>, mailto: Bool) {
        var destination = LinkRecord(destinationStart: Int32(address.lowerBound), destinationEnd: Int32(address.upperBound))
        if mailto {
            destination.destinationStart = Int32(text.count)
            text.append(contentsOf: "mailto:".utf8)
            _ = appendCopy(from: address.lowerBound, to: address.upperBound)
            destination.destinationEnd = Int32(text.count)
        }
        let targetIndex = Int32(nodes.links.count)
        nodes.links.append(destination)
        var link = InlineNodes.Node(kind: .link, target: targetIndex)
        let child = Int32(nodes.nodes.count)
        nodes.nodes.append(InlineNodes.Node(kind: .text, textStart: Int32(address.lowerBound), textEnd: Int32(address.upperBound)))
        link.first = child
        link.last = child
        nodes.append(link)
    }
}
