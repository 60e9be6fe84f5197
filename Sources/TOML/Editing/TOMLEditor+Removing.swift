// Where a removal cuts: whole lines for `key = value`, whole blocks for sections, an element and
// its comma inside a value.

extension TOMLEditor {
    func plannedRemoval(at path: [TOMLPathComponent]) throws(TOMLEditError) -> [Splice] {
        guard let last = path.last else { throw TOMLEditError(.emptyPath, path: path) }
        let text = EditableText(self.text)
        let sections = SectionIndex(root: root, text: text)
        let parent = try resolve(path.dropLast(), in: text, fullPath: path)
        var cuts: [Range<Int>]
        switch (parent.node, last) {
        case (.table(let table, let layout), .key(let key)):
            guard let entry = table.entry(key) else { throw TOMLEditError(.noSuchKey, path: path) }
            if case .inline(let start, let end) = layout, table.count == 1 {
                return [Splice(start: start, end: end, replacement: "{}")]
            }
            cuts = try self.cuts(for: entry, in: layout, names: parent.names + [key], text: text, sections: sections, path: path)
        case (.tableArray(let elements), .index(let index)):
            guard elements.indices.contains(index) else {
                throw TOMLEditError(.indexOutOfRange(count: elements.count), path: path)
            }
            cuts = [block(ofHeader: text.offset(elements[index].range.start), names: parent.names, text: text, sections: sections)]
        case (.array(let elements, let start, let end), .index(let index)):
            guard elements.indices.contains(index) else {
                throw TOMLEditError(.indexOutOfRange(count: elements.count), path: path)
            }
            if elements.count == 1 && !text.string(start, end).contains("#") {
                return [Splice(start: start, end: end, replacement: "[]")]
            }
            let range = elements[index].range
            cuts = [text.listElement(text.offset(range.start), text.offset(range.end))]
        default:
            throw TOMLEditError(.wrongKind, path: path)
        }
        // Pieces inside other pieces (a block within a removed block) are cut once.
        cuts.sort { $0.lowerBound < $1.lowerBound }
        var merged: [Range<Int>] = []
        for cut in cuts {
            if let previous = merged.last, cut.lowerBound < previous.upperBound {
                merged[merged.count - 1] = previous.lowerBound..<max(previous.upperBound, cut.upperBound)
            } else {
                merged.append(cut)
            }
        }
        return merged.map { Splice(start: $0.lowerBound, end: $0.upperBound, replacement: "") }
    }

    /// The text that defines `entry` of a table written as `layout`.
    private func cuts(
        for entry: TOMLTable.Entry, in layout: TableLayout, names: [String], text: EditableText,
        sections: SectionIndex, path: [TOMLPathComponent]
    ) throws(TOMLEditError) -> [Range<Int>] {
        switch text.form(of: entry, in: layout) {
        case .keyValue(let key, _, _, let valueEnd):
            switch layout {
            case .root, .section, .dotted, .implicit:
                return [text.lineStart(of: key)..<text.lineEnd(of: valueEnd)]
            case .inline:
                return [text.listElement(key, valueEnd)]
            case .insideValue:
                throw TOMLEditError(.insideInlineValue, path: path)
            }
        case .table(_, .section(let header)):
            return [block(ofHeader: header, names: names, text: text, sections: sections)]
        case .table(let child, let childLayout):
            guard childLayout == .implicit || childLayout == .dotted else {
                throw TOMLEditError(.insideInlineValue, path: path)
            }
            var all: [Range<Int>] = []
            for inner in child.entries {
                all += try cuts(for: inner, in: childLayout, names: names + [inner.key], text: text, sections: sections, path: path)
            }
            return all
        case .tableArray(let elements):
            return elements.map { block(ofHeader: text.offset($0.range.start), names: names, text: text, sections: sections) }
        }
    }

    /// The block of the section whose header starts at `header`: from its line to the next header not
    /// under it (the comments right above that header stay with it). A block that ends the text takes
    /// the blank lines before it along, so the text does not end in blank lines.
    func block(ofHeader header: Int, names: [String], text: EditableText, sections: SectionIndex) -> Range<Int> {
        let start = text.lineStart(of: header)
        let end = sections.blockEnd(ofHeaderAt: start, names: names, text: text)
        return (end == text.bytes.count ? text.contentEnd(0, start) : start)..<end
    }
}

extension EditableText {
    /// What to cut to remove an element (`start..<end`) of an array or inline table: the element and
    /// the comma after it, or else the comma before it; the whole line when nothing else is left on it.
    func listElement(_ start: Int, _ end: Int) -> Range<Int> {
        var cut = start..<end
        let after = skipBlanks(from: end)
        if after < bytes.count, bytes[after] == UInt8(ascii: ",") {
            cut = start..<skipBlanks(from: after + 1)
        } else {
            var before = start
            while before > 0, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[before - 1]) { before -= 1 }
            if before > 0, bytes[before - 1] == UInt8(ascii: ",") { cut = (before - 1)..<end }
        }
        let lineStart = lineStart(of: cut.lowerBound)
        let rest = skipBlanks(from: cut.upperBound)
        let aloneOnLine = skipBlanks(from: lineStart) == cut.lowerBound
            && (rest >= bytes.count || bytes[rest] == 0x0A || bytes[rest] == 0x0D)
        return aloneOnLine ? lineStart..<lineEnd(of: rest) : cut
    }
}
