import Markdown
import TestSupport
import Testing
@testable import Documents

/// The print and small-screen layout of an ``HTMLPage``: running heads from the metadata, page
/// breaks only before big parts, the cover on a page of its own, tables in scrolling boxes, the
/// matrix with turned column headers.
@Suite(.timed) struct PrintLayoutTests {
    static let metadata = DocumentMetadata(
        title: "Regionale Meerjarenagenda Twente: beleidsdeel", kind: "Regionale Meerjarenagenda", part: "Beleidsdeel 2026-2030",
        region: "Twente", version: "0.9", status: "concept", words: .dutch)

    static func page(_ markdown: String, metadata: DocumentMetadata = metadata, depth: Int = 3) -> String {
        var document = Document(metadata: metadata, splittingCoverFrom: MarkdownParser.blocks(from: markdown))
        document.tableOfContentsDepth = depth
        return HTMLPage().render(document)
    }

    static let agenda = "# Twente\n\nVersie 0.9\n\n## Ambitie\n\nTekst.\n\n## Analyse\n\nMeer tekst.\n"

    @Test func runningHeadsAndPageNumbersAreMarginBoxes() {
        let html = Self.page(Self.agenda)
        #expect(html.contains("@top-left { content: \"Regionale Meerjarenagenda Twente: beleidsdeel\";"))
        #expect(html.contains("@top-right { content: \"Beleidsdeel 2026-2030\";"))
        #expect(html.contains("@bottom-left { content: \"versie 0.9 · concept\";"))
        #expect(html.contains("@bottom-right { content: \"pagina \" counter(page) \" van \" counter(pages);"))
        // The cover page has no running heads.
        #expect(html.contains("@page :first { @top-left { content: none; }"))
    }

    @Test func aDocumentWithoutPartVersionOrStatusLeavesThoseBoxesOut() {
        let html = Self.page(Self.agenda, metadata: DocumentMetadata(title: "Overzicht"))
        #expect(html.contains("@top-left { content: \"Overzicht\";"))
        #expect(!html.contains("@top-right { content: \""))
        #expect(!html.contains("@bottom-left { content: \""))
        #expect(html.contains("counter(pages)"))
    }

    @Test(arguments: [
        ("gewoon", "\"gewoon\""),
        ("a \"b\" \\ c", "\"a \\\"b\\\" \\\\ c\""),
        ("</style><script>", "\"\\3C /style>\\3C script>\""),
        ("regel\neen\u{7}", "\"regel\\A een\""),
    ])
    func runningHeadTextIsACSSString(_ text: String, _ css: String) {
        #expect(RunningHeads.string(text) == css)
    }

    @Test func aTitleCannotCloseTheStyleElement() {
        let html = Self.page(Self.agenda, metadata: DocumentMetadata(title: "x</style><script>alert(1)</script>"))
        #expect(html.ranges(of: "</style>").count == 1)
        #expect(!html.contains("<script"))
    }

    @Test func chaptersDoNotStartANewPageButBigPartsDo() {
        let css = PageStyle.css
        #expect(!css.contains("h2 { break-before: page"))
        #expect(!css.contains("h2 { break-before:page"))
        #expect(css.contains("main h1 { break-before: page; }"))
        #expect(css.contains("break-after: avoid"))
        #expect(css.contains("orphans: 2; widows: 2;"))
        #expect(css.contains("li, tr, img, svg, figure, pre, blockquote, caption { break-inside: avoid; }"))
    }

    @Test func theCoverHasAPageOfItsOwnOnlyBeforeATableOfContents() {
        let withContents = Self.page(Self.agenda)
        #expect(withContents.contains("<header class=\"omslag\">\n<h1 id=\"twente\">Twente</h1>"))
        #expect(withContents.contains("</header>\n<nav class=\"toc\""))
        #expect(PageStyle.css.contains("header.omslag { break-after: page;"))
        let withoutContents = Self.page(Self.agenda, depth: 0)
        #expect(withoutContents.contains("<header>\n<h1"))
        #expect(!withoutContents.contains("<header class=\"omslag\">"))
        #expect(!withoutContents.contains("@page :first"))
    }

    @Test func pageTablesScrollInTheirOwnBoxAndShortOnesStayTogether() {
        let short = "| a | b |\n| - | - |\n" + String(repeating: "| 1 | 2 |\n", count: 8)
        let long = "| a | b |\n| - | - |\n" + String(repeating: "| 1 | 2 |\n", count: 9)
        let html = Self.page(Self.agenda + "\n" + short + "\nTussen.\n\n" + long)
        #expect(html.contains("<div class=\"tabel-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"Tabel met de kolommen a, b\">\n<table class=\"kort\">\n<thead>"))
        #expect(html.contains("<div class=\"tabel-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"Tabel met de kolommen a, b\">\n<table>\n<thead>"))
        #expect(html.ranges(of: "</table>\n</div>\n").count == 2)
        #expect(PageStyle.css.contains(".tabel-scroll { max-width: 100%; overflow-x: auto;"))
        // A fragment follows the CommonMark reference implementation: no box.
        #expect(!HTMLWriter().render(MarkdownParser.blocks(from: short)).contains("tabel-scroll"))
    }

    @Test func aParagraphBetweenAHeadingAndATableStaysWithIt() {
        let html = Self.page(Self.agenda + "\n## Cijfers\n\nDe tabel.\n\n| a |\n| - |\n| 1 |\n\n## Tekst\n\nGeen tabel.\n\nNog een alinea.\n")
        #expect(html.contains("<h2 id=\"cijfers\">Cijfers</h2>\n<p class=\"inleiding\">De tabel.</p>\n<div class=\"tabel-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"Tabel met de kolommen a\">"))
        #expect(html.contains("<p>Geen tabel.</p>"))
        #expect(PageStyle.css.contains("p.inleiding { break-after: avoid; break-inside: avoid; }"))
        #expect(!HTMLWriter().render(MarkdownParser.blocks(from: "## C\n\nDe tabel.\n\n| a |\n| - |\n| 1 |\n")).contains("inleiding"))
    }

    @Test func theMatrixTurnsItsColumnHeadersAndScrolls() {
        let matrix = CountMatrix(rowHeading: "Regio", rows: ["Twente"], columns: ["Thema <a>", "Ander thema"], counts: [[4, 0]], totals: [4], totalHeading: "Totaal", unit: "signalen", scaleWord: "Schaal", emptyCellNote: "een lege cel is 0")
        let figure = Figure(content: .matrix(matrix), data: Table(header: ["Regio", "Thema"], rows: [["Twente", "4"]], caption: "Matrix"))
        let html = HTMLWriter(options: .init(words: .dutch)).render([.figure(figure)])
        #expect(html.hasPrefix("<figure class=\"grafiek-figuur matrix-figuur\">\n<div class=\"tabel-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"Tabel: Matrix\">\n<table class=\"matrix\">"))
        #expect(html.contains("<tr><th scope=\"col\">Regio</th><th scope=\"col\" class=\"gedraaid\"><span>Thema &lt;a&gt;</span></th><th scope=\"col\" class=\"gedraaid\"><span>Ander thema</span></th><th scope=\"col\">Totaal</th></tr>"))
        #expect(PageStyle.css.contains("writing-mode: vertical-rl; transform: rotate(180deg);"))
    }

    /// WCAG 2.1.1: a box that scrolls is reached by keyboard, named after its table's caption (or
    /// its columns), shows where the focus is, and on a small screen says that it scrolls sideways.
    @Test func scrollBoxesAreReachedByKeyboardWithANameAndAHint() {
        let html = Self.page(Self.agenda + "\n| Actie | Trekker & partners |\n| - | - |\n| a | b |\n\nTussen.\n\n| x |  |\n| - | - |\n| 1 | 2 |\n")
        #expect(html.contains("<div class=\"tabel-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"Tabel met de kolommen Actie, Trekker &amp; partners\">"))
        #expect(html.contains("aria-label=\"Tabel met de kolommen x\">"))
        var captioned = HTMLRenderer(headingIDs: nil, capacity: 100)
        captioned.pageTables = true
        captioned.words = .dutch
        captioned.table(Table(header: ["a"], rows: [["1"]], caption: "Acties <2026>"))
        #expect(captioned.output.string().hasPrefix(
            "<div class=\"tabel-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"Tabel: Acties &lt;2026&gt;\">\n<table"))
        #expect(html.ranges(of: "<div class=\"tabel-scroll\"").count == html.ranges(of: "tabindex=\"0\"").count)
        #expect(captioned.scrollBoxName(caption: "", headings: [" ", ""]) == "Tabel")
        #expect(PageStyle.css.contains(".tabel-scroll:focus-visible { outline: 3px solid"))
        #expect(PageStyle.css.contains("@media (max-width: 40rem) {"))
        #expect(PageStyle.css(for: .dutch).contains("content: \"Schuif de tabel opzij om alles te zien \\2192\";"))
        #expect(PrintStyle.css.contains(".tabel-scroll::before { display: none; }"))
    }
}
