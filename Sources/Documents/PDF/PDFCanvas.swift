/// Where a link goes.
enum PDFLinkTarget: Equatable {
    /// A web address or e-mail link.
    case uri(String)
    /// A heading of this document, by its id.
    case heading(String)
    /// Another PDF of the same build, relative to this one.
    case file(String)
}

/// A laid-out page: its content stream, its link areas, and which structure element each of its
/// marked-content ids belongs to.
struct PDFPage {
    /// The drawing of a closed page (the page being drawn is in the canvas's buffer until then).
    var content: [UInt8] = []
    /// Link rectangles in PDF coordinates (origin bottom left).
    var links: [(rect: [Double], target: PDFLinkTarget, element: Int)] = []
    /// The structure element of each MCID, in MCID order (the page's parent tree entry): four
    /// bytes each, not eight (a long document has as many as it has kids of its structure tree).
    var markedElements: [Int32] = []
    /// Whether running heads are drawn on it (not on the cover).
    var hasRunningHeads = true
    /// Where in `content` the marked content kept by ``PDFCanvas/reserve(for:)`` is filled in, by
    /// ``PDFReservedContent/index``.
    var reservedOffsets: [Int] = []
    /// The finished content stream as it goes into the file (see ``PDFCanvas/seal(_:compress:into:)``):
    /// `content` is then empty, so a long document holds its pages compressed, not as drawn.
    var stream: PDFStreamData?
}

/// A place kept in a page's content for marked content that is known only after layout (a page
/// number of the table of contents).
struct PDFReservedContent {
    let page: Int
    let index: Int
}

/// The pages being drawn and the structure tree being built. Coordinates are in points from the
/// top-left corner of the page (y grows downwards); the canvas turns them into PDF coordinates.
/// Every drawing operation is complete in itself (`BT … ET`, `q … Q`), so marked content can
/// start and end between any two of them.
///
/// What drawing changes is one ``PDFCanvasState``, reached once a call (see there).
final class PDFCanvas {
    private var state = PDFCanvasState()
    /// Called with each page's index when it is closed (by ``newPage()`` or ``finish()``), before
    /// the next starts: a layout that knows its page count and headings finishes and seals the page
    /// there, so no page's drawing is held past its end.
    var closesPage: ((Int) -> Void)?

    var pages: [PDFPage] { state.pages }
    var structure: PDFStructure {
        get { state.structure }
        _modify { yield &state.structure }
    }
    /// Whether closed pages keep their drawing; off, each page's content is dropped when it is
    /// closed (a layout run only to count pages and place headings).
    var keepsContent: Bool { state.keepsContent }
    /// The drawing held in the content of closed, unsealed pages, in bytes.
    var heldContent: Int { state.heldContent }
    /// The most drawing held at once by closed, unsealed pages and the page being drawn, in bytes.
    var mostHeldContent: Int { state.mostHeldContent }
    /// The characters each font shows on these pages, noted as text is drawn: every page drawn
    /// on a canvas that goes into a file is sealed into it, so these are what its font subsets
    /// must hold. Noting them here spares reading every content stream again for its text
    /// operators (``PDFFontEmbedding/collect(_:)``, 81 million instructions of a national build).
    var fonts: PDFFontEmbedding { state.fonts }
    /// The element that what is drawn now belongs to; nil draws artifacts.
    var element: Int? { state.element }

    var pageIndex: Int { state.pageIndex }

    /// The room a closed page's content keeps for the drawing appended after layout (running
    /// heads, a contents page's numbers, see ``appendLater(toPage:element:_:)``), which is mostly
    /// under 1 KiB: an exact-size content was copied whole into a larger array for it, every
    /// page (8 million instructions of a national build).
    static let laterContentRoom = 2048

    // MARK: Structure

    /// Starts an element of `type` inside the current one; what is drawn until ``end(_:)`` is its.
    @discardableResult
    func begin(_ type: PDFStructureType, alt: String? = nil, attributes: String = "") -> Int {
        state.begin(type, alt: alt, attributes: attributes)
    }

    /// Ends element `index`, returning to its parent.
    func end(_ index: Int) {
        state.end(index)
    }

    /// Runs `body` with `index` as the current element (for the label of a list item, drawn when
    /// its body's first line is).
    func within(_ index: Int, _ body: () -> Void) {
        let saved = state.element
        state.element = index
        body()
        state.element = saved
    }

    /// Runs `body` as an artifact: running heads, a repeated table header, decoration.
    func artifact(_ body: () -> Void) {
        state.beginArtifact()
        body()
        state.endArtifact()
    }

    /// `/P <</MCID 3>> BDC` and a line break.
    static func appendMarkedContentStart(type: PDFStructureType, mcid: Int, to output: inout PDFOutput) {
        output.append(UInt8(ascii: "/"))
        output.pdf(string: type.name)
        output.pdf(" <</MCID ")
        output.pdf(integer: mcid)
        output.pdf(">> BDC\n")
    }

    // MARK: Pages

    /// Ends the current page and starts the next.
    func newPage() {
        close()
        state.pages.append(PDFPage())
    }

    /// Ends drawing: closes what is open on the last page.
    func finish() {
        close()
    }

    /// Closes the current page: its marked content, then what ``closesPage`` does with it.
    private func close() {
        // The drawing moves into the page, for what closesPage does with it.
        let index = state.closeDrawing()
        closesPage?(index)
        state.closed(index)
    }

    /// Drops the drawing of every page and of every page from now on: the layout goes on only for
    /// its page count and heading places.
    func dropContent() {
        state.dropContent()
    }

    /// Turns page `index`'s drawing into its content stream as it goes into the file, and drops
    /// the drawing (the characters it shows are in ``fonts`` already).
    func seal(_ index: Int, compress: Bool) {
        let content = state.pages[index].content
        state.pages[index].content = []
        state.pages[index].stream = PDFStreamData(content, compress: compress)
    }

    /// Takes page `index`'s sealed content stream out of the canvas, for the file: it is let go
    /// as soon as it is copied there, not held with every other page's until the file is done.
    func takeStream(_ index: Int) -> PDFStreamData? {
        state.pages[index].stream.take()
    }

    /// Takes the structure tree out of the canvas, leaving an empty one: the file lets it go as
    /// soon as its elements are written.
    func takeStructure() -> PDFStructure {
        var structure = PDFStructure()
        swap(&structure, &state.structure)
        return structure
    }

    /// Keeps room for `pages` pages and a structure tree of `counts` (a second layout of the same
    /// document, see ``PDFStructure/reserveCapacity(like:)``).
    func reserve(pages: Int, structure counts: (elements: Int, kids: Int, extras: Int)) {
        state.pages.reserveCapacity(pages)
        state.structure.reserveCapacity(like: counts)
    }

    /// Marks the current page as the cover: no running heads.
    func markCover() {
        state.pages[state.pageIndex].hasRunningHeads = false
    }

    /// Keeps a place here, as marked content of `element`, for drawing filled in after layout
    /// with ``fill(_:_:)``. The content is then painted where the structure tree reads it, not at
    /// the end of the page (outloud's ORD-001: the contents' page numbers were painted after all
    /// else on the page, out of the order of the tags).
    func reserve(for element: Int) -> PDFReservedContent {
        state.reserve(for: element)
    }

    /// Fills in the place `reserved` with what `body` draws.
    func fill(_ reserved: PDFReservedContent, _ body: (inout [UInt8]) -> Void) {
        precondition(state.openMarked == nil, "fill after finish() only")
        var bytes: [UInt8] = []
        body(&bytes)
        state.fill(reserved, with: bytes)
    }

    /// Appends drawing to page `index` after layout (running heads, page numbers), as an artifact
    /// or, with `element`, as marked content of that element.
    /// Written into one ``PDFOutput`` and appended to the page at once (its content has room for
    /// it, see ``laterContentRoom``): made as arrays, the four running heads of a page were a
    /// dozen arrays grown and copied.
    func appendLater(toPage index: Int, element: Int?, _ body: (inout PDFOutput) -> Void) {
        precondition(state.openMarked == nil, "appendLater after finish() only")
        var bytes = PDFOutput(capacity: 1024)
        if let element {
            state.markLater(page: index, element: element, to: &bytes)
        } else {
            bytes.pdf("/Artifact BMC\n")
        }
        body(&bytes)
        bytes.pdf("EMC\n")
        state.pages[index].content.append(contentsOf: bytes.buffer)
    }

    // MARK: Drawing

    private static func n(_ value: Double) -> String { PDFText.number(value) }

    /// The PDF y of a top-based `y`.
    static func pdfY(_ y: Double) -> Double { PDFPageStyle.pageHeight - y }

    /// A line of spans on one baseline at `y` from `x`; links in the accent colour.
    func text(_ spans: [PDFSpan], x: Double, baseline y: Double, size: Double, color: String) {
        state.text(spans, x: x, baseline: y, size: size, color: color)
    }

    /// The operators of ``text(_:x:baseline:size:color:)``, for drawing added later (``fill(_:_:)``,
    /// ``appendLater(toPage:element:_:)``); the characters are noted as shown.
    func textOperators(_ spans: [PDFSpan], x: Double, baseline y: Double, size: Double, color: String) -> [UInt8] {
        var output = PDFOutput()
        textOperators(spans, x: x, baseline: y, size: size, color: color, to: &output)
        return output.bytes()
    }

    /// Appends the operators of ``text(_:x:baseline:size:color:)`` to `output`, for drawing added
    /// later; the characters are noted as shown.
    func textOperators(_ spans: [PDFSpan], x: Double, baseline y: Double, size: Double, color: String, to output: inout PDFOutput) {
        state.fonts.note(spans)
        Self.appendTextOperators(spans, x: x, baseline: y, size: size, color: color, to: &output)
    }

    /// Appends the operators of ``text(_:x:baseline:size:color:)`` to `output`.
    static func appendTextOperators(_ spans: [PDFSpan], x: Double, baseline y: Double, size: Double, color: String, to output: inout PDFOutput) {
        output.pdf("BT ")
        output.pdf(x)
        output.pdf(pdfY(y))
        output.pdf("Td")
        var font: PDFFont?
        var currentColor = ""
        for span in spans where !span.bytes.isEmpty {
            appendStyle(of: span, color: color, size: size, currentColor: &currentColor, currentFont: &font, to: &output)
            output.append(0x20)
            output.appendCodes(span.bytes)
            output.pdf(" Tj")
        }
        output.pdf(" ET\n")
    }

    /// The colour (`rg`: links in the accent colour) and font (`Tf`) operators for `span`, each only
    /// when it differs from the current one; returns the span's colour.
    @discardableResult
    static func appendStyle(
        of span: PDFSpan, color: String, size: Double, currentColor: inout String, currentFont: inout PDFFont?,
        to output: inout PDFOutput
    ) -> String {
        let spanColor = span.link == nil ? color : PDFPageStyle.accent
        if spanColor != currentColor {
            output.append(0x20)
            output.pdf(string: spanColor)
            output.pdf(" rg")
            currentColor = spanColor
        }
        if span.font != currentFont {
            output.pdf(" /F")  // the font's resource name, F1 to F6
            output.pdf(integer: span.font.rawValue + 1)
            output.append(0x20)
            output.pdf(size)
            output.pdf("Tf")
            currentFont = span.font
        }
        return spanColor
    }

    /// A line of spans turned a quarter to the left, read from bottom to top: its baseline at
    /// `baselineX`, starting at the top-based `bottom`.
    func rotatedText(_ spans: [PDFSpan], baselineX: Double, bottom: Double, size: Double, color: String) {
        state.mark()
        var output = textOperators(spans, x: 0, baseline: PDFPageStyle.pageHeight, size: size, color: color)
        // Replace the start position by a rotating text matrix.
        let start = Array("BT 0 0 Td".utf8)
        if output.starts(with: start) {
            output.replaceSubrange(0..<start.count, with: Array("BT 0 1 -1 0 \(Self.n(baselineX)) \(Self.n(Self.pdfY(bottom))) Tm".utf8))
        }
        state.drawing.append(contentsOf: output)
    }

    /// A filled rectangle (top-based `y`).
    func fill(x: Double, y: Double, width: Double, height: Double, color: String) {
        state.fill(x: x, y: y, width: width, height: height, color: color)
    }

    static func appendFill(x: Double, y: Double, width: Double, height: Double, color: String, to output: inout PDFOutput) {
        output.pdf("q ")
        output.pdf(string: color)
        output.pdf(" rg ")
        output.pdf(x)
        output.pdf(Self.pdfY(y + height))
        output.pdf(width)
        output.pdf(height)
        output.pdf("re f Q\n")
    }

    /// A straight line.
    func line(x1: Double, y1: Double, x2: Double, y2: Double, width: Double, color: String) {
        state.line(x1: x1, y1: y1, x2: x2, y2: y2, width: width, color: color)
    }

    static func appendLine(x1: Double, y1: Double, x2: Double, y2: Double, width: Double, color: String, to output: inout PDFOutput) {
        output.pdf("q ")
        output.pdf(string: color)
        output.pdf(" RG ")
        output.pdf(width)
        output.pdf("w ")
        output.pdf(x1)
        output.pdf(Self.pdfY(y1))
        output.pdf("m ")
        output.pdf(x2)
        output.pdf(Self.pdfY(y2))
        output.pdf("l S Q\n")
    }

    /// Raw drawing operators (a figure's paths), already in PDF coordinates, wrapped in `q … Q`;
    /// `fonts` holds the characters their text shows.
    func raw(_ operators: [UInt8], fonts shown: PDFFontEmbedding) {
        state.raw(operators, fonts: shown)
    }

    /// A link area on an earlier page, in PDF coordinates.
    func addLink(page: Int, rect: [Double], target: PDFLinkTarget, element: Int) {
        state.pages[page].links.append((rect, target, element))
    }

    /// A link area (top-based `y` of its top) for the current element.
    func link(x: Double, y: Double, width: Double, height: Double, target: PDFLinkTarget) {
        state.link(x: x, y: y, width: width, height: height, target: target)
    }
}

extension PDFCanvas {
    /// The outline of a rectangle (top-based `y`).
    func stroke(x: Double, y: Double, width: Double, height: Double, lineWidth: Double, color: String) {
        state.stroke(x: x, y: y, width: width, height: height, lineWidth: lineWidth, color: color)
    }

    /// The operators of ``stroke(x:y:width:height:lineWidth:color:)``, wrapped in `q … Q` as
    /// ``raw(_:)`` wraps them.
    static func appendStroke(x: Double, y: Double, width: Double, height: Double, lineWidth: Double, color: String, to output: inout PDFOutput) {
        output.pdf("q\n")
        output.pdf(string: color)
        output.pdf(" RG ")
        output.pdf(lineWidth)
        output.pdf("w ")
        output.pdf(x)
        output.pdf(Self.pdfY(y + height))
        output.pdf(width)
        output.pdf(height)
        output.pdf("re S\n")
        output.pdf("Q\n")
    }
}
