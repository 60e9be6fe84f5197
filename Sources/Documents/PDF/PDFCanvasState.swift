/// What drawing on a ``PDFCanvas`` changes: the pages, the page being drawn, the structure tree,
/// the characters shown and where marked content stands. One struct the canvas holds, so that a
/// drawing call reaches it with one access: as stored properties of the class, each read and write
/// of them was a run-time exclusivity check (`swift_beginAccess`), six to ten a call, 15 million
/// instructions of a national build.
///
/// It cannot be copied, as the page being drawn (a ``PDFOutput``) cannot.
struct PDFCanvasState: ~Copyable {
    var pages: [PDFPage] = [PDFPage()]
    /// The drawing of the current page, moved into its ``PDFPage/content`` when it is closed: one
    /// buffer for every page, written without an array's checks per piece.
    var drawing = PDFOutput(capacity: 32 * 1024)
    var structure = PDFStructure()
    /// Whether closed pages keep their drawing (see ``PDFCanvas/keepsContent``).
    var keepsContent = true
    /// The drawing held in the content of closed, unsealed pages, in bytes.
    var heldContent = 0
    /// The most drawing held at once by closed, unsealed pages and the page being drawn, in bytes.
    var mostHeldContent = 0
    /// The characters each font shows on these pages (see ``PDFCanvas/fonts``).
    var fonts = PDFFontEmbedding()
    /// The element that what is drawn now belongs to; nil draws artifacts.
    var element: Int? = 0
    /// The marked-content sequence open on the current page: its element.
    var openMarked: Int?
    /// Whether drawing is an artifact (running heads, repeated table headers, decoration).
    var artifactDepth = 0

    var pageIndex: Int { pages.count - 1 }

    // MARK: Structure

    mutating func begin(_ type: PDFStructureType, alt: String?, attributes: String) -> Int {
        let index = structure.add(type, parent: element ?? 0, alt: alt, attributes: attributes)
        element = index
        return index
    }

    mutating func end(_ index: Int) {
        element = structure.elements[index].parent
    }

    mutating func beginArtifact() {
        closeMarked()
        artifactDepth += 1
        drawing.pdf("/Artifact BMC\n")
    }

    mutating func endArtifact() {
        drawing.pdf("EMC\n")
        artifactDepth -= 1
    }

    /// Opens the marked content of the current element on the current page, unless it is open.
    mutating func mark() {
        guard artifactDepth == 0, let element else { return }
        if openMarked == element { return }
        closeMarked()
        beginMarkedContent(of: element)
        openMarked = element
    }

    /// Starts marked content of `element` on the current page: its next MCID, the element's kid
    /// pointing at it, and the operator that opens it. Returns the page.
    @discardableResult
    private mutating func beginMarkedContent(of element: Int) -> Int {
        let page = pageIndex
        let mcid = pages[page].markedElements.count
        pages[page].markedElements.append(Int32(element))
        structure.addKid(.content(page: page, mcid: mcid), to: element)
        PDFCanvas.appendMarkedContentStart(type: structure.elements[element].type, mcid: mcid, to: &drawing)
        return page
    }

    mutating func closeMarked() {
        if openMarked != nil {
            drawing.pdf("EMC\n")
            openMarked = nil
        }
    }

    // MARK: Pages

    /// The first half of closing the current page, before ``PDFCanvas/closesPage`` sees it: its
    /// marked content closed and its drawing moved into it.
    mutating func closeDrawing() -> Int {
        closeMarked()
        let index = pageIndex
        mostHeldContent = max(mostHeldContent, heldContent + drawing.count)
        if keepsContent { pages[index].content = drawing.bytes(extraCapacity: PDFCanvas.laterContentRoom) }
        drawing.removeAll()
        return index
    }

    /// The second half, after ``PDFCanvas/closesPage`` saw page `index`.
    mutating func closed(_ index: Int) {
        if !keepsContent {
            pages[index].content = []
        } else if pages[index].stream == nil {
            heldContent += pages[index].content.count
        }
    }

    mutating func dropContent() {
        keepsContent = false
        structure.dropKids()
        heldContent = 0
        for index in pages.indices { pages[index].content = [] }
        drawing.removeAll()
    }

    mutating func reserve(for element: Int) -> PDFReservedContent {
        closeMarked()
        let page = beginMarkedContent(of: element)
        pages[page].reservedOffsets.append(drawing.count)
        drawing.pdf("EMC\n")
        return PDFReservedContent(page: page, index: pages[page].reservedOffsets.count - 1)
    }

    /// Puts `bytes` into the place `reserved`; the places kept after it on the page move by as much.
    mutating func fill(_ reserved: PDFReservedContent, with bytes: [UInt8]) {
        let offset = pages[reserved.page].reservedOffsets[reserved.index]
        pages[reserved.page].content.insert(contentsOf: bytes, at: offset)
        for later in pages[reserved.page].reservedOffsets.indices where later > reserved.index {
            pages[reserved.page].reservedOffsets[later] += bytes.count
        }
    }

    /// Appends the start of drawing appended later to page `index` as marked content of `element`.
    mutating func markLater(page index: Int, element: Int, to output: inout PDFOutput) {
        let mcid = pages[index].markedElements.count
        pages[index].markedElements.append(Int32(element))
        structure.addKid(.content(page: index, mcid: mcid), to: element)
        PDFCanvas.appendMarkedContentStart(type: structure.elements[element].type, mcid: mcid, to: &output)
    }

    // MARK: Drawing

    mutating func text(_ spans: [PDFSpan], x: Double, baseline y: Double, size: Double, color: String) {
        mark()
        fonts.note(spans)
        PDFCanvas.appendTextOperators(spans, x: x, baseline: y, size: size, color: color, to: &drawing)
    }

    mutating func fill(x: Double, y: Double, width: Double, height: Double, color: String) {
        mark()
        PDFCanvas.appendFill(x: x, y: y, width: width, height: height, color: color, to: &drawing)
    }

    mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, width: Double, color: String) {
        mark()
        PDFCanvas.appendLine(x1: x1, y1: y1, x2: x2, y2: y2, width: width, color: color, to: &drawing)
    }

    mutating func stroke(x: Double, y: Double, width: Double, height: Double, lineWidth: Double, color: String) {
        mark()
        PDFCanvas.appendStroke(x: x, y: y, width: width, height: height, lineWidth: lineWidth, color: color, to: &drawing)
    }

    mutating func raw(_ operators: [UInt8], fonts shown: PDFFontEmbedding) {
        mark()
        fonts.formUnion(shown)
        drawing.pdf("q\n")
        drawing.append(contentsOf: operators)
        drawing.pdf("Q\n")
    }

    mutating func link(x: Double, y: Double, width: Double, height: Double, target: PDFLinkTarget) {
        let rect = [x, PDFCanvas.pdfY(y + height), x + width, PDFCanvas.pdfY(y)]
        pages[pageIndex].links.append((rect, target, element ?? 0))
    }
}
