import Diagnostics

/// The range of each value of a table by key, as an `Origin` keeps it: one array sorted by key, each
/// range in four 32-bit numbers. Every theme, action, result, budget line and signal has one, for
/// the whole run; as a `Dictionary` of `SourceRange`s they were 55 MB at 100 times the national
/// content, about twice this.
struct OriginFields: Sendable, Hashable {
    /// A key and its range, lines and columns as 32-bit numbers.
    private struct Entry: Sendable, Hashable {
        var key: String
        var startLine: UInt32, startColumn: UInt32, endLine: UInt32, endColumn: UInt32

        /// Nil when a line or column does not fit in 32 bits (never in a file mja reads).
        init?(_ key: String, _ range: SourceRange) {
            guard let startLine = UInt32(exactly: range.start.line), let startColumn = UInt32(exactly: range.start.column),
                  let endLine = UInt32(exactly: range.end.line), let endColumn = UInt32(exactly: range.end.column) else { return nil }
            self.key = key
            (self.startLine, self.startColumn, self.endLine, self.endColumn) = (startLine, startColumn, endLine, endColumn)
        }

        var range: SourceRange {
            SourceRange(start: SourcePosition(line: Int(startLine), column: Int(startColumn)),
                        end: SourcePosition(line: Int(endLine), column: Int(endColumn)))
        }
    }

    /// Sorted by key, each key once.
    private var entries: [Entry] = []
    /// The few ranges whose numbers do not fit in 32 bits, kept as they are; nil when there are none.
    private var wide: [String: SourceRange]?

    /// The ranges of `pairs`; of a key written twice, the first.
    init(_ pairs: [(key: String, range: SourceRange)]) {
        // Sorted by key, then by place in `pairs`, so the first of a key comes first and is kept.
        let order = pairs.indices.sorted { (pairs[$0].key, $0) < (pairs[$1].key, $1) }
        entries.reserveCapacity(pairs.count)
        var previous: String?
        for index in order {
            let (key, range) = pairs[index]
            if key == previous { continue }
            previous = key
            if let entry = Entry(key, range) {
                entries.append(entry)
            } else {
                wide = (wide ?? [:]).merging([key: range]) { first, _ in first }
            }
        }
    }

    /// The range of `key`, if it has one.
    subscript(key: String) -> SourceRange? {
        var low = 0, high = entries.count
        while low < high {
            let middle = (low + high) / 2
            if entries[middle].key < key { low = middle + 1 } else { high = middle }
        }
        if low < entries.count && entries[low].key == key { return entries[low].range }
        return wide?[key]
    }

    /// Every key with its range.
    var dictionary: [String: SourceRange] {
        var result = wide ?? [:]
        for entry in entries { result[entry.key] = entry.range }
        return result
    }
}
