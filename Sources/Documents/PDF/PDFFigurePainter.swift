/// Draws a figure's geometry, given in the units of its SVG drawing (y down, origin top left), as
/// PDF operators at a place on the page and a scale: rectangles, lines, paths and text, the text
/// anchored at its start, middle or end with Helvetica's real widths.
struct PDFFigurePainter {
    /// Where the drawing's (0, 0) lands, in top-based page points, and points per unit.
    let originX: Double, originY: Double, scale: Double
    private(set) var operators: [UInt8] = []

    init(originX: Double, originY: Double, scale: Double) {
        self.originX = originX
        self.originY = originY
        self.scale = scale
    }

    func x(_ value: Double) -> String { PDFText.number(originX + value * scale) }
    func y(_ value: Double) -> String { PDFText.number(PDFPageStyle.pageHeight - (originY + value * scale)) }
    func length(_ value: Double) -> String { PDFText.number(value * scale) }

    private mutating func write(_ text: String) { operators += Array(text.utf8) }

    mutating func rect(x: Double, y top: Double, width: Double, height: Double, fill: PDFFill, strokeWidth: Double = 0.8) {
        write("\(fill.operators) 0 0 0 RG \(length(strokeWidth)) w \(self.x(x)) \(y(top + height)) \(length(width)) \(length(height)) re B\n")
    }

    mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, dashed: Bool = false, grey: Bool = false) {
        let dash = dashed ? "[\(length(3)) \(length(3))] 0 d" : "[] 0 d"
        write("\(grey ? "0.6 0.6 0.6" : "0 0 0") RG \(length(dashed ? 0.6 : 1)) w \(dash) \(x(x1)) \(y(y1)) m \(x(x2)) \(y(y2)) l S\n")
    }

    enum Anchor { case start, middle, end }

    /// Text with its baseline at `y`; `halo` draws a white outline first, so it reads on any fill.
    mutating func text(_ content: String, x: Double, y baseline: Double, anchor: Anchor = .start, size: Double = 12, bold: Bool = false, halo: Double = 0) {
        let bytes = PDFText.winAnsi(content)
        guard !bytes.isEmpty else { return }
        let font: PDFFont = bold ? .bold : .regular
        let points = size * scale
        let width = font.width(bytes, size: points)
        var left = originX + x * scale
        switch anchor {
        case .start: break
        case .middle: left -= width / 2
        case .end: left -= width
        }
        let position = "\(PDFText.number(left)) \(y(baseline)) Td /\(font.resourceName) \(PDFText.number(points)) Tf "
        if halo > 0 {
            write("BT 1 1 1 rg 1 1 1 RG \(length(halo)) w 1 J 1 j 2 Tr \(position)")
            PDFText.appendLiteral(bytes, to: &operators)
            write(" Tj 0 Tr ET\n")
        }
        write("BT 0 0 0 rg \(position)")
        PDFText.appendLiteral(bytes, to: &operators)
        write(" Tj ET\n")
    }

    /// Closed rings filled with the even-odd rule and outlined; points already in drawing units.
    mutating func rings(_ rings: [[(Double, Double)]], fill: PDFFill, strokeWidth: Double) {
        var path = ""
        for ring in rings where !ring.isEmpty {
            for (index, point) in ring.enumerated() {
                path += "\(x(point.0)) \(y(point.1)) \(index == 0 ? "m" : "l")\n"
            }
            path += "h\n"
        }
        guard !path.isEmpty else { return }
        write("\(fill.operators) 0 0 0 RG \(length(strokeWidth)) w 1 j\n")
        write(path)
        write("B*\n")
    }
}
