import Agenda
import Diagnostics
import TestSupport
import Testing
@testable import AgendaCLI

/// The order a build makes its jobs in: which run side by side on the cores.
@Suite(.timed) struct DocumentBuildStagesTests {
    /// Issue 38, memory at 100 times the content: the signal report's documents were made beside an
    /// agenda's (135 MB and 24 MB at the heap peak). From `aloneFrom` signals on the report is a
    /// stage of its own; below, it shares the cores with the agendas, so a national build loses no time.
    @Test(arguments: [
        (signals: 13_400, aloneFrom: 5_000, stages: [0..<1, 1..<3]),
        (signals: 5_000, aloneFrom: 5_000, stages: [0..<1, 1..<3]),
        (signals: 1_340, aloneFrom: 5_000, stages: [0..<3]),
        (signals: 0, aloneFrom: 0, stages: [0..<1, 1..<3]),
    ])
    func theSignalReportIsMadeAloneWhenItIsLarge(signals: Int, aloneFrom: Int, stages: [Range<Int>]) {
        let jobs: [DocumentBuild.Job] = [.signalReport, .nationalData, .nationalData]
        #expect(DocumentBuild.stages(of: jobs, signalCount: signals, aloneFrom: aloneFrom) == stages)
    }

    /// Without a signal report, or with nothing beside it, there is one stage (none for no jobs).
    @Test func oneStageWithoutASignalReportOrWithItAlone() {
        #expect(DocumentBuild.stages(of: [.nationalData, .nationalData], signalCount: 99_999, aloneFrom: 0) == [0..<2])
        #expect(DocumentBuild.stages(of: [.signalReport], signalCount: 99_999, aloneFrom: 0) == [0..<1])
        #expect(DocumentBuild.stages(of: [], signalCount: 99_999, aloneFrom: 0) == [])
    }

    /// Issue 38, memory at 100 times the content (memory4): the national agenda's execution part
    /// (its PDF) was the build's peak, made beside a regional agenda. In a large workspace it is a
    /// stage of its own too, wherever it stands among the agendas; a regional agenda is not.
    @Test func theNationalAgendaIsMadeAloneWhenTheWorkspaceIsLarge() {
        let national = DocumentBuild.Job.agenda(Self.agenda(.national), folder: "lmja", entryIndex: 2)
        let regional = DocumentBuild.Job.agenda(Self.agenda(.regional("AM05")), folder: "am05", entryIndex: 0)
        let jobs: [DocumentBuild.Job] = [.signalReport, regional, regional, national, regional, .nationalData]
        #expect(DocumentBuild.stages(of: jobs, signalCount: 13_400, aloneFrom: 5_000) == [0..<1, 1..<3, 3..<4, 4..<6])
        #expect(DocumentBuild.stages(of: [regional, national], signalCount: 13_400, aloneFrom: 5_000) == [0..<1, 1..<2])
        #expect(DocumentBuild.stages(of: [national], signalCount: 13_400, aloneFrom: 5_000) == [0..<1])
        #expect(DocumentBuild.stages(of: jobs, signalCount: 1_340, aloneFrom: 5_000) == [0..<6])
    }

    private static func agenda(_ scope: Agenda.Scope) -> Agenda {
        let origin = Origin(file: "agenda.toml", range: SourceRange(at: SourcePosition(line: 1, column: 1)))
        return Agenda(
            file: "agenda.toml", scope: scope, origin: origin, title: "Agenda", version: "1", status: .draft, adoptedBy: nil,
            adoptedOn: nil, policyPeriod: YearRange(first: 2026, last: 2030), executionPeriod: YearRange(first: 2026, last: 2027),
            isExample: false, policy: PolicyPart(ambition: "", analysis: "", tasks: [:], synergy: "", governance: ""),
            organisations: [], fundingSources: [], themes: [], signals: [])
    }

    /// The threshold lies between 10 and 100 times the national signals (134 in `regions/`).
    @Test func theThresholdLiesBetweenTenAndAHundredTimesTheNationalSignals() {
        #expect(DocumentBuild.signalReportAloneFrom > 10 * 134)
        #expect(DocumentBuild.signalReportAloneFrom <= 100 * 134)
    }
}
