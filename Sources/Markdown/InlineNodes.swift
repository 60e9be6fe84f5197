/// The inline records of a document while the inline parser works on them: a flat arena of
/// doubly linked siblings, so the delimiter algorithm can wrap a run of siblings in an emphasis
/// or link node in constant time. The arena is kept for the whole document and becomes
/// ``MarkdownStorage/inlines`` as it is: each subject (paragraph, heading, cell) adds its nodes
/// and the block record points at its first one.
///
/// Text nodes are ranges of the document's text buffer (``InlineParser/text``), mostly of the
/// subject itself, so parsing copies no text. The records are in a ``RecordArena``, written in
/// place without an array's checks.
struct InlineNodes: ~Copyable {
    typealias Node = InlineRecord

    var nodes = RecordArena<Node>()
    var links: [LinkRecord] = []
    /// The top-level nodes of the current subject.
    var first: Int32 = -1
    var last: Int32 = -1

    /// Starts the next subject; earlier subjects' nodes stay.
    mutating func startSubject() {
        first = -1
        last = -1
    }

    /// Appends a top-level node and returns its index. Inlined: the parser appends a node for
    /// nearly every piece of a subject, and the call (a 32-byte record passed, its prologue and
    /// return) cost about half as much as the append itself.
    @discardableResult
    @inline(__always) mutating func append(_ node: Node) -> Int32 {
        var node = node
        let index = Int32(nodes.count)
        node.previous = last
        nodes.append(node)
        if last >= 0 { nodes[Int(last)].next = index } else { first = index }
        last = index
        return index
    }

    /// Appends the text `text[start..<end]`, growing the last node instead when it is plain text
    /// that ends at `start`.
    @inline(__always) mutating func appendText(from start: Int, to end: Int) {
        let start = Int32(truncatingIfNeeded: start), end = Int32(truncatingIfNeeded: end)
        if last >= 0, nodes[Int(last)].kind == .text, nodes[Int(last)].textEnd == start {
            nodes[Int(last)].textEnd = end
        } else {
            append(Node(kind: .text, textStart: start, textEnd: end))
        }
    }

    /// Moves the top-level siblings after `opener` and before `closer` (-1: to the end) into a new
    /// node of `kind`, inserted after `opener`. Returns nil, changing nothing, when the result would
    /// nest deeper than allowed.
    mutating func wrap(after opener: Int32, before closer: Int32, in node: Node) -> Int32? {
        var node = node
        let firstChild = nodes[Int(opener)].next
        let lastChild = closer >= 0 ? nodes[Int(closer)].previous : last
        var depth: Int32 = 0
        if firstChild != closer && firstChild >= 0 {
            var child = firstChild
            while true {
                depth = max(depth, Int32(nodes[Int(child)].depth))
                if child == lastChild { break }
                child = nodes[Int(child)].next
            }
            node.first = firstChild
            node.last = lastChild
            nodes[Int(firstChild)].previous = -1
            nodes[Int(lastChild)].next = -1
        }
        guard depth + 1 <= Int32(MarkdownParser.maximumInlineNesting) else {
            if node.first >= 0 {  // undo
                nodes[Int(firstChild)].previous = opener
                nodes[Int(lastChild)].next = closer
            }
            return nil
        }
        node.depth = UInt8(depth + 1)
        let index = Int32(nodes.count)
        node.previous = opener
        node.next = closer
        nodes.append(node)
        nodes[Int(opener)].next = index
        if closer >= 0 { nodes[Int(closer)].previous = index } else { last = index }
        return index
    }

    /// Empties a text node (a used-up delimiter run or bracket); writers skip empty text.
    mutating func clear(_ index: Int32) {
        nodes[Int(index)].textEnd = nodes[Int(index)].textStart
    }
}
