/// The small parts of a `.docx` around the body: content types, relationships, settings, header
/// and footer. The document properties are ``OfficePackage``'s. None holds a clock time.
enum WordPackageParts {
    static let declaration = OfficePackage.declaration
    static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let relationshipsNamespace = OfficePackage.relationshipsNamespace

    /// `[Content_Types].xml` for a package with `charts` chart parts (PNG pictures by extension),
    /// written once per number of charts in a process.
    static func contentTypes(charts: Int) -> [UInt8] {
        contentTypesMade.value(for: charts, makeContentTypes)
    }

    /// The content types made last, by number of charts (most documents have none, or a few).
    private static let contentTypesMade = MadeOnce<Int, [UInt8]>(capacity: 16)

    private static func makeContentTypes(charts: Int) -> [UInt8] {
        let parts = [
            ("/word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"),
            ("/word/styles.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"),
            ("/word/numbering.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"),
            ("/word/settings.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"),
            ("/word/header1.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"),
            ("/word/footer1.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"),
            ("/word/fontTable.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"),
            ("/word/theme/theme1.xml", "application/vnd.openxmlformats-officedocument.theme+xml"),
        ] + OfficePackage.propertyContentTypes
            + (0..<charts).map { ("/word/charts/chart\($0 + 1).xml", "application/vnd.openxmlformats-officedocument.drawingml.chart+xml") }
        return OfficePackage.contentTypeBytes(defaults: OfficePackage.pictureAndWorkbookDefaults, overrides: parts)
    }

    /// `_rels/.rels`: the main document and the two property parts.
    static let packageRelationships = OfficePackage.packageRelationships(mainPart: "word/document.xml")

    /// The fixed relationships of the main document, then `more`.
    static func documentRelationships(_ more: [PackageRelationship]) -> [UInt8] {
        OfficePackage.relationshipBytes(fixedDocumentRelationships + more)
    }

    private static let fixedDocumentRelationships = [
        PackageRelationship(id: "rId1", type: "styles", target: "styles.xml", isExternal: false),
        PackageRelationship(id: "rId2", type: "numbering", target: "numbering.xml", isExternal: false),
        PackageRelationship(id: "rId3", type: "settings", target: "settings.xml", isExternal: false),
        PackageRelationship(id: "rId4", type: "header", target: "header1.xml", isExternal: false),
        PackageRelationship(id: "rId5", type: "footer", target: "footer1.xml", isExternal: false),
        PackageRelationship(id: "rId6", type: "fontTable", target: "fontTable.xml", isExternal: false),
        PackageRelationship(id: "rId7", type: "theme", target: "theme/theme1.xml", isExternal: false),
    ]

    /// `word/settings.xml`: update fields on open (the table of contents and page numbers), the
    /// document's language, a different first page (the cover has no header or footer).
    static func settings(language: String) -> String {
        // Children in the schema's order.
        declaration + "<w:settings xmlns:w=\"\(wordNamespace)\"><w:zoom w:percent=\"100\"/>"
            + "<w:defaultTabStop w:val=\"709\"/><w:hyphenationZone w:val=\"425\"/><w:characterSpacingControl w:val=\"doNotCompress\"/>"
            + "<w:updateFields w:val=\"true\"/><w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>"
            + "<w:themeFontLang w:val=\"\(WordText.escape(language))\"/>"
            + "<w:decimalSymbol w:val=\",\"/><w:listSeparator w:val=\";\"/></w:settings>"
    }

    /// `word/header1.xml`: the title left, the part or kind right (the style has one right tab and
    /// no centre tab, so a long title does not push the part to a second line).
    static func header(title: String, right: String) -> String {
        declaration + "<w:hdr xmlns:w=\"\(wordNamespace)\"><w:p><w:pPr><w:pStyle w:val=\"Header\"/><w:pBdr><w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"4\" w:color=\"A6A6A6\"/></w:pBdr></w:pPr>"
            + "<w:r>\(WordText.runText(title))</w:r><w:r><w:tab/></w:r><w:r>\(WordText.runText(right))</w:r></w:p></w:hdr>"
    }

    /// `word/footer1.xml`: "page X of Y" on the right, in `words`, with PAGE and NUMPAGES fields.
    static func footer(left: String, words: DocumentWords) -> String {
        declaration + "<w:ftr xmlns:w=\"\(wordNamespace)\"><w:p><w:pPr><w:pStyle w:val=\"Footer\"/></w:pPr>"
            + "<w:r>\(WordText.runText(left))</w:r><w:r><w:tab/></w:r><w:r><w:t xml:space=\"preserve\">\(WordText.escape(words.page)) </w:t></w:r>"
            + "<w:fldSimple w:instr=\" PAGE \"><w:r><w:t>1</w:t></w:r></w:fldSimple><w:r><w:t xml:space=\"preserve\"> \(WordText.escape(words.of)) </w:t></w:r>"
            + "<w:fldSimple w:instr=\" NUMPAGES \"><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p></w:ftr>"
    }
}
