import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import TestSupport
import Testing
@testable import Documents

/// The PowerPoint deck: a complete PresentationML package whose slides hold real placeholders,
/// native tables and chart parts, cut like the HTML deck.
@Suite(.timed) struct PptxWriterTests {
    /// The parts of the deck of `document`, by name.
    static func parts(_ document: Document) throws -> [String: [UInt8]] {
        let reader = try ZipReader(PptxWriter().write(document))
        return Dictionary(reader.entries.map { ($0.name, $0.bytes) }, uniquingKeysWith: { first, _ in first })
    }

    static func text(_ parts: [String: [UInt8]], _ name: String) throws -> String {
        String(decoding: try #require(parts[name], "\(name) is missing"), as: UTF8.self)
    }

    /// The slide parts in order: `ppt/slides/slide1.xml`, ...
    static func slides(_ parts: [String: [UInt8]]) -> [String] {
        (1...).lazy.map { "ppt/slides/slide\($0).xml" }.prefix { parts[$0] != nil }.map { $0 }
    }

    static let fixed = [
        "[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml", "ppt/presentation.xml",
        "ppt/_rels/presentation.xml.rels", "ppt/presProps.xml", "ppt/viewProps.xml", "ppt/tableStyles.xml", "ppt/theme/theme1.xml",
        "ppt/slideMasters/slideMaster1.xml", "ppt/slideMasters/_rels/slideMaster1.xml.rels",
    ] + (1...4).flatMap { ["ppt/slideLayouts/slideLayout\($0).xml", "ppt/slideLayouts/_rels/slideLayout\($0).xml.rels"] }

    @Test func everyPartIsThereParsesAndHasItsContentType() throws {
        let parts = try Self.parts(DocxFixture.document())
        let slides = Self.slides(parts)
        #expect(slides.count == SlideDeck(document: DocxFixture.document()).slides.count)
        let expected = Set(Self.fixed + slides + slides.map { $0.replacingOccurrences(of: "slides/", with: "slides/_rels/") + ".rels" }
            + (1...3).flatMap { ["ppt/charts/chart\($0).xml", "ppt/charts/_rels/chart\($0).xml.rels", "ppt/embeddings/Microsoft_Excel_Worksheet\($0).xlsx"] }
            + ["ppt/media/image1.png"])
        #expect(Set(parts.keys) == expected)
        for (name, bytes) in parts where !name.hasSuffix(".png") && !name.hasSuffix(".xlsx") {
            #expect(throws: Never.self, "\(name)") { _ = try DocxFixture.xml(bytes) }
        }
        // Every XML part but the relationships has its content type, and every type names a part.
        let types = try Self.text(parts, "[Content_Types].xml")
        let overrides = Set(DocxFixture.values(of: "PartName", on: "Override", in: types).map { String($0.dropFirst()) })
        #expect(overrides == Set(parts.keys.filter { $0.hasSuffix(".xml") && $0 != "[Content_Types].xml" }))
        #expect(types.contains("<Override PartName=\"/ppt/presentation.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml\"/>"))
        #expect(types.contains("<Override PartName=\"/ppt/charts/chart1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.drawingml.chart+xml\"/>"))
        #expect(types.contains("<Default Extension=\"png\" ContentType=\"image/png\"/>"))
    }

    @Test func sixteenByNineWithAMasterOfFourLayouts() throws {
        let parts = try Self.parts(DocxFixture.document())
        let presentation = try Self.text(parts, "ppt/presentation.xml")
        #expect(presentation.contains("<p:sldSz cx=\"12192000\" cy=\"6858000\"/>"))
        #expect(DocxFixture.values(of: "id", on: "p:sldId", in: presentation).count == Self.slides(parts).count)
        let master = try Self.text(parts, "ppt/slideMasters/slideMaster1.xml")
        #expect(master.contains("<p:ph type=\"title\"/>") && master.contains("<p:ph type=\"body\" idx=\"1\"/>"))
        #expect(master.contains("<p:titleStyle>") && master.contains("<a:buChar char=\"•\"/>"))
        #expect(DocxFixture.values(of: "id", on: "p:sldLayoutId", in: master) == ["2147483649", "2147483650", "2147483651", "2147483652"])
        let layouts = try (1...4).map { try Self.text(parts, "ppt/slideLayouts/slideLayout\($0).xml") }
        #expect(layouts.map { DocxFixture.values(of: "type", on: "p:sldLayout", in: $0).first } == ["title", "obj", "secHead", "titleOnly"])
        let rels = try Self.text(parts, "ppt/slideMasters/_rels/slideMaster1.xml.rels")
        #expect(rels.contains("Target=\"../theme/theme1.xml\""))
        let core = try Self.text(parts, "docProps/core.xml")
        #expect(core.contains("<dc:title>Regionale Meerjarenagenda Twente</dc:title>"))
        #expect(!core.contains("dcterms:created") && !core.contains("dcterms:modified"))
    }

    @Test func titlesStandInTitlePlaceholdersAndListsAreBulleted() throws {
        let parts = try Self.parts(DocxFixture.document())
        let cover = try Self.text(parts, "ppt/slides/slide1.xml")
        #expect(cover.contains("<p:ph type=\"ctrTitle\"/></p:nvPr></p:nvSpPr><p:spPr></p:spPr><p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:r><a:rPr lang=\"nl-NL\" dirty=\"0\"/><a:t>Regionale Meerjarenagenda Twente</a:t>"))
        #expect(cover.contains("<p:ph type=\"subTitle\" idx=\"1\"/>") && cover.contains("Beleidsdeel 2026-2030"))
        #expect(try Self.text(parts, "ppt/slides/_rels/slide1.xml.rels").contains("Target=\"../slideLayouts/slideLayout1.xml\""))
        let ambition = try Self.text(parts, "ppt/slides/slide2.xml")
        #expect(ambition.contains("<p:ph type=\"title\"/></p:nvPr></p:nvSpPr><p:spPr></p:spPr><p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:r><a:rPr lang=\"nl-NL\" dirty=\"0\"/><a:t>Ambitie</a:t>"))
        #expect(ambition.contains("<p:ph idx=\"1\"/>"), "the text is in the body placeholder")
        #expect(ambition.contains("<a:pPr lvl=\"0\"/><a:r><a:rPr lang=\"nl-NL\" dirty=\"0\"/><a:t>een </a:t></a:r><a:r><a:rPr lang=\"nl-NL\" i=\"1\" dirty=\"0\"/><a:t>punt</a:t>"))
        #expect(ambition.contains("<a:pPr lvl=\"1\"><a:buFont typeface=\"+mj-lt\"/><a:buAutoNum type=\"arabicPeriod\"/></a:pPr>"), "nested numbered item")
        #expect(ambition.contains("<a:buAutoNum type=\"arabicPeriod\" startAt=\"3\"/>"))
        #expect(ambition.contains("<a:fld id=\"{6D3F6C2B-4A7E-4C1B-9E55-2F0B1A9C7D10}\" type=\"slidenum\">"))
        // A web link is a hyperlink; a script link is only its text.
        let rels = try Self.text(parts, "ppt/slides/_rels/slide2.xml.rels")
        #expect(rels.contains("Target=\"https://www.uwv.nl/\" TargetMode=\"External\""))
        #expect(!rels.contains("javascript") && !ambition.contains("javascript"))
    }

    /// A run is one line: each line break in its texts (LF, CR, CR LF) is one space, as when the
    /// run's texts were joined as a `String` and mapped by `Character` (issue 38: now as bytes).
    @Test func lineBreaksInARunsTextsBecomeOneSpaceEach() throws {
        let content: Inlines = [.text("a\r\nb"), .softBreak, .text("c\nd\re"), .text(" <f>\r"), .text("\ng"),
                                .strong([.text("h\n")])]
        let document = Document(metadata: DocumentMetadata(title: "T"), blocks: [.heading(level: 1, content: [.text("Kop")]),
                                                                                  .paragraph(content)])
        let parts = try Self.parts(document)
        let slides = Self.slides(parts).map { try? Self.text(parts, $0) }
        let body = try #require(slides.compactMap { $0 }.first { $0.contains("<a:t>a b") })
        // A CR ending one text and an LF starting the next are one line break, as in the joined `String`.
        #expect(body.contains("<a:t>a b c d e &lt;f&gt; g</a:t>"), "\(body)")
        #expect(body.contains("<a:t>h </a:t>"))
    }

    @Test func aTableIsANativeTableWithAHeaderRow() throws {
        let parts = try Self.parts(DocxFixture.document())
        let slides = try Self.slides(parts).map { try Self.text(parts, $0) }
        let index = try #require(slides.firstIndex { $0.contains("<a:t>Acties</a:t>") })
        let slide = slides[index]
        #expect(slide.contains("<p:graphicFrame>") && slide.contains("<a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/table\"><a:tbl>"))
        #expect(slide.contains("<a:tblPr firstRow=\"1\" lastRow=\"1\"/>"))
        #expect(DocxFixture.values(of: "w", on: "a:gridCol", in: slide).compactMap(Int.init).reduce(0, +) == 11_277_600)
        // The header in white bold on the title colour, the amount right-aligned, the total bold.
        #expect(slide.contains("<a:rPr lang=\"nl-NL\" sz=\"1800\" b=\"1\" dirty=\"0\"><a:solidFill><a:schemeClr val=\"bg1\"/></a:solidFill></a:rPr><a:t>Actie</a:t>"))
        #expect(slide.contains("<a:pPr marL=\"0\" indent=\"0\" algn=\"r\"><a:buNone/></a:pPr><a:r><a:rPr lang=\"nl-NL\" sz=\"1800\" b=\"1\" dirty=\"0\"/><a:t>€ 1.000</a:t>"))
        #expect(slide.contains("<a:solidFill><a:schemeClr val=\"tx2\"/></a:solidFill></a:tcPr>"))
        let rels = try Self.text(parts, "ppt/slides/_rels/slide\(index + 1).xml.rels")
        #expect(rels.contains("slideLayout4.xml"), "a slide of a table alone has the title-only layout")
    }

    @Test func chartsAreChartPartsAndTheMapIsAPicture() throws {
        let parts = try Self.parts(DocxFixture.document())
        let slides = try Self.slides(parts).map { try Self.text(parts, $0) }
        let chartSlide = try #require(slides.firstIndex { $0.contains("drawingml/2006/chart") })
        #expect(slides[chartSlide].contains("<c:chart xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\" r:id=\"rId2\"/>"))
        let rels = try Self.text(parts, "ppt/slides/_rels/slide\(chartSlide + 1).xml.rels")
        #expect(rels.contains("<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart\" Target=\"../charts/chart1.xml\"/>"))
        let chart = try Self.text(parts, "ppt/charts/chart1.xml")
        #expect(chart.contains("<c:barDir val=\"col\"/><c:grouping val=\"stacked\"/>") && chart.contains("<c:v>1000</c:v>"))
        // The slide shows the figure's title above the chart in its own type, so the chart has none.
        #expect(chart.contains("<c:autoTitleDeleted val=\"1\"/>") && !chart.contains("<c:title><c:tx>"))
        #expect(chart.contains("<a:defRPr sz=\"1400\"/>"))
        // Its data as an embedded workbook, so "Gegevens bewerken" opens the numbers.
        #expect(chart.contains("<c:externalData r:id=\"rId1\">"))
        #expect(try Self.text(parts, "ppt/charts/_rels/chart1.xml.rels").contains("Target=\"../embeddings/Microsoft_Excel_Worksheet1.xlsx\""))
        #expect(try #require(parts["ppt/embeddings/Microsoft_Excel_Worksheet1.xlsx"]).starts(with: [0x50, 0x4B, 0x03, 0x04]))
        #expect(slides[chartSlide].contains("<a:t>Begroting per jaar</a:t>"))
        let mapSlide = try #require(slides.firstIndex { $0.contains("<p:pic>") })
        #expect(try Self.text(parts, "ppt/slides/_rels/slide\(mapSlide + 1).xml.rels").contains("Target=\"../media/image1.png\""))
        #expect(slides[mapSlide].contains("<a:t>Aantal signalen</a:t>") && slides[mapSlide].contains("<a:pattFill prst=\"wdUpDiag\">"))
        let png = try #require(parts["ppt/media/image1.png"])
        #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
    }

    @Test func theOfficeChartKeepsItsTitleAndType() {
        let chart = OfficeChart(BarChart(id: "b", title: "Begroting", description: "", categories: ["2026"], series: [.init(name: "a", values: [1])], format: .count))
        #expect(chart.xml.contains("<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz=\"1200\" b=\"1\"/>"))
        #expect(chart.xml.contains("<c:autoTitleDeleted val=\"0\"/>") && chart.xml.contains("<a:defRPr sz=\"900\"/>"))
    }

    @Test func verdictsThatFallShortAreShadedAlsoAfterASplit() throws {
        var table = Table(header: ["Thema", "Oordeel"], rows: (1...20).map { ["Thema \($0)", $0 == 19 ? "✗ voldoet niet" : "✓"] })
        table.shades = [.init(row: 18, column: 1): .shortfall]
        let document = Document(metadata: DocumentMetadata(title: "Dia's"), blocks: [.heading(level: 2, content: [.text("Thema's")]), .table(table)])
        let parts = try Self.parts(document)
        let slides = try Self.slides(parts).map { try Self.text(parts, $0) }
        let shaded = slides.filter { $0.contains("<a:srgbClr val=\"\(Table.CellShade.shortfall.rgb)\"/>") }
        #expect(shaded.count == 1 && shaded[0].contains("<a:t>Thema 19</a:t>"), "the shade stays with its row on the vervolg slide")
    }

    @Test func aLongTableContinuesOnSlidesWithItsHeader() throws {
        let rows = (1...20).map { ["Regio \($0)", "\($0)"] }
        let document = Document(metadata: DocumentMetadata(title: "Dia's", words: .dutch), blocks: [
            .heading(level: 2, content: [.text("Signalen")]),
            .table(Table(header: ["Regio", "Signalen"], rows: rows, numericFrom: 1)),
        ])
        let parts = try Self.parts(document)
        let slides = try Self.slides(parts).map { try Self.text(parts, $0) }
        let deck = SlideDeck(document: document)
        #expect(slides.count == deck.slides.count && slides.count > 1)
        for (index, slide) in slides.enumerated() {
            #expect(slide.contains(index == 0 ? "<a:t>Signalen</a:t>" : index == 1 ? "<a:t>Signalen (vervolg)</a:t>" : "<a:t>Signalen (vervolg \(index))</a:t>"))
            #expect(slide.components(separatedBy: "<a:tr ").count - 1 <= SlideBudget.standard.tableRows + 1, "slide \(index + 1)")
            #expect(slide.contains("<a:t>Regio</a:t>"), "every part has the header")
        }
        let all = slides.joined()
        for row in rows { #expect(all.contains("<a:t>\(row[0])</a:t>")) }
    }

    @Test(arguments: DocxWriterTests.hostile)
    func hostileTextIsEscaped(hostile: (id: String, text: String)) throws {
        let parts = try Self.parts(DocxFixture.document(title: hostile.text, prose: hostile.text))
        for (name, bytes) in parts where !name.hasSuffix(".png") && !name.hasSuffix(".xlsx") {
            #expect(throws: Never.self, "\(hostile.id): \(name)") { _ = try DocxFixture.xml(bytes) }
            #expect(!bytes.contains(0x01) && !bytes.contains(0x0B), "\(hostile.id): \(name) holds a control character")
        }
        let cover = try Self.text(parts, "ppt/slides/slide1.xml")
        #expect(!cover.contains("<w:p><w:r>") && !cover.contains("]]>"))
        if hostile.id == "markup" { #expect(cover.contains("&lt;w:p&gt;&lt;w:r&gt;")) }
        if hostile.id == "control" { #expect(cover.contains("abcd")) }
    }

    @Test func theSameDeckGivesTheSameBytes() {
        #expect(PptxWriter().write(DocxFixture.document()) == PptxWriter().write(DocxFixture.document()))
    }
}

/// Issue 29: a bold header word broke inside its narrow column ("Signale|n") in the PowerPoint deck.
@Suite(.timed) struct PptxColumnTests {
    @Test func aColumnHoldsItsLongestWordWithRoomForBoldType() {
        let table = Table(
            header: ["Landelijk thema", "Signalen", "Regio's"],
            rows: [["Regionale aanpakken gericht op specifieke doelgroepen en hun ondersteuningsbehoeftes", "19", "15"],
                   ["Meer mensen met een ondersteuningsbehoefte aan het werk op een passende plek", "11", "10"]],
            numericFrom: 1)
        let characters = PresentationSlide.columnShares(table).map { $0 * Double(SlideGeometry.tableCharactersPerLine) }
        #expect(characters[1] >= Double("Signalen".count) * 1.2 + 2 - 0.001, "\(characters)")
        #expect(characters[2] >= Double("Regio's".count) * 1.2 + 2 - 0.001, "\(characters)")
    }
}
