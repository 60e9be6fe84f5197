import Diagnostics

/// How a table or an entry is written in the text, found from the parsed tree and the bytes: which
/// edits are possible, and where they go.
enum TableLayout: Equatable {
    /// The document's root: its keys stand before the first header.
    case root
    /// A table with a `[header]`, or an element of an array of tables `[[header]]`; the offset of the
    /// header's `[`.
    case section(header: Int)
    /// A table made only by deeper headers (`[a.b]` makes `a`): no lines of its own.
    case implicit
    /// A table made by dotted keys (`a.b = 1` makes `a`) inside a section or the root.
    case dotted
    /// An inline table `{ ... }`, from `start` up to `end` (just past the `}`).
    case inline(start: Int, end: Int)
    /// A table made by dotted keys inside an inline table: edited by setting the whole value.
    case insideValue
}

/// How one entry of a table is written.
enum EntryForm {
    /// `key = value`: the key's first byte (the last part of a dotted key), and the value's bytes.
    case keyValue(key: Int, keyEnd: Int, value: Int, valueEnd: Int)
    /// A table, in the given layout (never `.root`).
    case table(TOMLTable, TableLayout)
    /// An array of tables; each element is a section.
    case tableArray([TOMLValue])
}

/// A node reached by a path.
enum EditNode {
    /// A table and how it is written.
    case table(TOMLTable, TableLayout)
    /// An array of tables `[[...]]`.
    case tableArray([TOMLValue])
    /// An array written as a value `[...]`, from `start` up to `end` (just past the `]`).
    case array([TOMLValue], start: Int, end: Int)
    /// A string, number, boolean or date.
    case scalar
}

extension EditableText {
    /// How `entry` of a table written as `parent` is written.
    func form(of entry: TOMLTable.Entry, in parent: TableLayout) -> EntryForm {
        let keyStart = offset(entry.keyRange.start), keyEnd = offset(entry.keyRange.end)
        let valueStart = offset(entry.value.range.start), valueEnd = offset(entry.value.range.end)
        if keyEnd <= valueStart, string(keyEnd, valueStart).allSatisfy({ $0 == " " || $0 == "\t" || $0 == "=" }),
            string(keyEnd, valueStart).contains("=")
        {
            return .keyValue(key: keyStart, keyEnd: keyEnd, value: valueStart, valueEnd: valueEnd)
        }
        switch entry.value.kind {
        case .array(let elements):
            return .tableArray(elements)
        case .table(let table):
            if valueStart < bytes.count, bytes[valueStart] == UInt8(ascii: "["), valueStart != keyStart {
                return .table(table, .section(header: valueStart))
            }
            switch parent {
            case .inline, .insideValue:
                return .table(table, .insideValue)
            case .root, .section, .implicit, .dotted:
                // Made by the first key that named it: in a header (implicit) or a dotted key.
                let first = skipBlanks(from: lineStart(of: keyStart))
                return .table(table, bytes[first] == UInt8(ascii: "[") ? .implicit : .dotted)
            }
        default:
            // Only tables and arrays of tables are written other than `key = value`.
            return .table(TOMLTable(), .insideValue)
        }
    }

    /// What a value written as a value (`key = value`, or an element of an array) is.
    func node(ofWrittenValue value: TOMLValue) -> EditNode {
        switch value.kind {
        case .table(let table):
            return .table(table, .inline(start: offset(value.range.start), end: offset(value.range.end)))
        case .array(let elements):
            return .array(elements, start: offset(value.range.start), end: offset(value.range.end))
        default:
            return .scalar
        }
    }

    /// The node an entry leads to.
    func node(of entry: TOMLTable.Entry, in parent: TableLayout) -> EditNode {
        switch form(of: entry, in: parent) {
        case .keyValue: return node(ofWrittenValue: entry.value)
        case .table(let table, let layout): return .table(table, layout)
        case .tableArray(let elements): return .tableArray(elements)
        }
    }
}
