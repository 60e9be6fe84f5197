import Hashing
import Testing

@Suite struct ConstantTimeTests {
    @Test func equalAndUnequal() {
        #expect(constantTimeEqual([], []))
        #expect(constantTimeEqual([1, 2, 3], [1, 2, 3]))
        #expect(!constantTimeEqual([1, 2, 3], [1, 2, 4]))
        #expect(!constantTimeEqual([0, 2, 3], [1, 2, 3]))
        #expect(!constantTimeEqual([1, 2, 3], [1, 2]))
        #expect(!constantTimeEqual([], [0]))
        // Every single-bit difference in every byte is seen.
        let base = [UInt8](repeating: 0xA5, count: 32)
        for index in base.indices {
            for bit in 0..<8 {
                var other = base
                other[index] ^= 1 << bit
                #expect(!constantTimeEqual(base, other))
            }
        }
    }
}

@Suite struct SystemRandomTests {
    @Test func countsAndVariety() {
        #expect(SystemRandom.bytes(0) == [])
        #expect(SystemRandom.bytes(-1) == [])
        let first = SystemRandom.bytes(32), second = SystemRandom.bytes(32)
        #expect(first.count == 32 && second.count == 32)
        // Two 256-bit draws are equal with probability 2^-256: equal means no randomness at all.
        #expect(first != second)
        // Large requests are filled to the end (getrandom may return short reads past 256 bytes).
        let large = SystemRandom.bytes(100_000)
        #expect(large.count == 100_000)
        #expect(large.suffix(64).contains { $0 != 0 })
        // Every byte value shows up in 100,000 bytes (a fixed or truncated source would not do that).
        #expect(Set(large).count == 256)
    }
}
