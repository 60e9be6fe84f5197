import Diagnostics

/// The range of each value of a table by key, as an `Origin` keeps it: one array sorted by key, 12
/// bytes a value. Every theme, action, result, budget line and signal has one for the whole of
/// `mja check` (a build lets go of them once its checks have run), half a million values at 100 times
/// the national content: as a `Dictionary` of `SourceRange`s 55 MB, as a sorted array of keys and
/// four 32-bit numbers 20.5 MB, now 9.2 (heaptrack of `mja check`).
///
/// A key of the file formats is kept as its number in `OriginFields.knownKeys` (two bytes, not a
/// 16-byte `String`), the range as its start line, its start column, how many lines further it ends
/// and its end column. A value whose key the formats do not know (a misspelt key, which the checks
/// report), or whose numbers do not fit (a column past 65 535, a value over more than 65 535 lines,
/// a line past the 32-bit range), is kept as it is beside them: every range comes back exactly.
struct OriginFields: Sendable, Hashable {
    /// A known key and its range.
    private struct Entry: Sendable, Hashable {
        var startLine: Int32
        /// The key's number in `OriginFields.knownKeys`.
        var key: UInt16
        var startColumn: UInt16
        /// The end line less the start line.
        var lineSpan: UInt16
        var endColumn: UInt16

        /// Nil when `key` is not a known key or a number of `range` does not fit.
        init?(_ key: String, _ range: SourceRange) {
            guard let code = OriginFields.code(of: key),
                  let startLine = Int32(exactly: range.start.line),
                  let startColumn = UInt16(exactly: range.start.column),
                  let lineSpan = UInt16(exactly: range.end.line - range.start.line),
                  let endColumn = UInt16(exactly: range.end.column) else { return nil }
            (self.startLine, self.key, self.startColumn, self.lineSpan, self.endColumn) = (startLine, code, startColumn, lineSpan, endColumn)
        }

        var range: SourceRange {
            let line = Int(startLine)
            return SourceRange(start: SourcePosition(line: line, column: Int(startColumn)),
                               end: SourcePosition(line: line + Int(lineSpan), column: Int(endColumn)))
        }
    }

    /// Sorted by key number, each key once.
    private var entries: [Entry] = []
    /// The ranges that are not kept compactly (see above); nil when there are none.
    private var wide: [String: SourceRange]?

    /// The ranges of `pairs`; of a key written twice, the first.
    init(_ pairs: [(key: String, range: SourceRange)]) {
        entries.reserveCapacity(pairs.count)
        for (key, range) in pairs {
            if wide?[key] != nil { continue }
            guard let entry = Entry(key, range) else {
                if self[key] == nil { wide = (wide ?? [:]).merging([key: range]) { first, _ in first } }
                continue
            }
            // Sorted by insertion (a table has a few dozen keys at most); after an equal key, so
            // that of a key written twice the first comes first.
            var index = entries.count
            while index > 0 && entries[index - 1].key > entry.key { index -= 1 }
            if index > 0 && entries[index - 1].key == entry.key { continue }
            entries.insert(entry, at: index)
        }
    }

    /// The range of `key`, if it has one.
    subscript(key: String) -> SourceRange? {
        guard let code = Self.code(of: key) else { return wide?[key] }
        var low = 0, high = entries.count
        while low < high {
            let middle = (low + high) / 2
            if entries[middle].key < code { low = middle + 1 } else { high = middle }
        }
        if low < entries.count && entries[low].key == code { return entries[low].range }
        return wide?[key]
    }

    /// Every key with its range.
    var dictionary: [String: SourceRange] {
        var result = wide ?? [:]
        for entry in entries { result[Self.knownKeys[Int(entry.key)]] = entry.range }
        return result
    }
}
