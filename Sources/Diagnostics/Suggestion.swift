/// How far apart two words are, for "did you mean ...?" suggestions.
public enum Suggestion {
    /// The optimal-string-alignment distance: the number of inserted, deleted or replaced characters,
    /// or swapped neighbours (`chekc` -> `check` is one step), needed to turn `a` into `b`.
    public static func distance(_ a: String, _ b: String) -> Int {
        // Without a bound the early stop never fires, so there is always a distance.
        distance(a, b, atMost: .max) ?? .max
    }

    /// The distance between `a` and `b` when it is at most `bound`, else nil; stops as soon as every
    /// entry of a row exceeds the bound, since the distance can only grow from there.
    static func distance(_ a: String, _ b: String, atMost bound: Int) -> Int? {
        let a = Array(a), b = Array(b)
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) <= bound ? max(a.count, b.count) : nil }
        // Three rows suffice: the transposition looks two rows back.
        var previousPrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var best = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    best = min(best, previousPrevious[j - 2] + 1)
                }
                current[j] = best
                rowMinimum = min(rowMinimum, best)
            }
            // A transposition reaches two rows back, so both rows must exceed the bound.
            if rowMinimum > bound && (previous.min() ?? 0) > bound { return nil }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        return previous[b.count] <= bound ? previous[b.count] : nil
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
        let length = lowered.count
        // The distance is at least the difference in length, so a candidate whose length differs by
        // more than the best distance so far (at first: the limit) cannot win and is not compared;
        // the comparison itself stops as soon as it cannot come within that bound. With thousands
        // of candidates (every signal id of a workspace) this keeps a suggestion cheap.
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let bound = best?.distance ?? limit
            let other = candidate.lowercased()
            guard abs(other.count - length) <= bound,
                let found = distance(lowered, other, atMost: bound)
            else { continue }
            if best == nil || (found, candidate) < (best!.distance, best!.candidate) { best = (candidate, found) }
        }
        if let best { return best.candidate }
        let prefixed = candidates.filter { lowered.count >= 2 && $0.lowercased().hasPrefix(lowered) }
        return prefixed.count == 1 ? prefixed[0] : nil
    }
}
