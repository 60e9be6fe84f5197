// How values and keys are written. Deterministic: the same value is always written the same way.

extension TOMLEditValue {
    /// The value as TOML text. Multi-line strings always break their lines with `\n`, whatever the
    /// file uses: the parser keeps a `\r\n` inside a string as it is, so only `\n` reads back as `\n`.
    func written() -> String {
        switch self {
        case .string(let text): return Self.basicString(text)
        case .multilineString(let text): return Self.multilineString(text)
        case .integer(let value): return String(value)
        case .float(let value): return Self.float(value)
        case .paddedFloat(let value, let digits): return Self.float(value, padded: digits)
        case .boolean(let value): return value ? "true" : "false"
        case .localDate(let date): return date.description
        case .array(let elements):
            return "[" + elements.map { $0.written() }.joined(separator: ", ") + "]"
        case .inlineTable(let entries):
            if entries.isEmpty { return "{}" }
            // A multi-line string may not stand in an inline table's line: written on one line there.
            let parts = entries.map { key, value in
                Self.writtenKey(key) + " = " + value.singleLine.written()
            }
            return "{ " + parts.joined(separator: ", ") + " }"
        }
    }

    /// The value as TOML text in place of `existing` (the bytes of the value it replaces), keeping
    /// that value's quoting where the new text allows it: a `'literal'` string stays literal, a
    /// `"""` multi-line string stays basic, a `'''` one literal. Otherwise as `written()`.
    func written(replacing existing: ArraySlice<UInt8>) -> String {
        let quote = UInt8(ascii: "\""), apostrophe = UInt8(ascii: "'")
        let opening = Array(existing.prefix(3))
        switch self {
        case .string(let text):
            let literalAllowed = !text.contains("'") && text.unicodeScalars.allSatisfy { $0 == "\t" || !Self.isControl($0) }
            if opening.first == apostrophe, opening != [apostrophe, apostrophe, apostrophe], literalAllowed { return "'" + text + "'" }
        case .multilineString(let text):
            if opening == [quote, quote, quote] { return Self.basicMultilineString(text) }
        default:
            break
        }
        return written()
    }

    /// The value with every multi-line string made a one-line string (inline tables must stay on one line).
    var singleLine: TOMLEditValue {
        switch self {
        case .multilineString(let text): return .string(text)
        case .array(let elements): return .array(elements.map(\.singleLine))
        case .inlineTable(let entries): return .inlineTable(entries.map { ($0.0, $0.1.singleLine) })
        default: return self
        }
    }

    /// A key, bare when TOML allows it (`A-Z a-z 0-9 _ -`, not empty), else a quoted basic string.
    static func writtenKey(_ key: String) -> String {
        let bare = !key.isEmpty && key.utf8.allSatisfy { $0.isBareKeyCharacter }
        return bare ? key : basicString(key)
    }

    /// `"text"` with `"`, `\` and every control character escaped.
    static func basicString(_ text: String) -> String { TOMLStringLiteral.basic(text) }

    /// A multi-line string, its text starting on the line after the opening quotes (that first newline
    /// is not part of the value). Literal (`'''`, no escapes: prose reads as typed) when the text allows
    /// it: no `'''`, no control character but tab and newline, no `'` at the very end. Otherwise basic
    /// (`"""`, see `basicMultilineString`).
    static func multilineString(_ text: String) -> String {
        let literalAllowed = !text.contains("'''") && !text.hasSuffix("'")
            && text.unicodeScalars.allSatisfy { $0 == "\n" || $0 == "\t" || !isControl($0) }
        if literalAllowed {
            return "'''\n" + text + "'''"
        }
        return basicMultilineString(text)
    }

    /// `"""` and the text on the next line, with `\`, control characters other than tab and newline,
    /// and only those `"` escaped that could close the string: one followed by another, or the last.
    static func basicMultilineString(_ text: String) -> String {
        var body = ""
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            switch scalar {
            case "\"" where index == scalars.count - 1 || scalars[index + 1] == "\"": body += "\\\""
            case "\"": body += "\""
            case "\\": body += "\\\\"
            case "\n": body += "\n"
            case "\t": body += "\t"
            case "\r": body += "\\r"
            default: appendEscapingControls(scalar, to: &body)
            }
        }
        return "\"\"\"\n" + body + "\"\"\""
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool { TOMLStringLiteral.isControl(scalar) }

    private static func appendEscapingControls(_ scalar: Unicode.Scalar, to result: inout String) {
        TOMLStringLiteral.appendEscapingControl(scalar, to: &result)
    }

    /// A float that reads back as the same `Double`: Swift's shortest round-trip digits, with `.0`
    /// added where TOML needs a fraction or exponent.
    static func float(_ value: Double) -> String {
        if value.isNaN { return "nan" }
        if value.isInfinite { return value < 0 ? "-inf" : "inf" }
        let text = value.description
        if text.contains(".") || text.contains("e") { return text }
        return text + ".0"
    }

    /// A float as `float(_:)` writes it, with zeros added after its last fraction digit until there
    /// are `fractionDigits` (`1.125` -> `1.1250`); a value written with an exponent, or not finite,
    /// stays as `float(_:)` writes it (a zero there would change the exponent, not pad the fraction).
    static func float(_ value: Double, padded fractionDigits: Int) -> String {
        let text: String = Self.float(value)
        guard value.isFinite, !text.contains("e"), let point = text.firstIndex(of: ".") else { return text }
        let present = text.distance(from: text.index(after: point), to: text.endIndex)
        return present >= fractionDigits ? text : text + String(repeating: "0", count: fractionDigits - present)
    }
}
