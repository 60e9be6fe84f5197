/// LZ77 matching for ``Deflate``, tuned for speed like zlib's fast levels: a hash of the next four
/// bytes leads to the most recent positions with that hash (chains through a 32 KiB window, a few
/// steps deep), candidates are compared eight bytes at a time, and inside a long match only its first
/// positions are entered into the chains. Greedy: the longest match found here is taken.
struct DeflateMatcher: ~Copyable {
    /// Candidates looked at per position; XML and PDF operators repeat a lot, so a few suffice.
    static let chainSteps = 8
    /// A match this long ends the search.
    static let niceLength = 64
    /// Matches up to this long have all their positions entered into the chains; of longer ones
    /// only the first few (a long match is usually inside a longer repeat that is found anyway).
    static let fullInsertLength = 32

    static let window = 1 << 15
    private let head: UnsafeMutablePointer<Int32>
    private let previous: UnsafeMutablePointer<Int32>
    private let hashShift: UInt32
    private let headCount: Int
    private let previousMask: Int

    /// A matcher for an input of `count` bytes: tables no larger than it needs, since most parts are
    /// a few KiB and clearing 256 KiB of tables for each would cost more than compressing it.
    init(count: Int) {
        // One slot per two to four bytes: a collision costs only a four-byte compare on the chain.
        var hashBits = 8
        while hashBits < 15 && 4 << hashBits < count { hashBits += 1 }
        headCount = 1 << hashBits
        hashShift = UInt32(32 - hashBits)
        var previousCount = 1
        while previousCount < min(Self.window, count) { previousCount <<= 1 }
        previousMask = previousCount - 1
        head = UnsafeMutablePointer<Int32>.allocate(capacity: headCount)
        // Every byte 0xFF is -1 in every slot: one memset, where a loop of stores cost more than
        // compressing a small part.
        UnsafeMutableRawPointer(head).initializeMemory(as: UInt8.self, repeating: 0xFF, count: headCount * MemoryLayout<Int32>.size)
        // Not cleared: a slot is only read for a position entered before, which wrote it.
        previous = UnsafeMutablePointer<Int32>.allocate(capacity: previousCount)
    }

    deinit {
        head.deallocate()
        previous.deallocate()
    }

    /// Finds the literals and matches of `data` from `start` on into `block` until it is full or the
    /// input ends; returns the position reached.
    func parse(_ data: UnsafeBufferPointer<UInt8>, from start: Int, into block: inout DeflateBlock) -> Int {
        guard let base = data.baseAddress else { return start }
        let raw = UnsafeRawPointer(base)
        let end = data.count
        let lastHashed = end - 4  // positions with four bytes left to hash
        @inline(__always) func word(_ at: Int) -> UInt32 { raw.loadUnaligned(fromByteOffset: at, as: UInt32.self) }
        @inline(__always) func hash(_ word: UInt32) -> Int { Int((word &* 0x9E37_79B1) &>> hashShift) }
        @inline(__always) func insert(_ at: Int) {
            let key = hash(word(at))
            previous[at & previousMask] = head[key]
            head[key] = Int32(truncatingIfNeeded: at)
        }
        var position = start
        while position < end && !block.isFull {
            guard position <= lastHashed else {
                block.literal(base[position])
                position &+= 1
                continue
            }
            let current = word(position)
            let key = hash(current)
            var candidate = Int(head[key])
            previous[position & previousMask] = Int32(truncatingIfNeeded: candidate)
            head[key] = Int32(truncatingIfNeeded: position)
            let maxLength = min(258, end &- position)
            let enough = min(Self.niceLength, maxLength)
            let oldest = max(0, position &- Self.window)
            var bestLength = 3, bestDistance = 0
            var steps = Self.chainSteps
            while candidate >= oldest {
                if word(candidate) == current && base[candidate &+ bestLength] == base[position &+ bestLength] {
                    let length = Self.matchLength(raw, candidate, position, maxLength)
                    if length > bestLength {
                        bestLength = length
                        bestDistance = position &- candidate
                        if length >= enough { break }
                    }
                }
                steps &-= 1
                if steps == 0 { break }
                let next = Int(previous[candidate & previousMask])
                if next >= candidate { break }  // the slot was reused by a newer position
                candidate = next
            }
            if bestDistance == 0 {
                block.literal(base[position])
                position &+= 1
                continue
            }
            block.match(length: bestLength, distance: bestDistance)
            let stop = position &+ bestLength
            let inserted = min(bestLength <= Self.fullInsertLength ? stop : position &+ 4, lastHashed &+ 1)
            var at = position &+ 1
            while at < inserted {
                insert(at)
                at &+= 1
            }
            position = stop
        }
        return position
    }

    /// How many bytes (4 up to `maxLength`) at `candidate` equal those at `position`; the first four
    /// are known equal. Eight bytes per step: the lowest differing byte is found from the XOR.
    @inline(__always) private static func matchLength(_ raw: UnsafeRawPointer, _ candidate: Int, _ position: Int, _ maxLength: Int) -> Int {
        var length = 4
        while length &+ 8 <= maxLength {
            let difference = raw.loadUnaligned(fromByteOffset: candidate &+ length, as: UInt64.self)
                ^ raw.loadUnaligned(fromByteOffset: position &+ length, as: UInt64.self)
            if difference != 0 { return length &+ (UInt64(littleEndian: difference).trailingZeroBitCount &>> 3) }
            length &+= 8
        }
        while length < maxLength && raw.load(fromByteOffset: candidate &+ length, as: UInt8.self) == raw.load(fromByteOffset: position &+ length, as: UInt8.self) {
            length &+= 1
        }
        return length
    }
}
