import TestSupport
import Testing
import Markdown
@testable import Documents

@Suite(.timed) struct HeadingIDsTests {
    @Test(arguments: [
        ("Werk en inkomen", "werk-en-inkomen"),
        ("Één werkplan (2025–2028)", "een-werkplan-2025-2028"),
        ("  Café & Crème  ", "cafe-creme"),
        ("3.1 Doelen", "3-1-doelen"),
        ("!!!", "kop"),
    ])
    func slug(_ text: String, _ expected: String) {
        #expect(HeadingIDs.slug(text) == expected)
    }

    @Test func repeatedHeadingsAreNumbered() {
        var ids = HeadingIDs()
        let made = ["Doelen", "Doelen", "Doelen-2", "Doelen"].map { ids.next(for: [.text($0)]) }
        #expect(made == ["doelen", "doelen-2", "doelen-2-2", "doelen-3"])
    }

    @Test func theWriterUsesTheIDsOfTheEntries() {
        let document = MarkdownParser.blocks(from: "# *Plan*\n\n> ## Plan\n\n- ### Één\n")
        let html = HTMLWriter().render(document)
        #expect(html.contains("<h1 id=\"plan\"><em>Plan</em></h1>"))
        #expect(html.contains("<h2 id=\"plan-2\">Plan</h2>"))
        #expect(html.contains("<h3 id=\"een\">Één</h3>"))
        #expect(HeadingEntry.all(in: document).map(\.id) == ["plan", "plan-2", "een"])
    }
}

@Suite(.timed) struct HeadingIDsGrowthTests {
    /// 10,000 themes give 10,000 headings "Acties": each id must not try every number before it
    /// (that made the build of 10,000 themes quadratic, issue 31 point 7).
    @Test func repeatedHeadingsTakeLinearWork() {
        var ids = HeadingIDs()
        let count = 10_000
        var last = ""
        for _ in 0..<count { last = ids.next(for: [.text("Acties")]) }
        #expect(last == "acties-\(count)")
        #expect(ids.probes <= 3 * count)
    }

    /// Ids taken by a heading's own text ("Doelen 3") are skipped, and each is skipped once.
    @Test func literalNumberedHeadingsAreSkipped() {
        var ids = HeadingIDs()
        let texts = ["Doelen", "Doelen 3", "Doelen", "Doelen", "Doelen", "Doelen 2", "Doelen 4-2", "Doelen 4"]
        let made = texts.map { ids.next(for: [.text($0)]) }
        #expect(made == ["doelen", "doelen-3", "doelen-2", "doelen-4", "doelen-5", "doelen-2-2", "doelen-4-2", "doelen-4-3"])
    }
}
