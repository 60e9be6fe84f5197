import Documents
import Foundation
import TestSupport
import Testing
@testable import Agenda

/// Verdicts that fall short stand out in the tables: their cells are shaded, more for "voldoet niet"
/// than for "onvoldoende onderbouwd"; cells that meet stay plain.
@Suite(.timed) struct VerdictShadeTests {
    static func shadedCells(in markdown: String) -> [Table.CellPosition: Table.CellShade] {
        let document = FilledTemplate(markdown: markdown, prose: ProseFields()).document(metadata: DocumentMetadata(title: "t"), figure: { _ in nil })
        return document.blocks.compactMap { if case .table(let table) = $0 { table.shades } else { nil } }.first ?? [:]
    }

    @Test func cellsThatFallShortAreShadedByHowFar() {
        let shades = Self.shadedCells(in: """
            | Thema | Oordeel |
            |---|---|
            | Zorg | ✓ voldoet |
            | Techniek | **⚠ onvoldoende onderbouwd** |
            | Onderwijs | **✗ voldoet niet** |
            """)
        #expect(shades == [.init(row: 1, column: 1): .caution, .init(row: 2, column: 1): .shortfall])
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
