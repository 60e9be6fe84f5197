import FoundationGaps
import Diagnostics
import TOML

/// Checks a TOML table against a `TableSchema` and reports every problem, with its place: unknown
/// keys (with the closest known one), values of the wrong type (with an example of the right one),
/// missing required fields, values outside an enumeration, malformed ids, years and amounts.
///
/// The checks are generic; the code that builds the model afterwards may rely on what passed here.
struct SchemaValidator {
    private(set) var problems: [(LoadProblem, SourceRange)] = []

    /// Validates `table`, which stands at `range` in the file (its header, or 1:1 for the root).
    mutating func validate(_ table: TOMLTable, at range: SourceRange, against schema: TableSchema) {
        for entry in table.entries {
            if let field = schema.field(entry.key) {
                validate(entry.value, key: entry.key, type: field.type)
            } else if case .years(let valueType) = schema.keyPattern, let year = Int64(entry.key) {
                if !(1900...2200).contains(year) { report(.yearOutOfRange(key: entry.key, value: year), at: entry.keyRange) }
                validate(entry.value, key: entry.key, type: valueType)
            } else {
                let suggestion = Suggestion.closest(to: entry.key, among: schema.fields.map(\.name))
                report(.unknownKey(key: entry.key, table: schema.name, suggestion: suggestion), at: entry.keyRange)
            }
        }
        for field in schema.fields where field.isRequired && table[field.name] == nil {
            report(.missingField(key: field.name, table: schema.name, example: field.type.example(named: field.name)), at: range)
        }
    }

    private mutating func validate(_ value: TOMLValue, key: String, type: FieldType) {
        switch (type, value.kind) {
        case (.text, .string), (.markdown, .string), (.boolean, .boolean), (.date, .localDate), (.reference, .string):
            return
        case (.identifier, .string(let text)):
            if !Self.isIdentifier(text) { report(.invalidIdentifier(key: key, value: text), at: value.range) }
        case (.integer(let range), .integer(let number)):
            if !range.contains(number) { report(.integerOutOfRange(key: key, value: number, range: range), at: value.range) }
        case (.year, .integer(let number)):
            if !(1900...2200).contains(number) { report(.yearOutOfRange(key: key, value: number), at: value.range) }
        case (.number, .integer), (.number, .float):
            return
        case (.euro, .integer):
            return
        case (.euro, .string(let text)):
            if Euro(parsing: text) == nil { report(.invalidAmount(key: key, value: text), at: value.range) }
        case (.euro, .float):
            report(.invalidAmount(key: key, value: String(describing: value.kind.floatValue ?? 0)), at: value.range)
        case (.choice(let allowed), .string(let text)):
            if !allowed.contains(text) {
                let suggestion = Suggestion.closest(to: text, among: allowed)
                report(.notAllowed(key: key, value: text, allowed: allowed, suggestion: suggestion), at: value.range)
            }
        case (.list(let elementType), .array(let elements)):
            for element in elements { validate(element, key: key, type: elementType) }
        case (.table(let schema), .table(let table)):
            validate(table, at: value.range, against: schema)
        case (.tableList(let schema), .array(let elements)):
            for element in elements {
                if case .table(let table) = element.kind {
                    validate(table, at: element.range, against: schema)
                } else {
                    reportWrongType(element, key: key, type: .table(schema))
                }
            }
        default:
            reportWrongType(value, key: key, type: type)
        }
    }

    private mutating func reportWrongType(_ value: TOMLValue, key: String, type: FieldType) {
        report(.wrongType(key: key, expected: type.dutchDescription, found: value.kind.dutchName,
                          example: QuotedValueFix.example(value, key: key, type: type) ?? type.example(named: key)), at: value.range)
    }

    private mutating func report(_ problem: LoadProblem, at range: SourceRange) {
        problems.append((problem, range))
    }

    /// Lower-case letters, digits and hyphens; starting with a letter or digit.
    static func isIdentifier(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first != "-" else { return false }
        return text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}

extension TOMLValue.Kind {
    /// The kind of value in Dutch, for "... maar is een tekst".
    var dutchName: String {
        switch self {
        case .string: "een tekst"
        case .integer: "een geheel getal"
        case .float: "een kommagetal"
        case .boolean: "een ja/nee-waarde"
        case .offsetDateTime, .localDateTime: "een datum met tijd"
        case .localDate: "een datum"
        case .localTime: "een tijd"
        case .array: "een lijst"
        case .table: "een tabel"
        }
    }

    var floatValue: Double? {
        if case .float(let value) = self { value } else { nil }
    }
}

extension FieldType {
    /// What is expected, in Dutch, for "'x' moet ... zijn".
    var dutchDescription: String {
        switch self {
        case .text, .markdown: "een tekst"
        case .identifier, .reference: "een id (tekst)"
        case .integer: "een geheel getal"
        case .boolean: "true of false"
        case .date: "een datum (JJJJ-MM-DD, zonder aanhalingstekens)"
        case .year: "een jaartal"
        case .number: "een getal"
        case .euro: "een bedrag in euro's"
        case .choice(let values): "een van " + values.map { "\"\($0)\"" }.joined(separator: ", ")
        case .list(.choice(let values)): "een lijst met waarden uit " + values.map { "\"\($0)\"" }.joined(separator: ", ")
        case .list(let element): "een lijst van " + element.dutchDescription.replacingEvery("een ", with: "")
        case .table: "een tabel"
        case .tableList: "een lijst van tabellen"
        }
    }

    /// A correct line for the key, shown in hints.
    func example(named key: String) -> String? {
        switch self {
        case .table(let schema): return "[\(schema.name.isEmpty ? key : schema.name)]"
        case .tableList(let schema): return "[[\(schema.name.isEmpty ? key : schema.name)]]"
        default: return exampleValue.map { "\(key) = \($0)" }
        }
    }

    private var exampleValue: String? {
        switch self {
        case .text, .markdown: "\"...\""
        case .identifier, .reference: "\"een-id\""
        case .integer(let range): String(range.lowerBound)
        case .boolean: "true"
        case .date: "2026-03-01"
        case .year: "2026"
        case .number: "100"
        case .euro: "150000"
        case .choice(let values): values.first.map { "\"\($0)\"" }
        case .list(let element): element.exampleValue.map { "[\($0)]" }
        case .table, .tableList: nil
        }
    }
}
