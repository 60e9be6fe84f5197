/// How far apart two words are, for "did you mean ...?" suggestions.
public enum Suggestion {
    /// The optimal-string-alignment distance: the number of inserted, deleted or replaced characters,
    /// or swapped neighbours (`chekc` -> `check` is one step), needed to turn `a` into `b`.
    public static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        // Three rows suffice: the transposition looks two rows back.
        var previousPrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var best = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    best = min(best, previousPrevious[j - 2] + 1)
                }
                current[j] = best
            }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        return previous[b.count]
    }

    /// The most typing mistakes a word of this length may hold and still get a suggestion:
    /// none for one letter, one up to four letters, two up to seven (`altyd` -> `altijd`), then three.
    public static func threshold(forLength length: Int) -> Int {
        length < 2 ? 0 : min(3, max(1, (length + 1) / 3))
    }

    /// The candidate `word` most likely meant, or nil when none is close enough.
    ///
    /// Compares without regard to case. A candidate within the threshold wins (closest first, then
    /// in alphabetical order); failing that, the one candidate that starts with `word` (`sig` ->
    /// `signalen`), when exactly one does.
    public static func closest(to word: String, among candidates: [String]) -> String? {
        let lowered = word.lowercased()
        guard !lowered.isEmpty else { return nil }
        let limit = threshold(forLength: lowered.count)
        let scored = candidates.map { (candidate: $0, distance: distance(lowered, $0.lowercased())) }
        if let best = scored.filter({ $0.distance <= limit })
            .min(by: { ($0.distance, $0.candidate) < ($1.distance, $1.candidate) })
        {
            return best.candidate
        }
        let prefixed = candidates.filter { lowered.count >= 2 && $0.lowercased().hasPrefix(lowered) }
        return prefixed.count == 1 ? prefixed[0] : nil
    }
}
