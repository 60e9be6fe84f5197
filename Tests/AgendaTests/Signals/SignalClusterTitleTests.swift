import TestSupport
import Testing
@testable import Agenda

/// A candidate national theme spans regions: its title names no place of one of them.
@Suite(.timed) struct SignalClusterTitleTests {
    typealias F = SignalFixtures

    func signal(_ region: String, _ title: String) -> Signal {
        F.signal(region, title.lowercased().split(separator: " ").prefix(2).joined(separator: "-"), "2026-03-01", title: title, description: "")
    }

    @Test func theMostCentralTitleWithoutAPlaceWins() {
        let ranked = [
            signal("AM37", "Startende leraren vinden in Haarlem geen woning"),
            signal("AM14", "Starters verlaten de regio omdat ze hier geen woning kunnen betalen"),
            signal("AM19", "Zorginstellingen in Leiden verliezen sollicitanten"),
        ]
        #expect(SignalCluster.localNames(in: ranked[0], among: ranked) == ["Haarlem"])
        #expect(SignalCluster.title(ranked: ranked, keywords: ["woning"]) == "Starters verlaten de regio omdat ze hier geen woning kunnen betalen")
    }

    @Test func whenEveryTitleNamesAPlaceTheKeyWordsDo() {
        let ranked = [
            signal("AM09", "Bedrijventerreinen in de Achterhoek zijn zonder auto niet te bereiken"),
            signal("AM10", "Logistieke ploegendiensten in Tiel beginnen voordat de eerste bus rijdt"),
        ]
        #expect(SignalCluster.title(ranked: ranked, keywords: ["auto", "werkzoekenden", "ploegendiensten", "bus"]) == "Auto, werkzoekenden en ploegendiensten")
    }

    /// Issue 38: a cluster of many alike signals that all name a place reads each title a bounded
    /// number of times (it read every title again for every signal: quadratic).
    @Test func manyAlikeSignalsAreJudgedOncePerRegionAndTitle() {
        let two = [
            signal("AM09", "Bedrijventerreinen in de Achterhoek zijn zonder auto niet te bereiken"),
            signal("AM10", "Logistieke ploegendiensten in Tiel beginnen voordat de eerste bus rijdt"),
        ]
        let ranked = (0..<500).flatMap { _ in two }
        var titlesRead = 0
        let title = SignalCluster.title(ranked: ranked, keywords: ["auto", "bus"], titlesRead: &titlesRead)
        #expect(title == "Auto en bus")
        #expect(titlesRead <= ranked.count + two.count)
        #expect(SignalCluster.localNames(in: ranked[0], among: ranked) == ["Achterhoek"])
    }

    @Test func abbreviationsSharedNamesAndTheCountryAreNoPlace() {
        let ranked = [
            signal("AM05", "Duitse diploma's worden niet erkend bij Nederlandse werkgevers"),
            signal("AM33", "Verzoek om één informatiepunt voor grensarbeid naar Duitsland"),
            signal("AM25", "WW'ers komen bij UWV niet in beeld"),
        ]
        #expect(SignalCluster.localNames(in: ranked[0], among: ranked).isEmpty)
        #expect(SignalCluster.localNames(in: ranked[2], among: ranked).isEmpty)
        #expect(SignalCluster.title(ranked: ranked, keywords: []) == "Duitse diploma's worden niet erkend bij Nederlandse werkgevers")
    }
}
