import TestSupport
import Testing
@testable import Documents

/// The matcher's fast paths (two positions per turn in the run of literals, chain slots taken from
/// a position's low 16 bits, stored positions, kept tables) held to a plain greedy matcher with the
/// same rules written the slow way: whole arrays for the chains, positions as they are, one
/// position per turn. Both must find the same matches, block by block, on edge and random input.
@Suite(.timed) struct DeflateMatcherReferenceTests {
    typealias SplitMix = DeflateTests.SplitMix

    /// A match: where it starts, its length and distance.
    struct Match: Equatable, CustomStringConvertible {
        let at: Int, length: Int, distance: Int
        var description: String { "\(at):\(length)@\(distance)" }
    }

    /// The matches and block ends of `input` as ``DeflateMatcher`` finds them.
    static func fast(_ input: [UInt8], settings: DeflateMatcher.Settings) -> (matches: [Match], ends: [Int]) {
        var matches: [Match] = [], ends: [Int] = []
        input.withUnsafeBufferPointer { data in
            let matcher = DeflateMatcher(count: data.count, settings: settings)
            var block = DeflateBlock(tables: matcher.tables)
            var position = 0
            repeat {
                var at = position
                position = matcher.parse(data, from: position, into: &block)
                for index in 0..<block.matchCount {
                    at += Int(block.literalRuns[index])
                    let item = Int(block.matches[index])
                    let length = (item >> 16) & 0x1FF
                    matches.append(Match(at: at, length: length, distance: item & 0xFFFF))
                    at += length
                }
                ends.append(position)
                block.counts.update(repeating: 0, count: DeflateBlock.countsSize)
                block.reset()
            } while position < data.count
        }
        return (matches, ends)
    }

    /// The same greedy parse, the plain way: every position's hash of its first `hashBytes` bytes
    /// (of the eight from it), the newest earlier position with that hash, and per position the
    /// one before it in its chain.
    static func plain(_ input: [UInt8], settings: DeflateMatcher.Settings) -> (matches: [Match], ends: [Int]) {
        let window = DeflateMatcher.window, capacity = DeflateTables.blockCapacity
        let end = input.count, lastHashed = end - 8
        var head = [Int](repeating: -1, count: 1 << DeflateTables.hashBits)
        var previous = [Int](repeating: -1, count: max(end, 1))
        func hash(_ at: Int) -> Int {
            var word: UInt64 = 0
            for index in 0..<min(settings.hashBytes, 8) { word |= UInt64(input[at + index]) << (8 * UInt64(index)) }
            return Int((word &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - DeflateTables.hashBits))
        }
        func enter(_ at: Int) -> Int {
            let key = hash(at), newest = head[key]
            head[key] = at
            previous[at] = newest
            return newest
        }
        func same(_ candidate: Int, _ at: Int, _ maxLength: Int) -> Int {
            var length = 0
            while length < maxLength && input[candidate + length] == input[at + length] { length += 1 }
            return length
        }
        var matches: [Match] = [], ends: [Int] = []
        var position = 0
        repeat {
            var count = 0
            blockLoop: while position <= lastHashed && count < capacity {
                let scanEnd = min(lastHashed + 1, position + (capacity - count))
                var found = -1
                while position < scanEnd {
                    let newest = enter(position)
                    if newest >= 0 && position - newest <= window && same(newest, position, 4) == 4 {
                        found = newest
                        break
                    }
                    count += 1
                    position += 1
                }
                guard found >= 0 else { break blockLoop }
                let maxLength = min(258, end - position), enough = min(settings.niceLength, maxLength)
                var bestLength = same(found, position, maxLength), best = found
                var candidate = found, steps = settings.chainSteps - 1
                while bestLength < enough && steps > 0 {
                    let next = previous[candidate]
                    if next < 0 || next < position - window { break }
                    candidate = next
                    let length = same(candidate, position, maxLength)
                    if length >= 4 && length > bestLength {
                        bestLength = length
                        best = candidate
                    }
                    steps -= 1
                }
                matches.append(Match(at: position, length: bestLength, distance: position - best))
                count += 1
                let stop = position + bestLength
                let entered = min(bestLength <= settings.fullInsertLength ? stop : position + 4, lastHashed + 1)
                for at in (position + 1)..<max(position + 1, entered) { _ = enter(at) }
                position = stop
            }
            while position < end && count < capacity {
                count += 1
                position += 1
            }
            ends.append(position)
        } while position < end
        return (matches, ends)
    }

    static let inputs: [(String, [UInt8])] = {
        var random = SplitMix(state: 65_536)
        var inputs = DeflateTests.cases.filter { $0.1.count <= 200_000 }
        // Runs of literals of every length up to 40 between repeats (odd and even, the two
        // positions per turn ending on either), and short inputs around the eight-byte load.
        var mixed: [UInt8] = []
        let phrase = Array("<w:t>werkgevers</w:t>".utf8)
        for run in 0...40 { mixed += random.bytes(run) + phrase }
        inputs.append(("literal runs of 0-40 between repeats", mixed))
        for count in 1...20 { inputs.append(("\(count) bytes of a repeat", Array(phrase.prefix(count) + phrase.prefix(count)))) }
        // Past 65 536 positions, where the chain slots wrap, text and binary alike.
        inputs.append(("text past the chain slots", DeflateTests.words(140_000, seed: 16)))
        let binary = random.bytes(20_000)
        inputs.append(("binary repeats past the chain slots", (0..<5).flatMap { _ in binary + random.bytes(9_000) }))
        return inputs
    }()

    @Test(arguments: inputs.indices)
    func theFastMatcherFindsWhatThePlainOneFinds(index: Int) {
        let (name, input) = Self.inputs[index]
        for settings in [DeflateMatcher.Settings.text, .binary] {
            let fast = Self.fast(input, settings: settings), plain = Self.plain(input, settings: settings)
            let sameEnds = fast.ends == plain.ends
            #expect(sameEnds, "\(name): blocks end at \(fast.ends.prefix(5)), not \(plain.ends.prefix(5))")
            // Compared as one value, so a failure names the first difference, not every match.
            let same = fast.matches == plain.matches
            let first = (0..<min(fast.matches.count, plain.matches.count)).first { fast.matches[$0] != plain.matches[$0] } ?? min(fast.matches.count, plain.matches.count)
            #expect(same, "\(name) (\(settings.hashBytes)-byte hash): \(fast.matches.count) matches against \(plain.matches.count), first difference at \(first): \(fast.matches[first...].prefix(3)) against \(plain.matches[first...].prefix(3))")
        }
    }

    /// A stream after others in the same kept tables finds what it finds alone: what they left is
    /// out of reach (the bases) and the chain slots they wrote are never read.
    @Test func aStreamAfterOthersFindsTheSameMatches() {
        var random = SplitMix(state: 5)
        let text = DeflateTests.words(50_000, seed: 9)
        for before in [random.bytes(70_001), DeflateTests.words(33_000, seed: 3), Array(text.prefix(12_345))] {
            _ = Deflate.compress(before)
            let same = Self.fast(text, settings: .text).matches == Self.plain(text, settings: .text).matches
            #expect(same, "after \(before.count) bytes")
        }
    }
}
