import TestSupport
import Testing
import Markdown
@testable import Documents

/// Markdown in, HTML out, for each construct the parser supports.
@Suite(.timed) struct HTMLWriterTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let id: String
        let markdown: String
        let html: String
        var testDescription: String { id }
    }

    static let cases: [Case] = [
        Case(id: "atx heading", markdown: "# Werk *en* inkomen #", html: "<h1>Werk <em>en</em> inkomen</h1>\n"),
        Case(id: "setext heading", markdown: "Doelen\n======", html: "<h1>Doelen</h1>\n"),
        Case(id: "paragraph with soft break", markdown: "een\n   twee", html: "<p>een\ntwee</p>\n"),
        Case(id: "strong and emphasis", markdown: "**vet** en _schuin_", html: "<p><strong>vet</strong> en <em>schuin</em></p>\n"),
        Case(id: "code span escapes", markdown: "`a < b && c`", html: "<p><code>a &lt; b &amp;&amp; c</code></p>\n"),
        Case(id: "inline link", markdown: "[UWV](https://www.uwv.nl/a b \"t\")", html: "<p>[UWV](https://www.uwv.nl/a b &quot;t&quot;)</p>\n"),
        Case(id: "link with title", markdown: "[UWV](https://uwv.nl \"Het \\\"UWV\\\"\")",
             html: "<p><a href=\"https://uwv.nl\" title=\"Het &quot;UWV&quot;\">UWV</a></p>\n"),
        Case(id: "destination percent-encoded", markdown: "[a](<https://x.nl/één plan>)",
             html: "<p><a href=\"https://x.nl/%C3%A9%C3%A9n%20plan\">a</a></p>\n"),
        Case(id: "ampersand in destination", markdown: "[a](/z?x=1&y=2)", html: "<p><a href=\"/z?x=1&amp;y=2\">a</a></p>\n"),
        Case(id: "autolinks", markdown: "<https://a.nl> <info@b.nl>",
             html: "<p><a href=\"https://a.nl\">https://a.nl</a> <a href=\"mailto:info@b.nl\">info@b.nl</a></p>\n"),
        Case(id: "reference link", markdown: "[Plan][p]\n\n[p]: /plan.html", html: "<p><a href=\"/plan.html\">Plan</a></p>\n"),
        Case(id: "image", markdown: "![Kaart *NL*](kaart.png \"Regio's\")",
             html: "<p><img src=\"kaart.png\" alt=\"Kaart NL\" title=\"Regio's\" /></p>\n"),
        Case(id: "tight list", markdown: "- a\n- b", html: "<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n"),
        Case(id: "loose list", markdown: "- a\n\n- b", html: "<ul>\n<li>\n<p>a</p>\n</li>\n<li>\n<p>b</p>\n</li>\n</ul>\n"),
        Case(id: "ordered list start", markdown: "7) a\n8) b", html: "<ol start=\"7\">\n<li>a</li>\n<li>b</li>\n</ol>\n"),
        Case(id: "nested list", markdown: "1. a\n   - b", html: "<ol>\n<li>a\n<ul>\n<li>b</li>\n</ul>\n</li>\n</ol>\n"),
        Case(id: "block quote", markdown: "> # K\n> t", html: "<blockquote>\n<h1>K</h1>\n<p>t</p>\n</blockquote>\n"),
        Case(id: "thematic break", markdown: "___", html: "<hr />\n"),
        Case(id: "fenced code", markdown: "```swift\nlet a = \"<b>\"\n```",
             html: "<pre><code class=\"language-swift\">let a = &quot;&lt;b&gt;&quot;\n</code></pre>\n"),
        Case(id: "indented code", markdown: "    x & y", html: "<pre><code>x &amp; y\n</code></pre>\n"),
        Case(id: "hard breaks", markdown: "a  \nb\\\nc", html: "<p>a<br />\nb<br />\nc</p>\n"),
        Case(id: "backslash escapes", markdown: "\\# \\* \\[x\\]", html: "<p># * [x]</p>\n"),
        Case(id: "entities", markdown: "&euro;&nbsp;5 &copy; &lt;b&gt; &bogus;", html: "<p>€\u{A0}5 © &lt;b&gt; &amp;bogus;</p>\n"),
        Case(id: "table", markdown: "| Regio | Budget |\n| :-: | --: |\n| Twente | 12 |", html: """
            <table>
            <thead>
            <tr>
            <th scope="col" style="text-align: center">Regio</th>
            <th scope="col" style="text-align: right">Budget</th>
            </tr>
            </thead>
            <tbody>
            <tr>
            <td style="text-align: center">Twente</td>
            <td style="text-align: right">12</td>
            </tr>
            </tbody>
            </table>

            """),
        Case(id: "table without body", markdown: "| a |\n| --- |", html: "<table>\n<thead>\n<tr>\n<th scope=\"col\">a</th>\n</tr>\n</thead>\n</table>\n"),
    ]

    @Test(arguments: cases)
    func writes(_ example: Case) {
        let html = HTMLWriter(options: .init(headingIDs: false)).render(MarkdownParser.blocks(from: example.markdown))
        #expect(html == example.html)
    }

    @Test func figuresAreDrawnBesideTheirNumbers() {
        let chart = BarChart(id: "g", title: "Banen <per> jaar", description: "Staven", categories: ["2026"],
                             series: [BarChart.Series(name: "banen", values: [3])], format: .count)
        let figure = Figure(content: .bars(chart), data: Table(header: ["Jaar", "Banen"], rows: [["2026", "3"]], numericFrom: 1), source: "Bron: UWV")
        let blocks: [Block] = [.paragraph([.text("Zie:")]), .figure(figure)]
        let html = HTMLWriter().render(blocks)
        #expect(html.hasPrefix("<p>Zie:</p>\n<figure class=\"grafiek-figuur\">\n<figcaption>Banen &lt;per&gt; jaar</figcaption>\n<div class=\"grafiek-inhoud\">\n<svg"))
        #expect(html.contains("<th scope=\"col\" style=\"text-align: right\">Banen</th>"))
        #expect(html.hasSuffix("<p class=\"bron\">Bron: UWV</p>\n</figure>\n"))
        #expect(MarkdownWriter().render(blocks) == "Zie:\n\n**Banen \\<per> jaar**\n\n| Jaar | Banen |\n| :-- | --: |\n| 2026 | 3 |\n\n*Bron: UWV*\n")
    }

    @Test func matrixCellsAreShadedWithTheirNumber() {
        let matrix = CountMatrix(rowHeading: "Regio", rows: ["Twente"], columns: ["Thema"], counts: [[4]], totals: [4], totalHeading: "Totaal", unit: "signalen", scaleWord: "Schaal", emptyCellNote: "een lege cel is 0")
        let html = HTMLWriter().render([.figure(Figure(content: .matrix(matrix), data: Table(header: ["Regio", "Thema"], rows: [["Twente", "4"]], caption: "Matrix")))])
        #expect(html.contains("<caption>Matrix</caption>"))
        #expect(html.contains("<td class=\"getal\" style=\"background-color:#333333;color:#fff\">4</td>"))
    }

    @Test func totalRowsAndCaptionsAreMarked() {
        let table = Table(header: ["Post", "Bedrag"], rows: [["a", "1"], ["Totaal", "1"]], numericFrom: 1, caption: "Begroting", hasTotalRow: true)
        let html = HTMLWriter().render([.table(table)])
        #expect(html.contains("<caption>Begroting</caption>"))
        #expect(html.contains("<tr class=\"totaal\">\n<td style=\"text-align: left\">Totaal</td>"))
        #expect(table.isNumeric(column: 1) && !table.isNumeric(column: 0))
    }
}

@Suite(.timed) struct TableShadeTests {
    static let table: Table = {
        var table = Table(header: ["Thema", "Oordeel"], rows: [["a", "✓"], ["b", "⚠"], ["c", "✗"], ["Totaal", ""]], hasTotalRow: true)
        table.shades = [.init(row: 1, column: 1): .caution, .init(row: 2, column: 1): .shortfall]
        return table
    }()

    @Test func htmlMarksShadedCellsWithAClass() {
        let html = HTMLWriter().render([.table(Self.table)])
        #expect(html.contains("<td class=\"aandacht\" style=\"text-align: left\">⚠</td>"))
        #expect(html.contains("<td class=\"tekort\" style=\"text-align: left\">✗</td>"))
        #expect(html.components(separatedBy: "class=\"aandacht\"").count == 2)
    }

    @Test func aSliceKeepsItsShadesAndItsTotalRowWhereTheyBelong() {
        let head = Self.table.rows(0..<2), tail = Self.table.rows(2..<4)
        #expect(head.shades == [.init(row: 1, column: 1): .caution] && !head.hasTotalRow)
        #expect(tail.shades == [.init(row: 0, column: 1): .shortfall] && tail.hasTotalRow)
        #expect(tail.rows.map { $0[0].plainText } == ["c", "Totaal"])
    }
}
