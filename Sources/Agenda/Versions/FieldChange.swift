/// One field whose value differs between two versions: its name as the file writes it (`titel`,
/// `trekker`, `begroting 2027 · Rijk`), and the old and new value as a reader reads them (names for
/// ids, Dutch notation for amounts and dates). A value that is not set is nil.
public struct FieldChange: Sendable, Hashable, Codable {
    /// The field, in Dutch.
    public var field: String
    /// The value in the old version, nil when it was not set.
    public var old: String?
    /// The value in the new version, nil when it is no longer set.
    public var new: String?
    /// For an amount: the new minus the old, exact to the cent.
    public var difference: Euro?
    /// For prose (Markdown text): the sentences that changed; the whole text is not repeated.
    public var sentences: [SentenceChange]?
    /// Where the new value is written, when the field has a place of its own (the agenda's fields).
    public var location: ChangeLocation?

    public init(field: String, old: String?, new: String?, difference: Euro? = nil, sentences: [SentenceChange]? = nil) {
        self.field = field
        self.old = old
        self.new = new
        self.difference = difference
        self.sentences = sentences
    }

    /// Whether this is prose shown by sentence.
    public var isProse: Bool { sentences != nil }
}

/// A sentence of a prose field that changed: removed (only `old`), added (only `new`), or rewritten
/// (both: the new sentence stands where the old one stood).
public struct SentenceChange: Sendable, Hashable, Codable {
    public var old: String?
    public var new: String?

    public init(old: String?, new: String?) {
        self.old = old
        self.new = new
    }
}

extension Euro {
    /// The amount with its sign always written, for a difference: `+€ 749,50`, `-€ 200.000`.
    public var signedNotation: String {
        (cents < 0 ? "-" : "+") + Euro(cents: cents < 0 ? -cents : cents).dutchNotation
    }

    /// ``signedNotation`` with a no-break space after the €, for documents: `+€\u{A0}749,50`.
    public var printedSignedNotation: String {
        (cents < 0 ? "-" : "+") + Euro(cents: cents < 0 ? -cents : cents).printedNotation
    }
}
