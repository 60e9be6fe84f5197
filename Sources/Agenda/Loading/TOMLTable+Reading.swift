import Diagnostics
import FoundationEssentials
import TOML

/// Lenient accessors for building the model after `SchemaValidator` has reported every problem:
/// a value of the wrong type reads as absent, since it has already been reported.
extension TOMLTable {
    func text(_ key: String) -> String? {
        if case .string(let value)? = self[key]?.kind { value } else { nil }
    }

    func bool(_ key: String) -> Bool? {
        if case .boolean(let value)? = self[key]?.kind { value } else { nil }
    }

    func int(_ key: String) -> Int? {
        if case .integer(let value)? = self[key]?.kind { Int(exactly: value) } else { nil }
    }

    func date(_ key: String) -> CalendarDate? {
        if case .localDate(let date)? = self[key]?.kind {
            CalendarDate(year: date.year, month: date.month, day: date.day)
        } else { nil }
    }

    /// An integer or a float as an exact decimal (a float through its shortest decimal form).
    func number(_ key: String) -> Decimal? {
        switch self[key]?.kind {
        case .integer(let value)?: Decimal(value)
        case .float(let value)? where value.isFinite: Decimal(pointNotation: "\(value)")
        default: nil
        }
    }

    func euro(_ key: String) -> Euro? {
        switch self[key]?.kind {
        case .integer(let value)? where value.magnitude < 1 << 50: Euro(euros: value)
        case .string(let text)?: Euro(parsing: text)
        default: nil
        }
    }

    /// A string value as a reference, keeping where it was written.
    func reference(_ key: String) -> Reference? {
        guard let value = self[key], case .string(let id) = value.kind else { return nil }
        return Reference(id, range: value.range)
    }

    func references(_ key: String) -> [Reference] {
        guard case .array(let elements)? = self[key]?.kind else { return [] }
        // Kept by the model for the whole run (a theme's partners, sectors, target groups, signals).
        return elements.keptCompactMap { element in
            if case .string(let id) = element.kind { Reference(id, range: element.range) } else { nil }
        }
    }

    func texts(_ key: String) -> [String] {
        references(key).map(\.id)
    }

    /// A nested table with where it stands.
    func table(_ key: String) -> (TOMLTable, SourceRange)? {
        guard let value = self[key], case .table(let table) = value.kind else { return nil }
        return (table, value.range)
    }

    /// The elements of an array of tables, each with where it stands.
    func tables(_ key: String) -> [(TOMLTable, SourceRange)] {
        guard case .array(let elements)? = self[key]?.kind else { return [] }
        return elements.compactMap { element in
            if case .table(let table) = element.kind { (table, element.range) } else { nil }
        }
    }

    /// The range of the value of `key`, or of its table when absent.
    func range(of key: String, default fallback: SourceRange) -> SourceRange {
        self[key]?.range ?? fallback
    }
}
