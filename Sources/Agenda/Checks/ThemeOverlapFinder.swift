/// Finds, for every theme of a workspace, the other themes it overlaps with in title and content:
/// the other themes of its own agenda and, for a regional theme, the national themes other than the
/// one it contributes to.
///
/// Comparing every theme with every other grows with the square of the number of themes. This uses
/// prefix filtering instead: the content words of each theme are ordered rarest first, and two themes
/// whose Jaccard similarity reaches the threshold `t` must share one of the first
/// `n - ceil(t * n) + 1` words of each (`n` the number of words of each). Only themes that share such a
/// word are compared, found through an inverted index of those words. That is exact: no overlap is
/// missed. When many themes share their rarest words (a thousand themes with the same title), a theme
/// looks at no more than `budget` index entries, so every theme costs at most a fixed amount of work and
/// the whole stays linear; such a theme is marked `isPartial`.
struct ThemeOverlapFinder {
    /// One overlapping theme and how alike the two are (0-1).
    struct Match: Sendable, Hashable {
        var id: String
        var title: String
        var similarity: Double
    }

    /// What was found for one theme.
    struct Overlaps: Sendable, Hashable {
        /// The overlapping themes found, closest first (ties in the order of the files): every one,
        /// or the closest `kept` when the finder was made to keep only those.
        var matches: [Match]
        /// How many overlapping themes were found, those in `matches` included.
        var count: Int
        /// Whether the search stopped at the budget, so there may be more.
        var isPartial: Bool
    }

    /// The overlaps by agenda file and theme id.
    private(set) var overlaps: [String: [String: Overlaps]] = [:]

    /// How many index entries were looked at in all: at most `budget` per theme.
    private(set) var comparisons = 0

    /// How many index entries one theme may look at.
    static let budget = 400

    /// A theme in the index: its id, title, the national theme it contributes to, and its word
    /// ranks, rarest first. Only what the search needs: copying whole themes would dominate the work.
    private struct Entry {
        var id: String
        var title: String
        var nationalTheme: String?
        var ranks: [Int]
    }

    /// Finds the overlaps of the themes of the agendas in `files` (nil: of every agenda). A theme is
    /// compared with the themes of its own agenda and the national ones, so the words are ranked over
    /// just those: a theme's result depends on its agenda and the national agenda only, not on which
    /// other agendas were read or asked for, and a check of one agenda reads no other agenda's words.
    ///
    /// With `kept`, each theme keeps only its `kept` closest matches and the count of the others: a
    /// warning names no more than a few, and at 100 times the national content (every theme alike to
    /// 99 others) keeping every match held 36 MB for the whole run.
    init(workspace: Workspace, threshold: Double, files: Set<String>? = nil, kept: Int? = nil) {
        let national = workspace.nationalAgenda
        let nationalTerms = national.map { Self.terms(of: $0.themes) } ?? []
        for agenda in workspace.agendas where files?.contains(agenda.file) ?? true {
            let isNational = agenda.scope == .national
            let ownTerms = agenda.file == national?.file ? nationalTerms : Self.terms(of: agenda.themes)
            let others = isNational ? [] : national?.themes ?? []
            let otherTerms = isNational ? [] : nationalTerms
            let ranks = Self.ranks(ownTerms + otherTerms)
            func entries(_ themes: [Theme], _ ranks: ArraySlice<[Int]>) -> [Entry] {
                zip(themes, ranks).map { theme, ranks in
                    Entry(id: theme.id, title: theme.title, nationalTheme: theme.nationalTheme?.id, ranks: ranks.sorted())
                }
            }
            overlaps[agenda.file] = Self.find(
                own: entries(agenda.themes, ranks[..<ownTerms.count]), national: entries(others, ranks[ownTerms.count...]),
                threshold: threshold, kept: kept, looked: &comparisons)
        }
    }

    /// The distinct content words of each theme's title and description.
    private static func terms(of themes: [Theme]) -> [[String]] {
        themes.map { theme in
            var seen = Set<String>()
            return DutchText.terms(theme.title + " " + theme.description).filter { seen.insert($0).inserted }
        }
    }

    /// The rank of every word of each of `themes`, in the theme's order: rarest first (used by the
    /// fewest themes), ties in the order the words first come, so the prefixes hold the words that
    /// tell themes apart.
    ///
    /// Each word is hashed once, to its number in the order words first come; ranks are given by
    /// number (issue 38: a dictionary of ranks by word, filled and then read for every word of every
    /// theme, hashed each word three times, for each of the 36 agendas with the national themes).
    static func ranks(_ themes: [[String]]) -> [[Int]] {
        var first: [String: Int] = [:]
        first.reserveCapacity(themes.reduce(0) { $0 + $1.count })
        var counts: [Int] = []
        let numbers = themes.map { terms in
            terms.map { term in
                if let number = first[term] {
                    counts[number] += 1
                    return number
                }
                first[term] = counts.count
                counts.append(1)
                return counts.count - 1
            }
        }
        let order = counts.indices.sorted { (counts[$0], $0) < (counts[$1], $1) }
        var position = [Int](repeating: 0, count: counts.count)
        for (rank, number) in order.enumerated() { position[number] = rank }
        return numbers.map { $0.map { position[$0] } }
    }

    /// The overlaps of every theme in `own`, among `own` and `national`.
    private static func find(
        own: [Entry], national: [Entry], threshold: Double, kept: Int?, looked total: inout Int
    ) -> [String: Overlaps] {
        let pool = own + national
        var index: [Int: [Int]] = [:]
        for (item, entry) in pool.enumerated() {
            for rank in entry.ranks.prefix(prefixLength(entry.ranks.count, threshold)) { index[rank, default: []].append(item) }
        }
        // Ids as numbers, so the inner loop compares integers: a theme is not compared with itself (or
        // another theme of the same id) nor with the national theme it contributes to.
        var idNumbers: [String: Int] = [:]
        let poolIDs = pool.map { entry in idNumbers[entry.id] ?? { idNumbers[entry.id] = idNumbers.count; return idNumbers.count - 1 }() }
        var seenBy = [Int](repeating: -1, count: pool.count)
        var result: [String: Overlaps] = [:]
        for (query, entry) in own.enumerated() where result[entry.id] == nil {
            var matches: [(item: Int, similarity: Double)] = []
            let ownID = poolIDs[query]
            let contributesTo = entry.nationalTheme.flatMap { idNumbers[$0] } ?? -1
            var looked = 0
            var isPartial = false
            search: for rank in entry.ranks.prefix(prefixLength(entry.ranks.count, threshold)) {
                guard let postings = index[rank] else { continue }
                for item in postings {
                    if looked == budget {
                        isPartial = true
                        break search
                    }
                    looked += 1
                    guard seenBy[item] != query else { continue }
                    seenBy[item] = query
                    if poolIDs[item] == (item < own.count ? ownID : contributesTo) { continue }
                    let similarity = DutchText.jaccard(sorted: entry.ranks, pool[item].ranks)
                    if similarity >= threshold { matches.append((item, similarity)) }
                }
            }
            total += looked
            matches.sort { ($1.similarity, $0.item) < ($0.similarity, $1.item) }
            result[entry.id] = Overlaps(
                matches: matches.prefix(kept ?? matches.count).map {
                    Match(id: pool[$0.item].id, title: pool[$0.item].title, similarity: $0.similarity)
                },
                count: matches.count, isPartial: isPartial)
        }
        return result
    }

    /// How many of its rarest words a set of `count` words must share with another set for their
    /// Jaccard similarity to reach `threshold`.
    static func prefixLength(_ count: Int, _ threshold: Double) -> Int {
        guard threshold > 0 else { return count }
        // A little below the exact value, so rounding never drops a word that matters.
        let needed = Int((threshold * Double(count) - 1e-9).rounded(.up))
        return max(0, min(count, count - needed + 1))
    }
}
