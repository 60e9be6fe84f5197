import FoundationEssentials
import TOML

extension AgendaEditor {
    /// Sets the number at `path` (removes the key when nil), leaving the text alone when the file
    /// already holds that number, however written (`15.0` for fifteen stays `15.0`).
    public mutating func setNumber(_ value: Decimal?, at path: [TOMLPathComponent]) throws(TOMLEditError) {
        if let value, let current = FieldReading.number(of: AgendaPath.value(at: path, in: root)), current == value { return }
        try set(value.flatMap(FieldReading.writtenNumber), at: path)
    }
}

extension TOMLValue {
    /// A scalar value as the editor would write it again (a row of a table kept as it was written
    /// when its meaning did not change; a float the agenda would read as thousands with a fourth
    /// decimal, `1.1250`); nil for tables and arrays.
    public var editValue: TOMLEditValue? {
        switch kind {
        case .string(let text): .string(text)
        case .integer(let value): .integer(value)
        case .float(let value): FieldReading.writtenFloat(value)
        case .boolean(let value): .boolean(value)
        case .localDate(let date): .localDate(date)
        default: nil
        }
    }
}
