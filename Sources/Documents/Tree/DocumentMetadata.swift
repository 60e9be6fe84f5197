/// What a document is, apart from its content: for the cover, running headers and footers, and
/// the properties a file carries (title, subject, keywords, language). Never a clock time: a
/// document made twice from the same input is the same.
public struct DocumentMetadata: Sendable, Equatable {
    /// The title, such as "Regionale Meerjarenagenda Twente: beleidsdeel 2026-2030".
    public var title: String
    /// What kind of document, such as "Regionale Meerjarenagenda" or "Signalenrapport".
    public var kind: String
    /// The part, such as "Beleidsdeel 2026-2030"; empty when the document has no parts.
    public var part: String
    /// The region's name (never its code), or the national body; empty when none applies.
    public var region: String
    /// The version as written, such as "0.9"; empty when unknown.
    public var version: String
    /// The status as written, such as "concept" or "vastgesteld"; empty when unknown.
    public var status: String
    /// The date that goes with the status (adopted on, or the reference date), in Dutch notation;
    /// empty when there is none.
    public var date: String
    /// Words a reader may search for (region, period, kind).
    public var keywords: [String]
    /// The language as a BCP 47 tag: `nl` by default.
    public var language: String
    /// The words the writers add (page numbers, the table of contents' title, ...), in `language`.
    public var words: DocumentWords

    /// Makes metadata; only the title is required.
    public init(
        title: String, kind: String = "", part: String = "", region: String = "", version: String = "",
        status: String = "", date: String = "", keywords: [String] = [], language: String = "nl",
        words: DocumentWords = DocumentWords()
    ) {
        self.title = title
        self.kind = kind
        self.part = part
        self.region = region
        self.version = version
        self.status = status
        self.date = date
        self.keywords = keywords
        self.language = language
        self.words = words
    }
}
