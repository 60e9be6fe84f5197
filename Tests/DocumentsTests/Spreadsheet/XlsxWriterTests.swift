import TestSupport
import Testing
@testable import Documents

@Suite(.timed) struct XlsxWriterTests {
    static let sheet = Worksheet(name: "Signalen", header: ["Regio", "Datum", "Bedrag", "Aantal", "Jaar", "Titel"], rows: [
        [.text("AM05"), .date(year: 2026, month: 3, day: 1), .euro(cents: 125_000_050), .count(1_234), .whole(2026), .text("Scholing <&> \"werkenden\"")],
        [.text("AM13"), .date(year: 2025, month: 12, day: 31), .euro(cents: -500), .count(0), .whole(2027), .text("=SUM(A1:A9)")],
        [.text("+31 6"), .empty, .number(2.5), .boolean(true), .text("-5"), .text("@gebruiker")],
    ])

    static func parts(_ workbook: Workbook) throws -> ZipReader {
        try ZipReader(XlsxWriter().render(workbook))
    }

    static func text(_ reader: ZipReader, _ name: String) -> String {
        String(decoding: reader[name] ?? [], as: UTF8.self)
    }

    @Test func cellsAreTyped() throws {
        let reader = try Self.parts(Workbook(sheets: [Self.sheet]))
        let xml = Self.text(reader, "xl/worksheets/sheet1.xml")
        #expect(xml.contains("<c r=\"B2\" s=\"7\"><v>46082</v></c>"), "a date is its serial number with the date format")
        #expect(xml.contains("<c r=\"C2\" s=\"6\"><v>1250000.5</v></c>"), "euros are an exact number with the euro format")
        #expect(xml.contains("<c r=\"C3\" s=\"6\"><v>-5</v></c>"))
        #expect(xml.contains("<c r=\"D2\" s=\"4\"><v>1234</v></c>"), "a count is a number")
        #expect(xml.contains("<c r=\"E2\" s=\"5\"><v>2026</v></c>"))
        #expect(xml.contains("<c r=\"C4\"><v>2.5</v></c>"))
        #expect(xml.contains("<c r=\"D4\" t=\"b\"><v>1</v></c>"))
        #expect(!xml.contains("<c r=\"B4\""), "an empty cell is left out")
        let styles = Self.text(reader, "xl/styles.xml")
        #expect(styles.contains("formatCode=\"d-m-yyyy\""))
        #expect(styles.contains("formatCode=\"[$€-413] #,##0.00;[$€-413] -#,##0.00\""))
    }

    @Test func formulaLikeTextStaysText() throws {
        let reader = try Self.parts(Workbook(sheets: [Self.sheet]))
        let xml = Self.text(reader, "xl/worksheets/sheet1.xml")
        #expect(!xml.contains("<f>") && !xml.contains("<f "), "no cell is ever a formula")
        let strings = Self.text(reader, "xl/sharedStrings.xml")
        for (reference, text) in [("F3", "=SUM(A1:A9)"), ("A4", "+31 6"), ("E4", "-5"), ("F4", "@gebruiker")] {
            #expect(xml.contains("<c r=\"\(reference)\" s=\"3\" t=\"s\">"), "\(reference) is a string with the quote prefix")
            #expect(strings.contains(">\(text)</t>"))
        }
        #expect(Self.text(reader, "xl/styles.xml").contains("quotePrefix=\"1\""))
        #expect(xml.contains("<c r=\"A2\" s=\"2\" t=\"s\">"), "ordinary text is a string with the text format")
        #expect(strings.contains("Scholing &lt;&amp;&gt; &quot;werkenden&quot;"))
    }

    @Test func headerFrozenFilteredAndWidths() throws {
        let reader = try Self.parts(Workbook(sheets: [Self.sheet, Worksheet(name: "Totalen", header: ["Regio"], rows: [[.text("AM05")]])]))
        let xml = Self.text(reader, "xl/worksheets/sheet1.xml")
        #expect(xml.contains("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"))
        #expect(xml.contains("<autoFilter ref=\"A1:F4\"/>"))
        #expect(xml.contains("<dimension ref=\"A1:F4\"/>"))
        #expect(xml.contains("<c r=\"A1\" s=\"1\" t=\"s\">"), "the header is bold text")
        #expect(Self.sheet.columnWidths == [10, 12, 16, 11, 9, 26])
        let workbook = Self.text(reader, "xl/workbook.xml")
        #expect(workbook.contains("<sheet name=\"Signalen\" sheetId=\"1\" r:id=\"rId1\"/><sheet name=\"Totalen\" sheetId=\"2\" r:id=\"rId2\"/>"))
        #expect(workbook.contains("<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"0\" hidden=\"1\">&#39;Signalen&#39;!$A$1:$F$4</definedName>"))
        #expect(!Self.text(reader, "docProps/core.xml").contains("dcterms:created"), "no clock time")
    }

    /// A sheet printed as a wide table: landscape A4, fitted to one page wide and any number tall,
    /// its header row repeated on every page (print titles); another sheet keeps the defaults.
    @Test func aWideTablePrintsLandscapeOnePageWideWithItsHeaderOnEveryPage() throws {
        var wide = Self.sheet
        wide.printsAsWideTable = true
        let reader = try Self.parts(Workbook(sheets: [Worksheet(name: "Uitleg", header: ["Tekst"], rows: []), wide]))
        let xml = Self.text(reader, "xl/worksheets/sheet2.xml")
        #expect(xml.contains("\"><sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr><dimension "))
        #expect(xml.hasSuffix("<pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/></worksheet>"))
        let plain = Self.text(reader, "xl/worksheets/sheet1.xml")
        #expect(!plain.contains("<sheetPr") && !plain.contains("<pageSetup"))
        let workbook = Self.text(reader, "xl/workbook.xml")
        #expect(workbook.contains("<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"1\">&#39;Signalen&#39;!$1:$1</definedName>"))
        #expect(!workbook.contains("localSheetId=\"0\">&#39;Uitleg"))
    }

    @Test func theSameWorkbookGivesTheSameBytes() {
        let workbook = Workbook(sheets: [Self.sheet], title: "Signalen")
        #expect(XlsxWriter().render(workbook) == XlsxWriter().render(workbook))
    }

    @Test func sheetNamesAreMadeValid() {
        #expect(XlsxWriter.sheetNames(["Begroting", "a/b:c", "begroting", "", String(repeating: "x", count: 40), "'x'"])
            == ["Begroting", "a b c", "begroting (2)", "Blad4", String(repeating: "x", count: 31), "x"])
    }

    @Test(arguments: [
        (1900, 1, 1, 1), (1900, 2, 28, 59), (1900, 3, 1, 61), (1970, 1, 1, 25_569), (2026, 3, 1, 46_082), (9999, 12, 31, 2_958_465),
    ])
    func serialDates(year: Int, month: Int, day: Int, serial: Int) {
        #expect(SpreadsheetDate.serial(year: year, month: month, day: day) == serial)
        let back = SpreadsheetDate.date(serial: serial)
        #expect(back?.year == year && back?.month == month && back?.day == day)
    }

    @Test func serialSixtyIsTheDayThatNeverWas() {
        #expect(SpreadsheetDate.date(serial: 60) == nil)
        #expect(SpreadsheetDate.date(serial: 0) == nil)
    }

    @Test func textThatXMLCannotHoldRoundTrips() {
        for text in ["regel 1\r\nregel 2", "_x0041_ is letterlijk", "gewoon"] {
            #expect(SpreadsheetText.unescape(SpreadsheetText.escape(text).replacingOccurrences(of: "&amp;", with: "&")) == text)
        }
        #expect(SpreadsheetText.escape("a\rb") == "a_x000D_b")
        #expect(SpreadsheetText.escape("bel\u{7}") == "bel", "an invisible control is left out (TextCleaning)")
        #expect(SpreadsheetText.position(of: "AB12")! == (27, 12))
        #expect(SpreadsheetText.position(of: "$C$3")! == (2, 3))
        #expect(SpreadsheetText.position(of: "12") == nil)
        #expect(SpreadsheetText.column(27) == "AB")
    }
}
