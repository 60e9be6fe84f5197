import Foundation
import TestSupport
import Testing
@testable import Agenda

/// The same problem in different words ends up in one cluster; unrelated signals do not.
@Suite(.timed) struct SignalClusteringTests {
    typealias F = SignalFixtures

    func ids(_ cluster: SignalCluster) -> [String] { cluster.signals.map(\.qualifiedID) }

    @Test func differentWordsForOneProblemEndUpTogether() throws {
        let signals = (F.unrelated + F.childcare + F.transport).reversed()
        let clustering = SignalClustering(signals: Array(signals), broadThreshold: 5)
        #expect(clustering.candidateCount == 13)
        #expect(clustering.clusters.count == 2)
        let transport = try #require(clustering.clusters.first)
        #expect(ids(transport) == F.transport.map(\.qualifiedID))
        #expect(transport.regions == ["AM02", "AM03", "AM09", "AM10", "AM15", "AM24"])
        #expect(transport.isBroad)
        #expect(transport.evidence.signals == "6 signalen uit 6 regio's: AM02, AM03, AM09, AM10, AM15, AM24.")
        #expect(transport.evidence.scalesTo.map(\.id) == transport.regions)
        #expect(transport.evidence.scaling?.contains("speelt al in 6 regio's") == true)
        #expect(transport.keywords.contains("werkzoekenden"))
        #expect(F.transport.map(\.title).contains(transport.suggestedTitle))

        let childcare = clustering.clusters[1]
        #expect(ids(childcare) == F.childcare.map(\.qualifiedID))
        #expect(!childcare.isBroad)
        #expect(childcare.keywords.first == "ouders" || childcare.keywords.contains("kinderopvang"))
    }

    @Test func unrelatedSignalsStayApart() {
        let clustering = SignalClustering(signals: F.unrelated)
        #expect(clustering.clusters.isEmpty)
        let mixed = SignalClustering(signals: F.unrelated + [F.transport[0], F.childcare[0]])
        #expect(mixed.clusters.isEmpty, "one transport and one childcare signal are different problems")
    }

    @Test func signalsWithANationalThemeAreLeftOut() {
        var themed = F.transport
        for index in themed.indices.prefix(4) { themed[index].nationalThemes = [Reference("lt3-mobiliteit", range: F.nowhere)] }
        let clustering = SignalClustering(signals: themed)
        #expect(clustering.candidateCount == 2)
        #expect(clustering.clusters.map { $0.regions } == [["AM15", "AM24"]])
    }

    @Test func theResultDoesNotDependOnOrderOrRun() {
        let signals = F.unrelated + F.childcare + F.transport
        let first = SignalClustering(signals: signals).clusters
        let shuffledOrder = signals.enumerated().sorted { ($0.offset * 7) % 13 < ($1.offset * 7) % 13 }.map(\.element)
        let second = SignalClustering(signals: shuffledOrder).clusters
        #expect(first.map(ids) == second.map(ids))
        #expect(first.map(\.suggestedTitle) == second.map(\.suggestedTitle))
        #expect(first.map(\.keywords) == second.map(\.keywords))
    }

    /// Issue 38: twenty copies of every signal (the same text raised again, fresh ids) cost the
    /// buckets no more comparisons than the signals once, and each copy joins its original.
    @Test func copiesOfASignalAddNoComparisons() {
        let signals = F.unrelated + F.childcare + F.transport
        let once = SignalClustering(signals: signals)
        let copied = signals + (1..<20).flatMap { copy in
            signals.map { signal in
                var again = signal
                again.id += "-x\(copy)"
                return again
            }
        }
        let twenty = SignalClustering(signals: copied)
        #expect(twenty.comparisons == once.comparisons)
        func originals(_ cluster: SignalCluster) -> Set<String> {
            Set(cluster.signals.map { $0.qualifiedID.components(separatedBy: "-x").first ?? "" })
        }
        let clustered = Set(once.clusters.flatMap(ids))
        let expected = once.clusters.map { Set(ids($0)) } + signals.map(\.qualifiedID).filter { !clustered.contains($0) }.map { Set([$0]) }
        #expect(Set(twenty.clusters.map(originals)) == Set(expected))
        #expect(twenty.clusters.allSatisfy { $0.signals.count == 20 * originals($0).count })
    }

    @Test func minHashIsStableAndEstimatesJaccard() {
        let hasher = MinHash(count: 256)
        #expect(hasher.seeds == MinHash(count: 256).seeds)
        #expect(StableHash.hash("bus") == StableHash.hash("bus"))
        let a = (0..<100).map { StableHash.hash("woord\($0)") }.sorted()
        let b = (50..<150).map { StableHash.hash("woord\($0)") }.sorted()
        let exact = DutchText.jaccard(sorted: a, b)
        #expect(abs(exact - 1.0 / 3.0) < 1e-9)
        let estimate = MinHash.estimatedSimilarity(hasher.signature(a), hasher.signature(b))
        #expect(abs(estimate - exact) < 0.1)
        let banding = LSHBanding(bands: 128, rows: 2)
        #expect(banding.candidateProbability(0.16) > 0.95)
        #expect(banding.candidateProbability(0.02) < 0.06)
    }

    @Test func conceptsLetDifferentWordsMeet() {
        let terms = DutchText.termsWithWords("De buslijnen zijn uitgedund; zonder rijbewijs en zonder auto geen werk").map(\.term)
        #expect(DutchText.concepts(of: terms) == ["vervoer"])
        #expect(DutchText.concepts(of: DutchText.termsWithWords("Woningbouw trekt monteurs weg").map(\.term)).isEmpty)
        #expect(DutchText.undoubledVowels("leraar") == DutchText.undoubledVowels(DutchText.stem("leraren")))
    }

    /// On the shipped agendas: when the regions' OV signals are there, they form one cluster with
    /// nothing else in it (the agendas are being extended, so this looks only at what is present).
    @Test func shippedSignalsAboutTransportMeet() throws {
        let workspace = WorkspaceLoader().load(directory: AgendaFixture.repositoryRegions)
        let collection = SignalCollection(workspace: workspace)
        let analysis = SignalAnalysis(collection: collection)
        let transport = ["AM02/ov-kleine-kernen", "AM03/busverbinding-werk", "AM09/bedrijventerrein-onbereikbaar",
                         "AM10/ploegendienst-bus", "AM15/ov-kop-nh", "AM24/ov-zeeuws-vlaanderen", "AM32/peel-vervoer",
                         "AM35/dorpen-onbereikbaar"]
        let present = transport.filter { id in collection.signals.contains { $0.qualifiedID == id } }
        for cluster in analysis.clustering.clusters {
            #expect(cluster.signals.allSatisfy { SignalClustering.isUnthemed($0) })
        }
        guard present.count >= 2 else { return }
        let cluster = try #require(analysis.clustering.clusters.first { $0.signals.contains { $0.qualifiedID == present[0] } })
        #expect(Set(present).isSubset(of: Set(ids(cluster))))
        #expect(ids(cluster).allSatisfy { transport.contains($0) })
    }
}
