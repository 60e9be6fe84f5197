/// Writes a ``Document`` as a Word file (Office Open XML, WordprocessingML, `.docx`) that Word and
/// LibreOffice open: the cover on its own page, a table of contents field, Word's built-in styles,
/// A4 pages with the title in the header and "page X of Y" (in the document's words) in the footer, bars and timelines
/// as native charts, the map as a picture, the matrix as a shaded table, every figure with its
/// data table. The same document gives the same bytes: the ZIP has fixed timestamps and no part
/// holds a clock time.
public struct DocxWriter: Sendable {
    /// The title above the table of contents; nil for the document's own
    /// (``DocumentWords/tableOfContents``).
    public var tableOfContentsTitle: String?

    /// Makes a writer.
    public init(tableOfContentsTitle: String? = nil) {
        self.tableOfContentsTitle = tableOfContentsTitle
    }

    /// Word's language tag for the document's BCP 47 language: `nl` becomes `nl-NL`, `en` `en-GB`.
    static func wordLanguage(_ language: String) -> String {
        switch language.lowercased() {
        case "", "nl": "nl-NL"
        case "en": "en-GB"
        default: language.allSatisfy { $0.isLetter || $0 == "-" } ? language : "nl-NL"
        }
    }

    /// The most characters the running header holds on its one line (9 pt over the text width).
    static let headerLength = 80

    /// The running header, one line: the title left, the part (or else the kind) right. The part
    /// is never dropped for a long title (a reader must see which part a page is from): a title
    /// ending in the part's name ("…: uitvoeringsdeel") leaves that to the label on the right, and a
    /// title still too long is shortened at a word with "…". A title that says the whole part
    /// already stands alone.
    static func headerTexts(_ metadata: DocumentMetadata) -> (left: String, right: String) {
        let right = metadata.part.isEmpty ? metadata.kind : metadata.part
        var left = metadata.title
        guard !right.isEmpty, !left.lowercased().contains(right.lowercased()) else { return (left, "") }
        let colon = lastColonAndSpace(in: left)
        if let colon {
            let tail = left[left.index(colon, offsetBy: 2)...].lowercased()
            if !tail.isEmpty, right.lowercased().hasPrefix(tail) { left = String(left[..<colon]) }
        }
        let room = headerLength - right.count - 3
        if left.count > room {
            var words = left.split(separator: " ").map(String.init)
            while words.count > 1, words.joined(separator: " ").count + 1 > room { words.removeLast() }
            left = words.joined(separator: " ") + "…"
        }
        return (left, right)
    }

    /// Where the last ": " of `text` stands, by character: a `:` and a space that are each a
    /// character of their own. Looked for over the bytes, each place found then read as
    /// characters (going character by character through the title was most of the header's
    /// cost): a `:` inside a larger character, or one with a mark joined to it, reads as another
    /// character there and is passed over, as it was by character.
    static func lastColonAndSpace(in text: String) -> String.Index? {
        let utf8 = text.utf8
        var index = utf8.endIndex
        while index > utf8.startIndex {
            index = utf8.index(before: index)
            let after = utf8.index(after: index)
            guard utf8[index] == 0x3A, after < utf8.endIndex, utf8[after] == 0x20 else { continue }
            // Only where a character starts (`samePosition` is nil inside one), and only a `:`
            // without a mark joined to it.
            guard index.samePosition(in: text) != nil, text[index] == ":" else { continue }
            let next = text.index(after: index)
            if next < text.endIndex, text[next] == " " { return index }
        }
        return nil
    }

    /// The parts of the package, by name, in the order they are stored.
    func parts(_ document: Document) -> [(name: String, part: OfficePackage.Part)] {
        let language = Self.wordLanguage(document.metadata.language)
        var body = WordBody()
        body.headings = document.headings
        body.tableOfContentsDepth = document.tableOfContentsDepth
        body.tableOfContentsTitle = tableOfContentsTitle ?? document.metadata.words.tableOfContents
        body.words = document.metadata.words.office
        // The part is written in the body's own buffer, head and tail included; a large one is
        // compressed a megabyte at a time as it is written (``WordBody/passOnWhenLarge()``), a
        // small one taken whole at the end (a copy into a second buffer held the signal report's
        // 38 MB part three times at 100x the national content; held once it still was the
        // largest block of a build's memory).
        body.xml.write(string: WordPackageParts.declaration)
        body.xml.write("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"")
        body.xml.write(" xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\"><w:body>")
        body.cover(document.cover, ownPage: document.coverHasOwnPage)
        body.blocks(document.blocks)
        // Headers and footers from the second page on (w:titlePg) when the cover stands alone; a
        // cover at the top of the first page shares that page's header and footer, as in the PDF.
        body.xml.write("<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId4\"/><w:footerReference w:type=\"default\" r:id=\"rId5\"/>")
        body.xml.write("<w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1418\" w:right=\"1304\" w:bottom=\"1418\" w:left=\"1304\" w:header=\"709\" w:footer=\"709\" w:gutter=\"0\"/>")
        if !document.cover.isEmpty && document.coverHasOwnPage { body.xml.write("<w:titlePg/>") }
        body.xml.write("</w:sectPr></w:body></w:document>")
        let documentPart = body.finishedPart()
        let metadata = document.metadata
        let header = Self.headerTexts(metadata)
        let left = [metadata.region, metadata.version.isEmpty ? "" : "\(metadata.words.version) \(metadata.version)", metadata.status]
            .filter { !$0.isEmpty }.joined(separator: " · ")
        let shared = Self.sharedParts(language: language, words: document.metadata.words.office)
        func text(_ text: String) -> OfficePackage.Part { .bytes(Array(text.utf8)) }
        var result: [(name: String, part: OfficePackage.Part)] = [
            ("[Content_Types].xml", .prepared(OfficePackage.preparedSmallPart(WordPackageParts.contentTypes(charts: body.charts.count)))),
            ("_rels/.rels", .prepared(Self.preparedPackageRelationships)),
            ("docProps/core.xml", .bytes(OfficePackage.coreBytes(metadata, language: language))),
            ("docProps/app.xml", .prepared(OfficePackage.preparedApp)),
            ("word/document.xml", .prepared(documentPart)),
            // The relationships, the numbering and the footer are alike in many Word files (of a
            // national build: 4, 1 and 37 different in 109), so each is compressed once.
            ("word/_rels/document.xml.rels", .prepared(OfficePackage.preparedSmallPart(WordPackageParts.documentRelationships(body.relationships)))),
            ("word/styles.xml", .prepared(shared.styles)),
            ("word/numbering.xml", .prepared(OfficePackage.preparedSmallPart(WordNumbering.xml(orderedListStarts: body.orderedListStarts)))),
            ("word/settings.xml", .prepared(shared.settings)),
            ("word/header1.xml", text(WordPackageParts.header(title: header.left, right: header.right))),
            ("word/footer1.xml", .prepared(OfficePackage.preparedSmallPart(Array(WordPackageParts.footer(left: left, words: metadata.words).utf8)))),
            ("word/fontTable.xml", .prepared(Self.preparedFontTable)),
            ("word/theme/theme1.xml", .prepared(OfficePackage.preparedTheme)),
        ]
        for (index, chart) in body.charts.enumerated() {
            result.append((name: "word/charts/chart\(index + 1).xml", part: .bytes(chart)))
            result.append((name: "word/charts/_rels/chart\(index + 1).xml.rels", part: .prepared(OfficePackage.preparedSmallPart(OfficeChart.relationships(index + 1)))))
        }
        for (index, workbook) in body.chartWorkbooks.enumerated() {
            result.append((name: "word/embeddings/\(OfficeChart.workbookName(index + 1))", part: .bytes(workbook)))
        }
        for (index, image) in body.images.enumerated() { result.append((name: "word/media/image\(index + 1).png", part: .bytes(image))) }
        return result
    }

    /// `_rels/.rels` and `word/fontTable.xml`, the same in every Word file, compressed once.
    static let preparedPackageRelationships = ZipWriter.PreparedEntry(Array(WordPackageParts.packageRelationships.utf8))
    static let preparedFontTable = ZipWriter.PreparedEntry(Array(WordTheme.fontTable.utf8))

    /// `word/styles.xml` and `word/settings.xml`, which vary with the language and the document's
    /// words only: written and compressed once per language and words in a process (the styles
    /// were written anew for each of the 109 Word files of a national build, and their bytes
    /// hashed to find the entry compressed before).
    static func sharedParts(language: String, words: OfficeWords) -> (styles: ZipWriter.PreparedEntry, settings: ZipWriter.PreparedEntry) {
        languageParts.value(for: LanguageKey(language: language, words: words)) { key in
            (ZipWriter.PreparedEntry(Array(WordStyles.xml(language: key.language, words: key.words).utf8)),
             ZipWriter.PreparedEntry(Array(WordPackageParts.settings(language: key.language).utf8)))
        }
    }

    /// What the styles and settings are written from.
    struct LanguageKey: Hashable, Sendable {
        var language: String
        var words: OfficeWords
    }

    /// The styles and settings made last: a build has one language, two at most.
    static let languageParts = MadeOnce<LanguageKey, (styles: ZipWriter.PreparedEntry, settings: ZipWriter.PreparedEntry)>(capacity: 8)

    /// The `.docx` file. Every part name is fixed by the writer, so the ZIP cannot refuse one.
    public func render(_ document: Document) -> [UInt8] {
        var zip = ZipWriter()
        for (name, part) in parts(document) {
            switch part {
            case .prepared(let entry): try? zip.add(name, prepared: entry)
            // Pictures and embedded workbooks are compressed already.
            case .bytes(let bytes): try? zip.add(name, bytes, method: name.hasSuffix(".png") || name.hasSuffix(".xlsx") ? .stored : .deflated)
            }
        }
        return (try? zip.finish()) ?? []
    }
}
