/// `xl/styles.xml` and which cell format each kind of cell gets: a bold, shaded header; text as
/// text (`@`), and text that starts like a formula with the quote prefix, so that editing the cell
/// in Excel keeps it text; counts with thousands separators; years without; euros with the Dutch
/// euro format; dates as `d-m-jjjj`.
enum SpreadsheetStyles {
    /// Indexes into `cellXfs`, in the order of ``xml``.
    enum Format: Int, CaseIterable {
        case general = 0, header, text, quotedText, count, whole, euro, date

        /// The index of the same format with the cell unlocked (editable on a protected sheet).
        var unlocked: Int { rawValue + Self.allCases.count }
    }

    /// The date format: `1-3-2026`.
    static let dateFormat = "d-m-yyyy"
    /// The euro format of Dutch Excel: `€ 1.234,50` (the separators follow the reader's locale).
    static let euroFormat = "[$€-413] #,##0.00;[$€-413] -#,##0.00"

    /// The characters that make a spreadsheet read typed text as a formula.
    static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// The format of `cell`.
    static func format(of cell: SpreadsheetCell) -> Format {
        switch cell {
        case .empty, .number, .boolean: .general
        case .text(let text): text.unicodeScalars.first.map { formulaStarts.contains($0) } == true ? .quotedText : .text
        case .count: .count
        case .whole: .whole
        case .euro: .euro
        case .date: .date
        }
    }

    static let xml: String = {
        var xml = XlsxWriter.declaration + "<styleSheet xmlns=\"\(XlsxWriter.mainNamespace)\">"
        xml += "<numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"\(XMLText.escape(dateFormat))\"/>"
        xml += "<numFmt numFmtId=\"165\" formatCode=\"\(XMLText.escape(euroFormat))\"/></numFmts>"
        xml += "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
        xml += "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font></fonts>"
        xml += "<fills count=\"3\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>"
        xml += "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFD9E1F2\"/><bgColor indexed=\"64\"/></patternFill></fill></fills>"
        xml += "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
        xml += "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        let formats = [
            "numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"",
            "numFmtId=\"49\" fontId=\"1\" fillId=\"2\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\" applyFont=\"1\" applyFill=\"1\"",
            "numFmtId=\"49\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"",
            "numFmtId=\"49\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" quotePrefix=\"1\" applyNumberFormat=\"1\"",
            "numFmtId=\"3\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"",
            "numFmtId=\"1\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"",
            "numFmtId=\"165\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"",
            "numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"",
        ]
        // Each format twice: locked (the default), then unlocked for the columns a protected sheet
        // lets people change (`Format.unlocked`).
        let unlocked = formats.map { "<xf \($0) applyProtection=\"1\"><protection locked=\"0\"/></xf>" }
        xml += "<cellXfs count=\"\(formats.count * 2)\">" + formats.map { "<xf \($0)/>" }.joined() + unlocked.joined() + "</cellXfs>"
        xml += "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
        xml += "<dxfs count=\"0\"/><tableStyles count=\"0\" defaultTableStyle=\"TableStyleMedium2\" defaultPivotStyle=\"PivotStyleLight16\"/>"
        return xml + "</styleSheet>"
    }()
}
