// A new element at the end of an array written as a value, such as a budget line in
// `begroting = [ {...}, {...}, ]`: written the way the array's last element is.

extension TOMLEditor {
    /// Adds `value` at the end of the array written as a value at `arrayPath`. In an array written one
    /// element a line, the new element gets a line of its own with the same indentation (and a comma
    /// when the others have one); in an array on one line it follows the last element. Returns its index.
    @discardableResult
    public mutating func appendElement(_ value: TOMLEditValue, to arrayPath: [TOMLPathComponent]) throws(TOMLEditError) -> Int {
        let text = EditableText(self.text)
        let node = try resolve(arrayPath[...], in: text, fullPath: arrayPath).node
        guard case .array(let elements, let start, let end) = node else {
            if case .tableArray = node { throw TOMLEditError(.writtenAsSection, path: arrayPath) }
            throw TOMLEditError(.wrongKind, path: arrayPath)
        }
        let splices = Self.elementSplices(value.written(), elements: elements, start: start, end: end, text: text)
        var intended = root
        try Self.change(&intended, at: arrayPath[...], fullPath: arrayPath) { current throws(TOMLEditError) in
            guard let existing = current, case .array(let elements) = existing.kind else {
                throw TOMLEditError(.wrongKind, path: arrayPath)
            }
            current = TOMLValue(.array(elements + [value.parsed]), range: existing.range)
        }
        try commit(splices, intended: intended, path: arrayPath)
        return elements.count
    }

    private static func elementSplices(_ written: String, elements: [TOMLValue], start: Int, end: Int, text: EditableText) -> [Splice] {
        let close = end - 1
        guard let last = elements.last else {
            // An empty array: the element goes right before the `]`, after any comment inside.
            if !text.string(start, end).contains("#") { return [Splice(start: start, end: end, replacement: "[" + written + "]")] }
            return [Splice(start: close, end: close, replacement: written)]
        }
        let lastStart = text.offset(last.range.start), lastEnd = text.offset(last.range.end)
        let after = text.skipBlanks(from: lastEnd)
        let hasComma = after < text.bytes.count && text.bytes[after] == UInt8(ascii: ",")
        let ownLine = text.skipBlanks(from: text.lineStart(of: lastStart)) == lastStart
            && text.lineStart(of: close) != text.lineStart(of: lastEnd)
        if ownLine {
            let line = text.indentation(of: lastStart) + written + (hasComma ? "," : "") + text.newline
            let lineEnd = text.lineEnd(of: lastEnd)
            var splices = [Splice(start: lineEnd, end: lineEnd, replacement: line)]
            if !hasComma { splices.append(Splice(start: lastEnd, end: lastEnd, replacement: ",")) }
            return splices
        }
        if hasComma { return [Splice(start: after + 1, end: after + 1, replacement: " " + written + ",")] }
        return [Splice(start: lastEnd, end: lastEnd, replacement: ", " + written)]
    }
}
