import TestSupport
import Testing
@testable import Documents

/// The block writer's Huffman kernels held to slow paths: code lengths from the tree built in place
/// over the used symbols against the two-queue tree it replaced (the same lengths, limits and ties
/// included), codes made from the used symbols only against codes made from every length, and the
/// header's runs found eight lengths at a time against a byte loop.
@Suite(.timed) struct HuffmanCodeTests {
    /// The code lengths as the writer made them before (two queues of leaves and inner nodes,
    /// depths from the root down, leaves past the limit cut to it and the code repaired).
    static func referenceLengths(_ frequencies: [Int], limit: Int) -> [UInt8] {
        var result = [UInt8](repeating: 0, count: frequencies.count)
        var leaves = frequencies.indices.filter { frequencies[$0] > 0 }.map { frequencies[$0] << 9 | $0 }
        if leaves.count < 2 {
            var symbol = 0
            while leaves.count < 2 {
                if frequencies[symbol] == 0 { leaves.append(symbol) }
                symbol += 1
            }
            for leaf in leaves { result[leaf & 511] = 1 }
            return result
        }
        leaves.sort()
        let count = leaves.count, nodes = 2 * count - 1
        var weight = leaves.map { $0 >> 9 } + [Int](repeating: 0, count: count - 1)
        var parent = [Int](repeating: 0, count: nodes)
        var nextLeaf = 0, nextInner = count
        for made in count..<nodes {
            var picked: [Int] = []
            for _ in 0..<2 {
                if nextLeaf < count && (nextInner == made || weight[nextLeaf] <= weight[nextInner]) {
                    picked.append(nextLeaf)
                    nextLeaf += 1
                } else {
                    picked.append(nextInner)
                    nextInner += 1
                }
            }
            weight[made] = weight[picked[0]] + weight[picked[1]]
            parent[picked[0]] = made
            parent[picked[1]] = made
        }
        var depth = [Int](repeating: 0, count: nodes)
        var lengthCounts = [Int](repeating: 0, count: limit + 1)
        for node in stride(from: nodes - 2, through: 0, by: -1) {
            depth[node] = depth[parent[node]] + 1
            if node < count { lengthCounts[min(depth[node], limit)] += 1 }
        }
        var total = (1...limit).reduce(0) { $0 + lengthCounts[$1] << (limit - $1) }
        while total > 1 << limit {
            lengthCounts[limit] -= 1
            for length in stride(from: limit - 1, through: 1, by: -1) where lengthCounts[length] != 0 {
                lengthCounts[length] -= 1
                lengthCounts[length + 1] += 2
                break
            }
            total -= 1
        }
        var leaf = 0
        for length in stride(from: limit, through: 1, by: -1) {
            for _ in 0..<lengthCounts[length] {
                result[leaves[leaf] & 511] = UInt8(length)
                leaf += 1
            }
        }
        return result
    }

    /// Frequencies as a block has them: the literal and length, distance and header alphabets, from
    /// none to all symbols used, small counts (ties everywhere) to large ones (two and three
    /// sorting passes), and Fibonacci counts that make trees deeper than the limit.
    static func frequencySets() -> [(frequencies: [Int], limit: Int)] {
        var random = SplitMix64(state: 1951)
        var sets: [(frequencies: [Int], limit: Int)] = []
        for trial in 0..<3_000 {
            let symbols = [286, 30, 19][trial % 3]
            var frequencies = [Int](repeating: 0, count: symbols)
            let used = Int(random.next() % UInt64(symbols + 1))
            let largest = [1, 3, 60, 16_384, 300_000][Int(random.next() % 5)]
            for _ in 0..<used { frequencies[Int(random.next() % UInt64(symbols))] = Int(random.next() % UInt64(largest)) + 1 }
            if trial % 5 == 0 {
                var (a, b) = (1, 1)
                for symbol in 0..<min(symbols, 40) where random.next() % 3 != 0 {
                    frequencies[symbol] = a
                    (a, b) = (b, a + b)
                }
            }
            sets.append((frequencies, symbols == 19 ? 7 : 15))
        }
        return sets
    }

    @Test func lengthsEqualTheTwoQueueTree() {
        var wrong: [String] = []
        var deep = 0
        for (frequencies, limit) in Self.frequencySets() {
            let expected = Self.referenceLengths(frequencies, limit: limit)
            if expected.contains(UInt8(limit)) { deep += 1 }
            let found = HuffmanCode.lengths(frequencies, limit: limit)
            if found != expected { wrong.append("\(frequencies): \(found), not \(expected)") }
        }
        let differing = wrong.count
        #expect(differing == 0, "first: \(wrong.first ?? "")")
        #expect(deep > 100, "trees at their limit were tried: \(deep)")
    }

    /// The writer's way: the used symbols as keys in symbol order, two added when fewer are used,
    /// lengths only for the keys' symbols, then codes for them from the length counts.
    @Test func codesFromTheUsedSymbolsEqualCodesFromEveryLength() {
        var wrong: [String] = []
        for (frequencies, limit) in Self.frequencySets() {
            let count = frequencies.count
            var keys = frequencies.indices.filter { frequencies[$0] > 0 }.map { frequencies[$0] << 9 | $0 } + [0, 0]
            var lengths = [UInt8](repeating: 0, count: count)
            var codes = [UInt16](repeating: 0xFFFF, count: count)
            var lengthCounts = [Int](repeating: -1, count: 17)
            var scratch = [Int](repeating: -1, count: HuffmanCode.scratchCount(count))
            let used = keys.count - 2
            let made = HuffmanCode.makeLengths(keys: &keys, count: used, limit: limit, into: &lengths, lengthCounts: &lengthCounts, scratch: &scratch)
            HuffmanCode.makeCodes(keys: keys, count: made, lengths: lengths, lengthCounts: lengthCounts, into: &codes)
            let expectedLengths = HuffmanCode.lengths(frequencies, limit: limit)
            let expectedCodes = HuffmanCode.codes(expectedLengths)
            let symbols = (0..<made).map { keys[$0] & 511 }
            if lengths != expectedLengths || symbols != expectedLengths.indices.filter({ expectedLengths[$0] > 0 })
                || symbols.contains(where: { codes[$0] != expectedCodes[$0] }) {
                wrong.append("\(frequencies)")
            }
            let counted = (0...16).map { length in expectedLengths.filter { Int($0) == length }.count }
            if Array(lengthCounts[1...]) != Array(counted[1...]) { wrong.append("length counts of \(frequencies)") }
        }
        let differing = wrong.count
        #expect(differing == 0, "first: \(wrong.first ?? "")")
    }

    /// The code-length symbols of a header, by a byte loop over the lengths (RFC 1951, 3.2.7).
    static func referenceHeaderSymbols(_ lengths: [UInt8]) -> [UInt16] {
        var symbols: [UInt16] = []
        var index = 0
        while index < lengths.count {
            let length = lengths[index]
            var run = 1
            while index + run < lengths.count && lengths[index + run] == length { run += 1 }
            index += run
            if length == 0 {
                while run >= 11 {
                    let part = min(run, 138)
                    symbols.append(UInt16(18 | (part - 11) << 8))
                    run -= part
                }
                if run >= 3 {
                    symbols.append(UInt16(17 | (run - 3) << 8))
                    run = 0
                }
            } else {
                symbols.append(UInt16(length))
                run -= 1
                while run >= 3 {
                    let part = min(run, 6)
                    symbols.append(UInt16(16 | (part - 3) << 8))
                    run -= part
                }
            }
            symbols += [UInt16](repeating: UInt16(length), count: run)
        }
        return symbols
    }

    /// Runs of every length up to past 138, at every offset to the eight-byte loads, ending at the
    /// sentinel or at another length, over garbage left in the scratch from the block before.
    @Test func headerRunsEqualAByteLoop() {
        var random = SplitMix64(state: 3_272)
        let scratch = DeflateScratch()
        defer { scratch.deallocate() }
        var wrong: [String] = []
        for trial in 0..<2_000 {
            var literal = [UInt8](repeating: 0, count: 286), distance = [UInt8](repeating: 0, count: 30)
            var at = 0
            while at < 316 {
                let run = Int(random.next() % UInt64(trial % 2 == 0 ? 12 : 160)) + 1
                let length = random.next() % 3 == 0 ? 0 : UInt8(random.next() % 15) + 1
                for index in at..<min(316, at + run) {
                    if index < 286 { literal[index] = length } else { distance[index - 286] = length }
                }
                at += run
            }
            // DEFLATE's header needs end of block and at least one distance length.
            literal[256] = max(literal[256], 1)
            distance[0] = max(distance[0], 1)
            for index in 0..<328 { scratch.allLengths[index] = UInt8(truncatingIfNeeded: random.next()) }
            for index in 0..<286 { scratch.literalLengths[index] = literal[index] }
            for index in 0..<30 { scratch.distanceLengths[index] = distance[index] }
            let header = DynamicHeader(scratch: scratch)
            var literalCount = 286, distanceCount = 30
            while literalCount > 257 && literal[literalCount - 1] == 0 { literalCount -= 1 }
            while distanceCount > 1 && distance[distanceCount - 1] == 0 { distanceCount -= 1 }
            let expected = Self.referenceHeaderSymbols(Array(literal[..<literalCount]) + Array(distance[..<distanceCount]))
            let found = (0..<header.symbolCount).map { scratch.headerSymbols[$0] }
            if found != expected { wrong.append("trial \(trial): \(found.count) symbols, not \(expected.count)") }
        }
        let differing = wrong.count
        #expect(differing == 0, "\(wrong.prefix(3))")
    }
}
