import Diagnostics

/// One part of a key as written: bare, `"basic"` or `'literal'`.
struct KeyPart {
    /// The key, unquoted and unescaped.
    var name: String
    /// Where the part stands, quotes included.
    var range: SourceRange
    /// Whether it was written bare, so messages can write it back the same way.
    var isBare: Bool
}

/// A key as written: one part, or several joined by dots. The first part is kept apart so the common
/// single-part key costs no array.
struct KeyPath {
    var first: KeyPart
    var rest: [KeyPart]

    /// The number of parts.
    var count: Int { rest.count + 1 }

    /// The part at `index` (0 is the first).
    subscript(index: Int) -> KeyPart { index == 0 ? first : rest[index - 1] }

    /// The last part: the key that gets the value.
    var last: KeyPart { rest.last ?? first }

    /// The parts up to and including `index`, written as in TOML, for messages: `a.b."c d"`.
    func written(through index: Int) -> String {
        var result = ""
        for position in 0...index {
            if position > 0 { result += "." }
            result += Self.written(self[position])
        }
        return result
    }

    /// The whole key written as in TOML.
    var written: String { written(through: count - 1) }

    static func written(_ part: KeyPart) -> String {
        if part.isBare { return part.name }
        var quoted = "\""
        for scalar in part.name.unicodeScalars {
            switch scalar {
            case "\"": quoted += "\\\""
            case "\\": quoted += "\\\\"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    quoted += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                } else {
                    quoted.unicodeScalars.append(scalar)
                }
            }
        }
        return quoted + "\""
    }
}

extension Parser {
    /// Parses a key (with the whitespace around its dots) and the whitespace after it.
    mutating func parseKey() throws(TOMLError) -> KeyPath {
        let first = try parseKeyPart()
        skipWhitespace()
        guard byte(at: offset) == .dot else { return KeyPath(first: first, rest: []) }
        var rest: [KeyPart] = []
        while byte(at: offset) == .dot {
            offset += 1
            skipWhitespace()
            rest.append(try parseKeyPart())
            skipWhitespace()
        }
        return KeyPath(first: first, rest: rest)
    }

    /// Parses one bare or quoted part of a key.
    private mutating func parseKeyPart() throws(TOMLError) -> KeyPart {
        let start = offset
        let startPosition = position(start)
        let name: String
        let isBare: Bool
        switch byte(at: offset) {
        case .quote:
            name = try parseBasicString()
            isBare = false
        case .apostrophe:
            name = try parseLiteralString()
            isBare = false
        default:
            while offset < count, bytes[offset].isBareKeyCharacter { offset += 1 }
            guard offset > start else { throw unexpected(at: offset, expected: .key) }
            name = sharedString(start, offset)
            isBare = true
        }
        return KeyPart(name: name, range: SourceRange(start: startPosition, end: position(offset)), isBare: isBare)
    }
}
