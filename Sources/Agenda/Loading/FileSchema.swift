/// A description of a TOML file format: which keys a table may hold, of which type, which are
/// required. One description serves three purposes, so they cannot drift apart: checking a file
/// (unknown keys, wrong types, missing fields, values outside an enumeration), the JSON Schema that
/// editors use for completion (`mja schema`), and the documentation of the format.
public struct TableSchema: Sendable {
    /// How the table is named in messages, as the user writes it: `thema`, `thema.actie`.
    public var name: String
    public var fields: [FieldSchema]
    /// Free keys the table allows besides its fields, such as the years of
    /// `plafond = { 2026 = 400000 }`.
    public var keyPattern: KeyPattern?

    /// A rule for free keys.
    public enum KeyPattern: Sendable {
        /// Calendar years as keys, each with a value of the given type.
        case years(FieldType)
    }

    public init(name: String, fields: [FieldSchema], keyPattern: KeyPattern? = nil) {
        self.name = name
        self.fields = fields
        self.keyPattern = keyPattern
    }

    /// The field named `key`, or nil.
    public func field(_ key: String) -> FieldSchema? { fields.first { $0.name == key } }
}

/// One key of a table.
public struct FieldSchema: Sendable {
    public var name: String
    public var type: FieldType
    public var isRequired: Bool
    /// What the field means, in Dutch, for the JSON Schema and the format's documentation.
    public var summary: String

    public init(_ name: String, _ type: FieldType, required: Bool = false, _ summary: String) {
        self.name = name
        self.type = type
        self.isRequired = required
        self.summary = summary
    }
}

/// The type of a value in a file.
public indirect enum FieldType: Sendable {
    /// One line of text.
    case text
    /// Prose in Markdown, often a multi-line string.
    case markdown
    /// An id: lower-case letters, digits and hyphens, starting with a letter or digit.
    case identifier
    case integer(ClosedRange<Int64>)
    case boolean
    /// A local date, `2026-03-01`.
    case date
    /// A calendar year.
    case year
    /// A number: an integer or a decimal.
    case number
    /// An amount in euros: a whole number, or text with cents (`"1250,50"`).
    case euro
    /// One of a fixed list of values.
    case choice([String])
    /// An id of something defined elsewhere; resolved after all files are read.
    case reference(ReferenceKind)
    case list(FieldType)
    case table(TableSchema)
    /// An array of tables, written `[[name]]` or as a list of inline tables.
    case tableList(TableSchema)
}

/// What a reference points at.
public enum ReferenceKind: String, Sendable, Hashable, Codable, CaseIterable {
    case organisation
    case organisationKind
    case fundingSource
    case sector
    case targetGroup
    case nationalTheme
    case signal
    /// A region code or `landelijk`.
    case scalingTarget
}
