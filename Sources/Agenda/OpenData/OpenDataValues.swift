import Documents
import FoundationEssentials

/// How the open data write a value in a cell: numbers with a decimal point, dates as ISO dates,
/// amounts as whole cents and as euros with two decimals, lists of ids joined by `;`.
enum OpenDataValues {
    /// The separator of a list of ids in one cell (ids never hold it).
    static let listSeparator = ";"

    static func text(_ value: String?) -> CSVWriter.Cell {
        guard let value, !value.isEmpty else { return .empty }
        return .text(value)
    }

    static func id(_ value: String?) -> CSVWriter.Cell {
        guard let value, !value.isEmpty else { return .empty }
        return .value(value)
    }

    static func ids(_ references: [Reference]) -> CSVWriter.Cell {
        references.isEmpty ? .empty : .value(references.map(\.id).joined(separator: listSeparator))
    }

    static func integer<Number: BinaryInteger>(_ value: Number?) -> CSVWriter.Cell {
        value.map { .value("\($0)") } ?? .empty
    }

    static func number(_ value: Decimal?) -> CSVWriter.Cell {
        // Decimal's description is plain decimal notation with a point: "12.5", "-3", "0.125".
        value.map { .value($0.description) } ?? .empty
    }

    static func date(_ value: CalendarDate?) -> CSVWriter.Cell {
        value.map { .value($0.description) } ?? .empty
    }

    static func boolean(_ value: Bool) -> CSVWriter.Cell { .value(value ? "true" : "false") }

    static func cents(_ amount: Euro) -> CSVWriter.Cell { .value("\(amount.cents)") }

    /// Euros with exactly two decimals and a point: `1250.50`, `-0.05`.
    static func euros(_ amount: Euro) -> CSVWriter.Cell {
        let magnitude = amount.cents.magnitude
        let cents = magnitude % 100
        return .value((amount.cents < 0 ? "-" : "") + "\(magnitude / 100)." + (cents < 10 ? "0" : "") + "\(cents)")
    }
}
