/// Length-limited canonical Huffman codes for DEFLATE's dynamic blocks (RFC 1951, 3.2.2).
///
/// The lengths come from a Huffman tree built with two queues over the symbols sorted by frequency;
/// lengths past the limit are cut to it and the code is made complete again by lengthening the
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
    static func scratchCount(_ count: Int) -> Int { 7 * count + 320 }

    /// ``lengths(_:limit:)`` on raw memory, for the writer of each block, which keeps one scratch
    /// area for all its blocks: no array is made (most parts of an office file are a few KiB, and
    /// the code of each costs as much as compressing it). `scratch` holds ``scratchCount(_:)`` values.
    static func makeLengths(_ frequencies: UnsafePointer<Int>, count symbolCount: Int, limit: Int, into result: UnsafeMutablePointer<UInt8>, scratch: UnsafeMutablePointer<Int>) {
        result.initialize(repeating: 0, count: symbolCount)
        // Least frequent first; equal frequencies by symbol number (frequency << 9 | symbol).
        let leaves = scratch
        var count = 0
        for symbol in 0..<symbolCount where frequencies[symbol] > 0 {
            leaves[count] = frequencies[symbol] &<< 9 | symbol
            count &+= 1
        }
        if count < 2 {
            var symbol = 0
            while count < 2 {
                if frequencies[symbol] == 0 { leaves[count] = symbol; count += 1 }
                symbol += 1
            }
            for index in 0..<count { result[leaves[index] & 511] = 1 }
            return
        }
        sortByFrequency(leaves, count: count, scratch: leaves + 2 * count, buckets: leaves + 3 * count)
        let nodes = 2 * count - 1
        let weight = leaves + count, parent = weight + nodes, depth = parent + nodes
        let lengthCounts = depth + nodes
        for index in 0..<count { weight[index] = leaves[index] &>> 9 }
        // Two queues: the sorted leaves, and the inner nodes, made in order of rising weight.
        var nextLeaf = 0, nextInner = count, made = count
        while made < nodes {
            var first: Int, second: Int
            if nextLeaf < count && (nextInner == made || weight[nextLeaf] <= weight[nextInner]) {
                first = nextLeaf; nextLeaf &+= 1
            } else {
                first = nextInner; nextInner &+= 1
            }
            if nextLeaf < count && (nextInner == made || weight[nextLeaf] <= weight[nextInner]) {
                second = nextLeaf; nextLeaf &+= 1
            } else {
                second = nextInner; nextInner &+= 1
            }
            weight[made] = weight[first] &+ weight[second]
            parent[first] = made
            parent[second] = made
            made &+= 1
        }
        // A node's parent comes after it, so depths fill in from the root down.
        depth[nodes - 1] = 0
        lengthCounts.initialize(repeating: 0, count: 17)
        var node = nodes - 2
        while node >= count {
            depth[node] = depth[parent[node]] &+ 1
            node &-= 1
        }
        while node >= 0 {
            let leafDepth = depth[parent[node]] &+ 1
            lengthCounts[min(leafDepth, limit)] &+= 1
            node &-= 1
        }
        limitLengths(lengthCounts, limit: limit)
        // The longest lengths to the least frequent symbols.
        var leaf = 0
        for length in stride(from: limit, through: 1, by: -1) {
            var remaining = lengthCounts[length]
            while remaining > 0 {
                result[leaves[leaf] & 511] = UInt8(truncatingIfNeeded: length)
                leaf &+= 1
                remaining &-= 1
            }
        }
    }

    /// Sorts `count` keys `frequency << 9 | symbol` that come in rising symbol order, which makes
    /// sorting by frequency alone, stably, the same as sorting by the whole key: insertion for the
    /// few keys of a distance or header code, a counting sort on eight bits of the frequency at a
    /// time for the literals (a general sort cost more than the rest of the code together).
    /// `scratch` holds `count` keys, `buckets` 256 counters (both in the caller's scratch: a
    /// temporary allocation of them was a heap allocation per code).
    private static func sortByFrequency(_ keys: UnsafeMutablePointer<Int>, count: Int, scratch: UnsafeMutablePointer<Int>, buckets starts: UnsafeMutablePointer<Int>) {
        if count <= 40 {
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
        var largest = 0
        for index in 0..<count { largest = max(largest, keys[index]) }
        var from = keys, to = scratch
        var shift = 9
        while largest >> shift != 0 {
            starts.initialize(repeating: 0, count: 256)
            for index in 0..<count { starts[(from[index] >> shift) & 255] += 1 }
            var total = 0
            for digit in 0..<256 {
                let size = starts[digit]
                starts[digit] = total
                total += size
            }
            for index in 0..<count {
                let key = from[index], digit = (key >> shift) & 255
                to[starts[digit]] = key
                starts[digit] += 1
            }
            swap(&from, &to)
            shift += 8
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

    /// Each byte with its bits in reverse order.
    private static let reversedBytes: [UInt8] = (0..<256).map { byte in
        var value = 0
        for bit in 0..<8 where byte & (1 << bit) != 0 { value |= 0x80 >> bit }
        return UInt8(value)
    }
}
