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

    @Test func aFigureStandsWhereItsTagIs() throws {
        let figure = Figure(
            content: .bars(BarChart(id: "g", title: "Grafiek", description: "", categories: [], series: [], format: .euro)),
            data: Table(header: ["a"], rows: []))
        let withFigure = try Self.blocks("Voor\n\n{{grafieken.tijdlijn}}\n\nNa\n", { _ in [:] }, figures: ["tijdlijn": figure])
        #expect(withFigure == [.paragraph([.text("Voor")]), .figure(figure), .paragraph([.text("Na")])])
    }
}
