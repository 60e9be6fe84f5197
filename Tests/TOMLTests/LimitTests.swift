import Diagnostics
import TestSupport
import Testing
@testable import TOML

/// No input crashes the parser or exhausts the stack.
@Suite(.timed) struct LimitTests {
    static let deep = 100_000

    @Test func deeplyNestedArraysAreAnError() {
        let error = parseError("a = " + String(repeating: "[", count: Self.deep) + String(repeating: "]", count: Self.deep))
        #expect(error?.reason == .nestingTooDeep(limit: TOML.maximumNesting))
        #expect(error?.range.start == at(1, 5 + TOML.maximumNesting))
    }

    @Test func deeplyNestedInlineTablesAreAnError() {
        let error = parseError("a = " + String(repeating: "{b = ", count: Self.deep) + "1" + String(repeating: "}", count: Self.deep))
        #expect(error?.reason == .nestingTooDeep(limit: TOML.maximumNesting))
    }

    @Test func longDottedKeysAndHeadersAreAnError() {
        let path = Array(repeating: "k", count: Self.deep).joined(separator: ".")
        #expect(parseError(path + " = 1")?.reason == .nestingTooDeep(limit: TOML.maximumNesting))
        #expect(parseError("[" + path + "]")?.reason == .nestingTooDeep(limit: TOML.maximumNesting))
        #expect(parseError("[[" + path + "]]")?.reason == .nestingTooDeep(limit: TOML.maximumNesting))
    }

    @Test func nestingUpToTheLimitIsFine() throws {
        let limit = TOML.maximumNesting
        let arrays = try TOML.parse("a = " + String(repeating: "[", count: limit) + String(repeating: "]", count: limit))
        var depth = 0
        var value = arrays["a"]
        while case .array(let elements)? = value?.kind {
            depth += 1
            value = elements.first
        }
        #expect(depth == limit)
        let path = Array(repeating: "k", count: limit).joined(separator: ".")
        #expect(try TOML.parse("[" + path + "]\nx = 1").count == 1)
        #expect(parseError("[" + path + ".k]") != nil)
    }

    @Test func randomInputNeverCrashes() {
        // A fixed generator, so a failure can be replayed.
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
        let pieces: [[UInt8]] = ["a", "=", " ", "\n", "\r", "[", "]", "[[", "{", "}", ",", ".", "\"", "'", "\"\"\"", "'''",
            "\\", "\\u", "#", "1", "0x", "e", "-", "+", "_", ":", "1979-05-27", "T", "07:32:00", "Z", "true", "inf",
            "é", "\t"].map { Array($0.utf8) } + [[0xFF], [0xC3], [0x00], [0x7F]]
        for _ in 0..<3000 {
            var bytes: [UInt8] = []
            for _ in 0..<(next() % 24) { bytes += pieces[Int(next() % UInt64(pieces.count))] }
            do {
                _ = try TOML.parse(bytes: bytes)
            } catch {
                let lines = bytes.filter { $0 == 0x0A }.count + 1
                #expect(error.range.start.line >= 1 && error.range.start.line <= lines)
                #expect(error.range.start.column >= 1 && error.range.start.column <= bytes.count + 1)
            }
        }
    }
}
