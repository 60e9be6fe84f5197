import TestSupport
import Testing
@testable import Documents

/// ``DeflateStream`` against ``Deflate/compress(_:)`` of the whole input: the same bytes for every
/// input and every way of cutting it into pieces (edge sizes around the settings' sample, the
/// lookahead, the window and the chain tables the buffer moves by; random cuts; one byte at a time),
/// and ``ZipWriter/StreamedEntry`` against ``ZipWriter/PreparedEntry`` of the whole content.
@Suite(.timed) struct DeflateStreamTests {
    static let inputs: [(String, [UInt8])] = {
        var random = SplitMix64(state: 38)
        let noise = random.bytes(70_000)
        let header = random.bytes(300)
        return [
            ("empty", []),
            ("one byte", [0x41]),
            ("255 bytes", DeflateTests.words(255, seed: 3)),
            ("256 bytes", DeflateTests.words(256, seed: 3)),
            ("257 bytes", DeflateTests.words(257, seed: 3)),
            ("the lookahead and one", DeflateTests.words(DeflateStream.lookahead + 1, seed: 4)),
            ("64 KiB and one", DeflateTests.words(65_537, seed: 5)),
            ("text over many blocks", DeflateTests.words(700_000, seed: 6)),
            ("random bytes", random.bytes(200_000)),
            ("a run of a million", [UInt8](repeating: 0x61, count: 1_000_000)),
            ("text, noise, text", DeflateTests.words(150_000, seed: 7) + noise + DeflateTests.words(150_000, seed: 7)),
            ("binary first, then text", header + DeflateTests.words(300_000, seed: 8)),
        ]
    }()

    /// Piece sizes: each input is appended in pieces of these sizes, over and over.
    static let pieceSizes: [[Int]] = [
        [1 << 30], [1], [7], [255, 1], [256], [DeflateStream.lookahead], [4096], [65_535], [65_536], [65_537],
        [1 << 20], [3, 65_536 + 17, 100, 40_000, 1],
    ]

    /// `input` through a ``DeflateStream`` in pieces of `sizes` (round and round).
    static func streamed(_ input: [UInt8], pieces sizes: [Int]) -> [UInt8] {
        let stream = DeflateStream()
        input.withUnsafeBufferPointer { data in
            var at = 0, turn = 0
            while at < data.count {
                let size = min(sizes[turn % sizes.count], data.count - at)
                stream.append(UnsafeBufferPointer(rebasing: data[at..<(at + size)]))
                at += size
                turn += 1
            }
        }
        #expect(stream.count == input.count)
        return stream.finish()
    }

    @Test(arguments: inputs.indices)
    func sameBytesAsTheWholeInput(index: Int) {
        let (name, input) = Self.inputs[index]
        let whole = Deflate.compress(input)
        for sizes in Self.pieceSizes {
            // One byte at a time only where it is quick.
            if sizes == [1] && input.count > 20_000 { continue }
            let pieces = Self.streamed(input, pieces: sizes)
            #expect(pieces == whole, "\(name) in pieces of \(sizes): \(pieces.count) bytes, whole \(whole.count)")
        }
        #expect(Inflate.decompress(whole) == input, "\(name)")
    }

    @Test(arguments: 0..<12)
    func randomCuts(seed: Int) {
        var random = SplitMix64(state: UInt64(seed))
        let length = Int(random.next() % 400_000)
        let input = seed % 3 == 0 ? random.bytes(length) : DeflateTests.words(length, seed: UInt64(seed))
        var sizes: [Int] = []
        for _ in 0..<20 { sizes.append(1 + Int(random.next() % UInt64([17, 300, 5_000, 140_000][seed % 4]))) }
        #expect(Self.streamed(input, pieces: sizes) == Deflate.compress(input), "seed \(seed), \(length) bytes, pieces \(sizes)")
    }

    /// An empty piece changes nothing, before the first bytes and between others.
    @Test func emptyPieces() {
        let input = DeflateTests.words(100_000, seed: 9)
        #expect(Self.streamed(input, pieces: [0, 1000, 0, 33_333]) == Deflate.compress(input))
    }

    /// The contents by name: the test's arguments are the names, so that the log of a run names
    /// each case instead of printing its 300 000 bytes.
    static let entryContents: [String: [UInt8]] = [
        "XML": DeflateTests.words(300_000, seed: 10),
        "random bytes, stored": { var random = SplitMix64(state: 11); return random.bytes(100_000) }(),
        "empty, stored": [],
    ]

    @Test(arguments: ["XML", "random bytes, stored", "empty, stored"])
    func streamedEntryIsThePreparedEntry(name: String) throws {
        let content = try #require(Self.entryContents[name])
        let entry = ZipWriter.StreamedEntry()
        content.withUnsafeBufferPointer { data in
            var at = 0
            while at < data.count {
                let size = min(77_777, data.count - at)
                entry.append(UnsafeBufferPointer(rebasing: data[at..<(at + size)]))
                at += size
            }
        }
        let streamed = entry.finish(), whole = ZipWriter.PreparedEntry(content)
        #expect(streamed.crc == whole.crc, "\(name)")
        #expect(streamed.method == whole.method, "\(name)")
        #expect(streamed.data == whole.data, "\(name)")
        #expect(streamed.size == whole.size, "\(name)")
    }
}
