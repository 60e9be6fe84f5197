import Diagnostics
import FoundationGaps
import TOML

/// The edits a form makes to an agenda's text, through `TOMLEditor` so that every byte outside the
/// edited values stays as it was. What it adds on top: an emptied field removes its key, a value
/// that did not change is not written again (so the diff shows only what the person changed), and
/// an array of inline tables written over several lines (an action's `begroting`) keeps one line
/// per element when elements change, go or come.
public struct AgendaEditor: Sendable {
    /// The TOML editor over the text as edited so far.
    public private(set) var editor: TOMLEditor

    /// Starts editing `text`, which must be valid TOML.
    public init(text: String) throws(TOMLError) {
        editor = try TOMLEditor(text: text)
    }

    /// The text as edited so far.
    public var text: String { editor.text }
    /// The document as edited so far.
    public var root: TOMLTable { editor.root }

    /// Sets the value at `path`, removes the key when `value` is nil, and leaves the text alone when
    /// the file already holds that value.
    public mutating func set(_ value: TOMLEditValue?, at path: [TOMLPathComponent]) throws(TOMLEditError) {
        let current = AgendaPath.value(at: path, in: editor.root)
        guard let value else {
            if current != nil { try editor.remove(at: path) }
            return
        }
        if let current, Self.matches(current, value) { return }
        try editor.set(value, at: path)
    }

    /// Makes the array at `path` hold `elements` (inline tables, as budget lines are): elements that
    /// changed are replaced in place, surplus ones removed, new ones added one a line after the last
    /// when the array is written over several lines. An empty list removes the key.
    public mutating func setTables(_ elements: [[(String, TOMLEditValue)]], at path: [TOMLPathComponent]) throws(TOMLEditError) {
        let wanted = elements.map { TOMLEditValue.inlineTable($0) }
        guard let current = AgendaPath.value(at: path, in: editor.root), case .array(let present) = current.kind,
              current.range.start.line < current.range.end.line, !present.isEmpty else {
            try set(wanted.isEmpty ? nil : .array(wanted), at: path)
            if wanted.count > 1 { spread(at: path, elements: wanted) }
            return
        }
        if wanted.isEmpty { return try set(nil, at: path) }
        for index in present.indices.reversed() where index >= wanted.count {
            try editor.remove(at: path + [.index(index)])
        }
        for index in wanted.indices where index < present.count {
            try set(wanted[index], at: path + [.index(index)])
        }
        for index in wanted.indices where index >= present.count {
            if !appendLine(wanted[index], at: path) {
                // The array's layout is not one element a line: written anew, one line.
                return try editor.set(.array(wanted), at: path)
            }
        }
    }

    /// Adds a `[[...]]` block at `arrayPath` with `entries` (nil values left out); its index.
    @discardableResult
    public mutating func appendTable(to arrayPath: [TOMLPathComponent], entries: [(String, TOMLEditValue?)]) throws(TOMLEditError) -> Int {
        try editor.appendTable(to: arrayPath, entries: entries.compactMap { key, value in value.map { (key, $0) } })
    }

    /// Adds the sub-table `key` with `entries` (nil values left out) to the table at `path` as a
    /// section of its own (`[thema.afwegingen]`), after the table's last `key = value` line, as a
    /// person writes it; the TOML editor adds keys and `[[...]]` blocks, not `[...]` sections.
    /// Refused (nothing changed) when the table has such a section already or its layout differs.
    public mutating func addSection(_ key: String, entries: [(String, TOMLEditValue?)], to path: [TOMLPathComponent]) throws(TOMLEditError) {
        let present = entries.compactMap { name, value in value.map { (name, $0) } }
        guard !present.isEmpty else { return }
        guard let table = AgendaPath.value(at: path, in: editor.root), case .table(let inner) = table.kind, inner[key] == nil else {
            throw TOMLEditError(.noPlaceForNewKey, path: path + [.key(key)])
        }
        let header = path.compactMap { if case .key(let name) = $0 { name } else { nil } }.joined(separator: ".") + "." + key
        let lastLine = inner.entries.filter { $0.keyRange.start.line > table.range.start.line }.map(\.value.range.end.line).max() ?? table.range.start.line
        var lines = editor.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard lines.indices.contains(lastLine - 1) else { throw TOMLEditError(.noPlaceForNewKey, path: path + [.key(key)]) }
        var block = ["", "[\(header)]"]
        for (name, value) in present {
            guard let written = Self.written(value) else { throw TOMLEditError(.noPlaceForNewKey, path: path + [.key(key)]) }
            block.append("\(name) = \(written)")
        }
        lines.insert(contentsOf: block, at: lastLine)
        let text = lines.joined(separator: "\n")
        guard let edited = try? TOMLEditor(text: text), let added = AgendaPath.value(at: path + [.key(key)], in: edited.root),
              Self.matches(added, .inlineTable(present)) else {
            throw TOMLEditError(.unexpectedResult(detail: "section \(header) did not read back"), path: path + [.key(key)])
        }
        var before = editor.root, after = edited.root
        after.removeValue(at: path + [.key(key)])
        before.removeValue(at: path + [.key(key)])
        guard Self.sameValues(before, after) else {
            throw TOMLEditError(.unexpectedResult(detail: "section \(header) changed other values"), path: path + [.key(key)])
        }
        editor = edited
    }

    /// Removes the key, array element or `[[...]]` block at `path`.
    public mutating func remove(at path: [TOMLPathComponent]) throws(TOMLEditError) {
        try editor.remove(at: path)
    }

    /// Whether the parsed `value` holds what `edit` would write.
    public static func matches(_ value: TOMLValue, _ edit: TOMLEditValue) -> Bool {
        switch (value.kind, edit) {
        case (.string(let a), .string(let b)), (.string(let a), .multilineString(let b)): return a == b
        case (.integer(let a), .integer(let b)): return a == b
        case (.float(let a), .float(let b)), (.float(let a), .paddedFloat(let b, _)): return a == b
        case (.boolean(let a), .boolean(let b)): return a == b
        case (.localDate(let a), .localDate(let b)): return a == b
        case (.array(let a), .array(let b)): return a.count == b.count && zip(a, b).allSatisfy { matches($0, $1) }
        case (.table(let a), .inlineTable(let b)):
            return a.count == b.count && zip(a.entries, b).allSatisfy { $0.key == $1.0 && matches($0.value, $1.1) }
        default: return false
        }
    }

    /// The text of `value` as the TOML editor writes it (through a one-key document, so the writing
    /// rules stay the editor's own).
    static func written(_ value: TOMLEditValue) -> String? {
        guard var scratch = try? TOMLEditor(text: "x = 0\n"), (try? scratch.set(value, at: [.key("x")])) != nil else { return nil }
        let text = scratch.text
        guard text.hasPrefix("x = "), text.hasSuffix("\n") else { return nil }
        return String(text.dropFirst(4).dropLast())
    }

    /// Adds `element` on a line of its own after the last element of the multi-line array at `path`,
    /// indented as that one; false when the layout does not allow it (then nothing changed).
    private mutating func appendLine(_ element: TOMLEditValue, at path: [TOMLPathComponent]) -> Bool {
        guard let current = AgendaPath.value(at: path, in: editor.root), case .array(let present) = current.kind,
              let last = present.last, let written = Self.written(element) else { return false }
        var lines = editor.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let lineIndex = last.range.end.line - 1
        guard lines.indices.contains(lineIndex), last.range.start.line == last.range.end.line else { return false }
        let lastLine = lines[lineIndex]
        guard lastLine.trimming(.spaces).hasSuffix(",") else { return false }
        let indent = String(lastLine.prefix { $0 == " " || $0 == "\t" })
        lines.insert(indent + written + ",", at: lineIndex + 1)
        return replaceText(lines.joined(separator: "\n"), expecting: .array(present.map { _ in element }), at: path, count: present.count + 1)
    }

    /// Writes the one-line array at `path` one element a line, as the shipped agendas write budgets.
    private mutating func spread(at path: [TOMLPathComponent], elements: [TOMLEditValue]) {
        guard let current = AgendaPath.value(at: path, in: editor.root), current.range.start.line == current.range.end.line,
              case .key(let key)? = path.last else { return }
        var lines = editor.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let lineIndex = current.range.start.line - 1
        guard lines.indices.contains(lineIndex) else { return }
        let line = lines[lineIndex]
        let indent = String(line.prefix { $0 == " " || $0 == "\t" })
        guard line.dropFirst(indent.count).hasPrefix(key + " = ["), line.hasSuffix("]") else { return }
        let written = elements.compactMap(Self.written)
        guard written.count == elements.count else { return }
        lines[lineIndex] = indent + key + " = [\n" + written.map { indent + "    " + $0 + ",\n" }.joined() + indent + "]"
        _ = replaceText(lines.joined(separator: "\n"), expecting: .array(elements), at: path, count: elements.count)
    }

    /// Takes `text` when it parses and holds `count` elements at `path`, the last `expecting`'s last.
    private mutating func replaceText(_ text: String, expecting: TOMLEditValue, at path: [TOMLPathComponent], count: Int) -> Bool {
        guard let edited = try? TOMLEditor(text: text), let value = AgendaPath.value(at: path, in: edited.root),
              case .array(let elements) = value.kind, elements.count == count,
              case .array(let wanted) = expecting, let lastWanted = wanted.last, let lastFound = elements.last,
              Self.matches(lastFound, lastWanted) else { return false }
        // Everything but the array must read as before: the rest of the document is the same value.
        var before = editor.root, after = edited.root
        before.removeValue(at: path)
        after.removeValue(at: path)
        guard before == after || Self.sameValues(before, after) else { return false }
        editor = edited
        return true
    }

    /// Whether two tables hold the same values (ranges aside).
    static func sameValues(_ a: TOMLTable, _ b: TOMLTable) -> Bool {
        a.count == b.count && zip(a.entries, b.entries).allSatisfy { $0.key == $1.key && sameValues($0.value, $1.value) }
    }

    static func sameValues(_ a: TOMLValue, _ b: TOMLValue) -> Bool {
        switch (a.kind, b.kind) {
        case (.table(let x), .table(let y)): sameValues(x, y)
        case (.array(let x), .array(let y)): x.count == y.count && zip(x, y).allSatisfy { sameValues($0, $1) }
        default: a.kind == b.kind
        }
    }
}

extension TOMLTable {
    /// This table without the value at `path` (for comparing the rest of a document).
    mutating func removeValue(at path: [TOMLPathComponent]) {
        guard let first = path.first, case .key(let key) = first, let entry = entry(key) else { return }
        if path.count == 1 {
            var rebuilt = TOMLTable()
            for other in entries where other.key != key { rebuilt.set(other.value, for: other.key, keyRange: other.keyRange) }
            self = rebuilt
            return
        }
        var value = entry.value
        value.removeValue(at: Array(path.dropFirst()))
        set(value, for: key, keyRange: entry.keyRange)
    }
}

extension TOMLValue {
    mutating func removeValue(at path: [TOMLPathComponent]) {
        guard let first = path.first else { return }
        switch (first, kind) {
        case (.key, .table(var table)):
            table.removeValue(at: path)
            kind = .table(table)
        case (.index(let index), .array(var elements)) where elements.indices.contains(index):
            if path.count == 1 {
                elements.remove(at: index)
            } else {
                elements[index].removeValue(at: Array(path.dropFirst()))
            }
            kind = .array(elements)
        default: return
        }
    }
}
