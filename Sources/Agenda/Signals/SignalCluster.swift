/// A group of differently worded signals about the same problem, linked to no national theme: a
/// candidate for a new national theme, with the evidence for the criteria `signalen` and
/// `opschaalbaar` already filled in.
public struct SignalCluster: Sendable, Hashable {
    /// The signals, by region, date and id.
    public var signals: [Signal]
    /// The distinct region codes, sorted.
    public var regions: [String]
    /// The signal that shares most with the others.
    public var centralSignal: Signal
    /// The words the signals share most, as written (folded to lower case).
    public var keywords: [String]
    /// What the signals say for the selection criteria: how many signals from how many regions
    /// (`signalen`), and the regions the problem already spans (`opschaalbaar`, `scalesTo`).
    public var evidence: CriteriaEvidence
    /// Whether at least the threshold number of distinct regions raised it.
    public var isBroad: Bool

    /// The suggested title of the new theme: the title of the most central signal that names no
    /// place of its own region, else the key words (see `title(ranked:keywords:)`).
    public var suggestedTitle: String

    init(signals: [Signal], features: [[UInt64]], words: [[(term: String, word: String)]], broadThreshold: Int) {
        let order = signals.indices.sorted { SignalCollection.order(signals[$0], signals[$1]) }
        self.signals = order.map { signals[$0] }
        let regions = Set(signals.map(\.region)).sorted()
        self.regions = regions
        isBroad = regions.count >= broadThreshold

        // Central: the highest average share of its features among the cluster's signals.
        var frequency: [UInt64: Int] = [:]
        for set in features { for feature in set { frequency[feature, default: 0] += 1 } }
        // Ranked by that score, ties in the signals' order, so the same input gives the same title.
        let scores = features.map { set in set.isEmpty ? 0 : Double(set.reduce(0) { $0 + frequency[$1]! }) / Double(set.count) }
        let ranked = order.enumerated().sorted { a, b in
            abs(scores[a.element] - scores[b.element]) > 1e-12 ? scores[a.element] > scores[b.element] : a.offset < b.offset
        }.map(\.element)
        centralSignal = signals[ranked[0]]

        // Key words: terms in at least two signals, most signals first, shown in their most used form.
        var termSignals: [String: Int] = [:]
        var forms: [String: [String: Int]] = [:]
        for list in words {
            var seen = Set<String>()
            for (term, word) in list {
                forms[term, default: [:]][word, default: 0] += 1
                if seen.insert(term).inserted { termSignals[term, default: 0] += 1 }
            }
        }
        keywords = termSignals.filter { $0.value >= 2 }
            .sorted { ($1.value, $0.key) < ($0.value, $1.key) }
            .prefix(6)
            .map { term in forms[term.key]!.sorted { ($1.value, $0.key) < ($0.value, $1.key) }[0].key }

        suggestedTitle = Self.title(ranked: ranked.map { signals[$0] }, keywords: keywords)

        var firstSignal: [String: Signal] = [:]
        for signal in self.signals where firstSignal[signal.region] == nil { firstSignal[signal.region] = signal }
        let count = signals.count
        evidence = CriteriaEvidence(
            signals: "\(DutchPhrases.signals(count)) uit \(DutchPhrases.regions(regions.count)): "
                + regions.joined(separator: ", ") + ".",
            scaling: "Het probleem speelt al in \(DutchPhrases.regions(regions.count)): "
                + regions.joined(separator: ", ") + "; een landelijke aanpak kan daar meteen landen.",
            scalesTo: regions.map { Reference($0, range: firstSignal[$0]!.origin.range) })
    }
}
