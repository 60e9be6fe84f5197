/// The chart's data as a workbook embedded in the Word or PowerPoint file, so "Gegevens bewerken" (Edit
/// Data) opens the numbers: `word/embeddings/Microsoft_Excel_WorksheetN.xlsx`, reached from the
/// chart part by a package relationship, named in the chart by `c:externalData`. The sheet is
/// `Blad1` with the categories in column A from row 2 and each series in the next column, its
/// name in row 1: exactly the cells the series formulas of ``xml`` point at.
extension OfficeChart {
    /// The relationship id of the embedded workbook in the chart part's relationships.
    static let workbookRelationshipID = "rId1"

    /// `c:externalData`, the last child of `c:chartSpace` but for print settings and shapes.
    /// `autoUpdate` 0: the chart keeps its cached values until the user edits the data.
    static let externalData = "<c:externalData r:id=\"\(workbookRelationshipID)\"><c:autoUpdate val=\"0\"/></c:externalData>"

    /// The name of the embedded workbook of the chart numbered `number` (1-based).
    static func workbookName(_ number: Int) -> String { "Microsoft_Excel_Worksheet\(number).xlsx" }

    /// The chart part's relationships: its embedded workbook, as a package.
    static func relationships(_ number: Int) -> [UInt8] {
        OfficePackage.relationshipBytes([
            PackageRelationship(id: workbookRelationshipID, type: "package", target: "../embeddings/\(workbookName(number))", isExternal: false),
        ])
    }

    /// The workbook with the chart's data: amounts in euros with the euro format, counts as numbers.
    var workbook: Workbook {
        let isEuro = numberFormat.contains("€")
        let rows: [[SpreadsheetCell]] = categories.indices.map { point in
            [.text(categories[point])] + series.map { serie in
                guard let value = serie.values.indices.contains(point) ? serie.values[point] : nil else { return .empty }
                return isEuro ? .euro(cents: Int64((value * 100).rounded())) : .number(value)
            }
        }
        let sheet = Worksheet(name: "Blad1", header: [""] + series.map(\.name), rows: rows, freezesHeader: false, hasAutoFilter: false)
        return Workbook(sheets: [sheet], title: title)
    }

    /// The embedded workbook's bytes. Made once per workbook in a process: a chart in an agenda's
    /// Word file is the same chart in its PowerPoint deck (181 workbooks in a national build in
    /// every format, 109 of them different).
    var embeddedWorkbook: [UInt8] { Self.workbooks.value(for: workbook) { XlsxWriter().render($0) } }

    /// The workbooks made last; a few dozen cover the charts of the documents made at one time.
    private static let workbooks = MadeOnce<Workbook, [UInt8]>(capacity: 64)
}
