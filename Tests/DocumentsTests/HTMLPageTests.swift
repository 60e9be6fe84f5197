import TestSupport
import Testing
import Markdown
@testable import Documents

@Suite(.timed) struct HTMLPageTests {
    static let blocks = MarkdownParser.blocks(from: """
        # Werkplan Twente

        Inleiding <script>alert(1)</script>.

        ## Doelen

        ### Scholing

        ## Budget & middelen

        | Post | Bedrag |
        | :-- | --: |
        | Scholing | 1.000 |
        """)

    static func document(title: String = "Werkplan", language: String = "nl", depth: Int = 3) -> Document {
        var document = Document(metadata: DocumentMetadata(title: title, language: language, words: language == "nl" ? .dutch : DocumentWords()), splittingCoverFrom: blocks)
        document.tableOfContentsDepth = depth
        return document
    }

    @Test func pageIsSelfContainedHTML5() {
        let page = HTMLPage().render(Self.document(title: "Werkplan <Twente>"))
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n"))
        #expect(page.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"))
        #expect(page.contains("<title>Werkplan &lt;Twente&gt;</title>"))
        #expect(page.contains("@page { size: A4;"))
        #expect(page.contains("thead { display: table-header-group; }"))
        #expect(page.contains("break-inside: avoid"))
        #expect(!page.contains("<script"))
        #expect(!page.contains("<link"))
        #expect(page.hasSuffix("</main>\n</body>\n</html>\n"))
    }

    @Test func tableOfContentsFollowsTheTitleAndItsCover() {
        let page = HTMLPage().render(Self.document())
        let expected = """
            <header class="omslag">
            <h1 id="werkplan-twente">Werkplan Twente</h1>
            <p>Inleiding &lt;script&gt;alert(1)&lt;/script&gt;.</p>
            </header>
            <nav class="toc" aria-label="Inhoudsopgave">
            <p class="toc-title">Inhoudsopgave</p>
            <ol>
            <li><a href="#doelen">Doelen</a>
            <ol>
            <li><a href="#scholing">Scholing</a></li>
            </ol>
            </li>
            <li><a href="#budget-middelen">Budget &amp; middelen</a></li>
            </ol>
            </nav>
            <main>
            <h2 id="doelen">Doelen</h2>
            """
        #expect(page.contains(expected))
    }

    @Test func documentChoosesLanguageAndDepth() {
        let page = HTMLPage(tableOfContentsTitle: "Contents").render(Self.document(language: "en", depth: 2))
        #expect(page.contains("<html lang=\"en\">"))
        #expect(page.contains("aria-label=\"Contents\""))
        #expect(!page.contains("href=\"#scholing\""))
        #expect(HTMLPage().render(Self.document(depth: 0)).contains("<nav") == false)
    }

    @Test func tableOfContentsStandsWhereTheDocumentPlacesIt() {
        let blocks: [Block] = [.heading(level: 1, content: [.text("T")]), .paragraph([.text("voor")]), .tableOfContents,
                               .heading(level: 2, content: [.text("A")])]
        let page = HTMLPage().render(Document(metadata: DocumentMetadata(title: "T"), splittingCoverFrom: blocks))
        #expect(page.contains("<header class=\"omslag\">\n<h1 id=\"t\">T</h1>\n<p>voor</p>\n</header>\n<nav class=\"toc\""))
        #expect(page.contains("</nav>\n<main>\n<h2 id=\"a\">A</h2>"))
    }

    @Test func skippedLevelsNestValidly() {
        let page = HTMLPage().render(Document(metadata: DocumentMetadata(title: "x"), blocks: [.tableOfContents] + MarkdownParser.blocks(from: "## a\n#### b\n### c\n## d\n")))
        #expect(page.ranges(of: "<ol>").count == page.ranges(of: "</ol>").count)
        #expect(page.ranges(of: "<li>").count == page.ranges(of: "</li>").count)
    }
}
