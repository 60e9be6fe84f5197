@testable import Documents
import Markdown
import TestSupport
import Testing

extension DocumentWords {
    /// The Dutch words of the toolkit's documents (the Agenda module has its own `DocumentWords.dutch`;
    /// the writers' tests use the same words, as the documents they stand for are Dutch).
    static let dutch = DocumentWords(
        page: "pagina", of: "van", version: "versie", tableOfContents: "Inhoudsopgave", continued: "vervolg", slide: "Dia",
        table: "Tabel", tableWithColumns: "Tabel met de kolommen", scrollHint: "Schuif de tabel opzij om alles te zien",
        goTo: "Naar", theDocument: "het document", aHeading: "een kop in dit document")
}

/// Issue 32, point 3: the words the writers add come from the caller, so the module holds no Dutch.
/// With the English defaults, no Dutch word appears in any format.
@Suite(.timed) struct DocumentWordsTests {
    static let matrix = CountMatrix(rowHeading: "Region", rows: ["North"], columns: ["Theme"], counts: [[4]], totals: [4],
                                    totalHeading: "Sum", unit: "signals", scaleWord: "Scale", emptyCellNote: "an empty cell is 0")
    static let document = Document(
        metadata: DocumentMetadata(title: "Plan", kind: "Plan", version: "2", language: "en"),
        splittingCoverFrom: MarkdownParser.blocks(from: "# Plan\n\nCover.\n\n## Goals\n\n"
            + (1...40).map { "- goal \($0)" }.joined(separator: "\n") + "\n")
            + [.figure(Figure(content: .matrix(matrix), data: Table(header: ["Region"], rows: [["North"]], caption: "Counts")))])

    @Test func htmlRunningHeadsAndContents() {
        let html = HTMLPage().render(Self.document)
        #expect(html.contains("@bottom-right { content: \"page \" counter(page) \" of \" counter(pages);"))
        #expect(html.contains("@bottom-left { content: \"version 2\";"))
        #expect(html.contains("<p class=\"toc-title\">Contents</p>"))
        #expect(html.contains("<th scope=\"col\">Sum</th>"))
        #expect(html.contains("<p class=\"matrix-legenda\">Scale: ") && html.contains(" signals; an empty cell is 0.</p>"))
        #expect(html.contains("content: \"Scroll the table sideways to see it all \\2192\";"))
        #expect(html.contains("aria-label=\"Table: Counts\""))
        #expect(!html.contains("Totaal") && !html.contains("pagina") && !html.contains("Inhoudsopgave") && !html.contains("Tabel"))
    }

    @Test func wordFooterAndMatrix() throws {
        let parts = try DocxFixture.parts(Self.document)
        let footer = String(decoding: try #require(parts["word/footer1.xml"]), as: UTF8.self)
        #expect(footer.contains(">page </w:t>") && footer.contains("> of </w:t>") && footer.contains("version 2"))
        let body = String(decoding: try #require(parts["word/document.xml"]), as: UTF8.self)
        #expect(body.contains(">Sum</w:t>") && body.contains(">Contents</w:t>"))
        #expect(body.contains("Scale (signals; an empty cell is 0)"))
        #expect(!body.contains("Totaal") && !body.contains("Schaal") && !footer.contains("pagina"))
    }

    @Test func pdfPageNumbers() {
        let text = String(decoding: PDFWriter(compressesStreams: false).render(Self.document), as: UTF8.self)
        #expect(text.contains(PDFWriterTests.shown("page 2 of ").dropLast()))
        #expect(!text.contains(PDFWriterTests.shown("pagina").dropLast()))
        #expect(text.contains(PDFWriterTests.shown("Scale: ").dropLast()))
    }

    @Test func slidesContinueAndCountInTheCallersWords() {
        let deck = SlideDeck(document: Self.document)
        #expect(deck.slides.contains { $0.title == [.text("Goals"), .text(" (continued)")] })
        let html = SlideDeckPage().render(deck)
        #expect(html.contains("aria-label=\"Slide 1 of \(deck.slides.count)\""))
        #expect(!html.contains("vervolg") && !html.contains("aria-label=\"Dia"))
        #expect(html.contains(">Sum<"))
    }

    /// A document with every figure and shape an Office file names: charts, a timeline, a map with
    /// its legend and source, a table with a caption, a cover with a subtitle.
    static let officeDocument: Document = {
        let data = Table(header: ["Year", "Amount"], rows: [["2026", "€ 1,000"]], numericFrom: 1, caption: "Budget")
        let blocks = MarkdownParser.blocks(from: "# Plan\n\nA subtitle.\n\n## Goals\n\nSome text.\n\n| Year | Amount |\n|---|---:|\n| 2026 | 5 |\n")
        let figures: [Block] = [
            .figure(Figure(content: .bars(BarChart(id: "b", title: "Budget", description: "Bars", categories: ["2026"],
                series: [.init(name: "social", values: [100_000])], format: .euro)), data: data, source: "Source: mja")),
            .figure(Figure(content: .timeline(TimelineChart(id: "t", title: "Timeline", description: "Plan", divisions: ["Q1 2026", "Q2 2026"],
                totalDays: 180, items: [.init(label: "Action", startDay: 10, endDay: 100, style: 0)], styles: ["planned"])), data: data)),
            .figure(Figure(content: .regionMap(RegionMap(id: "k", title: "Map", description: "Regions", shapes: [
                .init(key: "A", label: "1", labelPoint: .init(x: 50, y: 50), rings: [[.init(x: 0, y: 0), .init(x: 100, y: 0), .init(x: 100, y: 100)]]),
            ], counts: ["A": 3], legendTitle: "Signals")), data: data, source: "Statistics")),
        ]
        return Document(metadata: DocumentMetadata(title: "Plan", kind: "Plan", version: "2", language: "en"),
                        splittingCoverFrom: blocks + figures)
    }()

    /// The Dutch names the Office writers gave their own parts before issue 32's point 3 was
    /// finished: placeholder prompts, layouts, shapes, Word's styles and drawings, the timeline's axis.
    static let dutchOfficeWords = [
        "Klik om", "bewerken", "Titeldia", "Titel", "Ondertitel", "Tekst", "Voettekst", "Dianummer", "‹nr.›", "Lijn onder",
        "Lijn boven", "Bijschrift", "Bron", "Legenda", "Grafiek", "Kaart", "Tabel", "Notitie", "Sectiekop", "slotdia",
        "Alleen titel", "inhoud", "rasterlijn", "kwartaal", "teken",
    ]

    /// The XML parts of an Office file as text; pictures and embedded workbooks left out.
    static func xmlParts(_ parts: [String: [UInt8]]) -> [(name: String, text: String)] {
        parts.filter { !$0.key.hasSuffix(".png") && !$0.key.hasSuffix(".xlsx") }.sorted { $0.key < $1.key }
            .map { (name: $0.key, text: String(decoding: $0.value, as: UTF8.self)) }
    }

    @Test func englishDeckNamesItsOwnPartsInEnglish() throws {
        let parts = try PptxWriterTests.parts(Self.officeDocument)
        for part in Self.xmlParts(parts) {
            for word in Self.dutchOfficeWords {
                #expect(!part.text.contains(word), "\(part.name) holds the Dutch \"\(word)\"")
            }
        }
        let master = try PptxWriterTests.text(parts, "ppt/slideMasters/slideMaster1.xml")
        #expect(master.contains(">Click to edit the title<") && master.contains("name=\"Slide Number\"") && master.contains(">‹#›<"))
        #expect(try PptxWriterTests.text(parts, "ppt/slideLayouts/slideLayout2.xml").contains("<p:cSld name=\"Title and Content\">"))
        let slides = PptxWriterTests.slides(parts).map { String(decoding: parts[$0]!, as: UTF8.self) }.joined()
        for name in ["Title", "Chart", "Legend", "Map", "Table", "Source", "Caption"] {
            #expect(slides.contains("name=\"\(name) "), "no shape named \(name)")
        }
    }

    @Test func englishWordFileNamesItsStylesAndDrawingsInEnglish() throws {
        let parts = try DocxFixture.parts(Self.officeDocument)
        for part in Self.xmlParts(parts) {
            // Style ids (MjaTabel) are not shown to anyone; the names beside them are.
            let text = part.text.replacingOccurrences(of: "MjaTabel", with: "")
            for word in Self.dutchOfficeWords {
                #expect(!text.contains(word), "\(part.name) holds the Dutch \"\(word)\"")
            }
        }
        let styles = String(decoding: try #require(parts["word/styles.xml"]), as: UTF8.self)
        #expect(styles.contains("<w:name w:val=\"mja Table\"/>") && styles.contains("<w:name w:val=\"Table Text\"/>"))
        let body = String(decoding: try #require(parts["word/document.xml"]), as: UTF8.self)
        #expect(body.contains("name=\"Chart 1\"") && body.contains("name=\"Map 1\""))
        // The timeline's axis says the period and, only when the figure gives one, a note.
        let timeline = String(decoding: try #require(parts["word/charts/chart2.xml"]), as: UTF8.self)
        #expect(timeline.contains("<a:t>Q1 2026 – Q2 2026</a:t>"))
    }

    @Test func officeNamesComeFromTheCallerEscaped() throws {
        var document = Self.officeDocument
        document.metadata.words.office.titlePrompt = "Click & type"
        document.metadata.words.office.chart = "Chart <b>"
        let parts = try PptxWriterTests.parts(document)
        #expect(try PptxWriterTests.text(parts, "ppt/slideMasters/slideMaster1.xml").contains(">Click &amp; type<"))
        let slides = PptxWriterTests.slides(parts).map { String(decoding: parts[$0]!, as: UTF8.self) }.joined()
        #expect(slides.contains("name=\"Chart &lt;b&gt; "))
        let timeline = TimelineChart(id: "t", title: "T", description: "", divisions: ["Q1", "Q4"], totalDays: 365, items: [], styles: [],
                                     axisNote: "one grid line per quarter")
        #expect(OfficeChart(timeline).valueAxisTitle == "Q1 – Q4, one grid line per quarter")
    }
}
