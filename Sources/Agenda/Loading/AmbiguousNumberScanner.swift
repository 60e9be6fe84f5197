import Diagnostics
import TOML

/// Finds every number field (``FieldType/number``) written as an ``AmbiguousNumber`` whose unit does
/// not make the decimal plausible. TOML has already read `1.500` as 1.5, so the scanner looks at the
/// value's source text, through the range the TOML value carries; it follows the schema, so every
/// number field of the format is covered, in whatever table it stands.
enum AmbiguousNumberScanner {
    /// The key of a table's unit; a table without one takes the unit of the table around it (a
    /// measurement is in its result's unit).
    static let unitKey = "eenheid"

    /// Every ambiguous number in `table` (read against `schema`), located in `source`.
    static func scan(_ table: TOMLTable, schema: TableSchema, source: SourceText?) -> [(LoadProblem, SourceRange)] {
        guard let source else { return [] }
        var problems: [(LoadProblem, SourceRange)] = []
        scan(table, schema: schema, unit: nil, source: source, into: &problems)
        return problems
    }

    private static func scan(
        _ table: TOMLTable, schema: TableSchema, unit: String?, source: SourceText, into problems: inout [(LoadProblem, SourceRange)]
    ) {
        var unit = unit
        if case .string(let text)? = table[unitKey]?.kind { unit = text }
        for entry in table.entries {
            guard let field = schema.field(entry.key) else { continue }
            switch (field.type, entry.value.kind) {
            case (.number, .float):
                guard let written = text(of: entry.value.range, in: source), let number = AmbiguousNumber(written: written),
                    !number.decimalIsPlausible(unit: unit)
                else { continue }
                problems.append((.ambiguousNumber(key: entry.key, written: written, unit: unit), entry.value.range))
            case (.table(let inner), .table(let nested)):
                scan(nested, schema: inner, unit: unit, source: source, into: &problems)
            case (.tableList(let inner), .array(let elements)):
                for element in elements {
                    if case .table(let nested) = element.kind { scan(nested, schema: inner, unit: unit, source: source, into: &problems) }
                }
            default:
                continue
            }
        }
    }

    /// The text of `range` as written, when it lies on one line (a number always does).
    static func text(of range: SourceRange, in source: SourceText) -> String? {
        guard range.start.line == range.end.line, let line = source.line(range.start.line) else { return nil }
        let scalars = Array(line.unicodeScalars)
        guard range.start.column >= 1, range.start.column < range.end.column, range.end.column - 1 <= scalars.count else { return nil }
        return String(String.UnicodeScalarView(scalars[(range.start.column - 1)..<(range.end.column - 1)]))
    }
}
