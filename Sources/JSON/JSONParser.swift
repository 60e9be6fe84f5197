import Diagnostics

/// Reads JSON (RFC 8259) into ``JSONValue``s with their positions: line and column (columns count
/// Unicode scalars, as ``SourcePosition`` does). Stops at the first error with a Dutch message.
/// Nesting is limited, so no input exhausts the stack; a key written twice in an object is an
/// error (RFC 8259 leaves its meaning open, so it is never silently one of the two).
public struct JSONParser {
    /// How deeply arrays and objects may be nested.
    public static let maximumNesting = 500

    private let scalars: [Unicode.Scalar]
    private var index = 0
    private var line = 1
    private var column = 1

    private init(_ text: String) { scalars = Array(text.unicodeScalars) }

    /// The value of the JSON `text`.
    public static func parse(_ text: String) throws(JSONSyntaxError) -> JSONValue {
        var parser = JSONParser(text)
        if parser.peek == "\u{FEFF}" { parser.advance() }
        parser.skipWhitespace()
        let value = try parser.value(depth: 0)
        parser.skipWhitespace()
        guard parser.peek == nil else { throw parser.error("na de waarde staat nog tekst; een JSON-bestand bevat één waarde") }
        return value
    }

    private var peek: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }
    private var position: SourcePosition { SourcePosition(line: line, column: column) }

    private mutating func advance() {
        if scalars[index] == "\n" { line += 1; column = 1 } else { column += 1 }
        index += 1
    }

    private func error(_ message: String) -> JSONSyntaxError { JSONSyntaxError(message: message, position: position) }

    private mutating func skipWhitespace() {
        while let scalar = peek, scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" { advance() }
    }

    private mutating func value(depth: Int) throws(JSONSyntaxError) -> JSONValue {
        let start = position
        guard let scalar = peek else { throw error("hier ontbreekt een waarde: het bestand houdt op") }
        let kind: JSONValue.Kind
        switch scalar {
        case "{": kind = try object(depth: depth)
        case "[": kind = try array(depth: depth)
        case "\"": kind = .string(try string())
        case "t": try word("true"); kind = .boolean(true)
        case "f": try word("false"); kind = .boolean(false)
        case "n": try word("null"); kind = .null
        case "-", "0"..."9": kind = .number(try number())
        default: throw error("hier verwacht ik een waarde (tekst tussen \"aanhalingstekens\", een getal, true, false, null, [ of {), niet '\(scalar)'")
        }
        return JSONValue(kind: kind, range: SourceRange(start: start, end: position))
    }

    private mutating func word(_ word: String) throws(JSONSyntaxError) {
        let start = position
        for expected in word.unicodeScalars {
            guard peek == expected else {
                throw JSONSyntaxError(message: "onbekend woord: bedoelt u \(word)? (tekst hoort tussen \"aanhalingstekens\")", position: start)
            }
            advance()
        }
    }

    private mutating func object(depth: Int) throws(JSONSyntaxError) -> JSONValue.Kind {
        guard depth < Self.maximumNesting else { throw error("te diep genest (meer dan \(Self.maximumNesting) niveaus)") }
        advance()
        var members: [JSONValue.Member] = []
        var seen: Set<String> = []
        skipWhitespace()
        if peek == "}" { advance(); return .object([]) }
        while true {
            skipWhitespace()
            guard peek == "\"" else { throw error("hier verwacht ik een sleutel tussen \"aanhalingstekens\"") }
            let keyStart = position
            let key = try string()
            let keyRange = SourceRange(start: keyStart, end: position)
            guard seen.insert(key).inserted else {
                throw JSONSyntaxError(message: "de sleutel \"\(key)\" staat twee keer in hetzelfde object; haal er één weg", position: keyStart)
            }
            skipWhitespace()
            guard peek == ":" else { throw error("na de sleutel \"\(key)\" hoort een dubbele punt (:)") }
            advance()
            skipWhitespace()
            members.append(JSONValue.Member(key: key, keyRange: keyRange, value: try value(depth: depth + 1)))
            skipWhitespace()
            if peek == "," { advance(); continue }
            if peek == "}" { advance(); return .object(members) }
            throw error("hier verwacht ik een komma of een } (het einde van het object)")
        }
    }

    private mutating func array(depth: Int) throws(JSONSyntaxError) -> JSONValue.Kind {
        guard depth < Self.maximumNesting else { throw error("te diep genest (meer dan \(Self.maximumNesting) niveaus)") }
        advance()
        var elements: [JSONValue] = []
        skipWhitespace()
        if peek == "]" { advance(); return .array([]) }
        while true {
            skipWhitespace()
            elements.append(try value(depth: depth + 1))
            skipWhitespace()
            if peek == "," { advance(); continue }
            if peek == "]" { advance(); return .array(elements) }
            throw error("hier verwacht ik een komma of een ] (het einde van de lijst)")
        }
    }

    private mutating func number() throws(JSONSyntaxError) -> String {
        var text = ""
        func digits(_ parser: inout JSONParser, _ text: inout String) -> Int {
            var count = 0
            while let scalar = parser.peek, ("0"..."9").contains(scalar) { text.unicodeScalars.append(scalar); parser.advance(); count += 1 }
            return count
        }
        if peek == "-" { text += "-"; advance() }
        let integerStart = text.count
        guard digits(&self, &text) > 0 else { throw error("na een minteken hoort een cijfer") }
        if text.dropFirst(integerStart).count > 1 && text.dropFirst(integerStart).first == "0" {
            throw error("een getal begint niet met een 0 (schrijf 7, niet 07)")
        }
        if peek == "." {
            text += "."; advance()
            guard digits(&self, &text) > 0 else { throw error("na de punt van een getal hoort een cijfer") }
        }
        if peek == "e" || peek == "E" {
            text += "e"; advance()
            if peek == "+" || peek == "-" { text.unicodeScalars.append(peek!); advance() }
            guard digits(&self, &text) > 0 else { throw error("na de e van een getal hoort een cijfer") }
        }
        return text
    }

    private mutating func string() throws(JSONSyntaxError) -> String {
        advance()
        var text = ""
        while true {
            guard let scalar = peek else { throw error("de tekst houdt niet op: het afsluitende aanhalingsteken ontbreekt") }
            switch scalar {
            case "\"":
                advance()
                return text
            case "\\":
                advance()
                guard let escaped = peek else { throw error("de tekst houdt op na een backslash") }
                switch escaped {
                case "\"": text += "\""
                case "\\": text += "\\"
                case "/": text += "/"
                case "b": text += "\u{8}"
                case "f": text += "\u{C}"
                case "n": text += "\n"
                case "r": text += "\r"
                case "t": text += "\t"
                case "u":
                    advance()
                    var code = try hex4()
                    if (0xD800...0xDBFF).contains(code) {
                        guard peek == "\\" else { throw error("een halve UTF-16-code (\\u\(String(code, radix: 16))) zonder tweede helft") }
                        advance()
                        guard peek == "u" else { throw error("een halve UTF-16-code zonder tweede helft") }
                        advance()
                        let low = try hex4()
                        guard (0xDC00...0xDFFF).contains(low) else { throw error("een halve UTF-16-code zonder passende tweede helft") }
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    }
                    guard let decoded = Unicode.Scalar(code) else { throw error("\\u\(String(code, radix: 16)) is geen teken") }
                    text.unicodeScalars.append(decoded)
                    continue
                default:
                    throw error("onbekende escape \\\(escaped); gebruik \\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t of \\uXXXX")
                }
                advance()
            case _ where scalar.value < 0x20:
                throw error("een regeleinde of stuurteken in tekst moet als escape (\\n, \\t, \\u00XX)")
            default:
                text.unicodeScalars.append(scalar)
                advance()
            }
        }
    }

    private mutating func hex4() throws(JSONSyntaxError) -> UInt32 {
        var code: UInt32 = 0
        for _ in 0..<4 {
            guard let scalar = peek, let digit = UInt32(String(scalar), radix: 16) else {
                throw error("na \\u horen vier hexadecimale cijfers")
            }
            code = code * 16 + digit
            advance()
        }
        return code
    }
}
