import Foundation
import FoundationGaps
import TestSupport
import Testing

/// `CFormat` held against `String(format:)` on the formats and values the program uses.
@Suite(.timed) struct CFormatTests {
    @Test func doublesWithOneDecimal() {
        var generator = SystemRandomNumberGenerator()
        let edges: [Double] = [0, -0.0, 0.05, 0.15, 0.25, 1.45, -2.55, 99.95, 1e15, 1e300, -1e-300, .infinity, -.infinity, .nan]
        let random = (0..<3_000).map { _ in Double.random(in: -100_000...100_000, using: &generator) }
        for value in edges + random {
            #expect(CFormat.string("%.1f", value) == String(format: "%.1f", value), "\(value)")
        }
    }

    @Test func integersPaddedAndInHex() {
        for value in Array(-1_000...1_000) + [Int(Int32.max), Int(Int32.min), 99_999, 123_456] {
            #expect(CFormat.string("%02d", value) == String(format: "%02d", value))
            #expect(CFormat.string("%04d-%02d-%02d", value, value, value) == String(format: "%04d-%02d-%02d", value, value, value))
        }
        for value: UInt32 in [0, 1, 0x1F, 0x7F, 0xFF, 0x100, 0x200B, 0xFEFF, 0x10FFFF] {
            #expect(CFormat.string("%02X", value) == String(format: "%02X", value))
            #expect(CFormat.string("%04X", value) == String(format: "%04X", value))
        }
    }
}
