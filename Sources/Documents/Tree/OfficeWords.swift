/// The names an Office file gives its own parts, read where a reader edits the file rather than
/// where it is read: the prompts of empty placeholders, the layouts of a deck, the shapes in
/// PowerPoint's selection pane, the drawings of a Word file and its own styles in the gallery.
/// The caller gives them in the document's language (``DocumentWords/office``); the defaults are English.
public struct OfficeWords: Sendable, Hashable {
    /// The prompt of an empty title placeholder.
    public var titlePrompt: String
    /// The prompt of an empty text placeholder.
    public var textPrompt: String
    /// The prompt of an empty subtitle placeholder.
    public var subtitlePrompt: String
    /// The name of the deck's layout for the cover.
    public var titleSlideLayout: String
    /// The name of the deck's layout with a title and content.
    public var titleAndContentLayout: String
    /// The name of the deck's layout for a section heading or the closing slide.
    public var sectionHeaderLayout: String
    /// The name of the deck's layout with a title only (tables).
    public var titleOnlyLayout: String
    /// The name of a title shape.
    public var title: String
    /// The name of a subtitle shape.
    public var subtitle: String
    /// The name of a text shape.
    public var text: String
    /// The name of a note shape.
    public var note: String
    /// The name of a footer shape.
    public var footer: String
    /// The name of a slide number shape.
    public var slideNumber: String
    /// What a slide number field shows before PowerPoint fills it in.
    public var slideNumberField: String
    /// The name of the rule under a slide's title.
    public var ruleUnderTitle: String
    /// The name of the rule above a slide's footer.
    public var ruleAboveFooter: String
    /// The name of a caption shape.
    public var caption: String
    /// The name of a source line's shape, and of Word's paragraph style for it.
    public var source: String
    /// The name of a legend, followed by a number for its table.
    public var legend: String
    /// The name of a chart, followed by its number.
    public var chart: String
    /// The name of a map, followed by its number.
    public var map: String
    /// The name of Word's paragraph style for the text in tables.
    public var tableTextStyle: String
    /// The name of Word's character style for code.
    public var codeCharacterStyle: String
    /// The name of Word's table style.
    public var tableStyle: String

    /// Makes the names; English by default, as PowerPoint and Word name their own.
    public init(
        titlePrompt: String = "Click to edit the title", textPrompt: String = "Click to edit the text",
        subtitlePrompt: String = "Click to edit the subtitle", titleSlideLayout: String = "Title Slide",
        titleAndContentLayout: String = "Title and Content", sectionHeaderLayout: String = "Section Header or Closing Slide",
        titleOnlyLayout: String = "Title Only", title: String = "Title", subtitle: String = "Subtitle", text: String = "Text",
        note: String = "Note", footer: String = "Footer", slideNumber: String = "Slide Number", slideNumberField: String = "‹#›",
        ruleUnderTitle: String = "Line under title", ruleAboveFooter: String = "Line above footer", caption: String = "Caption",
        source: String = "Source", legend: String = "Legend", chart: String = "Chart", map: String = "Map",
        tableTextStyle: String = "Table Text", codeCharacterStyle: String = "Code Char", tableStyle: String = "mja Table"
    ) {
        self.titlePrompt = titlePrompt
        self.textPrompt = textPrompt
        self.subtitlePrompt = subtitlePrompt
        self.titleSlideLayout = titleSlideLayout
        self.titleAndContentLayout = titleAndContentLayout
        self.sectionHeaderLayout = sectionHeaderLayout
        self.titleOnlyLayout = titleOnlyLayout
        self.title = title
        self.subtitle = subtitle
        self.text = text
        self.note = note
        self.footer = footer
        self.slideNumber = slideNumber
        self.slideNumberField = slideNumberField
        self.ruleUnderTitle = ruleUnderTitle
        self.ruleAboveFooter = ruleAboveFooter
        self.caption = caption
        self.source = source
        self.legend = legend
        self.chart = chart
        self.map = map
        self.tableTextStyle = tableTextStyle
        self.codeCharacterStyle = codeCharacterStyle
        self.tableStyle = tableStyle
    }
}
