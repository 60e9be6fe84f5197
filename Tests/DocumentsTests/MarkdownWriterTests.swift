import TestSupport
import Testing
import Markdown
@testable import Documents

@Suite(.timed) struct MarkdownWriterTests {
    /// Texts whose trees must survive writing and parsing again.
    static let roundTrips: [String] = [
        "# Kop\n\nTekst met *nadruk*, **sterk**, `code` en [een link](https://a.nl \"titel\").\n",
        "Regel een\nregel twee  \nna harde breuk\\\nlaatste\n",
        "- a\n- b\n  - c\n\n1. x\n2. y\n",
        "5. a\n\n6. b\n\n   tweede alinea\n",
        "- a\n\n* b\n",
        "> citaat\n> > genest\n\n***\n",
        "```toml\nx = \"`\"\n```\n\n    ingesprongen\n",
        "| a | b |\n| :-: | --: |\n| x \\| y | `p\\|q` |\n",
        "\\# geen kop\n\\- geen lijst\n1\\. geen nummer\n\\> geen citaat\n",
        "Tekst met \\*sterretjes\\*, \\_lage streepjes\\_, \\[haken\\], \\<script\\> & &amp;copy;\n",
        "*foo**bar***\n\nfoo***bar***baz\n\n**_a_ b**\n\n*_a_*\n",
        "Kop 1\nmet breuk\n===\n",
        "<https://a.nl> en <info@b.nl> en ![beeld](b.png)\n",
        "\\![geen beeld](x)\n\n[a](<met spatie> 'titel \"x\"')\n",
        "&#32;spatie vooraan en achteraan&#32;\n",
    ]

    @Test(arguments: roundTrips)
    func roundTrip(_ markdown: String) {
        let document = MarkdownParser.blocks(from: markdown)
        let written = MarkdownWriter().render(document)
        let reparsed = MarkdownParser.blocks(from: written)
        #expect(reparsed == document, "written:\n\(written)")
        #expect(MarkdownWriter().render(reparsed) == written)
    }

    @Test(arguments: [
        ("O&O-fonds & werkgevers", "O&O-fonds & werkgevers\n"),
        ("letterlijk &amp; en &#35; en &#x23;", "letterlijk \\&amp; en \\&#35; en \\&#x23;\n"),
        ("half &amp zonder puntkomma", "half &amp zonder puntkomma\n"),
    ])
    func ampersandsAreEscapedOnlyWhereTheyCouldStartAReference(text: String, expected: String) {
        let document: [Block] = [.paragraph([.text(text)])]
        let written = MarkdownWriter().render(document)
        #expect(written == expected)
        #expect(MarkdownParser.blocks(from: written) == document)
    }

    @Test func softHyphensAreLeftOutOfThePlainText() {
        let document = MarkdownParser.blocks(from: "| Organisatie&shy;overstijgend |\n|---|\n| ✓ |\n")
        #expect(MarkdownWriter().render(document) == "| Organisatieoverstijgend |\n| --- |\n| ✓ |\n")
    }

    @Test func outputIsNormalised() {
        let document = MarkdownParser.blocks(from: "Kop\n===\n\n* a\n* b\n\n3) x\n\n_n_ __s__\n\n---\n")
        #expect(MarkdownWriter().render(document) == "# Kop\n\n- a\n- b\n\n3. x\n\n*n* **s**\n\n***\n")
    }

    @Test func realisticDocumentRoundTrips() {
        let document = MarkdownParser.blocks(from: SampleDocument.text)
        #expect(MarkdownParser.blocks(from: MarkdownWriter().render(document)) == document)
    }
}
