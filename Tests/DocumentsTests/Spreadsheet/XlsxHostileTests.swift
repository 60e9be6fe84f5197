import TestSupport
import Testing
@testable import Documents

/// Every workbook that crashed, hung or ate gigabytes (issue 31, points 1, 2 and 6), made small
/// here: each is refused with a failure that names what is wrong, or read within the limits.
@Suite(.timed) struct XlsxHostileTests {
    typealias Entry = HostileWorkbook.Entry

    func failure(_ bytes: [UInt8], limits: XlsxReader.Limits = XlsxReader.Limits()) -> XlsxReader.Failure? {
        do { _ = try XlsxReader(bytes, limits: limits); return nil } catch { return error }
    }

    @Test func aPartThatSaysItInflatesPastTheLimitIsRefusedBeforeInflating() {
        let sheet = Entry(name: "xl/worksheets/sheet1.xml", data: HostileWorkbook.bomb(copies: 10), method: 8, size: 100 << 20, crc: 0)
        let parts = HostileWorkbook.parts(sheets: [""]).dropLast() + [sheet]
        #expect(failure(HostileWorkbook.zip(Array(parts))) == .tooLarge(limit: 48 << 20))
    }

    @Test func aPartThatInflatesPastWhatItSaysStopsThere() {
        // States 1,000 bytes, would inflate to 100 MB: inflating stops after the 1,000.
        let sheet = Entry(name: "xl/worksheets/sheet1.xml", data: HostileWorkbook.bomb(copies: 400_000), method: 8, size: 1_000, crc: 0)
        let parts = HostileWorkbook.parts(sheets: [""]).dropLast() + [sheet]
        guard case .notAnArchive = failure(HostileWorkbook.zip(Array(parts))) else { Issue.record("not refused"); return }
    }

    @Test func oneBudgetForAllPartsTogether() throws {
        // Two sheets of 200 KB each: either fits in 300 KB, both together do not.
        let content = [UInt8](repeating: UInt8(ascii: "a"), count: 1 + 258 * 800)
        func sheet(_ number: Int) -> Entry {
            Entry(name: "xl/worksheets/sheet\(number).xml", data: HostileWorkbook.bomb(copies: 800), method: 8, content: content)
        }
        let parts = Array(HostileWorkbook.parts(sheets: ["", ""]).dropLast(2)) + [sheet(1), sheet(2)]
        let limits = XlsxReader.Limits(inflatedBytes: 300_000)
        #expect(throws: Never.self) { try XlsxReader(HostileWorkbook.zip(Array(parts.dropLast())), limits: limits, choosing: { _ in [0] }) }
        #expect(failure(HostileWorkbook.zip(parts), limits: limits) == .tooLarge(limit: 300_000))
        // A sheet not chosen is never inflated, so it costs nothing.
        #expect(throws: Never.self) { try XlsxReader(HostileWorkbook.zip(parts), limits: limits, choosing: { _ in [1] }) }
    }

    @Test func aPartNobodyReadsIsNeverInflated() throws {
        // A picture that says it is 900 MB (and would not inflate to that): the cells are read all the same.
        let picture = Entry(name: "xl/media/image1.png", data: HostileWorkbook.bomb(copies: 4_000), method: 8, size: 900 << 20, crc: 0)
        let reader = try XlsxReader(HostileWorkbook.workbook(sheet: "<row r=\"1\"><c r=\"A1\"><v>7</v></c></row>", extra: [picture]))
        #expect(reader.sheets[0].cells.map(\.value) == [.number(7, text: "7")])
    }

    @Test func twelveEntriesPointingAtOnePartAreRefused() {
        let parts = HostileWorkbook.parts(sheets: ["<row><c><v>1</v></c></row>"])
        let aliases = (1...12).map { (name: "xl/worksheets/kopie\($0).xml", of: parts.count - 1) }
        #expect(failure(HostileWorkbook.zip(parts, aliases: aliases)) == .overlappingParts("xl/worksheets/sheet1.xml", "xl/worksheets/kopie1.xml"))
    }

    @Test func twoPartsWithTheSameNameAreRefused() {
        // mja read the first, Excel and openpyxl the last: neither is sure, so the file is refused.
        let parts = HostileWorkbook.parts(sheets: ["<row><c><v>1</v></c></row>"])
        let second = Entry(name: "xl/worksheets/sheet1.xml", data: Array("<worksheet><sheetData><row><c><v>2</v></c></row></sheetData></worksheet>".utf8))
        #expect(failure(HostileWorkbook.zip(parts + [second])) == .duplicatePart("xl/worksheets/sheet1.xml"))
        #expect(throws: ZipError.duplicateName("xl/worksheets/sheet1.xml")) { try ZipReader(HostileWorkbook.zip(parts + [second])) }
    }

    @Test func aHundredThousandCommentsAreScannedOnce() throws {
        // 700 KB; the scanner once searched the rest of the file for `<![CDATA[` at every `<!`.
        let comments = String(repeating: "<!---->", count: 100_000)
        let reader = try XlsxReader(HostileWorkbook.workbook(sheet: "<row r=\"1\"><c r=\"A1\"><v>1\(comments)5</v></c></row>\(comments)"))
        #expect(reader.sheets[0].cells.map(\.value) == [.number(15, text: "15")])
    }

    @Test(arguments: [
        ("the largest Int", "<row r=\"9223372036854775807\"><c><v>1</v></c></row><row><c><v>2</v></c></row>",
         XlsxReader.Failure.badRowNumber(sheet: "Blad1", row: "9223372036854775807")),
        ("past the last row", "<row r=\"1048576\"/><row><c><v>2</v></c></row>", .badRowNumber(sheet: "Blad1", row: "1048577")),
        ("row zero", "<row r=\"0\"><c><v>2</v></c></row>", .badRowNumber(sheet: "Blad1", row: "0")),
        ("negative", "<row r=\"-3\"><c><v>2</v></c></row>", .badRowNumber(sheet: "Blad1", row: "-3")),
        ("past XFD", "<row r=\"1\"><c r=\"XFE1\"><v>2</v></c></row>", .badCellReference(sheet: "Blad1", reference: "XFE1")),
        ("past the last row in a cell", "<row><c r=\"A1048577\"><v>2</v></c></row>", .badCellReference(sheet: "Blad1", reference: "A1048577")),
        ("no reference", "<row><c r=\"hier\"><v>2</v></c></row>", .badCellReference(sheet: "Blad1", reference: "hier")),
        ("counted past XFD", "<row r=\"3\"><c r=\"XFD3\"><v>1</v></c><c><v>2</v></c></row>", .badCellReference(sheet: "Blad1", reference: "XFE3")),
    ])
    func everyRowAndCellReferenceIsInsideTheGrid(id: String, sheet: String, expected: XlsxReader.Failure) {
        #expect(failure(HostileWorkbook.workbook(sheet: sheet)) == expected, "\(id)")
    }

    @Test func aMillionRowsStopAtTheLastRowOfExcel() {
        // 6 MB of rows without a number: counted on, they run past row 1,048,576 and stop there.
        let rows = String(repeating: "<row/>", count: XlsxReader.maximumRows + 1)
        #expect(failure(HostileWorkbook.workbook(sheet: rows)) == .badRowNumber(sheet: "Blad1", row: "1048577"))
    }

    @Test func cellsPastTheLimitStopTheReader() {
        let rows = (1...11).map { "<row r=\"\($0)\"><c r=\"A\($0)\"><v>\($0)</v></c></row>" }.joined()
        #expect(failure(HostileWorkbook.workbook(sheet: rows), limits: XlsxReader.Limits(cells: 10)) == .tooManyCells(sheet: "Blad1", limit: 10))
        #expect(throws: Never.self) { try XlsxReader(HostileWorkbook.workbook(sheet: rows), limits: XlsxReader.Limits(cells: 11)) }
    }

    @Test func sharedStringsPastTheLimitStopTheReader() {
        // Millions of one-letter strings would take more memory than the part they are in.
        let strings = Entry(name: "xl/sharedStrings.xml", data: Array(("<sst>" + String(repeating: "<si><t>a</t></si>", count: 11) + "</sst>").utf8))
        let bytes = HostileWorkbook.workbook(sheet: "<row><c t=\"s\"><v>0</v></c></row>", extra: [strings])
        #expect(failure(bytes, limits: XlsxReader.Limits(cells: 10)) == .tooManyStrings(limit: 10))
        #expect(throws: Never.self) { try XlsxReader(bytes, limits: XlsxReader.Limits(cells: 11)) }
    }

    @Test func numbersThatAreNoneAndDatesThatDoNotExistAreNotTakenAsSuch() throws {
        let sheet = "<row r=\"1\"><c r=\"A1\"><v>INF</v></c><c r=\"B1\"><v>1e999</v></c><c r=\"C1\"><v>nan</v></c>"
            + "<c r=\"D1\"><v>9.3e18</v></c><c r=\"E1\" t=\"d\"><v>2026-02-31</v></c><c r=\"F1\" t=\"d\"><v>99999999999-01-01</v></c></row>"
        let cells = try XlsxReader(HostileWorkbook.workbook(sheet: sheet)).sheets[0].cells
        #expect(cells.map(\.value) == [.error("INF"), .error("1e999"), .error("nan"), .number(9.3e18, text: "9.3e18"),
                                       .text("2026-02-31"), .text("99999999999-01-01")])
    }
}
