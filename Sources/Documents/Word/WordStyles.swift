/// `word/styles.xml`: the document defaults (Liberation Sans 11 pt, as in the PDFs; Dutch) and Word's built-in styles by
/// their built-in ids and names (Title, Heading1-6, ListBullet, ListNumber, Caption, TOCHeading,
/// TOC1-3, Quote, Header, Footer, Hyperlink), so Word's navigation pane, table of contents and style
/// gallery treat them as its own; plus the few of mja (TableText, Source, Code, MjaTabel).
enum WordStyles {
    /// Every paragraph, character and table style id the body may use.
    static let ids: [String] = styles(OfficeWords()).map(\.id)

    private struct Style {
        var id: String
        var name: String
        var type = "paragraph"
        var basedOn: String? = "Normal"
        var next: String?
        var paragraph = ""
        var run = ""
        var builtIn = true
        var extra = ""
    }

    private static func heading(_ level: Int, size: Int, color: String, before: Int) -> Style {
        Style(
            id: "Heading\(level)", name: "heading \(level)", next: "Normal",
            paragraph: "<w:keepNext/><w:keepLines/><w:spacing w:before=\"\(before)\" w:after=\"120\"/><w:outlineLvl w:val=\"\(level - 1)\"/>",
            run: "<w:rFonts w:ascii=\"\(OfficeTheme.sans)\" w:hAnsi=\"\(OfficeTheme.sans)\"/><w:b/><w:color w:val=\"\(color)\"/><w:sz w:val=\"\(size)\"/><w:szCs w:val=\"\(size)\"/>")
    }

    /// The styles, mja's own named in `words` (Word shows their names in its style gallery).
    private static func styles(_ words: OfficeWords) -> [Style] { [
        Style(id: "Normal", name: "Normal", basedOn: nil, paragraph: "<w:spacing w:after=\"120\" w:line=\"264\" w:lineRule=\"auto\"/>"),
        Style(id: "Title", name: "Title", next: "Subtitle", paragraph: "<w:spacing w:after=\"480\"/><w:contextualSpacing/>",
              run: "<w:rFonts w:ascii=\"\(OfficeTheme.sans)\" w:hAnsi=\"\(OfficeTheme.sans)\"/><w:b/><w:color w:val=\"1F4E79\"/><w:kern w:val=\"28\"/><w:sz w:val=\"56\"/><w:szCs w:val=\"56\"/>"),
        Style(id: "Subtitle", name: "Subtitle", paragraph: "<w:spacing w:after=\"160\"/>", run: "<w:color w:val=\"404040\"/><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/>"),
        heading(1, size: 36, color: "1F4E79", before: 480),
        heading(2, size: 30, color: "1F4E79", before: 360),
        heading(3, size: 26, color: "2E75B6", before: 240),
        heading(4, size: 24, color: "2E75B6", before: 200),
        heading(5, size: 22, color: "404040", before: 200),
        heading(6, size: 22, color: "404040", before: 160),
        Style(id: "ListBullet", name: "List Bullet", paragraph: "<w:spacing w:after=\"60\"/><w:contextualSpacing/>"),
        Style(id: "ListNumber", name: "List Number", paragraph: "<w:spacing w:after=\"60\"/><w:contextualSpacing/>"),
        Style(id: "Caption", name: "caption", next: "Normal", paragraph: "<w:keepNext/><w:spacing w:before=\"240\" w:after=\"80\"/>",
              run: "<w:b/><w:color w:val=\"1F4E79\"/><w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/>"),
        Style(id: "Quote", name: "Quote", next: "Normal",
              paragraph: "<w:pBdr><w:left w:val=\"single\" w:sz=\"24\" w:space=\"8\" w:color=\"2E75B6\"/></w:pBdr><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"EEF3FA\"/><w:spacing w:before=\"120\" w:after=\"120\"/><w:ind w:left=\"284\" w:right=\"284\"/>"),
        Style(id: "TOCHeading", name: "TOC Heading", basedOn: "Heading1", next: "Normal", paragraph: "<w:outlineLvl w:val=\"9\"/>"),
        Style(id: "TOC1", name: "toc 1", next: "Normal", paragraph: "<w:spacing w:before=\"120\" w:after=\"40\"/>", run: "<w:b/>"),
        Style(id: "TOC2", name: "toc 2", next: "Normal", paragraph: "<w:spacing w:after=\"40\"/><w:ind w:left=\"284\"/>"),
        Style(id: "TOC3", name: "toc 3", next: "Normal", paragraph: "<w:spacing w:after=\"40\"/><w:ind w:left=\"567\"/>"),
        Style(id: "Header", name: "header", paragraph: "<w:tabs><w:tab w:val=\"right\" w:pos=\"9298\"/></w:tabs><w:spacing w:after=\"0\"/>",
              run: "<w:color w:val=\"595959\"/><w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/>"),
        Style(id: "Footer", name: "footer", paragraph: "<w:tabs><w:tab w:val=\"right\" w:pos=\"9298\"/></w:tabs><w:spacing w:after=\"0\"/>",
              run: "<w:color w:val=\"595959\"/><w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/>"),
        Style(id: "TableText", name: words.tableTextStyle, paragraph: "<w:spacing w:before=\"20\" w:after=\"20\" w:line=\"240\" w:lineRule=\"auto\"/>",
              run: "<w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/>", builtIn: false),
        Style(id: "Source", name: words.source, paragraph: "<w:spacing w:after=\"240\"/>", run: "<w:i/><w:color w:val=\"595959\"/><w:sz w:val=\"16\"/><w:szCs w:val=\"16\"/>", builtIn: false),
        Style(id: "Code", name: "Code", paragraph: "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"F2F2F2\"/><w:spacing w:after=\"120\" w:line=\"240\" w:lineRule=\"auto\"/>",
              run: "<w:rFonts w:ascii=\"\(OfficeTheme.mono)\" w:hAnsi=\"\(OfficeTheme.mono)\" w:cs=\"\(OfficeTheme.mono)\"/><w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/>", builtIn: false),
        Style(id: "Hyperlink", name: "Hyperlink", type: "character", basedOn: nil, run: "<w:color w:val=\"0563C1\"/><w:u w:val=\"single\"/>"),
        Style(id: "CodeChar", name: words.codeCharacterStyle, type: "character", basedOn: nil,
              run: "<w:rFonts w:ascii=\"\(OfficeTheme.mono)\" w:hAnsi=\"\(OfficeTheme.mono)\" w:cs=\"\(OfficeTheme.mono)\"/><w:sz w:val=\"20\"/>", builtIn: false),
        Style(id: "MjaTabel", name: words.tableStyle, type: "table", basedOn: nil, builtIn: false,
              extra: "<w:tblPr><w:tblBorders><w:top w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"A6A6A6\"/><w:left w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"A6A6A6\"/>"
                + "<w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"A6A6A6\"/><w:right w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"A6A6A6\"/>"
                + "<w:insideH w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"A6A6A6\"/><w:insideV w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"A6A6A6\"/></w:tblBorders>"
                + "<w:tblCellMar><w:left w:w=\"85\" w:type=\"dxa\"/><w:right w:w=\"85\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr>"
                + "<w:tblStylePr w:type=\"firstRow\"><w:rPr><w:b/></w:rPr><w:tblPr/><w:trPr><w:tblHeader/></w:trPr><w:tcPr><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"D9E2F3\"/></w:tcPr></w:tblStylePr>"),
    ] }

    /// The part, for a document in `language` (such as `nl-NL`), mja's own styles named in `words`.
    static func xml(language: String, words: OfficeWords) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        xml += "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
        xml += "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"\(OfficeTheme.sans)\" w:eastAsia=\"\(OfficeTheme.sans)\" w:hAnsi=\"\(OfficeTheme.sans)\" w:cs=\"\(OfficeTheme.sans)\"/>"
        xml += "<w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/><w:lang w:val=\"\(WordText.escape(language))\" w:eastAsia=\"en-US\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault>"
        xml += "<w:pPrDefault><w:pPr><w:spacing w:after=\"120\" w:line=\"264\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>"
        for style in styles(words) {
            xml += "<w:style w:type=\"\(style.type)\"" + (style.id == "Normal" ? " w:default=\"1\"" : "") + (style.builtIn ? "" : " w:customStyle=\"1\"") + " w:styleId=\"\(style.id)\">"
            xml += "<w:name w:val=\"\(WordText.escape(style.name))\"/>"
            if let basedOn = style.basedOn { xml += "<w:basedOn w:val=\"\(basedOn)\"/>" }
            if let next = style.next { xml += "<w:next w:val=\"\(next)\"/>" }
            xml += "<w:qFormat/>"
            if !style.paragraph.isEmpty { xml += "<w:pPr>\(style.paragraph)</w:pPr>" }
            if !style.run.isEmpty { xml += "<w:rPr>\(style.run)</w:rPr>" }
            xml += style.extra + "</w:style>"
        }
        return xml + "</w:styles>"
    }
}
