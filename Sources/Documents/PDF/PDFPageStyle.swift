/// The A4 design of a PDF page, the same as the print style of the HTML page (``PrintStyle``):
/// margins of 18 mm at the top, 16 mm at the sides and 20 mm at the bottom; 10 pt text with a line
/// height of 1.4; headings in the accent colour; tables in 8.5 pt; the running heads in 8 pt grey.
enum PDFPageStyle {
    static let millimetre = 72.0 / 25.4
    /// A4 in points.
    static let pageWidth = 595.28, pageHeight = 841.89
    static let top = 18 * millimetre, bottom = pageHeight - 20 * millimetre
    static let left = 16 * millimetre, right = pageWidth - 16 * millimetre
    static var contentWidth: Double { right - left }

    /// Colours as PDF `rg` operands (0 to 1).
    static let text = "0.102 0.102 0.102", accent = "0.082 0.259 0.451", muted = "0.333 0.333 0.333"
    static let line = "0.784 0.784 0.784", band = "0.953 0.961 0.973", headerFill = "0.902 0.902 0.902"

    /// A text style: font size, line height, colour.
    struct TextStyle {
        var size: Double
        var lineHeight: Double
        var font: PDFFont
        var color: String
    }

    static let body = TextStyle(size: 10, lineHeight: 14, font: .regular, color: text)
    static let small = TextStyle(size: 8.5, lineHeight: 11.5, font: .regular, color: muted)
    static let code = TextStyle(size: 9, lineHeight: 12, font: .mono, color: text)

    /// The style of a heading of `level` (1 to 6), and the space above and below it.
    static func heading(_ level: Int) -> (style: TextStyle, above: Double, below: Double) {
        switch level {
        case 1: (TextStyle(size: 20, lineHeight: 25, font: .bold, color: accent), 0, 10)
        case 2: (TextStyle(size: 15, lineHeight: 18.75, font: .bold, color: accent), 18, 7.5)
        case 3: (TextStyle(size: 12, lineHeight: 15, font: .bold, color: accent), 13, 6)
        default: (TextStyle(size: 10, lineHeight: 12.5, font: .bold, color: accent), 10, 5)
        }
    }

    /// The space after a paragraph, list, table or figure (0.75 em).
    static let blockSpace = 7.5
}
