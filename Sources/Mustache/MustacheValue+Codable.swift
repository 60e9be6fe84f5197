// JSON-shaped values decode into the matching case, so test data and `--format json` contexts
// need no conversion code.

extension MustacheValue: Codable {
    /// Decodes null, booleans, whole numbers (as ``int(_:)``), other numbers, strings, lists and
    /// dictionaries, in that order of preference.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Int.self) {
            self = .int(value)
        } else if let value = try? container.decode(Double.self) {
            self = .double(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([MustacheValue].self) {
            self = .array(value)
        } else {
            self = .dictionary(try container.decode([String: MustacheValue].self))
        }
    }

    /// Encodes the value as the matching JSON-shaped value; ``embedded(_:)`` as `{"embedded": n}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let value): try container.encode(value)
        case .int(let value): try container.encode(value)
        case .double(let value): try container.encode(value)
        case .string(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .dictionary(let value): try container.encode(value)
        // JSON has no place for content the caller puts in itself: its number, as a one-key object.
        case .embedded(let number): try container.encode(["embedded": number])
        }
    }
}
