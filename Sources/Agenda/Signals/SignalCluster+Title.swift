/// The title a cluster suggests for a new national theme. A cluster spans several regions, so its
/// title must not be one region's place: "Bedrijventerreinen in de Achterhoek zijn zonder auto
/// niet te bereiken" does not name a problem of eight regions.
extension SignalCluster {
    /// The title of the most central signal that names no place of its own; when every signal
    /// names one, the cluster's first key words ("Auto, werkzoekenden en ploegendiensten").
    /// `ranked` are the signals, most central first.
    static func title(ranked: [Signal], keywords: [String]) -> String {
        for signal in ranked where localNames(in: signal, among: ranked).isEmpty {
            return signal.title
        }
        guard !keywords.isEmpty else { return ranked[0].title }
        let label = DutchList.joined(Array(keywords.prefix(3)))
        return label.prefix(1).uppercased() + label.dropFirst()
    }

    /// The proper names in the title of `signal` that no signal of another region shares: a word
    /// after the first that starts with a capital and a small letter ("Achterhoek", "Tiel",
    /// "Noord-Holland"; not "WW" or "UWV"). A name counts as shared when another region's title has
    /// a word that starts with the same five letters ("Duitse" and "Duitsland"); the country itself
    /// ("Nederland", "Nederlandse") is never one region's place.
    static func localNames(in signal: Signal, among signals: [Signal]) -> [String] {
        let others = signals.filter { $0.region != signal.region }.flatMap { words(of: $0.title).map { $0.lowercased() } }
        return words(of: signal.title).dropFirst().filter { word in
            let scalars = Array(word.unicodeScalars)
            guard scalars.count >= 2, scalars[0].properties.isUppercase, scalars[1].properties.isLowercase else { return false }
            let lowered = word.lowercased()
            if lowered.hasPrefix("nederland") { return false }
            let stem = String(lowered.prefix(5))
            return !others.contains { $0.hasPrefix(stem) }
        }
    }

    /// The words of a title: runs of letters, digits, hyphens and apostrophes.
    private static func words(of text: String) -> [String] {
        text.split { !($0.isLetter || $0.isNumber || $0 == "-" || $0 == "'" || $0 == "’") }.map(String.init)
    }
}
