/// The title a cluster suggests for a new national theme. A cluster spans several regions, so its
/// title must not be one region's place: "Bedrijventerreinen in de Achterhoek zijn zonder auto
/// niet te bereiken" does not name a problem of eight regions.
extension SignalCluster {
    /// The title of the most central signal that names no place of its own; when every signal
    /// names one, the cluster's first key words ("Auto, werkzoekenden en ploegendiensten").
    /// `ranked` are the signals, most central first.
    static func title(ranked: [Signal], keywords: [String]) -> String {
        var titlesRead = 0
        return title(ranked: ranked, keywords: keywords, titlesRead: &titlesRead)
    }

    /// ``title(ranked:keywords:)``, counting the titles split into words (for a test that the
    /// work stays linear in the number of signals).
    static func title(ranked: [Signal], keywords: [String], titlesRead: inout Int) -> String {
        // The regions' title words indexed once, and each region and title judged once: asking
        // every signal anew, against every other signal, made a cluster of many alike signals
        // quadratic (91x the time for 10x the repeated signals).
        let index = TitleWordIndex(ranked)
        titlesRead += ranked.count
        var judged = Set<[String]>()
        for signal in ranked where judged.insert([signal.region, signal.title]).inserted {
            titlesRead += 1
            if localNames(in: signal, index: index).isEmpty { return signal.title }
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
        localNames(in: signal, index: TitleWordIndex(signals))
    }

    private static func localNames(in signal: Signal, index: TitleWordIndex) -> [String] {
        words(of: signal.title).dropFirst().filter { word in
            let scalars = Array(word.unicodeScalars)
            guard scalars.count >= 2, scalars[0].properties.isUppercase, scalars[1].properties.isLowercase else { return false }
            let lowered = word.lowercased()
            if lowered.hasPrefix("nederland") { return false }
            return !index.anotherRegion(than: signal.region, hasWordStartingWith: String(lowered.prefix(5)))
        }
    }

    /// The first one to five letters of every lowercased title word, with the regions whose titles
    /// have such a word: "another region's title has a word starting with this stem" in one lookup.
    private struct TitleWordIndex {
        /// Per prefix: one region that has it, or nil once two regions have it.
        private var regions: [String: String?] = [:]

        init(_ signals: [Signal]) {
            for signal in signals {
                for word in SignalCluster.words(of: signal.title) {
                    let lowered = word.lowercased()
                    var prefix = ""
                    for character in lowered.prefix(5) {
                        prefix.append(character)
                        switch regions[prefix] {
                        case .none: regions[prefix] = .some(signal.region)
                        case .some(.some(let region)) where region != signal.region: regions[prefix] = .some(nil)
                        default: break
                        }
                    }
                }
            }
        }

        func anotherRegion(than region: String, hasWordStartingWith stem: String) -> Bool {
            switch regions[stem] {
            case .none: false
            case .some(.none): true
            case .some(.some(let only)): only != region
            }
        }
    }

    /// The words of a title: runs of letters, digits, hyphens and apostrophes.
    fileprivate static func words(of text: String) -> [String] {
        text.split { !($0.isLetter || $0.isNumber || $0 == "-" || $0 == "'" || $0 == "’") }.map(String.init)
    }
}
