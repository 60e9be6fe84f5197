import TestSupport
import Testing
@testable import Markdown

/// The word-at-a-time search for the end of a run of text against a byte-by-byte one, on random
/// bytes where stops, spaces, letters, capitals and non-ASCII bytes fall at every place of the
/// eight-byte words, from every start to every end.
@Suite(.timed) struct TextStopsTests {
    static let stops = Set("\n\\`*_[]!<&".utf8)

    @Test func stopsAreTheSyntaxBytes() {
        for byte in 0...255 {
            #expect(TextStops.isStop(UInt8(byte)) == Self.stops.contains(UInt8(byte)), "\(byte)")
        }
    }

    @Test func runEndIsTheFirstStop() {
        var state: UInt64 = 61
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        // Bytes a text is made of, the stops among them, and the neighbours of 0x20 and 0x61.
        let alphabet: [UInt8] = Array("abcz ABZ019,.-'\"\n\\`*_[]!<&".utf8) + [0x1F, 0x21, 0x60, 0x61, 0x7F, 0x80, 0xA0, 0xC3, 0xE2, 0xFF]
        for _ in 0..<2000 {
            let count = next(40)
            var bytes: [UInt8] = []
            for _ in 0..<count {
                // Mostly letters and spaces, as prose is, so long words without a stop occur.
                bytes.append(next(3) == 0 ? alphabet[next(alphabet.count)] : [0x61, 0x65, 0x20, 0xC3][next(4)])
            }
            let start = next(count + 1)
            let end = start + next(count - start + 1)
            var expected = start
            while expected < end, !Self.stops.contains(bytes[expected]) { expected += 1 }
            let found = bytes.withUnsafeBufferPointer { TextStops.runEnd(in: $0, from: start, to: end) }
            #expect(found == expected, "\(bytes) from \(start) to \(end)")
            if found != expected { return }
        }
    }
}
