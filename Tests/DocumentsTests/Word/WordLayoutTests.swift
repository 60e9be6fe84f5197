import TestSupport
import Testing
@testable import Documents

/// Word's fixed table layout and one-line running header, as a reader sees them (issue 29).
@Suite(.timed) struct WordLayoutTests {
    /// A narrow fixed column broke "arbeidsmarktinfrastr|uctuur" in the middle: every column now
    /// holds its longest word, and an amount with words beside it breaks between them.
    @Test func aColumnHoldsItsLongestWord() {
        let table = Table(
            header: ["Financieringsbron", "2026", "2027", "Totaal"],
            rows: [
                ["Regionaal budget arbeidsmarktinfrastructuur Twente", "€\u{A0}250.000 (plafond €\u{A0}600.000)",
                 "€\u{A0}250.000 (plafond €\u{A0}600.000)", "€\u{A0}500.000"],
                ["Totaal", "€\u{A0}635.000,50", "€\u{A0}430.000", "€\u{A0}1.065.000,50"],
            ],
            numericFrom: 1, hasTotalRow: true)
        let widths = WordBody.columnWidths(table)
        #expect(widths.reduce(0, +) == WordBody.textWidth)
        #expect(widths[0] >= "arbeidsmarktinfrastructuur".count * 115 + 200, "\(widths)")
        #expect(widths[3] >= "€ 1.065.000,50".count * 100 + 200, "\(widths)")
    }

    @Test func theHeaderKeepsThePartLabel() {
        let twente = DocumentMetadata(title: "Regionale Meerjarenagenda Twente 2026-2030: uitvoeringsdeel", part: "Uitvoeringsdeel 2026-2027")
        #expect(DocxWriter.headerTexts(twente) == ("Regionale Meerjarenagenda Twente 2026-2030", "Uitvoeringsdeel 2026-2027"))
        let long = DocumentMetadata(
            title: "Regionale Meerjarenagenda Zuid-Kennemerland en IJmond met een heel lange ondertitel 2026-2030: beleidsdeel",
            part: "Beleidsdeel 2026-2030")
        let header = DocxWriter.headerTexts(long)
        #expect(header.right == "Beleidsdeel 2026-2030")
        #expect(header.left.hasSuffix("…") && header.left.count + header.right.count <= DocxWriter.headerLength)
        // A title that says the whole part already stands alone.
        let said = DocumentMetadata(title: "Signalen: beleidsdeel 2026-2030", part: "Beleidsdeel 2026-2030")
        #expect(DocxWriter.headerTexts(said) == ("Signalen: beleidsdeel 2026-2030", ""))
    }

    /// Rotated matrix headings were cut off at a fixed row height of 2600 twips.
    @Test func uprightHeadingsGetTheHeightTheyNeed() {
        let headings = [
            "Signalen uit de regio's oplossen of agenderen", "Versnippering tegengaan",
            "Regionale aanpakken gericht op specifieke doelgroepen en hun ondersteuningsbehoeftes",
            "Meer mensen met een ondersteuningsbehoefte aan het werk op een passende plek", "(geen landelijk thema)", "Totaal",
        ]
        let layout = WordBody.uprightLayout(headings: headings)
        #expect(layout.widths.reduce(0, +) == WordBody.textWidth)
        let lines = max(1, (layout.widths[1] - 170) / 240)
        #expect(lines >= 2)
        for heading in headings {
            #expect(WordBody.shortestLine(for: heading, lines: lines) * 115 + 300 <= layout.height, "\(heading)")
        }
        #expect(layout.height > 2600)
        #expect(WordBody.shortestLine(for: "aa bb cc", lines: 2) == 5)
    }
}

/// A short document keeps its cover at the top of the first page in Word as in the PDF: a two-page
/// public summary was three pages in Word, the first a cover with nothing else on it.
@Suite(.timed) struct WordCoverPageTests {
    private static func documentXML(coverHasOwnPage: Bool) throws -> String {
        var document = DocxFixture.document()
        document.cover = [.heading(level: 1, content: [.text("Werk in Twente")]), .paragraph([.text("Publieksversie")])]
        document.coverHasOwnPage = coverHasOwnPage
        return String(decoding: try DocxFixture.parts(document)["word/document.xml"] ?? [], as: UTF8.self)
    }

    /// The page breaks of `xml` (a wide table brings its own, so they are counted).
    private static func pageBreaks(_ xml: String) -> Int {
        xml.components(separatedBy: "<w:br w:type=\"page\"/>").count - 1
    }

    @Test func aCoverOnItsOwnPageEndsWithAPageBreakAndHasNoHeader() throws {
        let xml = try Self.documentXML(coverHasOwnPage: true)
        #expect(xml.contains("Publieksversie</w:t></w:r></w:p><w:p><w:r><w:br w:type=\"page\"/>"))
        #expect(xml.contains("<w:titlePg/>"))
    }

    @Test func aCoverAtTheTopOfTheFirstPageIsFollowedByTheText() throws {
        let xml = try Self.documentXML(coverHasOwnPage: false)
        #expect(Self.pageBreaks(xml) == Self.pageBreaks(try Self.documentXML(coverHasOwnPage: true)) - 1)
        #expect(!xml.contains("<w:titlePg/>"))
        #expect(!xml.contains("w:before=\"2400\""))
    }
}
