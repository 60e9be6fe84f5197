import Foundation
import TestSupport
import Testing
@testable import Documents

/// The matcher's kernels held to slow paths: the match length compared eight bytes at a time
/// against a byte loop, and every match it records against the input it was found in (never
/// before the start, never more than a window back, never past the end, the same bytes).
@Suite(.timed) struct DeflateMatcherTests {
    typealias SplitMix = DeflateTests.SplitMix

    /// Every length up to 258 at every alignment of the two positions, cut by every kind of
    /// maximum: the XOR of eight bytes must find the same first difference as a byte loop.
    @Test func matchLengthEqualsAByteLoopAtEveryOffsetAndLength() {
        var random = SplitMix(state: 38)
        var bytes = random.bytes(1_200)
        var wrong: [String] = []
        for candidateOffset in 0..<8 {
            for gap in [4, 9, 300] {
                let candidate = candidateOffset, position = candidateOffset + gap + (candidateOffset * 3) % 8
                for same in 4...262 {
                    // `same` equal bytes, then one that differs.
                    for index in 0..<same where position + index < bytes.count { bytes[position + index] = bytes[candidate + index] }
                    if position + same < bytes.count { bytes[position + same] = bytes[candidate + same] &+ 1 }
                    for maxLength in [258, same, max(4, same - 1), 4 + (same % 5)] where maxLength >= 4 && position + maxLength <= bytes.count {
                        var expected = 0
                        while expected < maxLength && bytes[candidate + expected] == bytes[position + expected] { expected += 1 }
                        let found = bytes.withUnsafeBytes { DeflateMatcher.matchLength($0.baseAddress!, candidate, position, maxLength) }
                        if found != expected { wrong.append("candidate \(candidate) position \(position) same \(same) max \(maxLength): \(found), not \(expected)") }
                    }
                }
            }
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(5))")
    }

    /// The matches of `input`, block by block, checked against the input; returns where they start.
    static func checkedMatches(_ input: [UInt8], settings: DeflateMatcher.Settings) -> (starts: [Int], problems: [String]) {
        var problems: [String] = []
        var starts: [Int] = []
        input.withUnsafeBufferPointer { data in
            let matcher = DeflateMatcher(count: data.count, settings: settings)
            var block = DeflateBlock(tables: matcher.tables)
            var position = 0
            repeat {
                let start = position
                position = matcher.parse(data, from: start, into: &block)
                var at = start
                for index in 0..<block.matchCount {
                    at += Int(block.literalRuns[index])
                    starts.append(at)
                    let item = Int(block.matches[index])
                    let length = (item >> 16) & 0x1FF, distance = item & 0xFFFF
                    if length < 4 || length > 258 { problems.append("length \(length) at \(at)") }
                    if distance < 1 || distance > DeflateMatcher.window || distance > at { problems.append("distance \(distance) at \(at)") }
                    if at + length > position { problems.append("match at \(at) of \(length) past \(position)") }
                    if item >> 25 != DeflateBlock.distanceSymbol(max(distance, 1)) { problems.append("distance code at \(at)") }
                    let inside = distance >= 1 && distance <= at && at + length <= input.count
                    if inside && !input[(at - distance)..<(at - distance + length)].elementsEqual(input[at..<(at + length)]) {
                        problems.append("other bytes at \(at)")
                    }
                    at += length
                }
                let matched = (0..<block.matchCount).reduce(0) { $0 + (Int(block.matches[$1]) >> 16) & 0x1FF }
                // A block's symbols: its matches and the bytes they do not cover.
                if block.count != block.matchCount + (position - start - matched) { problems.append("symbol count of the block at \(start)") }
                // The writer empties the counts; here they are emptied by hand.
                block.counts.update(repeating: 0, count: DeflateBlock.countsSize)
                block.reset()
            } while position < data.count
        }
        return (starts, problems)
    }

    @Test(arguments: DeflateTests.cases.indices)
    func matchesStayInsideTheInputAndTheWindow(index: Int) {
        let (name, input) = DeflateTests.cases[index]
        for settings in [DeflateMatcher.Settings.text, .binary] {
            let (_, problems) = Self.checkedMatches(input, settings: settings)
            #expect(problems.isEmpty, "\(name): \(problems.prefix(5))")
        }
    }

    /// The hash slot of the first five bytes of `bytes` (as the matcher hashes text).
    static func slot(_ bytes: [UInt8]) -> Int {
        let word = bytes.prefix(5).enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
        return Int((word &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - DeflateTables.hashBits))
    }

    /// A repeat whose newest candidate is another string with the same hash: the run of literals
    /// goes on there (no chain is searched behind a collision), and the stream still inflates
    /// to the input; the repeat after it, with a real newest candidate, is found.
    @Test func aCollisionInTheNewestCandidateIsPassedOver() {
        let first = Array("<w:t xml:space=\"preserve\">".utf8)
        var other: [UInt8] = []
        var counter = 0
        repeat {
            // Five lower-case letters counted up: 11.8 million strings for 32 768 slots.
            other = (0..<5).map { UInt8(97 + (counter / Int(pow(26.0, Double($0)))) % 26) } + Array("zzz".utf8)
            counter += 1
        } while Self.slot(other) != Self.slot(first) || other.prefix(4) == first.prefix(4)
        let input = first + Array(" . ".utf8) + other + Array(" , ".utf8) + first + Array(" ; ".utf8) + first
        let second = first.count + 3 + other.count + 3
        let (starts, problems) = Self.checkedMatches(input, settings: .text)
        #expect(problems.isEmpty, "\(problems)")
        // The second copy's newest candidate is the collision: no search there (the first copy
        // behind it in the chain would have matched), the match starts a byte later.
        #expect(!starts.contains(second), "\(starts)")
        #expect(starts.contains(second + 1), "\(starts)")
        #expect(starts.contains { $0 > second + 1 && $0 <= input.count - first.count }, "the third copy, whose newest candidate is the second, is found: \(starts)")
        #expect(Inflate.decompress(Deflate.compress(input)) == input)
    }

    /// Repeats just past the window and just inside it, short and long, at every distance the
    /// chains may reach: what is found is in reach and the same bytes.
    @Test func matchesAtTheWindowsEdge() {
        var random = SplitMix(state: 7)
        let noise = random.bytes(DeflateMatcher.window + 300)
        var input = noise
        for back in [DeflateMatcher.window + 1, DeflateMatcher.window, DeflateMatcher.window - 1, 258, 5, 1] {
            // Byte by byte, so a repeat may overlap itself (distance 1 is a run).
            for _ in 0..<40 { input.append(input[input.count - back]) }
        }
        for settings in [DeflateMatcher.Settings.text, .binary] {
            let (starts, problems) = Self.checkedMatches(input, settings: settings)
            #expect(problems.isEmpty, "\(problems.prefix(5))")
            #expect(starts.count >= 5, "the repeats in reach are found")
        }
        #expect(Inflate.decompress(Deflate.compress(input)) == input)
    }
}
