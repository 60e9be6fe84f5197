// Where each edit goes in the text: the splices, planned from the parsed tree and its ranges.

extension TOMLEditor {
    /// A node reached by a path, with what a new header under it needs.
    struct Resolved {
        var node: EditNode
        /// The keys of the path (indices left out): the names of a header for it.
        var names: [String]
        /// The nearest section at or above the node: its header's line start and names.
        var section: (lineStart: Int, names: [String])?
    }

    /// The node at `path` (a prefix of `fullPath`, which errors name).
    func resolve(_ path: ArraySlice<TOMLPathComponent>, in text: EditableText, fullPath: [TOMLPathComponent]) throws(TOMLEditError) -> Resolved {
        var current = Resolved(node: .table(root, .root), names: [], section: nil)
        for component in path {
            switch (current.node, component) {
            case (.table(let table, let layout), .key(let key)):
                guard let entry = table.entry(key) else { throw TOMLEditError(.noSuchKey, path: fullPath) }
                current.node = text.node(of: entry, in: layout)
                current.names.append(key)
                if case .table(_, .section(let header)) = current.node {
                    current.section = (text.lineStart(of: header), current.names)
                }
            case (.tableArray(let elements), .index(let index)):
                guard elements.indices.contains(index), case .table(let table) = elements[index].kind else {
                    throw TOMLEditError(.indexOutOfRange(count: elements.count), path: fullPath)
                }
                let header = text.offset(elements[index].range.start)
                current.node = .table(table, .section(header: header))
                current.section = (text.lineStart(of: header), current.names)
            case (.array(let elements, _, _), .index(let index)):
                guard elements.indices.contains(index) else {
                    throw TOMLEditError(.indexOutOfRange(count: elements.count), path: fullPath)
                }
                current.node = text.node(ofWrittenValue: elements[index])
            default:
                throw TOMLEditError(.wrongKind, path: fullPath)
            }
        }
        return current
    }

    // MARK: Set

    func plannedSet(_ value: TOMLEditValue, at path: [TOMLPathComponent]) throws(TOMLEditError) -> [Splice] {
        guard let last = path.last else { throw TOMLEditError(.emptyPath, path: path) }
        let text = EditableText(self.text)
        let parent = try resolve(path.dropLast(), in: text, fullPath: path)
        switch (parent.node, last) {
        case (.table(let table, let layout), .key(let key)):
            guard let entry = table.entry(key) else {
                return try insertion(of: key, value, into: table, layout: layout, text: text, path: path)
            }
            guard case .keyValue(_, _, let start, let end) = text.form(of: entry, in: layout) else {
                throw TOMLEditError(.writtenAsSection, path: path)
            }
            return [Splice(start: start, end: end, replacement: value.written(replacing: text.bytes[start..<end]))]
        case (.array(let elements, _, _), .index(let index)):
            guard elements.indices.contains(index) else {
                throw TOMLEditError(.indexOutOfRange(count: elements.count), path: path)
            }
            let range = elements[index].range
            return [Splice(start: text.offset(range.start), end: text.offset(range.end), replacement: value.written())]
        case (.tableArray, .index):
            throw TOMLEditError(.writtenAsSection, path: path)
        default:
            throw TOMLEditError(.wrongKind, path: path)
        }
    }

    /// A `key = value` line of a table, as offsets: the model for a new line beside it.
    struct KeyValueLine {
        var key: Int, keyEnd: Int, value: Int, valueEnd: Int
    }

    /// The `key = value` line of `table` that ends last in the text; with `throughDotted`, the lines of
    /// its dotted-key tables count too (they stand in the same block).
    func lastKeyValue(in table: TOMLTable, layout: TableLayout, text: EditableText, throughDotted: Bool) -> KeyValueLine? {
        var best: KeyValueLine?
        for entry in table.entries {
            switch text.form(of: entry, in: layout) {
            case .keyValue(let key, let keyEnd, let value, let valueEnd):
                if valueEnd > best?.valueEnd ?? -1 { best = KeyValueLine(key: key, keyEnd: keyEnd, value: value, valueEnd: valueEnd) }
            case .table(let child, .dotted) where throughDotted:
                if let line = lastKeyValue(in: child, layout: .dotted, text: text, throughDotted: true),
                    line.valueEnd > best?.valueEnd ?? -1
                {
                    best = line
                }
            default:
                continue
            }
        }
        return best
    }

    /// The splice that adds `key = value` to `table`.
    private func insertion(
        of key: String, _ value: TOMLEditValue, into table: TOMLTable, layout: TableLayout, text: EditableText,
        path: [TOMLPathComponent]
    ) throws(TOMLEditError) -> [Splice] {
        let newline = text.newline
        let written = TOMLEditValue.writtenKey(key)
        /// A new line at `offset` (the start of a line, or the end of the text).
        func line(_ content: String, at offset: Int, after: String = "") -> [Splice] {
            let before = offset == text.bytes.count && !text.endsWithNewline ? newline : ""
            return [Splice(start: offset, end: offset, replacement: before + content + newline + after)]
        }
        switch layout {
        case .root, .section:
            if let model = lastKeyValue(in: table, layout: layout, text: text, throughDotted: true) {
                let separator = text.string(model.keyEnd, model.value)
                return line(text.indentation(of: model.key) + written + separator + value.written(),
                            at: text.lineEnd(of: model.valueEnd))
            }
            if case .section(let header) = layout {
                return line(text.indentation(of: header) + written + " = " + value.written(), at: text.lineEnd(of: header))
            }
            // A root without keys: the new key goes right before the first header and what belongs to it.
            guard let first = SectionIndex(root: root, text: text).firstHeader else {
                return line(written + " = " + value.written(), at: text.bytes.count)
            }
            return line(written + " = " + value.written(), at: text.attachedStart(of: first), after: newline)
        case .dotted:
            guard let model = lastKeyValue(in: table, layout: layout, text: text, throughDotted: false) else {
                throw TOMLEditError(.noPlaceForNewKey, path: path)
            }
            let lineStart = text.lineStart(of: model.key)
            let prefix = text.string(text.skipBlanks(from: lineStart), model.key)
            let separator = text.string(model.keyEnd, model.value)
            return line(text.indentation(of: model.key) + prefix + written + separator + value.written(),
                        at: text.lineEnd(of: model.valueEnd))
        case .inline(let start, let end):
            let entry = written + " = " + value.written()
            var last = end - 1
            while last > start + 1, text.bytes[last - 1] == 0x20 || text.bytes[last - 1] == 0x09 { last -= 1 }
            if last == start + 1 { return [Splice(start: start, end: end, replacement: "{ " + entry + " }")] }
            return [Splice(start: last, end: last, replacement: ", " + entry)]
        case .implicit:
            throw TOMLEditError(.noPlaceForNewKey, path: path)
        case .insideValue:
            throw TOMLEditError(.insideInlineValue, path: path)
        }
    }
}
