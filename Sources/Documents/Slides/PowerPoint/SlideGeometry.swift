/// Where things stand on a PowerPoint slide and how large the type is, in EMU (914 400 per inch)
/// and hundredths of a point. The slide is 16:9 (33.867 × 19.05 cm). The sizes follow the HTML
/// deck, whose 34 px body text on a 1920 px wide slide is 17 pt on this slide: body text 20 pt
/// (16 lines of 20 pt fill the content area, about 90 characters fit a line), titles 32 pt, tables 18 pt, so
/// the ``SlideBudget`` that cuts the HTML deck cuts this one too.
enum SlideGeometry {
    static let slideWidth: Int64 = 12_192_000
    static let slideHeight: Int64 = 6_858_000
    /// The margin left and right.
    static let margin: Int64 = 457_200
    static let contentWidth: Int64 = slideWidth - 2 * margin
    /// The title placeholder: one line of 32 pt, two when long.
    static let titleTop: Int64 = 228_600
    static let titleHeight: Int64 = 1_005_840
    /// The rule under the title (a line on the master, so a house style can change or drop it).
    static let ruleTop: Int64 = 1_261_872
    /// The area below the title that the content fills.
    static let contentTop: Int64 = 1_371_600
    static let contentHeight: Int64 = 4_754_880
    /// The footer line: the deck's title left, the slide number right.
    static let footerTop: Int64 = 6_217_920
    static let footerHeight: Int64 = 411_480
    static let numberWidth: Int64 = 1_828_800

    /// One line of body text with its spacing: the budget's unit. 16 lines fill the content area.
    static let lineHeight: Int64 = contentHeight / 16
    /// One line of table text (18 pt) with the cell's margins.
    static let tableLineHeight: Int64 = 365_760
    /// How many characters of table text (18 pt) fit across the content width, with a margin
    /// for bold headers and wide letters.
    static let tableCharactersPerLine = 90

    /// Type sizes in hundredths of a point.
    static let titleSize = 3200
    static let coverTitleSize = 4400
    static let bodySize = 2000
    static let subheadingSize = 2200
    static let tableSize = 1800
    static let codeSize = 1400
    static let footerSize = 1200
    static let chartTextSize = 1400
    static let chartTitleSize = 1800
}
