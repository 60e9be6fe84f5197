/// Every header of the document (`[a.b]` and `[[a.b]]`) in text order, with the key names it
/// stands for, so that the block of text a section owns can be found: its header, its keys, and the
/// sections under it, up to the next header that is not under it.
struct SectionIndex {
    struct Header {
        /// The start of the header's line.
        var lineStart: Int
        /// The names of the header's key, as read (`["thema", "actie"]`).
        var names: [String]
    }

    /// The headers, in text order.
    let headers: [Header]

    init(root: TOMLTable, text: EditableText) {
        var found: [Header] = []
        Self.collect(root, layout: .root, names: [], text: text, into: &found)
        headers = found.sorted { $0.lineStart < $1.lineStart }
    }

    private static func collect(_ table: TOMLTable, layout: TableLayout, names: [String], text: EditableText, into found: inout [Header]) {
        for entry in table.entries {
            let path = names + [entry.key]
            switch text.form(of: entry, in: layout) {
            case .keyValue:
                continue
            case .table(let child, let childLayout):
                if case .section(let header) = childLayout {
                    found.append(Header(lineStart: text.lineStart(of: header), names: path))
                }
                if childLayout != .insideValue { collect(child, layout: childLayout, names: path, text: text, into: &found) }
            case .tableArray(let elements):
                for element in elements {
                    guard case .table(let child) = element.kind else { continue }
                    let header = text.offset(element.range.start)
                    found.append(Header(lineStart: text.lineStart(of: header), names: path))
                    collect(child, layout: .section(header: header), names: path, text: text, into: &found)
                }
            }
        }
    }

    /// The start of the first header's line, or nil when there is none.
    var firstHeader: Int? { headers.first?.lineStart }

    /// The end of the block of the section whose header starts its line at `lineStart` with `names`:
    /// the start of the next header that is not under it, moved up over the comment lines right above
    /// that header (they belong to it); or the end of the text.
    func blockEnd(ofHeaderAt lineStart: Int, names: [String], text: EditableText) -> Int {
        for header in headers where header.lineStart > lineStart {
            let under = header.names.count > names.count && Array(header.names.prefix(names.count)) == names
            if !under { return text.attachedStart(of: header.lineStart) }
        }
        return text.bytes.count
    }
}

extension EditableText {
    /// The start of the comment lines right above the line starting at `lineStart` (no blank line
    /// between), or `lineStart` itself.
    func attachedStart(of lineStart: Int) -> Int {
        var start = lineStart
        while start > 0 {
            let previous = self.lineStart(of: start - 1)
            guard isCommentLine(at: previous) else { break }
            start = previous
        }
        return start
    }
}
