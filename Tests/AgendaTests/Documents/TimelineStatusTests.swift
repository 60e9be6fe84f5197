import Foundation
import TestSupport
import Testing
@testable import Agenda
@testable import Documents

/// The timeline's fills follow how much a status needs attention: "vertraagd" is the most visible
/// (issue 29: it had the palest fill), "afgerond" the palest.
@Suite(.timed) struct TimelineStatusTests {
    @Test func delayedActionsGetTheSolidDarkFill() throws {
        let workspace = ShippedAgendasTests.workspace
        let agenda = try #require(workspace.agendas.first { $0.file.hasSuffix("am05-twente.toml") })
        let charts = AgendaCharts(agenda: agenda, names: NameLookup(workspace: workspace, agenda: agenda),
                                  budget: BudgetSummary(agenda: agenda))
        let figure = try #require(charts.chart(named: "tijdlijn"))
        guard case .timeline(let chart) = figure.content else { Issue.record("not a timeline"); return }
        let delayed = try #require(agenda.actions.first { $0.status == .delayed }, "Twente has a delayed action")
        let item = try #require(chart.items.first { $0.label == delayed.title })
        #expect(chart.styles[item.style] == "vertraagd")
        // The solid dark fill in every writer: SVG (HTML, decks), PDF, and Office's palette.
        #expect(SVGBuilder.fill(id: "t", series: item.style) == "#1f3b73")
        #expect(PDFFill.series(item.style) == .color("0.122 0.231 0.451"))
        #expect(OfficeChart.palette[item.style] == "1F4E79")
        // A finished action gets the palest.
        let finished = try #require(chart.styles.firstIndex(of: "afgerond"))
        #expect(SVGBuilder.fill(id: "t", series: finished) == "#c9d3e6")
    }
}
