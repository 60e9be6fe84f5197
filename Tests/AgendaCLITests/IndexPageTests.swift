import Agenda
import Foundation
import Documents
import TestSupport
import Testing
@testable import AgendaCLI

/// The index of a build: the agendas with status, version, date and what their warnings are about.
@Suite(.timed) struct IndexPageTests {
    static func entry(_ title: String, status: String = "concept", version: String = "0.9", date: String = "",
                      errors: Int = 0, warnings: [String] = []) -> IndexPage.Entry {
        IndexPage.Entry(
            title: title, file: "\(title).toml", folder: title, status: status, version: version, date: date, errors: errors,
            warnings: warnings, documents: [("Beleidsdeel (HTML)", "\(title)/beleidsdeel.html"), ("Beleidsdeel (Markdown)", "\(title)/beleidsdeel.md"),
                                            ("Uitvoeringsdeel (HTML)", "\(title)/uitvoeringsdeel.html")])
    }

    static func page(_ entries: [IndexPage.Entry]) -> String {
        HTMLPage().render(IndexPage(entries: entries).document())
    }

    @Test func theTableHasColumnsForStatusVersionDateAndCheck() {
        let html = Self.page([Self.entry("lmja"), Self.entry("twente", status: "vastgesteld", version: "1.0", date: "10 december 2025")])
        let header = ["Agenda", "Status", "Versie", "Vastgesteld op", "Controle", "Documenten"]
            .map { "<th scope=\"col\">\($0)</th>" }.joined(separator: "\n")
        #expect(html.contains("<tr>\n\(header)\n</tr>"))
        #expect(html.contains("<td>twente</td>\n<td>vastgesteld</td>\n<td>1.0</td>\n<td>10 december 2025</td>\n<td>in orde</td>"))
        // Rows keep the order they are given in (the workspace's: the national agenda first).
        let lmja = html.range(of: "<td>lmja</td>")!.lowerBound, twente = html.range(of: "<td>twente</td>")!.lowerBound
        #expect(lmja < twente)
        // The same style sheet as the documents.
        #expect(html.contains(".tabel-scroll {") && html.contains("<div class=\"tabel-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"Tabel: Agenda"))
    }

    @Test func theCheckSaysWhatTheWarningsAreAbout() throws {
        let rule101 = try #require(RuleCatalogue.rule("MJA101")), rule106 = try #require(RuleCatalogue.rule("MJA106"))
        let inlines = IndexPage.check(of: Self.entry("x", warnings: ["MJA106", "MJA101", "MJA106"]))
        let html = HTMLWriter().render([.paragraph(inlines)])
        #expect(html == "<p><strong>3 waarschuwingen</strong><br />\n1× \(Self.escaped(rule101.title)) (<code>MJA101</code>)<br />\n2× \(Self.escaped(rule106.title)) (<code>MJA106</code>)</p>\n")
    }

    @Test(arguments: [
        (0, [String](), "<p>in orde</p>\n"),
        (1, ["MJA106"], "<p><strong>1 fout: niet gebouwd</strong></p>\n"),
        (2, [], "<p><strong>2 fouten: niet gebouwd</strong></p>\n"),
    ])
    func errorsComeBeforeWarnings(_ errors: Int, _ warnings: [String], _ expected: String) {
        #expect(HTMLWriter().render([.paragraph(IndexPage.check(of: Self.entry("x", errors: errors, warnings: warnings)))]) == expected)
    }

    @Test func documentsAreGroupedByPart() {
        let inlines = IndexPage.documentLinks([
            ("Beleidsdeel (HTML)", "t/beleidsdeel.html"), ("Beleidsdeel (Markdown)", "t/beleidsdeel.md"),
            ("Uitvoeringsdeel (HTML)", "t/uitvoeringsdeel.html"), ("Iets anders", "t/x.html"),
        ])
        #expect(HTMLWriter().render([.paragraph(inlines)]) == """
            <p>Beleidsdeel: <a href="t/beleidsdeel.html" title="Beleidsdeel (HTML)">HTML</a> · <a href="t/beleidsdeel.md" title="Beleidsdeel (Markdown)">Markdown</a><br />
            Uitvoeringsdeel: <a href="t/uitvoeringsdeel.html" title="Uitvoeringsdeel (HTML)">HTML</a><br />
            <a href="t/x.html">Iets anders</a></p>

            """)
    }

    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
