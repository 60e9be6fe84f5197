import TestSupport
import Testing
import Markdown
@testable import Documents

/// Hostile text must come out as text, and unsafe links must not be links.
@Suite(.timed) struct HTMLSafetyTests {
    static let hostileText: [(String, String)] = [
        ("<script>alert(1)</script>", "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n"),
        ("<img src=x onerror=alert(1)>", "<p>&lt;img src=x onerror=alert(1)&gt;</p>\n"),
        ("Tom & \"Jerry\" <b>", "<p>Tom &amp; &quot;Jerry&quot; &lt;b&gt;</p>\n"),
        ("<!-- commentaar -->", "<p>&lt;!-- commentaar --&gt;</p>\n"),
        ("&lt;script&gt;", "<p>&lt;script&gt;</p>\n"),
        ("`<script>`", "<p><code>&lt;script&gt;</code></p>\n"),
        ("[x](\"onmouseover=alert(1))", "<p><a href=\"%22onmouseover=alert(1)\">x</a></p>\n"),
        ("[x](y \"a\\\" onclick=\\\"b\")", "<p><a href=\"y\" title=\"a&quot; onclick=&quot;b\">x</a></p>\n"),
    ]

    @Test(arguments: hostileText.map(\.0))
    func hostileTextIsEscaped(_ markdown: String) {
        let expected = Self.hostileText.first { $0.0 == markdown }!.1
        #expect(HTMLWriter().render(MarkdownParser.blocks(from: markdown)) == expected)
    }

    @Test(arguments: [
        "[x](javascript:alert(1))", "[x](JavaScript:alert(1))", "[x](<java\tscript:alert(1)>)",
        "[x](&#106;avascript:alert(1))", "[x](vbscript:msgbox)", "[x](data:text/html;base64,PHNjcmlwdD4=)",
        "[x](file:///etc/passwd)", "<javascript:alert(1)>", "[x][r]\n\n[r]: javascript:alert(1)",
    ])
    func unsafeLinksAreNeutralised(_ markdown: String) {
        let html = HTMLWriter().render(MarkdownParser.blocks(from: markdown))
        // Every link is there, with an empty destination.
        #expect(html.contains("href=\"\""))
        #expect(html.ranges(of: "href=\"").count == html.ranges(of: "href=\"\"").count)
    }

    @Test func rasterDataImagesStaySvgAndScriptDoNot() {
        let html = HTMLWriter().render(MarkdownParser.blocks(from: "![a](data:image/png;base64,iVBO) ![b](data:image/svg+xml,<svg>) ![c](javascript:x)"))
        #expect(html == "<p><img src=\"data:image/png;base64,iVBO\" alt=\"a\" /> <img src=\"#\" alt=\"b\" /> <img src=\"#\" alt=\"c\" /></p>\n")
    }

    @Test(arguments: ["https://a.nl", "mailto:a@b.nl", "/relatief", "#anker", "tel:+31201234567", "javascripts/app.js"])
    func safeLinksStay(_ destination: String) {
        #expect(LinkPolicy.allows(destination, image: false))
    }
}
