import Foundation
import TestSupport
import Testing
@testable import Diagnostics

/// A position keeps its line and column in 32 bits (issue 38: a range is 16 bytes, not 32, in every
/// reference, origin and TOML value) and behaves as it did with `Int`s.
@Suite(.timed) struct SourceRangeTests {
    @Test func aRangeIsSixteenBytes() {
        #expect(MemoryLayout<SourcePosition>.size == 8)
        #expect(MemoryLayout<SourceRange>.stride == 16)
    }

    @Test func linesAndColumnsComeBackAsWritten() {
        var random = SplitMix64(seed: 38)
        for _ in 0..<2_000 {
            let line = Int.random(in: -5...Int(Int32.max), using: &random), column = Int.random(in: -5...Int(Int32.max), using: &random)
            var position = SourcePosition(line: line, column: column)
            #expect(position.line == line && position.column == column)
            position.column += 1
            #expect(position.column == column + 1 || column == Int(Int32.max))
        }
    }

    @Test func theOrderIsThatOfLineThenColumn() {
        var random = SplitMix64(seed: 6)
        for _ in 0..<2_000 {
            let a = (Int.random(in: 0...4, using: &random), Int.random(in: 0...4, using: &random))
            let b = (Int.random(in: 0...4, using: &random), Int.random(in: 0...4, using: &random))
            let left = SourcePosition(line: a.0, column: a.1), right = SourcePosition(line: b.0, column: b.1)
            #expect((left < right) == (a < b))
            #expect((left == right) == (a == b))
        }
    }

    @Test func aNumberPastThirtyTwoBitsIsKeptAsTheNearest() {
        let far = SourcePosition(line: Int(Int32.max) + 5, column: Int(Int32.min) - 5)
        #expect(far.line == Int(Int32.max))
        #expect(far.column == Int(Int32.min))
    }

    @Test func theJSONIsAsItWas() throws {
        let range = SourceRange(start: SourcePosition(line: 3, column: 7), end: SourcePosition(line: 4, column: 1))
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let json = try #require(String(data: encoder.encode(range), encoding: .utf8))
        #expect(json == #"{"end":{"column":1,"line":4},"start":{"column":7,"line":3}}"#)
        #expect(try JSONDecoder().decode(SourceRange.self, from: Data(json.utf8)) == range)
    }
}
