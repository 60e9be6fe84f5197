import Diagnostics

/// The TOML parser: one pass over UTF-8 bytes, from the first byte to the root table.
///
/// The parser is split by concern over several files: the cursor and positions (`Parser+Cursor`),
/// keys, values, strings, numbers, dates and times, and tables. The tables themselves are assembled by a
/// `TableBuilder`, which enforces the rules about defining tables and keys once.
struct Parser {
    /// The document. Reads past `count` are never made: every read goes through `byte(at:)` or is
    /// guarded by a comparison with `count`.
    let bytes: UnsafeBufferPointer<UInt8>
    /// The number of bytes in the document.
    let count: Int
    /// The next byte to read.
    var offset = 0

    // Line tracking, for positions (see `Parser+Cursor.swift`).

    /// The current line, from 1.
    var line = 1
    /// The offset of the first byte of the current line.
    var lineStart = 0
    /// The offset of the first non-ASCII byte seen on the current line; `Int.max` while there is none.
    var firstNonASCII = Int.max
    /// The last offset whose column was counted on a non-ASCII line, and that column; -1 when unset.
    var cachedOffset = -1
    var cachedColumn = 0

    /// The tables made so far.
    var builder = TableBuilder()
    /// The table that key/value lines go into: the root, or the table of the last header.
    var currentTable = TableBuilder.root
    /// A reusable buffer for strings with escapes or line endings to normalise.
    var scratch: [UInt8] = []
    /// Every string value and key made so far, each text once (see `SharedStrings`).
    var strings = SharedStrings()
    /// Where the line-level statement being read (a header, a key/value pair, a comment) starts: after
    /// an error, recovery skips from here (`TOML.parseRecovering`).
    var statementStart = 0
    /// The line of every table header read so far, in order, so recovery can tell which table a
    /// skipped key belonged to.
    var headerLines: [Int] = []

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        self.count = bytes.count
    }

    /// Parses the whole document.
    mutating func parseDocument() throws(TOMLError) -> TOMLTable {
        skipByteOrderMark()
        while true {
            skipWhitespace()
            guard offset < count else { break }
            statementStart = offset
            switch bytes[offset] {
            case .lineFeed, .carriageReturn:
                try consumeNewline()
            case .hash:
                try skipComment()
            case .openBracket:
                headerLines.append(line)
                try parseHeader()
                try finishLine()
            default:
                try parseKeyValue(into: currentTable)
                try finishLine()
            }
        }
        return builder.build()
    }

    /// A UTF-8 byte order mark at the very start is allowed and ignored; columns start after it.
    private mutating func skipByteOrderMark() {
        if count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            offset = 3
            lineStart = 3
        }
    }

    /// Parses `key = value` and adds it to `table`.
    mutating func parseKeyValue(into table: Int) throws(TOMLError) {
        let key = try parseKey()
        guard byte(at: offset) == .equals else { throw unexpected(at: offset, expected: .equals) }
        offset += 1
        skipWhitespace()
        let depth = builder.depth(of: table) + key.rest.count
        let value = try parseValue(depth: depth)
        try builder.insert(value, at: key, into: table)
    }

    /// After a key/value pair or a header: optional whitespace and comment, then a newline or the end.
    mutating func finishLine() throws(TOMLError) {
        skipWhitespace()
        if byte(at: offset) == .hash { try skipComment() }
        guard offset < count else { return }
        let next = bytes[offset]
        if next == .lineFeed || next == .carriageReturn {
            try consumeNewline()
        } else {
            throw unexpected(at: offset, expected: .endOfLine)
        }
    }
}

extension UInt8 {
    static let tab: UInt8 = 0x09
    static let lineFeed: UInt8 = 0x0A
    static let carriageReturn: UInt8 = 0x0D
    static let space: UInt8 = 0x20
    static let quote: UInt8 = 0x22
    static let hash: UInt8 = 0x23
    static let apostrophe: UInt8 = 0x27
    static let plus: UInt8 = 0x2B
    static let comma: UInt8 = 0x2C
    static let minus: UInt8 = 0x2D
    static let dot: UInt8 = 0x2E
    static let zero: UInt8 = 0x30
    static let nine: UInt8 = 0x39
    static let colon: UInt8 = 0x3A
    static let equals: UInt8 = 0x3D
    static let openBracket: UInt8 = 0x5B
    static let backslash: UInt8 = 0x5C
    static let closeBracket: UInt8 = 0x5D
    static let underscore: UInt8 = 0x5F
    static let openBrace: UInt8 = 0x7B
    static let closeBrace: UInt8 = 0x7D
    static let delete: UInt8 = 0x7F

    /// `0`-`9`.
    @inline(__always) var isDigit: Bool { self &- .zero < 10 }

    /// A character of a bare key: `A-Z a-z 0-9 _ -`.
    @inline(__always) var isBareKeyCharacter: Bool {
        let lower = self | 0x20
        return (lower >= 0x61 && lower <= 0x7A) || isDigit || self == .underscore || self == .minus
    }

    /// A character that can be part of a number, date, boolean or other unquoted word.
    @inline(__always) var isWordCharacter: Bool {
        isBareKeyCharacter || self == .plus || self == .dot || self == .colon
    }

    /// A control character that TOML never allows in strings or comments (tab is allowed).
    @inline(__always) var isForbiddenControl: Bool {
        (self < 0x20 && self != .tab) || self == .delete
    }
}
