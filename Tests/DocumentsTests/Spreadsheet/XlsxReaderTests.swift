import TestSupport
import Testing
@testable import Documents

@Suite(.timed) struct XlsxReaderTests {
    @Test func readsBackWhatTheWriterWrote() throws {
        let sheet = Worksheet(name: "Signalen", header: ["Tekst", "Datum", "Bedrag", "Aantal", "Ja"], rows: [
            [.text("=SUM(A1)"), .date(year: 2026, month: 3, day: 1), .euro(cents: 125_000_050), .count(7), .boolean(true)],
            [.text("regel 1\r\nregel 2 & <meer>"), .empty, .number(0.1), .whole(2026), .boolean(false)],
        ])
        let reader = try XlsxReader(XlsxWriter().render(Workbook(sheets: [sheet, Worksheet(name: "Leeg", header: [], rows: [])])))
        #expect(reader.sheets.map(\.name) == ["Signalen", "Leeg"])
        let cells = reader.sheets[0].cells
        #expect(cells.count == 14)
        func value(_ reference: String) -> XlsxReader.Value? { cells.first { $0.reference == reference }?.value }
        #expect(value("A1") == .text("Tekst"))
        #expect(value("A2") == .text("=SUM(A1)"))
        #expect(value("B2") == .date(year: 2026, month: 3, day: 1))
        #expect(value("C2") == .number(1_250_000.5, text: "1250000.5"))
        #expect(value("D2") == .number(7, text: "7"))
        #expect(value("E2") == .boolean(true))
        #expect(value("A3") == .text("regel 1\r\nregel 2 & <meer>"))
        #expect(value("B3") == nil)
        #expect(value("C3") == .number(0.1, text: "0.1"))
        #expect(value("E3") == .boolean(false))
        #expect(reader.sheets[0].rows.map(\.number) == [1, 2, 3])
    }

    /// A package written by hand the way other programs write: inline strings, a formula's cached
    /// text, an error value, a prefixed namespace, phonetic runs, the 1904 date system, a custom
    /// date format, cells without a reference.
    @Test func readsWhatOtherProgramsWrite() throws {
        var zip = ZipWriter()
        let ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        try zip.add("_rels/.rels", Array("""
            <?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/xl/boek.xml"/></Relationships>
            """.utf8))
        try zip.add("xl/boek.xml", Array("""
            <x:workbook xmlns:x="\(ns)" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
            <x:workbookPr date1904="1"/><x:sheets><x:sheet name="Blad &amp; co" sheetId="1" r:id="rIdA"/></x:sheets></x:workbook>
            """.utf8))
        try zip.add("xl/_rels/boek.xml.rels", Array("""
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rIdA" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="bladen/een.xml"/>\
            <Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="teksten.xml"/>\
            <Relationship Id="rIdT" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="stijlen.xml"/></Relationships>
            """.utf8))
        try zip.add("xl/teksten.xml", Array("""
            <sst xmlns="\(ns)"><si><r><t>Ge</t></r><r><rPr><b/></rPr><t xml:space="preserve">deeld </t></r><rPh><t>fonetisch</t></rPh></si><si><t>tweede</t></si></sst>
            """.utf8))
        try zip.add("xl/stijlen.xml", Array("""
            <styleSheet xmlns="\(ns)"><numFmts count="1"><numFmt numFmtId="170" formatCode="[$-413]d\\ mmmm\\ yyyy;@"/></numFmts>\
            <cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="170"/><xf numFmtId="14"/></cellXfs></styleSheet>
            """.utf8))
        try zip.add("xl/bladen/een.xml", Array("""
            <?xml version="1.0" encoding="UTF-8"?><!-- door een ander programma --><x:worksheet xmlns:x="\(ns)"><x:sheetData>\
            <x:row r="2"><x:c t="s"><x:v>0</x:v></x:c><x:c t="inlineStr"><x:is><x:t>in&#233;n</x:t></x:is></x:c>\
            <x:c t="str"><x:f>A2&amp;"x"</x:f><x:v>Gedeeld x</x:v></x:c><x:c t="e"><x:v>#N/B</x:v></x:c></x:row>\
            <x:row r="5"><x:c r="C5" s="1"><x:v>44985</x:v></x:c><x:c s="2"><x:v>0</x:v></x:c><x:c t="b"><x:v>0</x:v></x:c>\
            <x:c t="s"><x:v>9</x:v></x:c><x:c><x:v>1e3</x:v></x:c><x:c r="J5" t="s"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>
            """.utf8))
        let reader = try XlsxReader(try zip.finish())
        let sheet = try #require(reader.sheets.first)
        #expect(sheet.name == "Blad & co")
        #expect(sheet.cells.map(\.reference) == ["A2", "B2", "C2", "D2", "C5", "D5", "E5", "F5", "G5", "J5"])
        #expect(sheet.cells.map(\.value) == [
            .text("Gedeeld "), .text("inén"), .text("Gedeeld x"), .error("#N/B"),
            .date(year: 2027, month: 3, day: 1), .date(year: 1904, month: 1, day: 1), .boolean(false), .error("#VERW!"),
            .number(1000, text: "1e3"), .text("tweede"),
        ])
    }

    @Test func damageIsAFailureNotATrap() throws {
        #expect(throws: XlsxReader.Failure.self) { try XlsxReader(Array("geen zip".utf8)) }
        var zip = ZipWriter()
        try zip.add("word/document.xml", Array("<w:document/>".utf8))
        #expect(throws: XlsxReader.Failure.noWorkbook) { try XlsxReader(try zip.finish()) }
        var broken = ZipWriter()
        try broken.add("xl/workbook.xml", Array("<workbook><sheets><sheet name=\"a".utf8))
        #expect(throws: XlsxReader.Failure.damagedPart("xl/workbook.xml")) { try XlsxReader(try broken.finish()) }
    }

    @Test(arguments: [("d-m-yyyy", true), ("[$-413]d\\ mmmm\\ yyyy;@", true), ("#,##0", false), ("\"dag\" 0", false), ("[$€-413] #,##0.00", false), ("h:mm", false)])
    func dateFormats(code: String, isDate: Bool) {
        #expect(XlsxReader.isDateFormat(code) == isDate)
    }
}
