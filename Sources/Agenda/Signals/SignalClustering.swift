/// Finds the same signal in different words: the signals linked to no national theme are grouped by
/// the similarity of their text, and each group of two or more is a candidate for a new national
/// theme.
///
/// How: the title and description become a set of features (stemmed content words from
/// `DutchText`, plus concept tags such as "vervoer", each counted `conceptWeight` times so a shared
/// problem weighs more than a shared word). MinHash with LSH banding proposes pairs that probably
/// overlap; each proposed pair is checked with the exact Jaccard similarity of the feature sets, and
/// pairs at or above `strongThreshold`, or at or above `threshold` and sharing a concept tag, are joined
/// with union-find (single linkage). Within a bucket a signal
/// is compared with at most the `window` signals before it, so the work stays linear in the number of
/// signals even when a common problem fills a bucket. Seeds are fixed and everything is ordered, so the result is the same on
/// every run.
public struct SignalClustering: Sendable {
    /// The knobs, tuned on the shipped signals.
    public struct Options: Sendable, Hashable {
        /// The Jaccard similarity from which two signals that share a concept tag (the same problem
        /// family, such as "vervoer") are joined.
        public var threshold: Double = 0.16
        /// The Jaccard similarity from which two signals are joined even without a shared concept tag.
        /// Weak overlap alone (a shared place and a few common words) would chain unrelated problems
        /// together in a large set of signals.
        public var strongThreshold: Double = 0.3
        /// LSH bands; with `rows` 2 a pair at the threshold is proposed with a probability above 0.95.
        public var bands: Int = 128
        /// MinHash values per band.
        public var rows: Int = 2
        /// The fixed seed of the hash functions.
        public var seed: UInt64 = 0x4D4A_4153_4947_4E41
        /// How often a concept tag counts in the feature set.
        public var conceptWeight: Int = 3
        /// How many of the signals before it in a bucket a signal is compared with (those already in
        /// its group are skipped): all of them in a small bucket, a sliding window in a large one.
        public var window: Int = 12
        /// The smallest cluster reported.
        public var minimumSize: Int = 2

        /// Creates the default.
        public init() {}
    }

    /// The clusters, most regions first, then most signals, then by suggested title.
    public var clusters: [SignalCluster]
    /// How many signals were linked to no national theme and so considered.
    public var candidateCount: Int
    /// How many pairs were checked with the exact similarity (for the benchmark).
    public var comparisons: Int

    /// Clusters the signals of `signals` that are linked to no national theme. A signal linked to
    /// a continuous theme (such as "versnippering tegengaan") is covered by the national agenda and
    /// is no candidate for a new theme.
    public init(signals: [Signal], broadThreshold: Int = 5, options: Options = Options()) {
        let candidates = signals.filter(Self.isUnthemed)
        candidateCount = candidates.count
        let texts = candidates.map { DutchText.termsWithWords($0.title + " " + $0.description) }
        var extractor = FeatureExtractor(conceptWeight: options.conceptWeight)
        let extracted = texts.map { extractor.extract(terms: $0.map(\.term)) }
        let features = extracted.map(\.hashes)
        let concepts = extracted.map(\.concepts)
        var groups = UnionFind(count: candidates.count)
        // Signals with the same features (the same text raised again) are one group from the start
        // (their similarity is 1), and only the first of them goes through the buckets: copies
        // would fill a bucket's window, so the work per signal grew with the number of copies.
        let distinct = Self.distinct(features, joining: &groups)
        var checked = 0
        let banding = LSHBanding(bands: options.bands, rows: options.rows, seed: options.seed)
        banding.forEachBucket(distinct.map { features[$0] }) { positions in
            let bucket = positions.map { distinct[$0] }
            for position in bucket.indices.dropFirst() {
                let member = bucket[position]
                for other in bucket[max(0, position - options.window)..<position] where groups.find(other) != groups.find(member) {
                    checked += 1
                    let similarity = DutchText.jaccard(sorted: features[member], features[other])
                    if similarity >= options.strongThreshold
                        || (similarity >= options.threshold && concepts[member] & concepts[other] != 0) {
                        groups.union(member, other)
                    }
                }
            }
        }
        comparisons = checked
        var members: [Int: [Int]] = [:]
        for index in candidates.indices { members[groups.find(index), default: []].append(index) }
        clusters = members.values.filter { $0.count >= options.minimumSize }.map { indices in
            SignalCluster(
                signals: indices.map { candidates[$0] }, features: indices.map { features[$0] },
                words: indices.map { texts[$0] }, broadThreshold: broadThreshold)
        }
        clusters.sort {
            ($1.regions.count, $1.signals.count, $0.suggestedTitle, $0.signals[0].qualifiedID)
                < ($0.regions.count, $0.signals.count, $1.suggestedTitle, $1.signals[0].qualifiedID)
        }
    }

    /// The indices of the first set of each distinct non-empty feature set, ascending; every later
    /// set equal to one of them is joined to it in `groups`. Empty sets stay apart (they are in no
    /// bucket, so they were never joined).
    static func distinct(_ features: [[UInt64]], joining groups: inout UnionFind) -> [Int] {
        var first: [[UInt64]: Int] = [:]
        first.reserveCapacity(features.count)
        var distinct: [Int] = []
        distinct.reserveCapacity(features.count)
        for (index, set) in features.enumerated() {
            guard !set.isEmpty else {
                distinct.append(index)
                continue
            }
            if let earlier = first[set] {
                groups.union(earlier, index)
            } else {
                first[set] = index
                distinct.append(index)
            }
        }
        return distinct
    }

    /// Whether a signal is linked to no national theme.
    public static func isUnthemed(_ signal: Signal) -> Bool {
        signal.nationalThemes.isEmpty
    }

    /// The sorted, distinct feature hashes of a text's terms: the terms, and each concept tag
    /// `conceptWeight` times.
    public static func features(terms: [String], conceptWeight: Int) -> [UInt64] {
        var extractor = FeatureExtractor(conceptWeight: conceptWeight)
        return extractor.extract(terms: terms).hashes
    }
}

/// Turns terms into feature hashes, remembering each distinct term's hash and concept tags: a
/// corpus has far fewer distinct words than signals, so the pattern matching runs once per word.
struct FeatureExtractor {
    let conceptWeight: Int
    private var cache: [String: (hash: UInt64, concepts: [Int])] = [:]
    private let conceptHashes: [[UInt64]]

    init(conceptWeight: Int) {
        self.conceptWeight = conceptWeight
        conceptHashes = DutchText.conceptPatterns.map { entry in
            (0..<max(1, conceptWeight)).map { StableHash.hash("#\(entry.concept)#\($0)") }
        }
    }

    /// The sorted, distinct feature hashes of a text's terms, and its concept tags as bits (bit `i`
    /// for `DutchText.conceptPatterns[i]`).
    mutating func extract(terms: [String]) -> (hashes: [UInt64], concepts: UInt64) {
        var hashes: [UInt64] = []
        hashes.reserveCapacity(terms.count + 2 * conceptWeight)
        var concepts = Set<Int>()
        for term in terms {
            let entry: (hash: UInt64, concepts: [Int])
            if let known = cache[term] {
                entry = known
            } else {
                let tags = DutchText.concepts(of: [term])
                let indices = tags.compactMap { tag in DutchText.conceptPatterns.firstIndex { $0.concept == tag } }
                entry = (StableHash.hash(DutchText.undoubledVowels(term)), indices)
                cache[term] = entry
            }
            hashes.append(entry.hash)
            concepts.formUnion(entry.concepts)
        }
        for concept in concepts { hashes += conceptHashes[concept] }
        hashes.sort()
        var unique: [UInt64] = []
        unique.reserveCapacity(hashes.count)
        for hash in hashes where unique.last != hash { unique.append(hash) }
        return (unique, concepts.reduce(0) { $0 | (1 << UInt64($1)) })
    }
}

/// Disjoint sets over `0..<count` with path halving and union by size; the smaller index of two
/// equal-sized roots becomes the root, so the outcome does not depend on hashing.
struct UnionFind {
    private var parent: [Int]
    private var size: [Int]

    init(count: Int) {
        parent = Array(0..<count)
        size = [Int](repeating: 1, count: count)
    }

    mutating func find(_ element: Int) -> Int {
        var x = element
        while parent[x] != x {
            parent[x] = parent[parent[x]]
            x = parent[x]
        }
        return x
    }

    mutating func union(_ a: Int, _ b: Int) {
        var rootA = find(a), rootB = find(b)
        guard rootA != rootB else { return }
        if size[rootA] < size[rootB] || (size[rootA] == size[rootB] && rootB < rootA) { swap(&rootA, &rootB) }
        parent[rootB] = rootA
        size[rootA] += size[rootB]
    }
}
