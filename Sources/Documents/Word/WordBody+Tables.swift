extension WordBody {
    /// A table at the full text width: the caption above it (Caption style), the header row
    /// repeated on every page and shaded, numeric columns right-aligned, the total row bold with a
    /// rule above it. Column widths follow the longest text of each column, within bounds.
    mutating func table(_ table: Table) {
        if !table.caption.isEmpty { caption(table.caption) }
        let widths = Self.columnWidths(table)
        tableStart(widths)
        row(table.header, table: table, widths: widths, header: true, total: false)
        for (index, cells) in table.rows.enumerated() {
            row(cells, table: table, widths: widths, header: false, total: table.hasTotalRow && index == table.rows.count - 1, bodyRow: index)
        }
        xml.write("</w:tbl>")
        spacer()
    }

    /// A caption paragraph kept with what follows.
    mutating func caption(_ text: String) {
        paragraph(style: "Caption", [.text(text)], properties: "<w:keepNext/>")
    }

    /// An empty paragraph after a table, so two tables never merge and text does not stick to it.
    mutating func spacer() {
        xml.write("<w:p><w:pPr><w:spacing w:before=\"0\" w:after=\"120\"/></w:pPr></w:p>")
    }

    /// `<w:tbl>`, its properties (the Tabel style, 100 % of the page width, fixed layout) and grid.
    mutating func tableStart(_ widths: [Int]) {
        xml.write("<w:tbl><w:tblPr><w:tblStyle w:val=\"MjaTabel\"/><w:tblW w:w=\"5000\" w:type=\"pct\"/>")
        xml.write("<w:tblLayout w:type=\"fixed\"/>")
        xml.write("<w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"1\" w:lastColumn=\"0\" w:noHBand=\"0\" w:noVBand=\"1\"/></w:tblPr><w:tblGrid>")
        for width in widths {
            xml.write("<w:gridCol w:w=\"")
            xml.write(decimal: width)
            xml.write("\"/>")
        }
        xml.write("</w:tblGrid>")
    }

    private mutating func row(_ cells: [Inlines], table: Table, widths: [Int], header: Bool, total: Bool, bodyRow: Int? = nil) {
        passOnWhenLarge()
        xml.write(header ? "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>" : "<w:tr><w:trPr><w:cantSplit/></w:trPr>")
        var format = RunFormat()
        format.bold = header || total
        for (column, cell) in cells.enumerated() {
            xml.write("<w:tc><w:tcPr><w:tcW w:w=\"")
            xml.write(decimal: widths[column])
            xml.write("\" w:type=\"dxa\"/>")
            if total { xml.write("<w:tcBorders><w:top w:val=\"single\" w:sz=\"8\" w:space=\"0\" w:color=\"000000\"/></w:tcBorders>") }
            if header { xml.write("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"D9E2F3\"/>") }
            if let bodyRow, let shade = table.shade(row: bodyRow, column: column) {
                xml.write("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"")
                xml.write(string: shade.rgb)
                xml.write("\"/>")
            }
            // The cell's paragraph: TableText, kept with the next row in the header, aligned.
            xml.write("</w:tcPr><w:p><w:pPr><w:pStyle w:val=\"TableText\"/>")
            if header { xml.write("<w:keepNext/>") }
            switch table.alignments[column] {
            case .right: xml.write("<w:jc w:val=\"right\"/>")
            case .center: xml.write("<w:jc w:val=\"center\"/>")
            case .left, .none: xml.write("<w:jc w:val=\"left\"/>")
            }
            xml.write("</w:pPr>")
            inlines(cell, format: format)
            xml.write("</w:p></w:tc>")
        }
        xml.write("</w:tr>")
    }

    /// Column widths in twips that add up to the text width. Each column gets at least room for
    /// its longest word (so "voldoet" or "€ 1.065.000,50" never breaks inside), and the rest of the
    /// width goes to the columns by how much longer their longest text is.
    static func columnWidths(_ table: Table) -> [Int] {
        let (words, texts) = columnMeasures(table)
        return columnWidths(words: words, texts: texts, numeric: table.isNumeric(column:))
    }

    /// Per column, in characters: the longest word kept on one line and the longest text (at most
    /// 60), each at least 3. An empty table has no columns.
    static func columnMeasures(_ table: Table) -> (words: [Int], texts: [Int]) {
        let count = table.alignments.count
        guard count > 0 else { return ([], []) }
        var words = [Int](repeating: 3, count: count), texts = [Int](repeating: 3, count: count)
        // Each cell's text measured over its bytes: a cell of one text (most) where it stands,
        // another gathered in a buffer. Its `String` is made only where the measure by scalar
        // cannot be taken (making one per cell was a third of the work).
        var bytes: [UInt8] = []
        func measure(_ row: [Inlines]) {
            for (column, cell) in row.enumerated() where column < count {
                // One pass over the scalars where that counts the same characters (most cells);
                // counting characters and their letters one by one was most of a table's work.
                let measure: CellTextMeasure?
                if cell.count == 1, case .text(let text) = cell[0] {
                    measure = text.withUTF8 { CellTextMeasure.measure($0) }
                    if measure == nil { bytes = []; text.withUTF8 { bytes.append(contentsOf: $0) } }
                } else {
                    bytes = []
                    cell.appendPlainText(to: &bytes)
                    measure = bytes.withUnsafeBufferPointer { CellTextMeasure.measure($0) }
                }
                let text = measure == nil ? String(decoding: bytes, as: UTF8.self) : ""
                let characters = measure?.characters ?? text.count
                texts[column] = max(texts[column], min(60, characters))
                // An amount stays whole on its line (its € is followed by a no-break space); a cell
                // of a numeric column with words ("€ 250.000 (plafond € 600.000)") breaks between
                // them. A word is never broken inside ("arbeidsmarktinfrastr|uctuur") unless even
                // the longest words of all columns do not fit the page.
                let numberOnly = table.isNumeric(column: column) && !(measure?.hasLetter ?? text.contains { $0.isLetter })
                let longest = numberOnly ? characters : min(Self.longestKeptWord, measure?.longestWord ?? Self.longestWord(in: text))
                words[column] = max(words[column], longest)
            }
        }
        measure(table.header)
        for row in table.rows { measure(row) }
        return (words, texts)
    }

    /// Column widths in twips from the columns' measures (``columnMeasures(_:)``); `numeric` says
    /// which columns hold amounts, which keep their width when the page is too narrow.
    static func columnWidths(words: [Int], texts: [Int], numeric: (Int) -> Bool) -> [Int] {
        // Room for a wider font when the page allows it, else the font's own widths.
        var minimum = words.map(wordTwips)
        if minimum.reduce(0, +) > textWidth { minimum = words.map(twips) }
        let natural = zip(texts, minimum).map { max(twips($0), $1) }
        // When even the minimums do not fit, the text columns give way, never the numbers.
        let fixed = minimum.indices.filter(numeric).reduce(0) { $0 + minimum[$1] }
        let flexible = minimum.reduce(0, +) - fixed
        if fixed + flexible > textWidth, flexible > 0, fixed < textWidth * 2 / 3 {
            for column in minimum.indices where !numeric(column) {
                minimum[column] = minimum[column] * (textWidth - fixed) / flexible
            }
        }
        return fit(minimum: minimum, natural: natural)
    }

    /// The width of `characters` characters of bold table text (Liberation Sans 9 pt, Arial's
    /// widths: about 105 twips a character, a little more for capitals) and the cell's margins
    /// (2 x 85 twips and the rule).
    private static func twips(_ characters: Int) -> Int { characters * 110 + 200 }

    /// The width that keeps a word of `characters` characters on one line, with room for a wider
    /// font than Liberation Sans (LibreOffice without it sets the text in DejaVu Sans).
    private static func wordTwips(_ characters: Int) -> Int { characters * 120 + 200 }

    /// Words up to this long are kept whole; a longer one (a URL) may break.
    static let longestKeptWord = 32

    /// The length of the longest part of `text` that Word keeps on one line: it breaks after a
    /// space, a hyphen, a slash and at a soft hyphen ("Organisatie&shy;overstijgend"), but not after
    /// a hyphen before a digit (Unicode line breaking, LB25), so a date `31-12-2027` stays whole.
    static func longestWord(in text: String) -> Int {
        if let longest = longestWordByScalar(in: text) { return longest }
        var longest = 0, current = 0
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            switch character {
            case " ", "\u{AD}": current = 0
            case "-" where index + 1 < characters.count && characters[index + 1].isASCII && characters[index + 1].isNumber:
                current += 1; longest = max(longest, current)
            case "-", "/": current += 1; longest = max(longest, current); current = 0
            default: current += 1; longest = max(longest, current)
            }
        }
        return longest
    }

    /// ``longestWord(in:)`` read scalar by scalar, without making the characters (that was most of
    /// the work of a Word table): nil when a character of `text` may be more than one scalar (a
    /// combining mark, a joiner, a line break of two scalars), so the count would differ.
    static func longestWordByScalar(in text: String) -> Int? {
        CellTextMeasure(text)?.longestWord
    }

    /// Widths that add up to the text width: the natural ones stretched when they fit, else the
    /// minimum ones plus a share of what is left by how much each column wants beyond its minimum.
    static func fit(minimum: [Int], natural: [Int]) -> [Int] {
        let naturalTotal = natural.reduce(0, +), minimumTotal = minimum.reduce(0, +)
        var widths: [Int]
        if naturalTotal <= textWidth {
            return spread(natural)
        } else if minimumTotal >= textWidth {
            return spread(minimum)
        } else {
            let extra = textWidth - minimumTotal, wanted = naturalTotal - minimumTotal
            widths = zip(minimum, natural).map { $0 + ($1 - $0) * extra / max(1, wanted) }
        }
        widths[widths.count - 1] += textWidth - widths.reduce(0, +)
        return widths
    }

    /// `weights` scaled to the text width; the last column takes the rounding.
    static func spread(_ weights: [Int]) -> [Int] {
        let total = max(1, weights.reduce(0, +))
        var widths = weights.map { textWidth * $0 / total }
        widths[widths.count - 1] += textWidth - widths.reduce(0, +)
        return widths
    }

    /// The table of contents: its title, then a TOC field over the headings down to the depth,
    /// marked dirty so Word fills in the page numbers when the file opens (settings also ask it to
    /// update fields); until then the field shows the headings as links, which LibreOffice keeps.
    /// A page break follows, so the content starts on a fresh page.
    mutating func tableOfContentsField() {
        let listed = headings.enumerated().filter { $0.element.level <= tableOfContentsDepth }
        guard !listed.isEmpty, tableOfContentsDepth > 0 else { return }
        paragraph(style: "TOCHeading", [.text(tableOfContentsTitle)])
        let levels = min(tableOfContentsDepth, 9)
        for (position, (index, entry)) in listed.enumerated() {
            xml.write("<w:p><w:pPr><w:pStyle w:val=\"TOC")
            xml.write(decimal: min(entry.level, 9))
            xml.write("\"/><w:tabs><w:tab w:val=\"right\" w:leader=\"dot\" w:pos=\"")
            xml.write(decimal: Self.textWidth)
            xml.write("\"/></w:tabs></w:pPr>")
            if position == 0 {
                xml.write("<w:r><w:fldChar w:fldCharType=\"begin\" w:dirty=\"true\"/></w:r>")
                xml.write("<w:r><w:instrText xml:space=\"preserve\"> TOC \\o \"1-")
                xml.write(decimal: levels)
                xml.write("\" \\h \\z \\u </w:instrText></w:r>")
                xml.write("<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>")
            }
            xml.write("<w:hyperlink w:anchor=\"")
            writeBookmarkName(index + 1)
            xml.write("\" w:history=\"1\">")
            run(entry.text, format: RunFormat())
            xml.write("</w:hyperlink>")
            if position == listed.count - 1 { xml.write("<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>") }
            xml.write("</w:p>")
        }
        xml.write("<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>")
    }
}
