import Foundation
import TestSupport
import Testing
@testable import Agenda

/// The agendas shipped in `regions/` are what users see first: they must check clean, cover every
/// region once, be marked as examples, and show every verdict of the scorecard.
@Suite(.timed) struct ShippedAgendasTests {
    static let workspace = WorkspaceLoader().load(directory: AgendaFixture.repositoryRegions)

    @Test func onlyTheDeliberateWeakThemeGivesWarnings() {
        let diagnostics = AgendaChecker().check(Self.workspace)
        #expect(diagnostics.filter { $0.severity == .error }.isEmpty)
        let warnings = diagnostics.filter { $0.severity == .warning }
        #expect(Set(warnings.compactMap(\.file).map { ($0 as NSString).lastPathComponent }) == ["am13-midden-utrecht.toml"])
        #expect(Set(warnings.map(\.code)) == ["MJA101", "MJA102", "MJA103", "MJA104", "MJA105", "MJA106"])
    }

    @Test func everyRegionHasExactlyOneExampleAgenda() {
        let registry = Self.workspace.registry
        #expect(registry.regions.count == 35)
        let codes = Self.workspace.regionalAgendas.compactMap(\.scope.regionCode)
        #expect(codes.sorted() == registry.regions.map(\.code).sorted())
        #expect(Self.workspace.nationalAgenda != nil)
        #expect(Self.workspace.agendas.allSatisfy { $0.isExample })
        for agenda in Self.workspace.regionalAgendas {
            #expect((2...5).contains(agenda.themes.count), "\(agenda.file)")
            #expect((3...8).contains(agenda.signals.count), "\(agenda.file)")
        }
    }

    @Test func theScorecardsShowAllThreeVerdicts() {
        let assessor = CriteriaAssessor(workspace: Self.workspace)
        let verdicts = Set(Self.workspace.agendas.flatMap { assessor.scorecards(for: $0) }.flatMap(\.assessments).map(\.verdict))
        #expect(verdicts == Set(Verdict.allCases))
    }

    @Test func theRegistryCodesHaveTheirGaps() {
        let codes = Set(Self.workspace.registry.regions.map(\.code))
        for missing in ["AM04", "AM16", "AM31"] { #expect(!codes.contains(missing)) }
        #expect(Self.workspace.registry.region("AM21")?.centralMunicipality == "'s-Gravenhage")
    }
}
