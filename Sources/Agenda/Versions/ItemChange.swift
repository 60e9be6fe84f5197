/// A theme, action, result or signal that was added, removed or changed between two versions.
public struct ItemChange: Sendable, Hashable, Codable {
    /// What happened to the item.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case added = "toegevoegd"
        case removed = "verwijderd"
        case changed = "gewijzigd"
    }

    /// What sort of item it is.
    public enum Item: String, Sendable, Hashable, Codable {
        case theme = "thema"
        case action = "actie"
        case result = "resultaat"
        case signal = "signaal"
    }

    public var kind: Kind
    public var item: Item
    /// The id; nil for a result, which has none (results are paired by description, then indicator).
    public var id: String?
    /// The title (the description of a result): the new one, or the old one of a removed item.
    public var title: String
    /// Where the item is written: in the new version, or in the old one for a removed item.
    public var location: ChangeLocation
    /// For a changed item: every field that differs. For an added or removed one: empty.
    public var fields: [FieldChange]
    /// For a theme: its actions and results that changed.
    public var children: [ItemChange]
    /// For an added or removed item that may be the same as a removed or added one under another
    /// id: which one, and why.
    public var hint: String?
    /// For a theme in both versions: the criteria whose verdict changed.
    public var verdicts: [VerdictChange] = []

    public init(kind: Kind, item: Item, id: String?, title: String, location: ChangeLocation, fields: [FieldChange] = [],
                children: [ItemChange] = [], hint: String? = nil) {
        self.kind = kind
        self.item = item
        self.id = id
        self.title = title
        self.location = location
        self.fields = fields
        self.children = children
        self.hint = hint
    }
}

/// Where a change is written: the file of the version (as the user named it, or `REVISIE:pad`),
/// and the line and column (1-based, columns in characters) of the item's table.
public struct ChangeLocation: Sendable, Hashable, Codable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var column: Int?

    public init(file: String, line: Int? = nil, column: Int? = nil) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:column`, or the file alone.
    public var description: String {
        guard let line else { return file }
        return "\(file):\(line):\(column ?? 1)"
    }
}

/// A criterion whose verdict on a theme differs between the two versions.
public struct VerdictChange: Sendable, Hashable, Codable {
    public var themeID: String
    public var criterion: Criterion
    public var old: Verdict
    public var new: Verdict

    public init(themeID: String, criterion: Criterion, old: Verdict, new: Verdict) {
        self.themeID = themeID
        self.criterion = criterion
        self.old = old
        self.new = new
    }
}
