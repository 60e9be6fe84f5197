/// Length-limited canonical Huffman codes for DEFLATE's dynamic blocks (RFC 1951, 3.2.2).
///
/// The lengths come from a Huffman tree built in place over the symbols sorted by frequency (the
/// leaves and the inner nodes taken in order of weight, as two queues would); lengths past the
/// limit are cut to it and the code is made complete again by lengthening the
/// deepest shorter codes (the repair miniz uses: every step lowers the Kraft sum by exactly one unit,
/// so it ends complete). Then the least frequent symbols get the longest lengths. Ties are broken by
/// the symbol's number, so the same counts always give the same code.
enum HuffmanCode {
    /// A code length for each of `frequencies` (at most 512 symbols), none above `limit`, 0 for unused symbols. At least
    /// two symbols get a code (an unused one is added if needed): a complete code every decoder takes.
    static func lengths(_ frequencies: [Int], limit: Int) -> [UInt8] {
        var result = [UInt8](repeating: 0, count: frequencies.count)
        frequencies.withUnsafeBufferPointer { counts in
            result.withUnsafeMutableBufferPointer { lengths in
                withUnsafeTemporaryAllocation(of: Int.self, capacity: scratchCount(frequencies.count)) { scratch in
                    makeLengths(counts.baseAddress!, count: counts.count, limit: limit, into: lengths.baseAddress!, scratch: scratch.baseAddress!)
                }
            }
        }
        return result
    }

    /// The scratch ``makeLengths(_:count:limit:into:scratch:)`` needs for `count` symbols.
    static func scratchCount(_ count: Int) -> Int { 8 * count + 320 }

    /// ``lengths(_:limit:)`` on raw memory (`result` is set for every symbol); `scratch` holds
    /// ``scratchCount(_:)`` values.
    static func makeLengths(_ frequencies: UnsafePointer<Int>, count symbolCount: Int, limit: Int, into result: UnsafeMutablePointer<UInt8>, scratch: UnsafeMutablePointer<Int>) {
        result.initialize(repeating: 0, count: symbolCount)
        let keys = scratch + 7 * symbolCount + 320
        var count = 0
        for symbol in 0..<symbolCount where frequencies[symbol] > 0 {
            keys[count] = frequencies[symbol] &<< 9 | symbol
            count &+= 1
        }
        withUnsafeTemporaryAllocation(of: Int.self, capacity: 17) { lengthCounts in
            _ = makeLengths(keys: keys, count: count, limit: limit, into: result, lengthCounts: lengthCounts.baseAddress!, scratch: scratch)
        }
    }

    /// The code lengths of the used symbols only, for the writer of each block, which keeps one
    /// scratch area for all its blocks and goes through the symbols a block uses rather than the
    /// whole alphabet (half the parts of an office file are under 1.3 KB and use a few dozen of the
    /// 286 literal and length symbols; the code of such a part cost as much as compressing it).
    ///
    /// `keys` are `frequency << 9 | symbol` (frequency above 0) in rising symbol order, room for
    /// two; when fewer than two, the lowest unused symbols are added to them with frequency 0, so
    /// every decoder takes the code. Sets `result` for the keys' symbols only and `lengthCounts`
    /// (17) to how many symbols have each length; returns the number of keys.
    @discardableResult
    static func makeLengths(keys: UnsafeMutablePointer<Int>, count: Int, limit: Int, into result: UnsafeMutablePointer<UInt8>, lengthCounts: UnsafeMutablePointer<Int>, scratch: UnsafeMutablePointer<Int>) -> Int {
        lengthCounts.initialize(repeating: 0, count: 17)
        if count < 2 {
            var count = count, symbol = 0
            while count < 2 {
                var at = 0
                while at < count && keys[at] & 511 < symbol { at += 1 }
                if at == count || keys[at] & 511 != symbol {
                    (keys + at + 1).update(from: keys + at, count: count - at)
                    keys[at] = symbol
                    count += 1
                }
                symbol += 1
            }
            for index in 0..<count { result[keys[index] & 511] = 1 }
            lengthCounts[1] = 2
            return 2
        }
        // Least frequent first; equal frequencies by symbol number.
        let nodes = scratch
        nodes.update(from: keys, count: count)
        sortByFrequency(nodes, count: count, scratch: nodes + count, buckets: nodes + 2 * count)
        // The tree is built in place over the sorted leaves (libdeflate's way): the inner nodes
        // are made in order of rising weight into the slots of leaves already taken, each entry
        // keeping its leaf's symbol in the low nine bits; above them a node holds its weight until
        // it is taken, then its parent's index. Ties go to the leaf, as with two queues.
        let last = count &- 1
        var leaf = 0, inner = 0, made = 0
        repeat {
            var weight: Int
            if leaf &+ 1 <= last && (inner == made || nodes[leaf &+ 1] & ~511 <= nodes[inner] & ~511) {
                weight = (nodes[leaf] & ~511) &+ (nodes[leaf &+ 1] & ~511)
                leaf &+= 2
            } else if inner &+ 2 <= made && (leaf > last || nodes[inner &+ 1] & ~511 < nodes[leaf] & ~511) {
                weight = (nodes[inner] & ~511) &+ (nodes[inner &+ 1] & ~511)
                nodes[inner] = made &<< 9 | nodes[inner] & 511
                nodes[inner &+ 1] = made &<< 9 | nodes[inner &+ 1] & 511
                inner &+= 2
            } else {
                weight = (nodes[leaf] & ~511) &+ (nodes[inner] & ~511)
                nodes[inner] = made &<< 9 | nodes[inner] & 511
                leaf &+= 1
                inner &+= 1
            }
            nodes[made] = weight | nodes[made] & 511
            made &+= 1
        } while made < last
        // Depths from the root (the last inner node) down, each inner node's depth replacing its
        // parent's index; the leaves per depth follow: an inner node at depth d is a leaf less
        // there and two more at d + 1. Depths past the limit are counted at it, then repaired.
        let depthCounts = nodes + 2 * count + 256
        depthCounts.initialize(repeating: 0, count: max(count, limit) &+ 1)
        depthCounts[1] = 2
        let root = last &- 1
        nodes[root] &= 511
        var deepest = 1
        var node = root &- 1
        while node >= 0 {
            let depth = nodes[nodes[node] &>> 9] &>> 9 &+ 1
            nodes[node] = depth &<< 9 | nodes[node] & 511
            depthCounts[depth] &-= 1
            depthCounts[depth &+ 1] &+= 2
            deepest = max(deepest, depth &+ 1)
            node &-= 1
        }
        for length in 1...min(limit, 16) { lengthCounts[length] = depthCounts[length] }
        if deepest > limit {
            for depth in (limit &+ 1)...deepest { lengthCounts[limit] &+= depthCounts[depth] }
            limitLengths(lengthCounts, limit: limit)
        }
        // The longest lengths to the least frequent symbols (the sorted leaves' symbols are still
        // in the low bits).
        var next = 0
        for length in stride(from: limit, through: 1, by: -1) {
            var remaining = lengthCounts[length]
            while remaining > 0 {
                result[nodes[next] & 511] = UInt8(truncatingIfNeeded: length)
                next &+= 1
                remaining &-= 1
            }
        }
        return count
    }

    /// Sorts `count` keys `frequency << 9 | symbol` that come in rising symbol order, which makes
    /// sorting by frequency alone, stably, the same as sorting by the whole key: insertion for up
    /// to 16 keys, else a counting sort on the frequency's bits in as few passes of at most eight
    /// bits as they need, each pass with just as many buckets (a small block's frequencies fit in
    /// one pass of 32 or 64 buckets, where 256 buckets per pass cost more than the keys). A general
    /// sort cost more than the rest of the code together. `scratch` holds `count` keys, `buckets`
    /// 256 counters (both in the caller's scratch: a temporary allocation of them was a heap
    /// allocation per code).
    private static func sortByFrequency(_ keys: UnsafeMutablePointer<Int>, count: Int, scratch: UnsafeMutablePointer<Int>, buckets starts: UnsafeMutablePointer<Int>) {
        if count <= 16 {
            for index in 1..<count {
                let key = keys[index]
                var at = index
                while at > 0 && keys[at - 1] > key {
                    keys[at] = keys[at - 1]
                    at -= 1
                }
                keys[at] = key
            }
            return
        }
        // The frequencies' width from their OR (as wide as the largest, and cheaper to find).
        var any = 0
        for index in 0..<count { any |= keys[index] }
        let bits = Int.bitWidth - (any >> 9).leadingZeroBitCount
        let passes = (bits + 7) >> 3
        let digitBits = (bits + passes - 1) / passes, buckets = 1 << digitBits, mask = buckets - 1
        var from = keys, to = scratch
        var shift = 9
        for _ in 0..<passes {
            starts.initialize(repeating: 0, count: buckets)
            for index in 0..<count { starts[(from[index] &>> shift) & mask] &+= 1 }
            var total = 0
            for digit in 0..<buckets {
                let size = starts[digit]
                starts[digit] = total
                total &+= size
            }
            for index in 0..<count {
                let key = from[index], digit = (key &>> shift) & mask
                to[starts[digit]] = key
                starts[digit] &+= 1
            }
            swap(&from, &to)
            shift &+= digitBits
        }
        if from != keys { keys.update(from: from, count: count) }
    }

    /// Makes the counts of code lengths (deeper ones already cut to `limit`) a complete code again.
    private static func limitLengths(_ lengthCounts: UnsafeMutablePointer<Int>, limit: Int) {
        var total = 0
        for length in 1...limit { total += lengthCounts[length] << (limit - length) }
        while total > 1 << limit {
            // One code at the limit goes; a shorter code becomes two one bit longer.
            lengthCounts[limit] -= 1
            for length in stride(from: limit - 1, through: 1, by: -1) where lengthCounts[length] != 0 {
                lengthCounts[length] -= 1
                lengthCounts[length + 1] += 2
                break
            }
            total -= 1
        }
    }

    /// The canonical code of each symbol of `lengths`, its bits reversed for writing least
    /// significant bit first.
    static func codes(_ lengths: [UInt8]) -> [UInt16] {
        var codes = [UInt16](repeating: 0, count: lengths.count)
        lengths.withUnsafeBufferPointer { lengths in
            codes.withUnsafeMutableBufferPointer { makeCodes(lengths.baseAddress!, count: lengths.count, into: $0.baseAddress!) }
        }
        return codes
    }

    /// ``codes(_:)`` on raw memory, for each block's writer.
    static func makeCodes(_ lengths: UnsafePointer<UInt8>, count: Int, into codes: UnsafeMutablePointer<UInt16>) {
        withUnsafeTemporaryAllocation(of: Int.self, capacity: 32) { scratch in
            let lengthCounts = scratch.baseAddress!, next = lengthCounts + 16
            lengthCounts.initialize(repeating: 0, count: 32)
            for symbol in 0..<count { lengthCounts[Int(lengths[symbol])] &+= 1 }
            lengthCounts[0] = 0
            var code = 0
            for length in 1..<16 {
                code = (code &+ lengthCounts[length &- 1]) &<< 1
                next[length] = code
            }
            reversedBytes.withUnsafeBufferPointer { table in
                for symbol in 0..<count {
                    let length = Int(lengths[symbol])
                    guard length > 0 else { codes[symbol] = 0; continue }
                    let code = next[length]
                    // The code's bits reversed, a byte at a time.
                    let reversed = (Int(table[code & 0xFF]) &<< 8 | Int(table[(code &>> 8) & 0xFF])) &>> (16 &- length)
                    codes[symbol] = UInt16(truncatingIfNeeded: reversed)
                    next[length] = code &+ 1
                }
            }
        }
    }

    /// The canonical codes (bits reversed) of the symbols of `keys` (as ``makeLengths(keys:count:limit:into:lengthCounts:scratch:)``
    /// left them, in rising symbol order) from their `lengths` and the `lengthCounts` made with
    /// them: only the used symbols are gone through, not the whole alphabet.
    static func makeCodes(keys: UnsafePointer<Int>, count: Int, lengths: UnsafePointer<UInt8>, lengthCounts: UnsafePointer<Int>, into codes: UnsafeMutablePointer<UInt16>) {
        withUnsafeTemporaryAllocation(of: Int.self, capacity: 16) { scratch in
            let next = scratch.baseAddress!
            var code = 0
            next[0] = 0
            for length in 1..<16 {
                code = (code &+ lengthCounts[length &- 1]) &<< 1  // lengthCounts[0] is 0
                next[length] = code
            }
            reversedBytes.withUnsafeBufferPointer { table in
                for index in 0..<count {
                    let symbol = keys[index] & 511
                    let length = Int(lengths[symbol])
                    let code = next[length]
                    let reversed = (Int(table[code & 0xFF]) &<< 8 | Int(table[(code &>> 8) & 0xFF])) &>> (16 &- length)
                    codes[symbol] = UInt16(truncatingIfNeeded: reversed)
                    next[length] = code &+ 1
                }
            }
        }
    }

    /// Each byte with its bits in reverse order.
    private static let reversedBytes: [UInt8] = (0..<256).map { byte in
        var value = 0
        for bit in 0..<8 where byte & (1 << bit) != 0 { value |= 0x80 >> bit }
        return UInt8(value)
    }
}
