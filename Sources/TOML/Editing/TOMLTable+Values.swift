// Comparing documents by their values alone (not where they stand), and changing the value tree the
// way an edit means to: what `TOMLEditor` checks each edited text against.

extension TOMLTable {
    /// Whether both tables hold the same keys with the same values, ignoring source ranges and the
    /// order of keys (TOML tables have none). `nan` equals `nan`.
    public func hasSameValues(as other: TOMLTable) -> Bool { firstDifference(from: other) == nil }

    /// Where this table's values first differ from `other`'s, written as a path (`thema[2].titel`), or
    /// nil when they are the same.
    public func firstDifference(from other: TOMLTable) -> String? {
        Self.difference(self, other, path: [])
    }

    private static func difference(_ lhs: TOMLTable, _ rhs: TOMLTable, path: [TOMLPathComponent]) -> String? {
        for entry in lhs.entries {
            guard let other = rhs[entry.key] else { return (path + [.key(entry.key)]).written + " (only in the first)" }
            if let found = difference(entry.value.kind, other.kind, path: path + [.key(entry.key)]) { return found }
        }
        for entry in rhs.entries where lhs[entry.key] == nil {
            return (path + [.key(entry.key)]).written + " (only in the second)"
        }
        return nil
    }

    private static func difference(_ lhs: TOMLValue.Kind, _ rhs: TOMLValue.Kind, path: [TOMLPathComponent]) -> String? {
        switch (lhs, rhs) {
        case (.table(let a), .table(let b)):
            return difference(a, b, path: path)
        case (.array(let a), .array(let b)):
            guard a.count == b.count else { return path.written + " (\(a.count) against \(b.count) elements)" }
            for (index, (x, y)) in zip(a, b).enumerated() {
                if let found = difference(x.kind, y.kind, path: path + [.index(index)]) { return found }
            }
            return nil
        case (.float(let a), .float(let b)):
            return a == b || (a.isNaN && b.isNaN) ? nil : path.written
        default:
            return lhs == rhs ? nil : path.written
        }
    }

    /// Sets (or, with nil, removes) the value of `key`; a new key goes last.
    mutating func replaceValue(of key: String, with value: TOMLValue?) {
        if let value {
            set(value, for: key, keyRange: value.range)
            return
        }
        guard index(of: key) != nil else { return }
        var rebuilt = TOMLTable()
        for entry in entries where entry.key != key { rebuilt.append(entry) }
        self = rebuilt
    }
}

extension TOMLEditor {
    /// Lets `body` change the value at `path` in `table` (nil: absent); `fullPath` is for errors.
    static func change(
        _ table: inout TOMLTable, at path: ArraySlice<TOMLPathComponent>, fullPath: [TOMLPathComponent],
        _ body: (inout TOMLValue?) throws(TOMLEditError) -> Void
    ) throws(TOMLEditError) {
        guard let first = path.first else { throw TOMLEditError(.emptyPath, path: fullPath) }
        guard case .key(let key) = first else { throw TOMLEditError(.wrongKind, path: fullPath) }
        var value = table[key]
        if path.count == 1 {
            try body(&value)
        } else {
            guard var existing = value else { throw TOMLEditError(.noSuchKey, path: fullPath) }
            try change(&existing, at: path.dropFirst(), fullPath: fullPath, body)
            value = existing
        }
        table.replaceValue(of: key, with: value)
    }

    private static func change(
        _ value: inout TOMLValue, at path: ArraySlice<TOMLPathComponent>, fullPath: [TOMLPathComponent],
        _ body: (inout TOMLValue?) throws(TOMLEditError) -> Void
    ) throws(TOMLEditError) {
        switch (value.kind, path.first) {
        case (.table(var table), .key?):
            try change(&table, at: path, fullPath: fullPath, body)
            value.kind = .table(table)
        case (.array(var elements), .index(let index)?):
            guard index >= 0, index < elements.count else {
                throw TOMLEditError(.indexOutOfRange(count: elements.count), path: fullPath)
            }
            if path.count == 1 {
                var element: TOMLValue? = elements[index]
                try body(&element)
                if let element { elements[index] = element } else { elements.remove(at: index) }
            } else {
                try change(&elements[index], at: path.dropFirst(), fullPath: fullPath, body)
            }
            value.kind = .array(elements)
        default:
            throw TOMLEditError(.wrongKind, path: fullPath)
        }
    }
}
