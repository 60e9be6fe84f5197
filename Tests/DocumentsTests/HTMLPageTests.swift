import Testing
import Markdown
@testable import Documents

@Suite struct HTMLPageTests {
    static let document = MarkdownDocument(parsing: """
        # Werkplan Twente

        Inleiding <script>alert(1)</script>.

        ## Doelen

        ### Scholing

        ## Budget & middelen

        | Post | Bedrag |
        | :-- | --: |
        | Scholing | 1.000 |
        """)

    @Test func pageIsSelfContainedHTML5() {
        let page = HTMLPage(title: "Werkplan <Twente>").render(Self.document)
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
        let page = HTMLPage(title: "Werkplan").render(Self.document)
        let expected = """
            <header>
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

    @Test func callerChoosesLanguageCSSAndDepth() {
        let page = HTMLPage(title: "Plan", language: "en", extraCSS: "h2 { color: red; } </style>",
                            tableOfContentsDepth: 2, tableOfContentsTitle: "Contents").render(Self.document)
        #expect(page.contains("<html lang=\"en\">"))
        #expect(page.contains("h2 { color: red; } <\\/style>\n</style>"))
        #expect(page.contains("aria-label=\"Contents\""))
        #expect(!page.contains("href=\"#scholing\""))
        #expect(HTMLPage(title: "Plan", tableOfContentsDepth: 0).render(Self.document).contains("<nav") == false)
    }

    @Test func skippedLevelsNestValidly() {
        let page = HTMLPage(title: "x").render(MarkdownDocument(parsing: "## a\n#### b\n### c\n## d\n"))
        #expect(page.ranges(of: "<ol>").count == page.ranges(of: "</ol>").count)
        #expect(page.ranges(of: "<li>").count == page.ranges(of: "</li>").count)
    }
}
