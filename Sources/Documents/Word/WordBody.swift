/// The walk behind ``DocxWriter``: the blocks of a ``Document`` as the body of
/// `word/document.xml`. It collects what the body refers to on the way: hyperlinks, charts and
/// pictures (as relationships and parts), and the list numbering instances. The body is written
/// as bytes into one buffer (``XMLOutput``), which is why the walk cannot be copied.
struct WordBody: ~Copyable {
    var xml = XMLOutput(capacity: 1 << 16)
    /// Relationships made while writing (hyperlinks, charts, images), from `rId100` on.
    var relationships: [PackageRelationship] = []
    /// Chart parts, in order: `word/charts/chartN.xml`.
    var charts: [[UInt8]] = []
    /// Per chart, its data as an embedded workbook (`word/embeddings/`).
    var chartWorkbooks: [[UInt8]] = []
    /// Pictures, in order: `word/media/imageN.png`.
    var images: [[UInt8]] = []
    /// The start number of each ordered list; numbering instance `2 + index` restarts there.
    var orderedListStarts: [Int] = []
    /// The document's headings after the cover (``Document/headings``): the `n`-th gets bookmark
    /// ``bookmarkName(_:)`` of `n`, so a link can point to a heading that comes after it.
    var headings: [HeadingEntry] = []
    /// The headings written so far. A heading's bookmark is its ordinal among them (the headings'
    /// ids, which the HTML writer makes, are not made again here: Word links by bookmark).
    var headingCount = 0
    /// The number of drawings so far, for their unique `docPr` ids.
    var drawingCount = 0
    /// The deepest level the table of contents lists.
    var tableOfContentsDepth = 3
    /// The title above the table of contents.
    var tableOfContentsTitle = ""
    /// The names of the drawings (charts and maps), in the document's words.
    var words = OfficeWords()
    /// The part compressed so far, once it has passed ``heldLimit``: a large body (the signal
    /// report's, 38 MB at 100 times the national content) goes to the compressor a megabyte at a
    /// time instead of being held whole and compressed at the end.
    var compressed: ZipWriter.StreamedEntry?

    /// The bytes ``xml`` holds before they are handed to ``compressed``. A body smaller than this is
    /// taken whole and compressed at once, as before (most bodies are: none of a national build's
    /// at the national content), which copies nothing more.
    static let heldLimit = 1 << 20

    /// The page's text width in twips (A4 less the margins), for tables and drawings.
    static let textWidth = 11906 - 2 * 1304

    /// The bookmark name of the `ordinal`-th heading: Word wants a letter first and at most 40
    /// letters, digits and underscores, which the HTML ids need not be.
    static func bookmarkName(_ ordinal: Int) -> String { "kop_\(ordinal)" }

    /// Writes ``bookmarkName(_:)`` of `ordinal`.
    mutating func writeBookmarkName(_ ordinal: Int) {
        xml.write("kop_")
        xml.write(decimal: ordinal)
    }

    mutating func relationship(type: String, target: String, external: Bool) -> String {
        let id = "rId\(100 + relationships.count)"
        relationships.append(PackageRelationship(id: id, type: type, target: target, isExternal: external))
        return id
    }

    /// The cover: its first level-1 heading in the Title style, the rest as subtitles; on a page
    /// of its own (space above, a page break after) when `ownPage`, else at the top of the first
    /// page with the text following (a short document such as a two-page summary).
    mutating func cover(_ blocks: [Block], ownPage: Bool = true) {
        guard !blocks.isEmpty else { return }
        if ownPage { xml.write("<w:p><w:pPr><w:spacing w:before=\"2400\"/></w:pPr></w:p>") }
        var titled = false
        for block in blocks {
            switch block {
            case .heading(let level, let content) where level == 1 && !titled:
                titled = true
                paragraph(style: "Title", content)
            case .heading(_, let content):
                paragraph(style: "Subtitle", content)
            case .paragraph(let content):
                paragraph(style: "Subtitle", content)
            case .blockQuote, .list, .codeBlock, .thematicBreak, .table, .figure, .tableOfContents:
                self.block(block, listLevel: 0)
            }
        }
        if ownPage { xml.write("<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>") }
    }

    mutating func blocks(_ blocks: [Block], listLevel: Int = 0) {
        for block in blocks { self.block(block, listLevel: listLevel) }
    }

    /// Hands the bytes written so far to ``compressed`` once they pass ``heldLimit``; called between
    /// blocks and table rows, where nothing written is looked at again.
    mutating func passOnWhenLarge() {
        guard xml.count >= Self.heldLimit else { return }
        let entry = compressed ?? ZipWriter.StreamedEntry()
        compressed = entry
        entry.append(xml.buffer)
        xml.removeAll()
    }

    /// The finished part as a ZIP entry: the rest handed to ``compressed``, or the whole body
    /// compressed now when it never passed ``heldLimit``.
    mutating func finishedPart() -> ZipWriter.PreparedEntry {
        guard let compressed else { return ZipWriter.PreparedEntry(xml.takeBytes()) }
        compressed.append(xml.buffer)
        xml.removeAll()
        return compressed.finish()
    }

    private mutating func block(_ block: Block, listLevel: Int) {
        passOnWhenLarge()
        switch block {
        case .heading(let level, let content):
            heading(level: level, content)
        case .paragraph(let content):
            paragraph(style: nil, content)
        case .blockQuote(let inner):
            quote(inner)
        case .list(let list):
            self.list(list, level: listLevel)
        case .codeBlock(_, let text):
            var lines = text
            if lines.hasSuffix("\n") { lines.removeLast() }
            xml.write("<w:p><w:pPr><w:pStyle w:val=\"Code\"/></w:pPr><w:r>")
            WordText.writeRunText(lines, to: &xml, keepingTabs: true)
            xml.write("</w:r></w:p>")
        case .thematicBreak:
            xml.write("<w:p><w:pPr><w:pBdr><w:bottom w:val=\"single\" w:sz=\"6\" w:space=\"1\" w:color=\"808080\"/></w:pBdr></w:pPr></w:p>")
        case .table(let table):
            self.table(table)
        case .figure(let figure):
            self.figure(figure)
        case .tableOfContents:
            tableOfContentsField()
        }
    }

    private mutating func heading(level: Int, _ content: Inlines) {
        headingCount += 1
        let mark = headingCount
        xml.write("<w:p><w:pPr><w:pStyle w:val=\"Heading")
        xml.write(decimal: min(max(level, 1), 6))
        xml.write("\"/></w:pPr><w:bookmarkStart w:id=\"")
        xml.write(decimal: mark)
        xml.write("\" w:name=\"")
        writeBookmarkName(mark)
        xml.write("\"/>")
        inlines(content, format: RunFormat())
        xml.write("<w:bookmarkEnd w:id=\"")
        xml.write(decimal: mark)
        xml.write("\"/></w:p>")
    }

    /// A paragraph in `style` (nil: Normal), with `properties` added to its `w:pPr`.
    mutating func paragraph(style: StaticString?, _ content: Inlines, properties: String = "", format: RunFormat = RunFormat()) {
        xml.write("<w:p>")
        if style != nil || !properties.isEmpty {
            xml.write("<w:pPr>")
            if let style {
                xml.write("<w:pStyle w:val=\"")
                xml.write(style)
                xml.write("\"/>")
            }
            xml.write(string: properties)
            xml.write("</w:pPr>")
        }
        inlines(content, format: format)
        xml.write("</w:p>")
    }

    /// A note or call-out: its paragraphs in the Quote style (framed and shaded by the style).
    private mutating func quote(_ blocks: [Block]) {
        for block in blocks {
            if case .paragraph(let content) = block {
                paragraph(style: "Quote", content)
            } else {
                self.block(block, listLevel: 0)
            }
        }
    }

    /// A list: each item's first paragraph numbered or bulleted at `level`, its other paragraphs
    /// indented as continuations, nested lists one level deeper.
    private mutating func list(_ list: ListBlock, level: Int) {
        let numbering: Int
        let style: StaticString
        switch list.kind {
        case .bullet:
            numbering = 1
            style = "ListBullet"
        case .ordered(let start):
            orderedListStarts.append(start)
            numbering = 1 + orderedListStarts.count
            style = "ListNumber"
        }
        let depth = min(level, 8)
        for item in list.items {
            var first = true
            for block in item {
                switch block {
                case .paragraph(let content):
                    // w:pPr's children in schema order: numPr, spacing, ind.
                    listParagraphStart(style: style)
                    if first { listNumber(depth: depth, numbering: numbering) }
                    if list.isTight { xml.write("<w:spacing w:after=\"40\"/>") }
                    if !first {
                        xml.write("<w:ind w:left=\"")
                        xml.write(decimal: 360 * (depth + 1) + 360)
                        xml.write("\"/>")
                    }
                    xml.write("</w:pPr>")
                    inlines(content, format: RunFormat())
                    xml.write("</w:p>")
                case .list(let inner):
                    self.list(inner, level: level + 1)
                case .heading, .blockQuote, .codeBlock, .thematicBreak, .table, .figure, .tableOfContents:
                    self.block(block, listLevel: level + 1)
                }
                first = false
            }
            if item.isEmpty {
                listParagraphStart(style: style)
                listNumber(depth: depth, numbering: numbering)
                xml.write("</w:pPr></w:p>")
            }
        }
    }

    /// `<w:p>` of a list item in `style`, its `w:pPr` open.
    private mutating func listParagraphStart(style: StaticString) {
        xml.write("<w:p><w:pPr><w:pStyle w:val=\"")
        xml.write(style)
        xml.write("\"/>")
    }

    /// The item's number or bullet: level `depth` of numbering instance `numbering`.
    private mutating func listNumber(depth: Int, numbering: Int) {
        xml.write("<w:numPr><w:ilvl w:val=\"")
        xml.write(decimal: depth)
        xml.write("\"/><w:numId w:val=\"")
        xml.write(decimal: numbering)
        xml.write("\"/></w:numPr>")
    }
}
