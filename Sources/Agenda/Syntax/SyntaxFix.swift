import Diagnostics
import TOML

/// The hint for a syntax error, made with what the agenda format knows of the key: the TOML parser
/// suggests what TOML reads (`160000.50`), but an amount with cents is text in an agenda
/// (`"160000,50"`), and a yes/no word in a text field is text. So the hint always leads to a value the
/// checks accept, not to the next error.
enum SyntaxFix {
    /// The hint for `problem`, or nil when the parser's own hint is right for the key.
    static func hint(for problem: SyntaxProblem, in l: Language) -> String? {
        guard case .habit(let habit, let key?, _) = problem, let type = fieldType(of: key) else { return nil }
        let name = key.split(separator: ".").last.map(String.init) ?? key
        func write(_ value: String) -> String { "\(name) = \(value)" }
        switch (habit, type) {
        case (.decimalComma(let written, _), .euro), (.groupedNumber(let written, _, _), .euro):
            guard let amount = Euro(parsing: written) else { return nil }
            if amount.cents % 100 == 0 {
                return l.pick("schrijf het bedrag in hele euro's, zonder punten: \(write(String(amount.cents / 100)))",
                              "write the amount in whole euros, without points: \(write(String(amount.cents / 100)))")
            }
            let text = "\"\(written.filter { $0 != "€" }.withoutSurroundingSpaces())\""
            return l.pick("een bedrag met centen schrijft u als tekst tussen aanhalingstekens: \(write(text))",
                          "an amount with cents is written as text between quotes: \(write(text))")
        case (.groupedNumber(_, let number, _), .integer), (.groupedNumber(_, let number, _), .year),
             (.groupedNumber(_, let number, _), .number):
            guard Int64(number) != nil else { return nil }
            return l.pick("schrijf het getal zonder punten: \(write(number))", "write the number without points: \(write(number))")
        case (.decimalComma(let written, _), .text), (.groupedNumber(let written, _, _), .text),
             (.decimalComma(let written, _), .markdown), (.groupedNumber(let written, _, _), .markdown),
             (.yesNoWord(let written, _), .text), (.yesNoWord(let written, _), .markdown),
             (.percentSign(let written, _), .text), (.percentSign(let written, _), .markdown),
             (.dayMonthYearDate(let written, _), .text), (.dayMonthYearDate(let written, _), .markdown):
            return l.pick("zet de tekst tussen aanhalingstekens: \(write("\"\(written)\""))",
                          "put the text between quotes: \(write("\"\(written)\""))")
        default:
            return nil
        }
    }

    /// The message for `problem` when the parser's own would contradict the hint: `ja` in a text field
    /// is no yes/no value to write as `true`, but text without quotes.
    static func message(for problem: SyntaxProblem, in l: Language) -> String? {
        guard case .habit(let habit, let key?, _) = problem, let type = fieldType(of: key) else { return nil }
        let name = key.split(separator: ".").last.map(String.init) ?? key
        switch (habit, type) {
        case (.yesNoWord(let written, _), .text), (.yesNoWord(let written, _), .markdown),
             (.percentSign(let written, _), .text), (.percentSign(let written, _), .markdown):
            return l.pick("'\(written)' staat niet tussen aanhalingstekens, maar '\(name)' is tekst",
                          "'\(written)' is not in quotes, but '\(name)' is text")
        default:
            return nil
        }
    }

    /// The type of `key` wherever it stands in an agenda, when it has one type everywhere; a year
    /// key (`2026 = ...`) has the type of the years of a ceiling.
    static func fieldType(of key: String) -> FieldType? {
        let name = key.split(separator: ".").last.map(String.init) ?? key
        if name.count == 4, name.allSatisfy(\.isNumber) { return .euro }
        return fieldTypes[name]
    }

    /// Every key of the agenda format with its type; a key with different kinds of type in different
    /// tables is left out, as its type depends on where it stands.
    private static let fieldTypes: [String: FieldType] = {
        var found: [String: FieldType] = [:]
        var conflicting: Set<String> = []
        func walk(_ schema: TableSchema) {
            for field in schema.fields {
                if let earlier = found[field.name], kind(earlier) != kind(field.type) { conflicting.insert(field.name) }
                found[field.name] = field.type
                switch field.type {
                case .table(let inner), .tableList(let inner): walk(inner)
                default: break
                }
            }
        }
        walk(AgendaFormat.file)
        for name in conflicting { found[name] = nil }
        return found
    }()

    /// The kind of a type, to tell whether two fields of one name read alike.
    private static func kind(_ type: FieldType) -> String {
        switch type {
        case .text, .markdown: "text"
        case .identifier: "identifier"
        case .integer, .year: "integer"
        case .boolean: "boolean"
        case .date: "date"
        case .number: "number"
        case .euro: "euro"
        case .choice: "choice"
        case .reference: "reference"
        case .list: "list"
        case .table: "table"
        case .tableList: "tableList"
        }
    }
}

private extension String {
    func withoutSurroundingSpaces() -> String {
        var text = Substring(self)
        while text.first == " " { text = text.dropFirst() }
        while text.last == " " { text = text.dropLast() }
        return String(text)
    }
}
