/// The words the writers add to a document of their own accord, found nowhere in its tree: the page
/// numbers and version of the running heads, the title of the table of contents, the mark of a
/// slide that continues the one before it, the accessible name of a slide. The caller gives them
/// in the document's language (``DocumentMetadata/words``); the defaults are English.
public struct DocumentWords: Sendable, Equatable {
    /// The word before a page number, as in "page 3 of 12".
    public var page: String
    /// The word between a number and the count, as in "page 3 of 12" and "Slide 1 of 3".
    public var of: String
    /// The word before the version in the running footer, as in "version 0.9".
    public var version: String
    /// The title above the table of contents, also its accessible name.
    public var tableOfContents: String
    /// The word in brackets after the title of a slide that holds the rest of the one before it:
    /// "continued" gives "(continued)", then "(continued 2)".
    public var continued: String
    /// The word before a slide's number in its accessible name, as in "Slide 1 of 3".
    public var slide: String
    /// The accessible name of a table's scroll box: "Table", "Table: caption".
    public var table: String
    /// The accessible name of a table without a caption, before its column headings.
    public var tableWithColumns: String
    /// What a small screen shows above a table that scrolls sideways (an arrow follows it).
    public var scrollHint: String
    /// What a PDF link's description starts with, as in "Go to Goals".
    public var goTo: String
    /// A PDF link to another file: "the document", as in "Go to the document plan.pdf".
    public var theDocument: String
    /// A PDF link to a heading whose title is unknown.
    public var aHeading: String
    /// The names an Office file gives its own parts (placeholders, layouts, shapes, styles).
    public var office: OfficeWords

    /// Makes the words; English by default.
    public init(
        page: String = "page", of: String = "of", version: String = "version", tableOfContents: String = "Contents",
        continued: String = "continued", slide: String = "Slide", table: String = "Table",
        tableWithColumns: String = "Table with the columns", scrollHint: String = "Scroll the table sideways to see it all",
        goTo: String = "Go to", theDocument: String = "the document", aHeading: String = "a heading in this document",
        office: OfficeWords = OfficeWords()
    ) {
        self.page = page
        self.of = of
        self.version = version
        self.tableOfContents = tableOfContents
        self.continued = continued
        self.slide = slide
        self.table = table
        self.tableWithColumns = tableWithColumns
        self.scrollHint = scrollHint
        self.goTo = goTo
        self.theDocument = theDocument
        self.aHeading = aHeading
        self.office = office
    }
}
