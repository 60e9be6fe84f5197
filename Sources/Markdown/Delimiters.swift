/// An entry on the delimiter stack: a run of `*` or `_` that may open or close emphasis.
struct Delimiter {
    /// The text node holding the run's characters; it shrinks as they are used.
    var node: Int32
    var character: UInt8
    var count: Int
    let originalCount: Int
    let canOpen: Bool
    let canClose: Bool
    var previous: Int32
    var next: Int32 = -1
}

extension InlineParser {
    /// A run of `*` or `_`: literal text for now, and an entry on the delimiter stack.
    mutating func parseDelimiterRun(_ character: UInt8) {
        let runStart = position
        while position < end, text[position] == character { position += 1 }
        let count = position - runStart
        // The characters on both sides are mostly ASCII, classed here without a call (issue 38,
        // `markdown8`: the two calls were a fifth of a run's cost).
        let previous = runStart > start ? text[runStart - 1] : ASCII.space
        let before = previous < 0x80 ? CharacterClass(ascii: previous) : CharacterClass.before(runStart, in: text, from: start)
        let following = position < end ? text[position] : ASCII.space
        let after = following < 0x80 ? CharacterClass(ascii: following) : CharacterClass.at(position, in: text)
        let leftFlanking = after != .whitespace && (after != .punctuation || before != .other)
        let rightFlanking = before != .whitespace && (before != .punctuation || after != .other)
        let canOpen: Bool, canClose: Bool
        if character == ASCII.underscore {
            canOpen = leftFlanking && (!rightFlanking || before == .punctuation)
            canClose = rightFlanking && (!leftFlanking || after == .punctuation)
        } else {
            canOpen = leftFlanking
            canClose = rightFlanking
        }
        let node = nodes.append(InlineNodes.Node(kind: .delimiterRun, textStart: Int32(runStart), textEnd: Int32(position)))
        guard canOpen || canClose else { return }
        let index = Int32(delimiters.count)
        delimiters.append(Delimiter(node: node, character: character, count: count, originalCount: count,
                                    canOpen: canOpen, canClose: canClose, previous: delimiterTop))
        if delimiterTop >= 0 { delimiters[Int(delimiterTop)].next = index }
        delimiterTop = index
    }

    mutating func removeDelimiter(_ index: Int32) {
        let delimiter = delimiters[Int(index)]
        if delimiter.next >= 0 { delimiters[Int(delimiter.next)].previous = delimiter.previous } else { delimiterTop = delimiter.previous }
        if delimiter.previous >= 0 { delimiters[Int(delimiter.previous)].next = delimiter.next }
    }

    /// CommonMark's "process emphasis": matches closers with openers above `bottom` (a delimiter
    /// index, -1 for the whole stack), wraps what lies between in emphasis or strong nodes, and
    /// empties the stack above `bottom`.
    mutating func processEmphasis(above bottom: Int32) {
        guard delimiterTop != bottom else { return }  // most subjects and links have no delimiters left
        // Per kind of closer (character, can-open, length mod 3): where the last search for an
        // opener stopped. A fixed tuple keeps this off the heap.
        var openersBottom: (Int32, Int32, Int32, Int32, Int32, Int32, Int32, Int32, Int32, Int32, Int32, Int32) =
            (bottom, bottom, bottom, bottom, bottom, bottom, bottom, bottom, bottom, bottom, bottom, bottom)
        var closer: Int32 = -1
        if delimiterTop != bottom {
            closer = delimiterTop
            while delimiters[Int(closer)].previous != bottom { closer = delimiters[Int(closer)].previous }
        }

        while closer >= 0 {
            let closing = delimiters[Int(closer)]
            guard closing.canClose else { closer = closing.next; continue }
            let bottomIndex = (closing.character == ASCII.underscore ? 0 : 6) + (closing.canOpen ? 3 : 0)
                + closing.originalCount % 3
            var opener = closing.previous
            var found = false
            while opener >= 0, opener != bottom, opener != withUnsafeBytes(of: &openersBottom, { $0.load(fromByteOffset: bottomIndex * 4, as: Int32.self) }) {
                let opening = delimiters[Int(opener)]
                let oddMatch = (closing.canOpen || opening.canClose) && closing.originalCount % 3 != 0
                    && (opening.originalCount + closing.originalCount) % 3 == 0
                if opening.character == closing.character && opening.canOpen && !oddMatch {
                    found = true
                    break
                }
                opener = opening.previous
            }
            if found, wrapEmphasis(opener: opener, closer: &closer) {
                continue
            }
            // No opener: later searches for this kind of closer can stop here.
            withUnsafeMutableBytes(of: &openersBottom) {
                $0.storeBytes(of: closing.previous, toByteOffset: bottomIndex * 4, as: Int32.self)
            }
            let next = closing.next
            if !closing.canOpen { removeDelimiter(closer) }
            closer = next
        }
        while delimiterTop >= 0, delimiterTop != bottom { removeDelimiter(delimiterTop) }
    }

    /// Wraps the nodes between a matched opener and closer in emphasis; moves `closer` on when
    /// the closer is used up. False when the nesting limit refuses it.
    private mutating func wrapEmphasis(opener: Int32, closer: inout Int32) -> Bool {
        let opening = delimiters[Int(opener)]
        let closing = delimiters[Int(closer)]
        let used = closing.count >= 2 && opening.count >= 2 ? 2 : 1
        let wrapper = InlineNodes.Node(kind: used == 2 ? .strong : .emphasis)
        guard nodes.wrap(after: opening.node, before: closing.node, in: wrapper) != nil else { return false }
        delimiters[Int(opener)].count -= used
        delimiters[Int(closer)].count -= used
        nodes.nodes[Int(opening.node)].textEnd -= Int32(used)
        nodes.nodes[Int(closing.node)].textEnd -= Int32(used)
        // Delimiters between opener and closer are inside the new node now.
        delimiters[Int(opener)].next = closer
        delimiters[Int(closer)].previous = opener
        if delimiters[Int(opener)].count == 0 {
            nodes.clear(opening.node)
            removeDelimiter(opener)
        }
        if delimiters[Int(closer)].count == 0 {
            nodes.clear(closing.node)
            let next = delimiters[Int(closer)].next
            removeDelimiter(closer)
            closer = next
        }
        return true
    }
}
