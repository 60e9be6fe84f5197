/// Draws a figure's geometry, given in the units of its SVG drawing (y down, origin top left), as
/// PDF operators at a place on the page and a scale: rectangles, lines, paths and text, the text
/// anchored at its start, middle or end with Helvetica's real widths.
///
/// It writes into a ``PDFOutput``, so it cannot be copied; a map is thousands of numbers.
struct PDFFigurePainter: ~Copyable {
    /// Where the drawing's (0, 0) lands, in top-based page points, and points per unit.
    let originX: Double, originY: Double, scale: Double
    private var output = PDFOutput(capacity: 4096)
    /// The operators drawn.
    var operators: [UInt8] { output.bytes() }
    /// The characters its text shows (see ``PDFCanvas/fonts``).
    private(set) var fonts = PDFFontEmbedding()

    init(originX: Double, originY: Double, scale: Double) {
        self.originX = originX
        self.originY = originY
        self.scale = scale
    }

    func x(_ value: Double) -> String { PDFText.number(originX + value * scale) }
    func y(_ value: Double) -> String { PDFText.number(PDFPageStyle.pageHeight - (originY + value * scale)) }
    func length(_ value: Double) -> String { PDFText.number(value * scale) }

    private mutating func write(_ text: String) { output.pdf(string: text) }

    /// Appends the page x of drawing x `value`, and a space.
    private mutating func px(_ value: Double) { output.pdf(originX + value * scale) }
    private mutating func py(_ value: Double) { output.pdf(PDFPageStyle.pageHeight - (originY + value * scale)) }
    private mutating func pl(_ value: Double) { output.pdf(value * scale) }

    mutating func rect(x: Double, y top: Double, width: Double, height: Double, fill: PDFFill, strokeWidth: Double = 0.8) {
        output.pdf(string: fill.operators)
        output.pdf(" 0 0 0 RG [] 0 d ")  // solid, whatever the grid line before was
        pl(strokeWidth)
        output.pdf("w ")
        px(x)
        py(top + height)
        pl(width)
        pl(height)
        output.pdf("re B\n")
    }

    mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, dashed: Bool = false, grey: Bool = false) {
        write("\(grey ? "0.6 0.6 0.6" : "0 0 0") RG ")
        pl(dashed ? 0.6 : 1)
        output.pdf("w ")
        if dashed {
            output.pdf("[")
            pl(3)
            pl(3)
            output.removeLast()  // the space after the last number
            output.pdf("] 0 d ")
        } else {
            output.pdf("[] 0 d ")
        }
        px(x1)
        py(y1)
        output.pdf("m ")
        px(x2)
        py(y2)
        output.pdf("l S\n")
    }

    enum Anchor { case start, middle, end }

    /// Text with its baseline at `y`; `halo` draws a white outline first, so it reads on any fill.
    mutating func text(_ content: String, x: Double, y baseline: Double, anchor: Anchor = .start, size: Double = 12, bold: Bool = false, halo: Double = 0) {
        let bytes = PDFText.winAnsi(content)
        guard !bytes.isEmpty else { return }
        let font: PDFFont = bold ? .bold : .regular
        fonts.note(bytes, font: font)
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
            output.appendCodes(bytes)
            write(" Tj 0 Tr ET\n")
        }
        write("BT 0 0 0 rg \(position)")
        output.appendCodes(bytes)
        write(" Tj ET\n")
    }

    /// Closed rings filled with the even-odd rule and outlined; points already in drawing units.
    mutating func rings(_ rings: [[(Double, Double)]], fill: PDFFill, strokeWidth: Double) {
        guard rings.contains(where: { !$0.isEmpty }) else { return }
        output.pdf(string: fill.operators)
        output.pdf(" 0 0 0 RG [] 0 d ")
        pl(strokeWidth)
        output.pdf("w 1 j\n")
        for ring in rings where !ring.isEmpty {
            for (index, point) in ring.enumerated() {
                px(point.0)
                py(point.1)
                output.pdf(index == 0 ? "m\n" : "l\n")
            }
            output.pdf("h\n")
        }
        output.pdf("B*\n")
    }

    /// An open line through `points` in `color` (PDF `r g b`), `width` wide, solid or dashed.
    mutating func polyline(_ points: [(Double, Double)], color: String, width: Double, dashed: Bool) {
        guard points.count > 1 else { return }
        output.pdf(string: color)
        output.pdf(" RG ")
        pl(width)
        output.pdf("w 1 j 1 J ")
        if dashed {
            output.pdf("[")
            pl(6)
            pl(4)
            output.removeLast()
            output.pdf("] 0 d\n")
        } else {
            output.pdf("[] 0 d\n")
        }
        for (index, point) in points.enumerated() {
            px(point.0)
            py(point.1)
            output.pdf(index == 0 ? "m\n" : "l\n")
        }
        output.pdf("S\n")
    }

    /// A filled circle of `radius` around (`x`, `y`) in `color` (PDF `r g b`): four Bézier arcs.
    mutating func circle(x: Double, y: Double, radius: Double, color: String) {
        let k = radius * 0.5523  // the control distance that makes a quarter circle
        output.pdf(string: color)
        output.pdf(" rg\n")
        px(x + radius); py(y); output.pdf("m\n")
        for (c1, c2, end) in [
            ((x + radius, y + k), (x + k, y + radius), (x, y + radius)),
            ((x - k, y + radius), (x - radius, y + k), (x - radius, y)),
            ((x - radius, y - k), (x - k, y - radius), (x, y - radius)),
            ((x + k, y - radius), (x + radius, y - k), (x + radius, y)),
        ] {
            px(c1.0); py(c1.1); px(c2.0); py(c2.1); px(end.0); py(end.1)
            output.pdf("c\n")
        }
        output.pdf("f\n")
    }
}
