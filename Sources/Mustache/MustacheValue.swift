/// A value a template is rendered with: the context of `{{name}}` and `{{#section}}` tags.
///
/// Build contexts with literals:
///
///     let context: MustacheValue = [
///         "titel": "Regionale agenda",
///         "jaar": 2025,
///         "acties": [["naam": "Scholing"], ["naam": "Matching"]],
///     ]
///
/// How a value behaves in a template:
/// - In `{{name}}` it is written as ``text``: `null` is empty, numbers are written without
///   a needless `.0` (`1.21`, `85`, `3`), lists are joined with `", "`, dictionaries are empty.
/// - In `{{#name}}` a value is *falsey* (the section is skipped) when it is `null`, `false`, an
///   empty list or an empty string; a list renders the section once per item; any other value
///   renders the section once with that value on top of the context stack. Numbers, including `0`,
///   are never falsey.
/// - ``embedded(_:)`` stands for something the caller puts in place itself, after rendering: see
///   ``Segment``.
public enum MustacheValue: Sendable, Hashable {
    /// No value; renders as the empty string and is falsey.
    case null
    /// `true` or `false`; `false` is falsey.
    case bool(Bool)
    /// A whole number, written in decimal.
    case int(Int)
    /// A floating-point number, written in its shortest exact form (`1.21`, not `1.2100000000000002`).
    case double(Double)
    /// Text; the empty string is falsey.
    case string(String)
    /// A list; a section over it renders once per item, an empty list is falsey.
    case array([MustacheValue])
    /// Named values, looked up by `{{name}}` and `{{name.part}}`.
    case dictionary([String: MustacheValue])
    /// Something the caller puts in place itself, known by a number the caller chose: `{{name}}`
    /// renders it as ``Segment/embedded(_:)`` (and as nothing in plain text, unescaped and
    /// unchanged by any escaping); a section over it renders once.
    case embedded(Int)
}

extension MustacheValue {
    /// Whether a section over this value is skipped (and an inverted section rendered).
    public var isFalsey: Bool {
        switch self {
        case .null: true
        case .bool(let value): !value
        case .string(let value): value.isEmpty
        case .array(let items): items.isEmpty
        case .int, .double, .dictionary, .embedded: false
        }
    }

    /// The value as `{{name}}` writes it, before escaping.
    public var text: String {
        switch self {
        case .null: ""
        case .bool(let value): value ? "true" : "false"
        case .int(let value): String(value)
        case .double(let value): Self.format(value)
        case .string(let value): value
        case .array(let items): items.map(\.text).joined(separator: ", ")
        case .dictionary, .embedded: ""
        }
    }

    /// The value for `key` when this is a dictionary that has the key; nil otherwise.
    public subscript(key: String) -> MustacheValue? {
        if case .dictionary(let entries) = self { return entries[key] }
        return nil
    }

    /// Writes whole numbers without a fraction and all others in Swift's shortest round-trip form.
    static func format(_ value: Double) -> String {
        // Converting to an integer truncates (no libm needed); equal means the value was whole.
        if abs(value) < 1e15, Double(Int64(value)) == value { return String(Int64(value)) }
        return String(value)
    }
}
