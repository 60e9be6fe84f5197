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

    /// The PDF file of `document`.
    public func render(_ document: Document) -> [UInt8] {
        let layout = PDFLayout()
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
        layout.fillPageNumbers()
        layout.runningHeads(metadata: document.metadata)
        var objects = PDFObjects(layout: layout, metadata: PDFMetadata(metadata: document.metadata), compress: compressesStreams)
        return objects.write()
    }
}
