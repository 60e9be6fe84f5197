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
        var target: (destination: String, title: String?)?
        if let inline = inlineLinkTarget(from: afterBracket) {
            target = (inline.destination, inline.title)
            position = inline.end
        } else {
            var label: (start: Int, end: Int)?
            var labelEnd = afterBracket
            if let end = LinkSyntax.labelEnd(subject, from: afterBracket, to: self.end) {
                labelEnd = end
                if end - afterBracket > 2 { label = (afterBracket, end) }
            }
            if label == nil && !opener.bracketAfter {
                label = (opener.position, afterBracket)  // collapsed `[]` or shortcut reference
            }
            if let label, label.end - label.start <= 1001,
               let found = references[LinkSyntax.normalizedLabel(subject, from: label.start, to: label.end)] {
                target = (found.destination, found.title)
                position = labelEnd
            }
        }
        guard let target else {
            brackets.removeLast()
            position = afterBracket
            nodes.appendText(from: afterBracket - 1, to: afterBracket)
            return
        }
        let targetIndex = Int32(nodes.targets.count)
        let wrapper = InlineNodes.Node(kind: opener.isImage ? .image : .link, target: targetIndex)
        guard nodes.wrap(after: opener.node, before: -1, in: wrapper) != nil else {
            brackets.removeLast()
            position = afterBracket
            nodes.appendText(from: afterBracket - 1, to: afterBracket)
            return
        }
        nodes.targets.append(target)
        processEmphasis(above: opener.previousDelimiter)
        brackets.removeLast()
        nodes.clear(opener.node)
        if !opener.isImage {  // no links in links
            for index in brackets.indices where !brackets[index].isImage { brackets[index].isActive = false }
        }
    }

    /// `(destination "title")` right after a `]`.
    func inlineLinkTarget(from start: Int) -> (destination: String, title: String?, end: Int)? {
        guard start < end, subject[start] == ASCII.openParen else { return nil }
        var index = LinkSyntax.skipSpacesAndNewline(subject, from: start + 1, to: end)
        guard let (destination, afterDestination) = LinkSyntax.destination(subject, from: index, to: end) else {
            return nil
        }
        index = LinkSyntax.skipSpacesAndNewline(subject, from: afterDestination, to: end)
        var title: String?
        if index > afterDestination, let (parsed, afterTitle) = LinkSyntax.title(subject, from: index, to: end) {
            title = parsed.isEmpty ? nil : parsed
            index = LinkSyntax.skipSpacesAndNewline(subject, from: afterTitle, to: end)
        }
        guard index < end, subject[index] == ASCII.closeParen else { return nil }
        return (destination, title, index + 1)
    }

    /// `<scheme:...>` or `<address@example.nl>`. Anything else after `<` is text: raw HTML is
    /// deliberately not supported.
    mutating func parseAutolink() -> Bool {
        let start = position + 1
        var index = start
        // URI autolink: scheme of 2-32 characters, a colon, no spaces, < or >.
        if index < end, ASCII.isLetter(subject[index]) {
            index += 1
            while index < end, ASCII.isAlphanumeric(subject[index]) || subject[index] == ASCII.plus
                    || subject[index] == ASCII.dot || subject[index] == ASCII.minus {
                index += 1
            }
            let schemeLength = index - start
            if schemeLength >= 2, schemeLength <= 32, index < end, subject[index] == ASCII.colon {
                index += 1
                while index < end, subject[index] > ASCII.space, subject[index] != ASCII.lessThan,
                      subject[index] != ASCII.greaterThan {
                    index += 1
                }
                if index < end, subject[index] == ASCII.greaterThan {
                    let uri = String(decoding: subject[start..<index], as: UTF8.self)
                    appendAutolink(destination: uri, text: start..<index)
                    position = index + 1
                    return true
                }
            }
        }
        // E-mail autolink.
        index = start
        while index < end, Self.isEmailLocal(subject[index]) { index += 1 }
        guard index > start, index < end, subject[index] == ASCII.at else { return false }
        index += 1
        var labelLength = 0
        var labels = 0
        while index < end {
            let byte = subject[index]
            if ASCII.isAlphanumeric(byte) {
                labelLength += 1
            } else if byte == ASCII.minus && labelLength > 0 {
                labelLength += 1
            } else if byte == ASCII.dot && labelLength > 0 && subject[index - 1] != ASCII.minus {
                labels += 1
                labelLength = 0
            } else {
                break
            }
            guard labelLength <= 63 else { return false }
            index += 1
        }
        guard labelLength > 0, subject[index - 1] != ASCII.minus, index < end, subject[index] == ASCII.greaterThan else {
            return false
        }
        let address = String(decoding: subject[start..<index], as: UTF8.self)
        appendAutolink(destination: "mailto:" + address, text: start..<index)
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

    private mutating func appendAutolink(destination: String, text: Range<Int>) {
        let targetIndex = Int32(nodes.targets.count)
        nodes.targets.append((destination, nil))
        var link = InlineNodes.Node(kind: .link, target: targetIndex)
        let child = Int32(nodes.nodes.count)
        nodes.nodes.append(InlineNodes.Node(kind: .text, textStart: Int32(text.lowerBound), textEnd: Int32(text.upperBound)))
        link.first = child
        link.last = child
        nodes.append(link)
    }
}
