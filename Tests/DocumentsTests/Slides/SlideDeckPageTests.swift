import TestSupport
import Testing
@testable import Documents

/// The HTML deck: one 16:9 section per slide, snapping, print pages, and text always escaped.
@Suite(.timed) struct SlideDeckPageTests {
    let document = Document(metadata: DocumentMetadata(title: "Agenda <Twente> & co", words: .dutch), splittingCoverFrom: [
        .heading(level: 1, content: [.text("Agenda <Twente>")]),
        .paragraph([.text("Versie 1")]),
        .heading(level: 2, content: [.text("Thema \"<script>alert(1)</script>\"")]),
        .paragraph([.text("Tekst met <b>geen opmaak</b> & \u{0007}een belletje."), .link(destination: "javascript:alert(1)", title: nil, content: [.text("klik")])]),
        .list(ListBlock(kind: .bullet, isTight: true, items: (1...8).map { [.paragraph([.text("Punt \($0)")])] })),
    ])

    /// Issue 29: the map's legend, drawn inside the scaled map, was unreadable on a slide. It stands
    /// beside the map in the slide's own type, every class with its swatch.
    @Test func theMapLegendStandsBesideTheMapInTheSlidesType() throws {
        let deck = Document(metadata: DocumentMetadata(title: "Kaart"), splittingCoverFrom: [
            .heading(level: 2, content: [.text("Signalen per regio")]),
            try #require(DocxFixture.document().blocks.first { if case .figure(let f) = $0, case .regionMap = f.content { true } else { false } }),
        ])
        let html = SlideDeckPage().render(deck)
        #expect(!html.contains("<g class=\"legenda\">"), "no legend inside the drawing")
        #expect(html.contains("<div class=\"kaart-legenda\"><p><strong>Aantal signalen</strong></p><ul>"))
        for label in ["0", "1", "2", "3"] { #expect(html.contains("</svg>\(label)</li>")) }
        #expect(html.contains(".kaart-legenda svg.staal { flex: 0 0 auto; width: 2.2em; height: 1.45em; }"))
        // The documents keep the legend in the drawing.
        #expect(RegionMap(id: "k", title: "K", description: "", shapes: [], counts: [:], legendTitle: "Aantal").svg().contains("<g class=\"legenda\">"))
    }

    @Test func everySlideIsASectionWithItsNumber() {
        let html = SlideDeckPage().render(document)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"nl\">"))
        #expect(html.components(separatedBy: "<section class=\"dia").count - 1 == 3)
        #expect(html.contains("<section class=\"dia titeldia\" id=\"dia-1\" aria-label=\"Dia 1 van 3\">"))
        #expect(html.contains("<h2 id=\"thema-script-alert-1-script-vervolg\">Thema &quot;&lt;script&gt;alert(1)&lt;/script&gt;&quot; (vervolg)</h2>"))
        #expect(html.contains("<span>3 / 3</span>"))
        #expect(html.contains("scroll-snap-type: y mandatory") && html.contains("scroll-snap-align: start"))
        #expect(html.contains("@page { size: 338.67mm 190.5mm; margin: 0; }"))
    }

    @Test func textIsEscapedAndNothingRuns() {
        let html = SlideDeckPage().render(document)
        #expect(!html.contains("<script") && !html.contains("<b>") && !html.contains("\u{0007}"))
        #expect(html.contains("<title>Agenda &lt;Twente&gt; &amp; co</title>"))
        #expect(html.contains("Tekst met &lt;b&gt;geen opmaak&lt;/b&gt; &amp; een belletje.<a href=\"\">klik</a>"))
    }

    @Test func theSameDocumentGivesTheSameBytes() {
        #expect(SlideDeckPage().write(document) == SlideDeckPage().write(document))
    }
}
