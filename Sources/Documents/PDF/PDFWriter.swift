/// Writes a ``Document`` as an A4 PDF 1.7 file of our own making, with the design of the printed
/// HTML page: the cover on its own page, the table of contents with page numbers that link to
/// their headings, running heads with "page X of Y" in the document's words, figures as vector drawings with their
/// tables, bookmarks from the headings, and a tagged structure (headings, paragraphs, lists,
/// tables with header cells, figures with alternative text) in the document's language.
///
/// Text is set in the standard Helvetica fonts with WinAnsiEncoding (see ``PDFFont``); no font
/// file is embedded. No clock time is written: the same document gives the same bytes.
public struct PDFWriter: Sendable {
    /// The title above the table of contents; nil for the document's own
    /// (``DocumentWords/tableOfContents``).
    public var tableOfContentsTitle: String?
    /// Whether content streams are Flate-compressed (where that makes them smaller); off to read
    /// the page content in a text editor.
    public var compressesStreams: Bool

    /// Makes a writer; the words of the running heads are the document's (``DocumentWords``).
    public init(tableOfContentsTitle: String? = nil, compressesStreams: Bool = true) {
        self.tableOfContentsTitle = tableOfContentsTitle
        self.compressesStreams = compressesStreams
    }

    /// How much drawing of closed pages a layout holds before it stops holding it: a longer
    /// document is laid out twice, first for its page count and the pages of its headings only,
    /// then with each page finished and compressed as soon as it is closed (its running heads need
    /// the page count, the table of contents the headings' pages). The bytes are the same either
    /// way; 0 lays out every document twice.
    var heldContentLimit = 4 << 20

    /// The PDF file of `document`.
    public func render(_ document: Document) -> [UInt8] {
        render(document, observing: nil)
    }

    /// The PDF file of `document`; `observe` sees the layout that made it, for tests.
    func render(_ document: Document, observing observe: ((PDFLayout) -> Void)?) -> [UInt8] {
        laidOut(document, observing: observe).file()
    }

    /// `document` laid out on its pages, its file not yet written: what is laid out holds nothing
    /// of the document, so a caller done with the document lets it go before the file is made
    /// (``LaidOut/file()``). At 100 times the national content, the signal report's tree was held
    /// while its 7.9 MB PDF was put together, the build's peak.
    public func laidOut(_ document: Document) -> LaidOut {
        laidOut(document, observing: nil)
    }

    /// A document laid out on its pages, with what its file is made of: its pages' sealed content,
    /// its structure tree, its fonts' characters and its metadata.
    public struct LaidOut {
        fileprivate var objects: PDFObjects

        /// The PDF file, the same bytes as ``PDFWriter/render(_:)`` gives; each page's content and
        /// the structure tree are let go as they go into it.
        public consuming func file() -> [UInt8] {
            objects.write()
        }

        /// Writes the same bytes into `sink` as they are made, so that the file is never whole in
        /// memory: at 100 times the national content the signal report's 7.9 MB PDF was made whole
        /// beside what the build holds, and then written, the build's peak. The sink keeps any
        /// error in writing (see ``ByteSink``).
        public consuming func write(to sink: any ByteSink) {
            write(to: sink, chunk: PDFFile.defaultChunk)
        }

        /// ``write(to:)`` in pieces of about `chunk` bytes, for tests.
        consuming func write(to sink: any ByteSink, chunk: Int) {
            _ = objects.write(to: sink, chunk: chunk)
        }
    }

    /// ``laidOut(_:)``; `observe` sees the layout, for tests.
    func laidOut(_ document: Document, observing observe: ((PDFLayout) -> Void)?) -> LaidOut {
        var layout = PDFLayout()
        layout.canvas.closesPage = { [unowned layout, heldContentLimit] index in
            let canvas = layout.canvas
            if canvas.keepsContent && canvas.heldContent + canvas.pages[index].content.count > heldContentLimit { canvas.dropContent() }
        }
        layOut(document, into: layout)
        if layout.canvas.keepsContent {
            layout.fillPageNumbers()
            layout.runningHeads(metadata: document.metadata)
            for index in layout.canvas.pages.indices { layout.canvas.seal(index, compress: compressesStreams) }
        } else {
            // Too long to hold: laid out again (the first layout let go), each page finished and
            // sealed as soon as it is closed.
            let count = layout.canvas.pages.count, positions = layout.headingPositions
            // Room for what the file adds to the tree too: a kid for each link annotation, and a
            // Link element (a kid of its parent) for a link drawn outside one (``PDFObjects``).
            // Reserved exactly, the kids were copied into an array twice their size by the first
            // annotation, the largest part of the tree at 100 times the content (6.2 MB).
            let links = layout.canvas.pages.reduce(0) { $0 + $1.links.count }
            let tree = layout.canvas.structure.counts
            let counts = (elements: tree.elements + links, kids: tree.kids + 2 * links, extras: tree.extras + links)
            let heads = PDFRunningHeads(metadata: document.metadata)
            layout = PDFLayout()
            // The same pages and structure tree again: room for them at once.
            layout.canvas.reserve(pages: count, structure: counts)
            layout.canvas.closesPage = { [unowned layout, compressesStreams] index in
                layout.fillPageNumbers(onPage: index, positions: positions)
                layout.runningHeads(heads, onPage: index, of: count)
                layout.canvas.seal(index, compress: compressesStreams)
            }
            layOut(document, into: layout)
        }
        layout.canvas.closesPage = nil
        observe?(layout)
        return LaidOut(objects: PDFObjects(layout: layout, metadata: PDFMetadata(metadata: document.metadata), compress: compressesStreams))
    }

    /// Lays `document` out on pages; the last page closed.
    private func layOut(_ document: Document, into layout: PDFLayout) {
        layout.words = document.metadata.words
        let frame = PDFFrame(x: PDFPageStyle.left, width: PDFPageStyle.contentWidth)
        let listed = document.headings.filter { $0.level <= document.tableOfContentsDepth }
        let coverPage = document.coverHasOwnPage && !document.cover.isEmpty && !listed.isEmpty && document.blocks.first == .tableOfContents
        if !document.cover.isEmpty {
            layout.cover(document.cover, ownPage: coverPage, frame: frame)
        }
        layout.breakBeforeLevelOne = true
        var start = 0
        while start < document.blocks.count {
            // Runs of blocks between the places of the table of contents.
            let end = document.blocks[start...].firstIndex(of: .tableOfContents) ?? document.blocks.count
            layout.blocks(Array(document.blocks[start..<end]), frame: frame, tight: false)
            if end < document.blocks.count {
                layout.tableOfContents(listed, title: tableOfContentsTitle ?? document.metadata.words.tableOfContents, frame: frame)
            }
            start = end + 1
        }
        layout.canvas.finish()
    }
}
