import TestSupport
import Testing
@testable import Documents

/// ``HTMLOutput`` copies pieces of up to 32 bytes with overlapping loads and stores instead of
/// `memcpy` (issue 38, `markdown6`): every length and offset gives the bytes appended one by one.
@Suite(.timed) struct HTMLOutputTests {
    @Test func shortAndLongPiecesAreCopiedExactly() {
        var generator = SplitMix64(seed: 32)
        let source = generator.bytes(200)
        var output = HTMLOutput(capacity: 64)
        var expected: [UInt8] = []
        for length in 0...80 {
            for offset in [0, 1, 7, 13] {
                source.withUnsafeBufferPointer { output.append(UnsafeBufferPointer(rebasing: $0[offset..<(offset + length)])) }
                expected += source[offset..<(offset + length)]
                output.append(0xFF)  // so the next piece starts at an odd place
                expected.append(0xFF)
            }
        }
        #expect(output.bytes() == expected)
    }
}
