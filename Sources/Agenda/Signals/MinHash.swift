import Hashing

/// Hashing that gives the same numbers on every run and machine (FNV-1a over UTF-8, then the
/// SplitMix64 finaliser), unlike Swift's `Hasher`, which is seeded per process.
public enum StableHash {
    /// The hash of a text.
    public static func hash(_ text: String) -> UInt64 {
        mix(FNV1a.hash64(text.utf8))
    }

    /// Scrambles the bits of `value` (SplitMix64's finaliser): a fast, well-spread permutation.
    @inlinable
    public static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// MinHash over sets of hashed features: hash function `i` maps a feature to `mix(feature ^ seed[i])`
/// and keeps the minimum over the set. Two sets agree on one function with a probability equal to
/// their Jaccard similarity. The seeds are fixed, so signatures are the same on every run.
public struct MinHash: Sendable, Hashable {
    /// One seed per hash function.
    public var seeds: [UInt64]

    /// `count` hash functions, seeded deterministically from `seed`.
    public init(count: Int, seed: UInt64 = 0x4D4A_4153_4947_4E41) {
        var state = seed
        seeds = (0..<count).map { _ in
            state = StableHash.mix(state)
            return state
        }
    }

    /// The minimum of hash function `index` over `features`; `UInt64.max` for an empty set.
    @inlinable
    public func value(_ index: Int, of features: [UInt64]) -> UInt64 {
        let seed = seeds[index]
        var minimum = UInt64.max
        for feature in features {
            let hashed = StableHash.mix(feature ^ seed)
            if hashed < minimum { minimum = hashed }
        }
        return minimum
    }

    /// All values: the signature of the set.
    public func signature(_ features: [UInt64]) -> [UInt64] {
        seeds.indices.map { value($0, of: features) }
    }

    /// The share of functions on which two signatures agree: an estimate of the Jaccard similarity.
    public static func estimatedSimilarity(_ a: [UInt64], _ b: [UInt64]) -> Double {
        guard !a.isEmpty, a.count == b.count else { return 0 }
        return Double(zip(a, b).filter { $0 == $1 }.count) / Double(a.count)
    }
}

/// Locality-sensitive hashing by banding: the MinHash functions are cut into `bands` bands of
/// `rows` each; sets whose values agree on a whole band land in the same bucket. A pair with Jaccard
/// similarity `s` shares at least one bucket with probability `1 - (1 - s^rows)^bands`, so similar
/// sets meet without comparing all pairs. Work and memory grow linearly with the number of sets.
public struct LSHBanding: Sendable, Hashable {
    /// The number of bands.
    public var bands: Int
    /// The MinHash values per band.
    public var rows: Int
    /// The hash functions, `bands * rows` of them.
    public var minHash: MinHash

    /// Banding with `bands` bands of `rows` values, seeded deterministically.
    public init(bands: Int, rows: Int, seed: UInt64 = 0x4D4A_4153_4947_4E41) {
        self.bands = bands
        self.rows = rows
        minHash = MinHash(count: bands * rows, seed: seed)
    }

    /// The probability that a pair with Jaccard similarity `similarity` shares a bucket.
    public func candidateProbability(_ similarity: Double) -> Double {
        var bandMatch = 1.0
        for _ in 0..<rows { bandMatch *= similarity }
        var miss = 1.0
        for _ in 0..<bands { miss *= 1 - bandMatch }
        return 1 - miss
    }

    /// Calls `body` with every bucket of two or more sets (their indices, ascending), band by band,
    /// buckets in the order of their first member. Empty sets are in no bucket.
    public func forEachBucket(_ sets: [[UInt64]], _ body: ([Int]) -> Void) {
        let count = sets.count
        var bucketOf = [Int32](repeating: -1, count: count)
        for band in 0..<bands {
            var ids: [UInt64: Int32] = [:]
            ids.reserveCapacity(count)
            var sizes: [Int32] = []
            for index in 0..<count where !sets[index].isEmpty {
                var key = StableHash.mix(UInt64(band) &+ 0x5BD1_E995)
                for row in 0..<rows {
                    key = StableHash.mix(key ^ minHash.value(band * rows + row, of: sets[index]))
                }
                if let id = ids[key] {
                    bucketOf[index] = id
                    sizes[Int(id)] += 1
                } else {
                    let id = Int32(sizes.count)
                    ids[key] = id
                    bucketOf[index] = id
                    sizes.append(1)
                }
            }
            // Group the members of each bucket with a counting sort, keeping index order.
            var offsets = [Int](repeating: 0, count: sizes.count + 1)
            for (id, size) in sizes.enumerated() { offsets[id + 1] = offsets[id] + Int(size) }
            var fill = offsets
            var members = [Int](repeating: 0, count: offsets[sizes.count])
            for index in 0..<count where !sets[index].isEmpty {
                let id = Int(bucketOf[index])
                members[fill[id]] = index
                fill[id] += 1
            }
            for id in sizes.indices where sizes[id] >= 2 {
                body(Array(members[offsets[id]..<offsets[id + 1]]))
            }
        }
    }
}
