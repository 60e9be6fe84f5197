import TestSupport
import Testing
@testable import Agenda

/// Counting per dimension, distinct regions, "breed gedragen" and the trend by quarter.
@Suite(.timed) struct SignalAggregationTests {
    typealias F = SignalFixtures

    static let signals: [Signal] = [
        F.signal("AM05", "a", "2026-01-10", title: "A", kind: .bottleneck, task: .development, sectors: ["techniek"],
                 groups: ["werkenden-kwetsbaar"], themes: ["lt3"], urgency: .high),
        F.signal("AM05", "b", "2026-02-10", title: "B", kind: .request, task: .development, sectors: ["techniek", "zorg-en-welzijn"],
                 themes: ["lt3"], urgency: .high),
        F.signal("AM06", "c", "2026-04-01", title: "C", kind: .bottleneck, task: .social, sectors: ["zorg-en-welzijn"],
                 groups: ["bijstand"], themes: ["lt3", "lt2"], urgency: .low),
        F.signal("AM09", "d", "2026-09-30", title: "D", kind: .goodPractice, task: nil, themes: [], urgency: .medium),
        F.signal("AM14", "e", "2026-10-01", title: "E", kind: .bottleneck, task: .social, sectors: ["techniek"], themes: ["lt3"]),
    ]

    func group(_ aggregation: SignalAggregation, _ dimension: SignalAggregation.Dimension, _ key: String) throws -> SignalAggregation.Group {
        try #require(aggregation.groups(dimension).first { $0.key == key })
    }

    @Test func countsSignalsAndDistinctRegionsPerDimension() throws {
        let aggregation = SignalAggregation(signals: Self.signals, broadThreshold: 3)
        #expect(aggregation.signalCount == 5)
        #expect(aggregation.regions == ["AM05", "AM06", "AM09", "AM14"])

        let lt3 = try group(aggregation, .nationalTheme, "lt3")
        #expect(lt3.signalCount == 4)
        #expect(lt3.regions == ["AM05", "AM06", "AM14"])
        #expect(lt3.isBroad)
        let lt2 = try group(aggregation, .nationalTheme, "lt2")
        #expect((lt2.signalCount, lt2.regionCount, lt2.isBroad) == (1, 1, false))
        let none = try group(aggregation, .nationalTheme, "")
        #expect((none.signalCount, none.regions) == (1, ["AM09"]))
        #expect(aggregation.groups(.nationalTheme).map(\.key) == ["lt3", "", "lt2"])

        let techniek = try group(aggregation, .sector, "techniek")
        #expect((techniek.signalCount, techniek.regionCount) == (3, 2))
        #expect(!techniek.isBroad, "two signals from one region count as one region")
        let care = try group(aggregation, .sector, "zorg-en-welzijn")
        #expect((care.signalCount, care.regionCount) == (2, 2))
        #expect(try group(aggregation, .targetGroup, "bijstand").signalCount == 1)

        #expect(aggregation.groups(.task).map(\.key) == ["sociaal", "ontwikkel", ""])
        #expect(try group(aggregation, .task, "ontwikkel").regions == ["AM05"])
        #expect(aggregation.groups(.kind).map { "\($0.key)=\($0.signalCount)" } == ["knelpunt=3", "goed voorbeeld=1", "verzoek=1"])
        #expect(aggregation.groups(.urgency).map { "\($0.key)=\($0.signalCount)" } == ["hoog=2", "middel=2", "laag=1"])
        #expect(aggregation.broadlyShared.map(\.group.key) == ["lt3"])
    }

    @Test(arguments: [(1, 6), (2, 3), (3, 1), (4, 0)])
    func broadThresholdCountsDistinctRegions(threshold: Int, broad: Int) {
        let aggregation = SignalAggregation(signals: Self.signals, broadThreshold: threshold)
        #expect(aggregation.broadlyShared.filter { $0.dimension != .task }.count == broad)
    }

    @Test func trendByQuarter() throws {
        let aggregation = SignalAggregation(signals: Self.signals)
        #expect(aggregation.quarters == ["2026-K1", "2026-K2", "2026-K3", "2026-K4"])
        #expect(aggregation.trend == [2, 1, 1, 1])
        #expect(try group(aggregation, .nationalTheme, "lt3").trend == [2, 1, 0, 1])
        let spanning = SignalAggregation(signals: [
            F.signal("AM01", "x", "2025-11-30", title: "X"), F.signal("AM01", "y", "2026-04-01", title: "Y"),
        ])
        #expect(spanning.quarters == ["2025-K4", "2026-K1", "2026-K2"])
        #expect(spanning.trend == [1, 0, 1])
    }
}
