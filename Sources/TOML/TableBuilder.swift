import Diagnostics

/// Assembles the tables of a document while it is parsed, and enforces TOML's rules on them.
///
/// Tables that can still grow (the root, tables from headers and dotted keys, arrays of tables, and the
/// inline table being parsed) are nodes in an arena, addressed by index, so adding a key deep in the
/// tree costs no copying. Values that are complete when written (scalars, arrays, finished inline
/// tables) go straight into the node's `TOMLTable`; a child node has a placeholder entry there that
/// `build()` fills in at the end.
///
/// How each table was made decides what may happen to it later:
///
/// | made by                        | `[header]` for it       | dotted keys through it |
/// |--------------------------------|-------------------------|------------------------|
/// | a deeper header (`[a.b]` -> a) | once (becomes `header`) | yes (becomes `dotted`) |
/// | its own header                 | no: duplicate           | no                     |
/// | dotted keys                    | no                      | yes                    |
/// | `[[header]]` element           | no: it is an array      | no                     |
/// | written inline `{...}`         | no: closed              | no: closed             |
struct TableBuilder {
    enum Origin {
        case root, implicit, header, dotted, inline, arrayElement
    }

    enum Child {
        /// A value that was complete when written.
        case none
        case table(Int)
        case tableArray(Int)
    }

    struct Node {
        var table = TOMLTable()
        /// What each entry of `table` is, by entry index; may be shorter than the entries (the rest
        /// are `.none`), so tables without child tables need no array.
        var children: [Child] = []
        var origin: Origin
        /// Where the table was defined: its header, or the key that made it.
        var range: SourceRange
        var depth: Int
    }

    struct TableArray {
        var elements: [Int] = []
        /// The first `[[header]]`.
        var range: SourceRange
    }

    static let root = 0

    var nodes: [Node]
    var arrays: [TableArray] = []

    init() {
        let start = SourcePosition(line: 1, column: 1)
        nodes = [Node(origin: .root, range: SourceRange(start: start, end: start), depth: 0)]
    }

    /// The nesting depth of a table (the root is 0).
    func depth(of node: Int) -> Int { nodes[node].depth }

    /// What entry `entry` of `node` is.
    private func child(_ node: Int, _ entry: Int) -> Child {
        let children = nodes[node].children
        return entry < children.count ? children[entry] : .none
    }

    /// Records that entry `entry` of `node` (the last one) is `child`.
    private mutating func setChild(_ node: Int, _ entry: Int, _ child: Child) {
        while nodes[node].children.count < entry { nodes[node].children.append(.none) }
        nodes[node].children.append(child)
    }

    // MARK: Key/value pairs

    /// Adds `value` under `key` (which may be dotted) to the table `node`.
    mutating func insert(_ value: TOMLValue, at key: KeyPath, into node: Int) throws(TOMLError) {
        var target = node
        for index in 0..<(key.count - 1) {
            target = try descendForDottedKey(key, index, from: target)
        }
        let last = key.last
        if let existing = nodes[target].table.index(of: last.name) {
            let first = nodes[target].table.entries[existing].keyRange.start
            throw TOMLError(reason: .duplicateKey(key.written, first: first), range: last.range)
        }
        nodes[target].table.append(TOMLTable.Entry(key: last.name, keyRange: last.range, value: value))
    }

    /// The table for part `index` of a dotted key inside `node`, made when missing.
    private mutating func descendForDottedKey(_ key: KeyPath, _ index: Int, from node: Int) throws(TOMLError) -> Int {
        let part = key[index]
        guard let entry = nodes[node].table.index(of: part.name) else {
            return try addChildTable(part, origin: .dotted, range: part.range, to: node)
        }
        let name = key.written(through: index)
        switch child(node, entry) {
        case .table(let child):
            switch nodes[child].origin {
            case .dotted:
                return child
            case .implicit:
                // From now on the dotted keys define it; errors point at them.
                nodes[child].origin = .dotted
                nodes[child].range = part.range
                return child
            case .header, .arrayElement, .root, .inline:
                throw TOMLError(reason: .dottedKeyExtendsTable(name, first: nodes[child].range.start), range: part.range)
            }
        case .tableArray(let array):
            throw TOMLError(reason: .arrayOfTablesUsedAsTable(name, first: arrays[array].range.start), range: part.range)
        case .none:
            throw frozenValueError(name, entry: nodes[node].table.entries[entry], at: part.range, header: false)
        }
    }

    /// The error for reaching into a value that was complete when written.
    private func frozenValueError(_ name: String, entry: TOMLTable.Entry, at range: SourceRange, header: Bool) -> TOMLError {
        let first = entry.keyRange.start
        switch entry.value.kind {
        case .table: return TOMLError(reason: .inlineTableExtended(name, first: first), range: range)
        case .array where header: return TOMLError(reason: .staticArrayExtended(name, first: first), range: range)
        default: return TOMLError(reason: .notATable(name, first: first), range: range)
        }
    }

    /// Adds a new, empty child table named `part` to `node`.
    private mutating func addChildTable(_ part: KeyPart, origin: Origin, range: SourceRange, to node: Int) throws(TOMLError) -> Int {
        let depth = nodes[node].depth + 1
        guard depth <= TOML.maximumNesting else {
            throw TOMLError(reason: .nestingTooDeep(limit: TOML.maximumNesting), range: part.range)
        }
        let child = nodes.count
        nodes.append(Node(origin: origin, range: range, depth: depth))
        let placeholder = TOMLValue(.table(TOMLTable()), range: range)
        let entry = nodes[node].table.append(TOMLTable.Entry(key: part.name, keyRange: part.range, value: placeholder))
        setChild(node, entry, .table(child))
        return child
    }

    // MARK: Headers

    /// The table for a `[header]`, made or completed; throws when the header may not be written.
    mutating func openTable(_ key: KeyPath, header: SourceRange) throws(TOMLError) -> Int {
        var node = TableBuilder.root
        for index in 0..<(key.count - 1) {
            node = try descendForHeader(key, index, from: node)
        }
        let last = key.last
        guard let entry = nodes[node].table.index(of: last.name) else {
            return try addChildTable(last, origin: .header, range: header, to: node)
        }
        let name = key.written
        switch child(node, entry) {
        case .table(let child):
            switch nodes[child].origin {
            case .implicit:
                nodes[child].origin = .header
                nodes[child].range = header
                nodes[node].table.entries[entry].value.range = header
                return child
            case .dotted:
                throw TOMLError(reason: .tableDefinedByDottedKeys(name, first: nodes[child].range.start), range: last.range)
            case .header, .arrayElement, .root, .inline:
                throw TOMLError(reason: .duplicateTable(name, first: nodes[child].range.start), range: last.range)
            }
        case .tableArray(let array):
            throw TOMLError(reason: .arrayOfTablesUsedAsTable(name, first: arrays[array].range.start), range: last.range)
        case .none:
            throw frozenValueError(name, entry: nodes[node].table.entries[entry], at: last.range, header: true)
        }
    }

    /// A new element of the array of tables for a `[[header]]`.
    mutating func appendTableArrayElement(_ key: KeyPath, header: SourceRange) throws(TOMLError) -> Int {
        var node = TableBuilder.root
        for index in 0..<(key.count - 1) {
            node = try descendForHeader(key, index, from: node)
        }
        let last = key.last
        let depth = nodes[node].depth + 1
        guard depth <= TOML.maximumNesting else {
            throw TOMLError(reason: .nestingTooDeep(limit: TOML.maximumNesting), range: last.range)
        }
        let array: Int
        if let entry = nodes[node].table.index(of: last.name) {
            switch child(node, entry) {
            case .tableArray(let existing):
                array = existing
            case .table(let child):
                throw TOMLError(
                    reason: .tableUsedAsArrayOfTables(key.written, first: nodes[child].range.start), range: last.range)
            case .none:
                let value = nodes[node].table.entries[entry]
                if case .table = value.value.kind {
                    throw TOMLError(
                        reason: .tableUsedAsArrayOfTables(key.written, first: value.keyRange.start), range: last.range)
                }
                throw frozenValueError(key.written, entry: value, at: last.range, header: true)
            }
        } else {
            array = arrays.count
            arrays.append(TableArray(range: header))
            let placeholder = TOMLValue(.array([]), range: header)
            let entry = nodes[node].table.append(TOMLTable.Entry(key: last.name, keyRange: last.range, value: placeholder))
            setChild(node, entry, .tableArray(array))
        }
        let element = nodes.count
        nodes.append(Node(origin: .arrayElement, range: header, depth: depth))
        arrays[array].elements.append(element)
        return element
    }

    /// The table for part `index` of a header's key: made (implicitly) when missing; the last element
    /// of an array of tables.
    private mutating func descendForHeader(_ key: KeyPath, _ index: Int, from node: Int) throws(TOMLError) -> Int {
        let part = key[index]
        guard let entry = nodes[node].table.index(of: part.name) else {
            return try addChildTable(part, origin: .implicit, range: part.range, to: node)
        }
        switch child(node, entry) {
        case .table(let child):
            return child
        case .tableArray(let array):
            // An array of tables always has at least one element: it is made with one.
            return arrays[array].elements[arrays[array].elements.count - 1]
        case .none:
            throw frozenValueError(key.written(through: index), entry: nodes[node].table.entries[entry], at: part.range, header: true)
        }
    }
}
