import Diagnostics

/// Where something was defined: the file, the range of its definition (a table header), and the
/// range of each of its values by key, so a check can point at the exact value it is about.
public struct Origin: Sendable, Hashable, Codable {
    public var file: String
    public var range: SourceRange
    /// The ranges by key, kept compactly (see `OriginFields`).
    private var packed: OriginFields

    /// The range of each value of the table, by key.
    public var fields: [String: SourceRange] {
        get { packed.dictionary }
        set { packed = OriginFields(newValue.map { ($0.key, $0.value) }) }
    }

    public init(file: String, range: SourceRange, fields: [String: SourceRange] = [:]) {
        self.file = file
        self.range = range
        self.packed = OriginFields(fields.map { ($0.key, $0.value) })
    }

    /// An origin with the ranges of `fields` in the order written; of a key written twice, the first.
    init(file: String, range: SourceRange, fieldsInOrder fields: [(key: String, range: SourceRange)]) {
        self.file = file
        self.range = range
        self.packed = OriginFields(fields)
    }

    /// Where the value of `key` is written, or the definition itself when it is absent.
    public func range(of key: String) -> SourceRange { packed[key] ?? range }

    /// Whether the table has a value for `key`.
    public func hasField(_ key: String) -> Bool { packed[key] != nil }

    /// Lets go of the range of each value, keeping the file and the definition's range: afterwards
    /// `range(of:)` gives the definition for every key and `hasField` is false. For a run whose
    /// checks are done (a build points at no value once they have run; see
    /// `Workspace.dropFieldRanges()`).
    public mutating func dropFieldRanges() {
        packed = OriginFields([])
    }

    private enum CodingKeys: String, CodingKey { case file, range, fields }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(file: container.decode(String.self, forKey: .file), range: container.decode(SourceRange.self, forKey: .range),
                      fields: container.decode([String: SourceRange].self, forKey: .fields))
    }

    /// The same form as before the ranges were kept compactly: `fields` as an object by key.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(file, forKey: .file)
        try container.encode(range, forKey: .range)
        try container.encode(fields, forKey: .fields)
    }
}
