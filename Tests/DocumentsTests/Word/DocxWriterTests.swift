import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import TestSupport
import Testing
@testable import Documents

@Suite(.timed) struct DocxWriterTests {
    static let required = [
        "[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml", "word/document.xml",
        "word/_rels/document.xml.rels", "word/styles.xml", "word/numbering.xml", "word/settings.xml",
        "word/header1.xml", "word/footer1.xml", "word/fontTable.xml", "word/theme/theme1.xml",
        "word/charts/chart1.xml", "word/charts/chart2.xml", "word/charts/chart3.xml", "word/media/image1.png",
        "word/charts/_rels/chart1.xml.rels", "word/charts/_rels/chart2.xml.rels", "word/charts/_rels/chart3.xml.rels",
        "word/embeddings/Microsoft_Excel_Worksheet1.xlsx", "word/embeddings/Microsoft_Excel_Worksheet2.xlsx",
        "word/embeddings/Microsoft_Excel_Worksheet3.xlsx",
    ]

    @Test func everyPartIsThereAndParses() throws {
        let parts = try DocxFixture.parts(DocxFixture.document())
        #expect(Set(parts.keys) == Set(Self.required))
        for (name, bytes) in parts where !name.hasSuffix(".png") && !name.hasSuffix(".xlsx") {
            #expect(throws: Never.self, "\(name)") { _ = try DocxFixture.xml(bytes) }
        }
    }

    @Test func theStylesTheDocumentUsesExist() throws {
        let parts = try DocxFixture.parts(DocxFixture.document())
        let styles = String(decoding: try #require(parts["word/styles.xml"]), as: UTF8.self)
        let defined = Set(DocxFixture.values(of: "w:styleId", on: "w:style", in: styles))
        var used: Set<String> = []
        for name in ["word/document.xml", "word/header1.xml", "word/footer1.xml"] {
            let xml = String(decoding: try #require(parts[name]), as: UTF8.self)
            for element in ["w:pStyle", "w:rStyle", "w:tblStyle"] { used.formUnion(DocxFixture.values(of: "w:val", on: element, in: xml)) }
        }
        #expect(used.isSuperset(of: ["Title", "Heading2", "ListBullet", "ListNumber", "Caption", "TOCHeading", "TOC2", "MjaTabel", "Quote", "Code", "Hyperlink"]))
        #expect(used.subtracting(defined).isEmpty, "not in styles.xml: \(used.subtracting(defined).sorted())")
        #expect(styles.contains("<w:name w:val=\"heading 2\"/>") && styles.contains("<w:outlineLvl w:val=\"1\"/>"))
    }

    @Test func pageHeaderFooterAndProperties() throws {
        let parts = try DocxFixture.parts(DocxFixture.document())
        let body = String(decoding: try #require(parts["word/document.xml"]), as: UTF8.self)
        #expect(body.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"))
        #expect(body.contains("<w:titlePg/>"))
        let footer = String(decoding: try #require(parts["word/footer1.xml"]), as: UTF8.self)
        #expect(footer.contains("pagina </w:t>") && footer.contains("w:instr=\" PAGE \"") && footer.contains("w:instr=\" NUMPAGES \""))
        let header = String(decoding: try #require(parts["word/header1.xml"]), as: UTF8.self)
        #expect(header.contains("Regionale Meerjarenagenda Twente"))
        let core = String(decoding: try #require(parts["docProps/core.xml"]), as: UTF8.self)
        #expect(core.contains("<dc:title>Regionale Meerjarenagenda Twente</dc:title>"))
        #expect(core.contains("<cp:keywords>Twente, Regionale Meerjarenagenda Twente</cp:keywords>"))
        #expect(!core.contains("dcterms:created") && !core.contains("dcterms:modified"))
        let styles = String(decoding: try #require(parts["word/styles.xml"]), as: UTF8.self)
        #expect(styles.contains("<w:lang w:val=\"nl-NL\""))
        let settings = String(decoding: try #require(parts["word/settings.xml"]), as: UTF8.self)
        #expect(settings.contains("<w:updateFields w:val=\"true\"/>"))
    }

    @Test func linksTablesAndTheTableOfContents() throws {
        let parts = try DocxFixture.parts(DocxFixture.document())
        let body = String(decoding: try #require(parts["word/document.xml"]), as: UTF8.self)
        let rels = String(decoding: try #require(parts["word/_rels/document.xml.rels"]), as: UTF8.self)
        // The internal link goes to the bookmark of the heading "Acties", the second after the cover.
        #expect(body.contains("<w:bookmarkStart w:id=\"2\" w:name=\"kop_2\"/>"))
        #expect(DocxFixture.values(of: "w:anchor", on: "w:hyperlink", in: body).contains("kop_2"))
        #expect(rels.contains("Target=\"https://www.uwv.nl/\" TargetMode=\"External\""))
        #expect(!rels.contains("javascript") && !body.contains("javascript"))
        #expect(body.contains("TOC \\o \"1-3\" \\h \\z \\u") && body.contains("w:dirty=\"true\""))
        #expect(body.contains("<w:tblW w:w=\"5000\" w:type=\"pct\"/>") && body.contains("<w:tblHeader/>"))
        #expect(body.contains("<w:jc w:val=\"right\"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">€ 1.000</w:t>"), "total row bold, right-aligned")
        let numbering = String(decoding: try #require(parts["word/numbering.xml"]), as: UTF8.self)
        #expect(numbering.contains("<w:startOverride w:val=\"3\"/>"))
    }

    @Test func chartsCarryTheirValuesAndTheMapIsAPNG() throws {
        let parts = try DocxFixture.parts(DocxFixture.document())
        let bars = String(decoding: try #require(parts["word/charts/chart1.xml"]), as: UTF8.self)
        #expect(bars.contains("<c:barDir val=\"col\"/><c:grouping val=\"stacked\"/>"))
        #expect(bars.contains("<c:v>1000</c:v>") && bars.contains("<c:v>0.5</c:v>"), "cents as euros")
        let timeline = String(decoding: try #require(parts["word/charts/chart3.xml"]), as: UTF8.self)
        #expect(timeline.contains("<a:noFill/>") && timeline.contains("<c:v>90</c:v>"))
        let png = try #require(parts["word/media/image1.png"])
        #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        // IHDR's CRC covers its type and data; the zlib stream inflates to height rows of width + 1.
        #expect(CRC32.checksum(png[12..<29]) == UInt32(png[29]) << 24 | UInt32(png[30]) << 16 | UInt32(png[31]) << 8 | UInt32(png[32]))
        let width = Int(png[16]) << 24 | Int(png[17]) << 16 | Int(png[18]) << 8 | Int(png[19])
        let height = Int(png[20]) << 24 | Int(png[21]) << 16 | Int(png[22]) << 8 | Int(png[23])
        let idatLength = Int(png[33]) << 24 | Int(png[34]) << 16 | Int(png[35]) << 8 | Int(png[36])
        let zlib = Array(png[41..<(41 + idatLength)])
        let raw = try #require(Inflate.decompress(Array(zlib.dropFirst(2).dropLast(4))))
        #expect(raw.count == height * (width + 1))
        #expect(raw.contains(0) && raw.contains(255), "outlines and white")
    }

    /// Word's "Gegevens bewerken" opens the chart's numbers: each chart names its embedded
    /// workbook, and the cells its series formulas point at hold the values it shows.
    @Test func everyChartEmbedsItsDataAsAWorkbook() throws {
        let parts = try DocxFixture.parts(DocxFixture.document())
        let types = String(decoding: try #require(parts["[Content_Types].xml"]), as: UTF8.self)
        #expect(types.contains("<Default Extension=\"xlsx\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\"/>"))
        for number in 1...3 {
            let chart = String(decoding: try #require(parts["word/charts/chart\(number).xml"]), as: UTF8.self)
            #expect(chart.hasSuffix("<c:externalData r:id=\"rId1\"><c:autoUpdate val=\"0\"/></c:externalData></c:chartSpace>"))
            let relationships = String(decoding: try #require(parts["word/charts/_rels/chart\(number).xml.rels"]), as: UTF8.self)
            #expect(relationships.contains("Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/package\" Target=\"../embeddings/Microsoft_Excel_Worksheet\(number).xlsx\""))
            let workbook = try XlsxReader(try #require(parts["word/embeddings/Microsoft_Excel_Worksheet\(number).xlsx"]))
            #expect(workbook.sheets.map(\.name) == ["Blad1"], "the sheet the series formulas name")
        }
        let bars = try XlsxReader(try #require(parts["word/embeddings/Microsoft_Excel_Worksheet1.xlsx"])).sheets[0].cells
        let chart = String(decoding: try #require(parts["word/charts/chart1.xml"]), as: UTF8.self)
        #expect(chart.contains("<c:f>Blad1!$B$1</c:f>") && chart.contains("<c:f>Blad1!$A$2:$A$3</c:f>") && chart.contains("<c:f>Blad1!$B$2:$B$3</c:f>"))
        func cell(_ reference: String) -> XlsxReader.Value? { bars.first { $0.reference == reference }?.value }
        #expect(cell("A2") == .text("2026") && cell("A3") == .text("2027"))
        #expect(cell("B1") == .text("sociaal") && cell("C1") == .text("economisch") && cell("A1") == nil)
        #expect(cell("B2") == .number(1000, text: "1000") && cell("C2") == .number(0.5, text: "0.5"), "cents as euros, as the chart shows them")
        let horizontal = try XlsxReader(try #require(parts["word/embeddings/Microsoft_Excel_Worksheet2.xlsx"])).sheets[0].cells
        #expect(horizontal.map(\.value) == [.text("Per bron"), .text("Rijk"), .number(5, text: "5"), .text("Gemeente"), .number(7, text: "7")])
    }

    static let hostile: [(id: String, text: String)] = [
        ("cdata end", "a ]]> b"),
        ("control", "a\u{1}b\u{B}c\u{FFFE}d"),
        ("markup", "<w:p><w:r><w:t>x</w:t></w:r></w:p> & \"'"),
        ("long word", String(repeating: "arbeidsmarkt", count: 167)),
    ]

    @Test(arguments: hostile)
    func hostileTextGivesAValidFile(hostile: (id: String, text: String)) throws {
        let parts = try DocxFixture.parts(DocxFixture.document(title: hostile.text, prose: hostile.text))
        for (name, bytes) in parts where !name.hasSuffix(".png") {
            if name.hasSuffix(".xlsx") {
                // A chart's data; its own parts are checked the same way in the workbook's tests.
                #expect(throws: Never.self, "\(hostile.id): \(name)") { _ = try XlsxReader(bytes) }
                continue
            }
            #expect(throws: Never.self, "\(hostile.id): \(name)") { _ = try DocxFixture.xml(bytes) }
            #expect(!bytes.contains(0x01) && !bytes.contains(0x0B), "\(hostile.id): \(name) holds a control character")
        }
        let body = String(decoding: try #require(parts["word/document.xml"]), as: UTF8.self)
        #expect(!body.contains("<w:p><w:r><w:t>x</w:t>"))
        if hostile.id == "control" { #expect(body.contains("abcd")) }
    }

    @Test func theSameDocumentGivesTheSameBytes() {
        #expect(DocxWriter().write(DocxFixture.document()) == DocxWriter().write(DocxFixture.document()))
    }
}

@Suite(.timed) struct DocxTableShadeTests {
    @Test func shadedCellsGetTheirFill() throws {
        var table = Table(header: ["Thema", "Oordeel"], rows: [["a", "✓"], ["b", "⚠"], ["c", "✗"]])
        table.shades = [.init(row: 1, column: 1): .caution, .init(row: 2, column: 1): .shortfall]
        let parts = try DocxFixture.parts(Document(metadata: DocumentMetadata(title: "t"), blocks: [.table(table)]))
        let xml = String(decoding: try #require(parts["word/document.xml"]), as: UTF8.self)
        #expect(xml.components(separatedBy: "w:fill=\"FFF3CD\"").count == 2)
        #expect(xml.components(separatedBy: "w:fill=\"F8D7DA\"").count == 2)
    }
}

@Suite(.timed) struct DocxColumnWidthTests {
    @Test func wordsBreakWhereWordBreaksThem() {
        #expect(WordBody.longestWord(in: "Organisatie\u{AD}overstijgend") == 12)
        #expect(WordBody.longestWord(in: "Noord-Brabant") == 7)
        #expect(WordBody.longestWord(in: "Zaanstreek/Waterland") == 11)
        #expect(WordBody.longestWord(in: "") == 0)
        #expect(WordBody.longestWord(in: "31-12-2027") == 10, "a date does not break at its hyphens")
        #expect(WordBody.longestWord(in: "2026-2030") == 9)
    }
}

/// Issue 29: a tab in a title became a Word tab stop, pushing the title across the line and, in the
/// running header, the part label off it. A tab in text is a space, as in HTML; code keeps its tabs.
@Suite(.timed) struct DocxTabTests {
    @Test func aTabInTextIsASpaceAndInCodeATab() throws {
        let document = Document(
            metadata: DocumentMetadata(title: "Agenda\tTwente", part: "Uitvoeringsdeel 2026-2027"),
            blocks: [
                .heading(level: 1, content: [.text("Agenda\tTwente")]),
                .paragraph([.text("een\ttab")]),
                .codeBlock(info: "", text: "a\tb\n"),
            ])
        let parts = try DocxFixture.parts(document)
        let body = String(decoding: try #require(parts["word/document.xml"]), as: UTF8.self)
        #expect(body.contains("Agenda Twente") && body.contains("een tab"))
        #expect(body.components(separatedBy: "<w:tab/>").count - 1 == 1, "only the code's tab")
        let header = String(decoding: try #require(parts["word/header1.xml"]), as: UTF8.self)
        #expect(header.contains("Agenda Twente"))
        #expect(header.components(separatedBy: "<w:tab/>").count - 1 == 1, "only the tab before the part label")
    }
}
