import Foundation

/// The warning sign ⚠ (U+26A0, "onvoldoende onderbouwd" in the verdicts), which neither WinAnsi
/// Helvetica nor ZapfDingbats has: drawn as a small triangle with an exclamation mark, one glyph
/// wide, in the colour of its text, as the HTML shows it.
///
/// Between the layout and the content stream the sign is the WinAnsi code 129 (``code``), which
/// has no character and is never produced from text, with a width of its own in every Helvetica
/// face (``units``), so lines are broken and aligned with the sign's real width. In the content
/// stream the sign is an invisible `!` (text render mode 3), stretched to the sign's width, so
/// copied, searched and read-aloud text has a `!` there; the triangle is drawn over that place
/// after the text object. (A nested `/Span <</ActualText …>>` marked-content sequence would give
/// ⚠ itself, but poppler ends the paragraph's structure text at its `EMC`, so it is not used.)
enum PDFWarningSign {
    /// The byte that stands for ⚠ in the spans of a line.
    static let code: UInt8 = 0x81
    /// Its width in 1/1000 of the font size: about that of ⚠ in DejaVu Sans (0.9 em).
    static let units = 900

    /// Whether any span of a line holds the sign.
    static func occurs(in spans: [PDFSpan]) -> Bool {
        for span in spans where span.font != .dingbats && !span.bytes.isEmpty {
            let found = span.bytes.withUnsafeBufferPointer { memchr($0.baseAddress!, Int32(code), $0.count) != nil }
            if found { return true }
        }
        return false
    }

    /// The text operators of a line that holds the sign, as ``PDFCanvas/appendTextOperators`` writes
    /// a line, with each sign as its invisible `!` and, after the text, its triangle.
    static func appendTextOperators(_ spans: [PDFSpan], x: Double, baseline y: Double, size: Double, color: String, to output: inout [UInt8]) {
        output.pdf("BT ")
        output.pdf(x)
        output.pdf(PDFCanvas.pdfY(y))
        output.pdf("Td")
        var font: PDFFont?
        var currentColor = ""
        var advance = 0  // units of the text before the current piece
        var signs: [(offset: Int, color: String)] = []
        for span in spans where !span.bytes.isEmpty {
            let spanColor = PDFCanvas.appendStyle(of: span, color: color, size: size, currentColor: &currentColor, currentFont: &font, to: &output)
            var start = 0
            let bytes = span.bytes
            for index in 0...bytes.count where index == bytes.count || (bytes[index] == code && span.font != .dingbats) {
                if index > start {
                    output.append(0x20)
                    PDFText.appendLiteral(bytes[start..<index], to: &output)
                    output.pdf(" Tj")
                    advance += bytes[start..<index].withUnsafeBufferPointer { span.font.units($0) }
                }
                if index < bytes.count {
                    // An invisible "!" stretched to the sign's width.
                    let stretch = Double(units) / Double(span.font.units(UInt8(ascii: "!"))) * 100
                    output.pdf(" 3 Tr ")
                    output.pdf(stretch)
                    output.pdf("Tz (!) Tj 100 Tz 0 Tr")
                    signs.append((advance, spanColor))
                    advance += units
                }
                start = index + 1
            }
        }
        output.pdf(" ET\n")
        for sign in signs {
            appendTriangle(left: x + Double(sign.offset) * size / 1000, baseline: PDFCanvas.pdfY(y), size: size, color: sign.color, to: &output)
        }
    }

    /// The drawn sign: the outline of a triangle standing on the baseline, and an exclamation mark
    /// (a bar and a dot) in it, in `color`, in a glyph box `size` high starting at `left`.
    static func appendTriangle(left: Double, baseline: Double, size: Double, color: String, to output: inout [UInt8]) {
        let middle = left + 0.45 * size
        output.pdf("q ")
        output.pdf(string: color)
        output.pdf(" rg ")
        output.pdf(string: color)
        output.pdf(" RG 1 j ")
        output.pdf(0.08 * size)
        output.pdf("w ")
        output.pdf(left + 0.06 * size)
        output.pdf(baseline + 0.03 * size)
        output.pdf("m ")
        output.pdf(left + 0.84 * size)
        output.pdf(baseline + 0.03 * size)
        output.pdf("l ")
        output.pdf(middle)
        output.pdf(baseline + 0.74 * size)
        output.pdf("l h S ")
        output.pdf(middle - 0.045 * size)
        output.pdf(baseline + 0.27 * size)
        output.pdf(0.09 * size)
        output.pdf(0.28 * size)
        output.pdf("re ")
        output.pdf(middle - 0.05 * size)
        output.pdf(baseline + 0.12 * size)
        output.pdf(0.1 * size)
        output.pdf(0.1 * size)
        output.pdf("re f Q\n")
    }
}
