import Documents
import Mustache
import TestSupport
import Testing
@testable import Agenda

/// How a filled template becomes a tree: typed values go in where their tag stands, and text can
/// never pass for one of them (issue 32, point 1).
@Suite(.timed) struct FilledTemplateTests {
    static func blocks(_ template: String, _ context: (TemplateEmbeddings) -> MustacheValue, figures: [String: Figure] = [:]) throws -> [Block] {
        let embeddings = TemplateEmbeddings()
        let filled = try FilledTemplate(
            "t", from: try TemplateLibrary(sources: ["t": template]), with: context(embeddings), embeddings: embeddings,
            figureNames: Array(figures.keys))
        // The document puts a table of contents after the cover; these tests look at the rest.
        return filled.document(metadata: DocumentMetadata(title: "t"), figure: { figures[$0] }).blocks.filter { $0 != .tableOfContents }
    }

    @Test func aValueCannotForgeTheMarkOfAnEmbeddedValue() throws {
        let blocks = try Self.blocks("## Kop\n\n{{tekst}}\n\n{{nep}}\n") { embeddings in
            ["tekst": embeddings.prose("# Eigen kop\n\nAlinea."), "nep": "\u{FFFC}0\u{FFFC}"]
        }
        #expect(blocks == [
            .heading(level: 2, content: [.text("Kop")]), .heading(level: 3, content: [.text("Eigen kop")]),
            .paragraph([.text("Alinea.")]), .paragraph([.text("0")]),
        ])
    }

    /// A combining accent after a value, or a prepended character before one, joins the mark into a
    /// longer character; the value still stands where its tag is, and a value's half mark is dropped.
    @Test func aMarkBesideACombiningCharacterIsStillFound() throws {
        let blocks = try Self.blocks("Voor {{tekst}}\u{301} en \u{600}{{tekst}} na {{nep}}\n") { embeddings in
            ["tekst": embeddings.prose("**vet**"), "nep": "\u{FFFC}\u{301}0\u{FFFC}\u{301}"]
        }
        guard case .paragraph(let content) = try #require(blocks.first) else { Issue.record("\(blocks)"); return }
        #expect(content.filter { if case .strong = $0 { true } else { false } }.count == 2, "\(content)")
        #expect(!"\(blocks)".unicodeScalars.contains("\u{FFFC}"))
        #expect(TemplateMarks.pieces(of: "a\u{FFFC}3\u{FFFC}\u{301}b") == [.text("a"), .embedded(3), .text("\u{301}b")])
    }

    @Test func aFigureStandsWhereItsTagIs() throws {
        let figure = Figure(
            content: .bars(BarChart(id: "g", title: "Grafiek", description: "", categories: [], series: [], format: .euro)),
            data: Table(header: ["a"], rows: []))
        let withFigure = try Self.blocks("Voor\n\n{{grafieken.tijdlijn}}\n\nNa\n", { _ in [:] }, figures: ["tijdlijn": figure])
        #expect(withFigure == [.paragraph([.text("Voor")]), .figure(figure), .paragraph([.text("Na")])])
    }
}
