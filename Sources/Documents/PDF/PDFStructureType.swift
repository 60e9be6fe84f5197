/// The standard structure type of a ``PDFStructure`` element (ISO 32000-1, 14.8.4), one byte: a
/// long tagged document has hundreds of thousands of elements, and the type's name as a `String`
/// took 16 bytes of each (issue 38: 300 000 elements in the signal report at 100 times the
/// national content). Written into the file by its ``name``.
enum PDFStructureType: UInt8, CaseIterable, Sendable {
    case document, paragraph, heading1, heading2, heading3, heading4, heading5, heading6
    case list, listItem, label, listBody
    case table, caption, tableHead, tableBody, tableRow, headerCell, dataCell
    case figure, link, tableOfContents, tableOfContentsItem, blockQuote, code

    /// `H1` to `H6` for heading `level`, levels outside 1...6 taken as the nearest.
    static func heading(_ level: Int) -> PDFStructureType {
        PDFStructureType(rawValue: heading1.rawValue + UInt8(min(max(level, 1), 6) - 1))!
    }

    /// Its name in the file: `/S /P`, `/TH`, and in marked content `/P <</MCID 0>> BDC`.
    var name: String {
        switch self {
        case .document: "Document"
        case .paragraph: "P"
        case .heading1: "H1"
        case .heading2: "H2"
        case .heading3: "H3"
        case .heading4: "H4"
        case .heading5: "H5"
        case .heading6: "H6"
        case .list: "L"
        case .listItem: "LI"
        case .label: "Lbl"
        case .listBody: "LBody"
        case .table: "Table"
        case .caption: "Caption"
        case .tableHead: "THead"
        case .tableBody: "TBody"
        case .tableRow: "TR"
        case .headerCell: "TH"
        case .dataCell: "TD"
        case .figure: "Figure"
        case .link: "Link"
        case .tableOfContents: "TOC"
        case .tableOfContentsItem: "TOCI"
        case .blockQuote: "BlockQuote"
        case .code: "Code"
        }
    }
}
