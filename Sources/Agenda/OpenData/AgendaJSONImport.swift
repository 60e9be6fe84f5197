import Diagnostics
import FoundationEssentials
import JSON
import TOML
import Dates

/// Converts an agenda as JSON (`agenda.json` of `mja build --formaat data`, or any JSON that follows
/// the schema `mja schema` prints) back to the TOML of an agenda file, without loss: every key and
/// value of the JSON becomes the same key and value in TOML; a JSON string that the format calls a
/// date becomes a TOML date. What cannot be converted as meant is a located error (MJA340-MJA345),
/// never a guess; whether the values make a good agenda is `mja check`'s task afterwards.
public struct AgendaJSONImport {
    /// The file name used in the diagnostics.
    public let file: String
    private var diagnostics: [Diagnostic] = []

    public init(file: String) { self.file = file }

    /// The TOML text of the agenda in `text`, or nil with the problems, sorted by position.
    public static func convert(_ text: String, file: String) -> (toml: String?, diagnostics: [Diagnostic]) {
        var importer = AgendaJSONImport(file: file)
        let root: JSONValue
        do {
            root = try JSONParser.parse(text)
        } catch {
            let at = SourceRange(at: error.position)
            return (nil, [Diagnostic(severity: .error, code: "MJA340", message: "geen geldige JSON: \(error.message)", file: file, range: at)])
        }
        let table = importer.table(root, AgendaFormat.file, path: "")
        guard importer.diagnostics.isEmpty, let table else {
            return (nil, importer.diagnostics.sorted(by: Diagnostic.printingOrder))
        }
        return ("#:schema ./mja-agenda.schema.json\n" + TOMLDocumentWriter().write(table), [])
    }

    private mutating func problem(_ code: String, _ message: String, _ range: SourceRange, hint: String? = nil) {
        diagnostics.append(Diagnostic(severity: .error, code: code, message: message, file: file, range: range, hint: hint))
    }

    /// Where a key is shown in messages: `thema.actie.begroting`.
    private static func name(_ path: String, _ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    private mutating func table(_ value: JSONValue, _ schema: TableSchema, path: String) -> TOMLTable? {
        guard case .object(let members) = value.kind else {
            problem("MJA342", "\(path.isEmpty ? "het bestand" : "'\(path)'") moet een object zijn ({ ... }), niet \(Self.describe(value))", value.range)
            return nil
        }
        var table = TOMLTable()
        for member in members {
            let key = Self.name(path, member.key)
            let type: FieldType
            if let field = schema.field(member.key) {
                type = field.type
            } else if case .years(let valueType) = schema.keyPattern, member.key.count == 4, member.key.allSatisfy(\.isASCII), Int(member.key) != nil {
                type = valueType
            } else {
                let known = schema.fields.map(\.name)
                let suggestion = Suggestion.closest(to: member.key, among: known)
                problem("MJA341", "onbekende sleutel '\(key)'" + (suggestion.map { ": bedoelt u '\($0)'?" } ?? ""), member.keyRange,
                        hint: schema.keyPattern != nil ? "hier horen jaartallen als sleutel, zoals \"2026\"" : "toegestaan: \(known.joined(separator: ", "))")
                continue
            }
            if let converted = self.value(member.value, type, path: key) {
                table.set(converted, for: member.key, keyRange: member.keyRange)
            }
        }
        for field in schema.fields where field.isRequired && !members.contains(where: { $0.key == field.name }) {
            problem("MJA345", "\(path.isEmpty ? "het bestand" : "'\(path)'") mist de verplichte sleutel '\(field.name)' (\(field.summary))",
                    SourceRange(at: value.range.start))
        }
        return table
    }

    private mutating func value(_ value: JSONValue, _ type: FieldType, path: String) -> TOMLValue? {
        func wrong(_ expected: String) -> TOMLValue? {
            problem("MJA342", "'\(path)' moet \(expected) zijn, niet \(Self.describe(value))", value.range,
                    hint: value.kind == .null ? "laat een sleutel zonder waarde weg in plaats van null te schrijven" : nil)
            return nil
        }
        let range = value.range
        switch (type, value.kind) {
        case (.text, .string(let text)), (.markdown, .string(let text)), (.identifier, .string(let text)), (.reference, .string(let text)):
            return TOMLValue(.string(text), range: range)
        case (.choice(let values), .string(let text)):
            guard values.contains(text) else {
                problem("MJA343", "'\(path)' is \"\(text)\"; toegestaan: \(values.map { "\"\($0)\"" }.joined(separator: ", "))", range)
                return nil
            }
            return TOMLValue(.string(text), range: range)
        case (.boolean, .boolean(let flag)):
            return TOMLValue(.boolean(flag), range: range)
        case (.date, .string(let text)):
            guard let date = Self.date(text) else {
                problem("MJA343", "'\(path)' is geen datum: \"\(text)\"; schrijf jaar-maand-dag, zoals \"2026-03-01\"", range)
                return nil
            }
            return TOMLValue(.localDate(date), range: range)
        case (.integer, .number(let text)), (.year, .number(let text)), (.euro, .number(let text)):
            guard let number = Int64(text) else {
                problem("MJA344", "'\(path)' moet een geheel getal zijn, niet \(text)", range,
                        hint: type.isEuro ? "schrijf een bedrag met centen als tekst: \"1250,50\"" : nil)
                return nil
            }
            return TOMLValue(.integer(number), range: range)
        case (.euro, .string(let text)):
            return TOMLValue(.string(text), range: range)
        case (.number, .number(let text)):
            if let number = Int64(text) { return TOMLValue(.integer(number), range: range) }
            // A float must read back as the same decimal, or digits would be lost without a word.
            guard let double = Double(text), double.isFinite,
                Decimal(pointNotation: "\(double)") == Decimal(pointNotation: text)
            else {
                problem("MJA344", "'\(path)' = \(text) heeft meer cijfers dan een agenda kan bewaren (zo'n 15 significante cijfers)", range)
                return nil
            }
            return TOMLValue(.float(double), range: range)
        case (.list(let element), .array(let elements)):
            var converted: [TOMLValue] = []
            for (index, item) in elements.enumerated() {
                if let value = self.value(item, element, path: "\(path)[\(index + 1)]") { converted.append(value) }
            }
            return TOMLValue(.array(converted), range: range)
        case (.table(let schema), _):
            return table(value, schema, path: path).map { TOMLValue(.table($0), range: range) }
        case (.tableList(let schema), .array(let elements)):
            var converted: [TOMLValue] = []
            for (index, item) in elements.enumerated() {
                if let table = table(item, schema, path: "\(path)[\(index + 1)]") { converted.append(TOMLValue(.table(table), range: item.range)) }
            }
            return TOMLValue(.array(converted), range: range)
        case (.text, _), (.markdown, _), (.identifier, _), (.reference, _), (.choice, _): return wrong("tekst")
        case (.boolean, _): return wrong("true of false")
        case (.date, _): return wrong("een datum als tekst (\"2026-03-01\")")
        case (.integer, _), (.year, _): return wrong("een geheel getal")
        case (.euro, _): return wrong("een bedrag (een geheel getal, of tekst met centen: \"1250,50\")")
        case (.number, _): return wrong("een getal")
        case (.list, _): return wrong("een lijst ([ ... ])")
        case (.tableList, _): return wrong("een lijst van objecten ([ { ... } ])")
        }
    }

    /// `2026-03-01` as a date that exists; nil for anything else.
    static func date(_ text: String) -> LocalDate? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            (1...12).contains(month), GregorianCalendar.isValid(year: year, month: month, day: day)
        else { return nil }
        return LocalDate(year: year, month: month, day: day)
    }

    /// What a JSON value is, in Dutch, for a message.
    static func describe(_ value: JSONValue) -> String {
        switch value.kind {
        case .null: "null"
        case .boolean(let flag): flag ? "true" : "false"
        case .number(let text): "het getal \(text)"
        case .string(let text): "de tekst \"\(text.count > 40 ? String(text.prefix(40)) + "…" : text)\""
        case .array: "een lijst"
        case .object: "een object"
        }
    }
}

extension FieldType {
    fileprivate var isEuro: Bool { if case .euro = self { true } else { false } }
}
