/// Edits a TOML document the way a careful person would by hand: every byte outside the edited value
/// stays as it was (comments, blank lines, key order, the quoting of untouched strings, prose).
///
/// Each edit is a splice of the text at the place the parser found the value. After every edit the new
/// text is parsed again and compared with the document the edit means to make; when they differ (a
/// layout the editor cannot write into), the edit is refused with a reason and the text is unchanged.
/// So an edit is either made exactly or not at all.
public struct TOMLEditor: Sendable {
    /// The document as edited so far.
    public private(set) var text: String
    /// The parsed document (`text` read by the parser).
    public private(set) var root: TOMLTable

    /// Starts editing `text`, which must be a valid TOML document.
    public init(text: String) throws(TOMLError) {
        self.text = text
        self.root = try TOML.parse(text)
    }

    /// Replaces the value at `path`, or adds a key. A new key goes into its table after the table's
    /// last key (in a table of dotted keys, written with the same dotted prefix; in an inline table,
    /// before its `}`).
    ///
    /// Values written `key = value` and elements of arrays written as values can be replaced; a table
    /// with a `[header]` or an array of tables is edited through its keys, `appendTable` and `remove`.
    public mutating func set(_ value: TOMLEditValue, at path: [TOMLPathComponent]) throws(TOMLEditError) {
        let edit = try plannedSet(value, at: path)
        var intended = root
        try Self.change(&intended, at: path[...], fullPath: path) { $0 = value.parsed }
        try commit(edit, intended: intended, path: path)
    }

    /// Removes a key with its value (a whole line, or a table's whole block with the sections under
    /// it), an element of an array of tables (its block), or an element of an array written as a value.
    /// Comments above a removed line are kept: they may speak of more than it.
    public mutating func remove(at path: [TOMLPathComponent]) throws(TOMLEditError) {
        let edit = try plannedRemoval(at: path)
        var intended = root
        // The last element of an array of tables takes the array with it: no `[[header]]` is left.
        let removed = try isOnlyTableArrayElement(path) ? Array(path.dropLast()) : path
        try Self.change(&intended, at: removed[...], fullPath: path) { value throws(TOMLEditError) in
            guard value != nil else { throw TOMLEditError(.noSuchKey, path: path) }
            value = nil
        }
        try commit(edit, intended: intended, path: path)
    }

    /// Adds a table to the array of tables at `arrayPath`: a new `[[x.y]]` block after the last one of
    /// that array (or at the end of the section the array belongs in, when it has no element yet), with
    /// `entries` as `key = value` lines in the order given. Returns the new element's index.
    @discardableResult
    public mutating func appendTable(to arrayPath: [TOMLPathComponent], entries: [(String, TOMLEditValue)]) throws(TOMLEditError) -> Int {
        let (edit, index) = try plannedAppend(to: arrayPath, entries: entries)
        var intended = root
        let table = TOMLValue(.table(TOMLEditValue.parsedTable(entries)), range: TOMLEditValue.boolean(true).parsed.range)
        try Self.change(&intended, at: arrayPath[...], fullPath: arrayPath) { value throws(TOMLEditError) in
            switch value?.kind {
            case nil: value = TOMLValue(.array([table]), range: table.range)
            case .array(let elements)?: value = TOMLValue(.array(elements + [table]), range: table.range)
            default: throw TOMLEditError(.notAnArrayOfTables, path: arrayPath)
            }
        }
        try commit(edit, intended: intended, path: arrayPath)
        return index
    }

    /// Whether `path` names the one element of an array of tables.
    private func isOnlyTableArrayElement(_ path: [TOMLPathComponent]) throws(TOMLEditError) -> Bool {
        guard case .index? = path.last else { return false }
        let parent = try resolve(path.dropLast(), in: EditableText(text), fullPath: path)
        if case .tableArray(let elements) = parent.node { return elements.count == 1 }
        return false
    }

    /// Applies `splices` to the text when the result reads back as `intended`.
    mutating func commit(_ splices: [Splice], intended: TOMLTable, path: [TOMLPathComponent]) throws(TOMLEditError) {
        let edited = EditableText(text).applying(splices)
        let parsed: TOMLTable
        do {
            parsed = try TOML.parse(edited)
        } catch {
            throw TOMLEditError(.unexpectedResult(detail: "the edited text does not parse: \(error.reason)"), path: path)
        }
        if let difference = parsed.firstDifference(from: intended) {
            throw TOMLEditError(.unexpectedResult(detail: "the edited text differs at \(difference)"), path: path)
        }
        text = edited
        root = parsed
    }
}

/// A replacement of the bytes `start..<end` by `replacement`.
struct Splice {
    var start: Int
    var end: Int
    var replacement: String
}

extension EditableText {
    /// The text with `splices` (which must not overlap) made.
    func applying(_ splices: [Splice]) -> String {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + 256)
        var position = 0
        for splice in splices.sorted(by: { $0.start < $1.start }) {
            result.append(contentsOf: bytes[position..<splice.start])
            result.append(contentsOf: splice.replacement.utf8)
            position = splice.end
        }
        result.append(contentsOf: bytes[position...])
        return String(decoding: result, as: UTF8.self)
    }
}
