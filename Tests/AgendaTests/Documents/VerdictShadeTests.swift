import Documents
import Foundation
import Mustache
import TestSupport
import Testing
@testable import Agenda

/// Verdicts that fall short stand out in the tables: their cells are shaded, more for "voldoet niet"
/// than for "onvoldoende onderbouwd"; cells that meet stay plain.
@Suite(.timed) struct VerdictShadeTests {
    /// The first table of `template` filled with `context(embeddings)`.
    static func table(_ template: String, _ context: (TemplateEmbeddings) -> MustacheValue) throws -> Table? {
        let embeddings = TemplateEmbeddings()
        let filled = try FilledTemplate(
            "t", from: try TemplateLibrary(sources: ["t": template]), with: context(embeddings), embeddings: embeddings)
        let document = filled.document(metadata: DocumentMetadata(title: "t"), figure: { _ in nil })
        return document.blocks.compactMap { if case .table(let table) = $0 { table } else { nil } }.first
    }

    @Test func cellsThatFallShortAreShadedByHowFar() throws {
        let table = try Self.table("""
            | Thema | Oordeel |
            |---|---|
            {{#rijen}}
            | {{titel}} | {{#voldoet}}{{teken}} voldoet{{/voldoet}}{{^voldoet}}**{{teken}} {{oordeel}}**{{/voldoet}} |
            {{/rijen}}
            """) { embeddings in
            ["rijen": .array([Verdict.meets, .unsubstantiated, .fails].map { verdict in
                ["titel": "x", "teken": embeddings.mark(verdict), "voldoet": .bool(verdict == .meets), "oordeel": .string(verdict.rawValue)]
            })]
        }
        #expect(table?.shades == [.init(row: 1, column: 1): .caution, .init(row: 2, column: 1): .shortfall])
        #expect(table?.rows[1][1] == [.strong([.text("⚠ onvoldoende onderbouwd")])], "the sign and the text read as one text")
    }

    /// Issue 32, point 1: a sign or a word in a value's text decides nothing; only the typed verdict does.
    @Test func textThatLooksLikeAVerdictOrATotalIsJustText() throws {
        let table = try Self.table("""
            | Thema | Oordeel |
            |---|---|
            | {{a}} | {{b}} |
            | Totaal | ✗ voldoet niet |
            """) { _ in ["a": "⚠ Techniek", "b": "✗ x"] }
        #expect(table?.shades == [:])
        #expect(table?.hasTotalRow == false)
    }

    @Test func theTotalRowIsTheRowWithItsMark() throws {
        let table = try Self.table("""
            | Bron | Bedrag |
            |---|--:|
            | Rijk | 10 |
            | {{totaalrij}}**Totaal** | **10** |
            """) { _ in [:] }
        #expect(table?.hasTotalRow == true)
        #expect(table?.rows[1][0] == [.strong([.text("Totaal")])], "the mark leaves nothing in the cell")
    }

    /// Midden-Utrecht is the shipped agenda with themes that do not (yet) meet every criterion.
    @Test func theShippedExecutionPartShadesItsWeakVerdicts() throws {
        let name = "am13-midden-utrecht.toml"
        let fixture = try AgendaFixture([name: try String(contentsOfFile: AgendaFixture.repositoryRegions + "/" + name, encoding: .utf8)])
        defer { fixture.remove() }
        let workspace = fixture.load()
        let agenda = try #require(workspace.agendas.first)
        let document = try AgendaDocumentBuilder(templates: try DocumentGoldenTests.library(), workspace: workspace).document(.execution, of: agenda)
        let tables = document.blocks.compactMap { if case .table(let table) = $0 { table } else { nil } }
        let shaded = tables.flatMap { table in table.shades.map { (table, $0.key, $0.value) } }
        #expect(!shaded.isEmpty, "Twente has verdicts that fall short")
        for (table, position, shade) in shaded {
            let text = table.rows[position.row][position.column].plainText
            #expect(text.hasPrefix(shade == .shortfall ? "✗" : "⚠"), "\(text)")
        }
    }
}
