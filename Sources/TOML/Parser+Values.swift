import Diagnostics

// Values: which kind starts here, and the two containers, arrays and inline tables.

extension Parser {
    /// Parses the value at `offset`. `depth` is the nesting level of the table or array the value
    /// sits in; an array or inline table here would be one level deeper.
    mutating func parseValue(depth: Int) throws(TOMLError) -> TOMLValue {
        let start = offset
        let startPosition = position(start)
        let kind: TOMLValue.Kind
        switch byte(at: offset) {
        case .quote:
            if byte(at: offset + 1) == .quote && byte(at: offset + 2) == .quote {
                kind = .string(try parseMultilineString(literal: false))
            } else {
                kind = .string(try parseBasicString())
            }
        case .apostrophe:
            if byte(at: offset + 1) == .apostrophe && byte(at: offset + 2) == .apostrophe {
                kind = .string(try parseMultilineString(literal: true))
            } else {
                kind = .string(try parseLiteralString())
            }
        case .openBracket:
            kind = .array(try parseArray(depth: depth + 1))
        case .openBrace:
            kind = .table(try parseInlineTable(depth: depth + 1))
        case UInt8(ascii: "t"), UInt8(ascii: "f"):
            kind = try parseBoolean()
        case .zero ... .nine:
            kind = try parseNumberOrDateTime()
        case .plus, .minus, .dot, UInt8(ascii: "i"), UInt8(ascii: "n"):
            kind = try parseNumber()
        default:
            if offset < count, bytes[offset].isBareKeyCharacter {
                throw wordError(from: offset) { .invalidValue($0) }
            }
            throw unexpected(at: offset, expected: .value)
        }
        return TOMLValue(kind, range: SourceRange(start: startPosition, end: position(offset)))
    }

    /// `true` or `false`.
    private mutating func parseBoolean() throws(TOMLError) -> TOMLValue.Kind {
        let start = offset
        var end = start
        while end < count, bytes[end].isWordCharacter { end += 1 }
        let length = end - start
        if length == 4, bytes[start + 1] == UInt8(ascii: "r"), bytes[start + 2] == UInt8(ascii: "u"),
            bytes[start + 3] == UInt8(ascii: "e"), bytes[start] == UInt8(ascii: "t")
        {
            offset = end
            return .boolean(true)
        }
        if length == 5, bytes[start] == UInt8(ascii: "f"), bytes[start + 1] == UInt8(ascii: "a"),
            bytes[start + 2] == UInt8(ascii: "l"), bytes[start + 3] == UInt8(ascii: "s"),
            bytes[start + 4] == UInt8(ascii: "e")
        {
            offset = end
            return .boolean(false)
        }
        throw wordError(from: start) { .invalidValue($0) }
    }

    /// Throws when a container at `depth` would be nested too deeply.
    private mutating func checkDepth(_ depth: Int) throws(TOMLError) {
        if depth > TOML.maximumNesting {
            throw TOMLError(reason: .nestingTooDeep(limit: TOML.maximumNesting), range: range(offset, offset + 1))
        }
    }

    /// Parses an array at `offset` (its `[`); its elements sit at `depth`.
    private mutating func parseArray(depth: Int) throws(TOMLError) -> [TOMLValue] {
        try checkDepth(depth)
        offset += 1
        var elements: [TOMLValue] = []
        while true {
            try skipWhitespaceCommentsAndNewlines()
            if byte(at: offset) == .closeBracket { break }
            elements.append(try parseValue(depth: depth))
            try skipWhitespaceCommentsAndNewlines()
            let next = byte(at: offset)
            if next == .comma {
                offset += 1
            } else if next == .closeBracket {
                break
            } else {
                throw unexpected(at: offset, expected: .arraySeparator)
            }
        }
        offset += 1
        return elements
    }

    /// Parses an inline table at `offset` (its `{`); its values sit at `depth`.
    private mutating func parseInlineTable(depth: Int) throws(TOMLError) -> TOMLTable {
        try checkDepth(depth)
        let node = builder.beginInlineTable(depth: depth)
        offset += 1
        skipWhitespace()
        if byte(at: offset) == .closeBrace {
            offset += 1
            return builder.finishInlineTable(node)
        }
        while true {
            try checkNoNewlineInInlineTable()
            let key = try parseKey()
            guard byte(at: offset) == .equals else {
                try checkNoNewlineInInlineTable()
                throw unexpected(at: offset, expected: .equals)
            }
            offset += 1
            skipWhitespace()
            try checkNoNewlineInInlineTable()
            let value = try parseValue(depth: depth + key.rest.count)
            try builder.insert(value, at: key, into: node)
            skipWhitespace()
            let next = byte(at: offset)
            if next == .comma {
                let comma = offset
                offset += 1
                skipWhitespace()
                if byte(at: offset) == .closeBrace {
                    throw TOMLError(reason: .trailingCommaInInlineTable, range: range(comma, comma + 1))
                }
            } else if next == .closeBrace {
                offset += 1
                return builder.finishInlineTable(node)
            } else {
                try checkNoNewlineInInlineTable()
                throw unexpected(at: offset, expected: .inlineTableSeparator)
            }
        }
    }

    /// Inline tables stay on one line: a newline (or a comment, which runs to one) is an error.
    private mutating func checkNoNewlineInInlineTable() throws(TOMLError) {
        let next = byte(at: offset)
        if offset < count && (next == .lineFeed || next == .carriageReturn || next == .hash) {
            throw TOMLError(reason: .newlineInInlineTable, range: range(offset, offset + 1))
        }
    }
}
