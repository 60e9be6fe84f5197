// Where a new `[[x.y]]` block goes: after the last block of its array, or at the end of the section
// the array belongs in.

extension TOMLEditor {
    func plannedAppend(to arrayPath: [TOMLPathComponent], entries: [(String, TOMLEditValue)]) throws(TOMLEditError) -> ([Splice], Int) {
        guard let last = arrayPath.last else { throw TOMLEditError(.emptyPath, path: arrayPath) }
        guard case .key(let key) = last else { throw TOMLEditError(.wrongKind, path: arrayPath) }
        let text = EditableText(self.text)
        let sections = SectionIndex(root: root, text: text)
        let parent = try resolve(arrayPath.dropLast(), in: text, fullPath: arrayPath)
        guard case .table(let table, let layout) = parent.node else { throw TOMLEditError(.wrongKind, path: arrayPath) }
        if case .inline = layout { throw TOMLEditError(.insideInlineValue, path: arrayPath) }
        if layout == .insideValue { throw TOMLEditError(.insideInlineValue, path: arrayPath) }
        let names = parent.names + [key]
        let at: Int
        let index: Int
        var indentation = "", keyIndentation = ""
        if let entry = table.entry(key) {
            switch text.form(of: entry, in: layout) {
            case .tableArray(let elements):
                guard let lastElement = elements.last, case .table(let lastTable) = lastElement.kind else {
                    throw TOMLEditError(.wrongKind, path: arrayPath)
                }
                let header = text.offset(lastElement.range.start)
                let lineStart = text.lineStart(of: header)
                at = text.contentEnd(lineStart, sections.blockEnd(ofHeaderAt: lineStart, names: names, text: text))
                index = elements.count
                indentation = text.indentation(of: header)
                let model = lastKeyValue(in: lastTable, layout: .section(header: header), text: text, throughDotted: false)
                keyIndentation = model.map { text.indentation(of: $0.key) } ?? indentation
            case .keyValue:
                if case .array = entry.value.kind { throw TOMLEditError(.notAnArrayOfTables, path: arrayPath) }
                throw TOMLEditError(.wrongKind, path: arrayPath)
            case .table:
                throw TOMLEditError(.wrongKind, path: arrayPath)
            }
        } else if let section = parent.section {
            at = text.contentEnd(section.lineStart, sections.blockEnd(ofHeaderAt: section.lineStart, names: section.names, text: text))
            index = 0
        } else {
            at = text.contentEnd(0, text.bytes.count)
            index = 0
        }
        let newline = text.newline
        var block = ""
        if at == text.bytes.count && !text.endsWithNewline { block += newline }
        if at > 0 && !text.isBlankLine(at: text.lineStart(of: at - 1)) { block += newline }
        block += indentation + "[[" + names.map(TOMLEditValue.writtenKey).joined(separator: ".") + "]]" + newline
        for (entryKey, value) in entries {
            block += keyIndentation + TOMLEditValue.writtenKey(entryKey) + " = " + value.written() + newline
        }
        if at < text.bytes.count && !text.isBlankLine(at: at) { block += newline }
        return ([Splice(start: at, end: at, replacement: block)], index)
    }
}
