// Literal conformances, so contexts read like the data they hold.

extension MustacheValue: ExpressibleByNilLiteral {
    /// `nil` is ``null``.
    public init(nilLiteral: ()) { self = .null }
}

extension MustacheValue: ExpressibleByBooleanLiteral {
    /// `true` and `false` are ``bool(_:)``.
    public init(booleanLiteral value: Bool) { self = .bool(value) }
}

extension MustacheValue: ExpressibleByIntegerLiteral {
    /// A whole-number literal is ``int(_:)``.
    public init(integerLiteral value: Int) { self = .int(value) }
}

extension MustacheValue: ExpressibleByFloatLiteral {
    /// A floating-point literal is ``double(_:)``.
    public init(floatLiteral value: Double) { self = .double(value) }
}

extension MustacheValue: ExpressibleByStringLiteral, ExpressibleByStringInterpolation {
    /// A string literal, also with interpolations, is ``string(_:)``.
    public init(stringLiteral value: String) { self = .string(value) }
}

extension MustacheValue: ExpressibleByArrayLiteral {
    /// An array literal is ``array(_:)``.
    public init(arrayLiteral elements: MustacheValue...) { self = .array(elements) }
}

extension MustacheValue: ExpressibleByDictionaryLiteral {
    /// A dictionary literal is ``dictionary(_:)``; a repeated key keeps its last value.
    public init(dictionaryLiteral elements: (String, MustacheValue)...) {
        // Room for every entry at once: merging the pairs into an empty dictionary grew it (and
        // hashed every key again) at each power of two, for every context value of every document.
        var entries = [String: MustacheValue](minimumCapacity: elements.count)
        for (key, value) in elements { entries[key] = value }
        self = .dictionary(entries)
    }
}

extension MustacheValue {
    /// Wraps an optional string: nil becomes ``null``, so `{{#name}}` skips it.
    public init(_ value: String?) { self = value.map { .string($0) } ?? .null }

    /// Wraps a list of strings.
    public init(_ values: [String]) { self = .array(values.map { .string($0) }) }

    /// Wraps a list of values.
    public init(_ values: [MustacheValue]) { self = .array(values) }
}
