import Foundation
import FoundationGaps
import TestSupport
import Testing

/// `PercentEncoding.path` held against `addingPercentEncoding(withAllowedCharacters: .urlPathAllowed)`.
@Suite(.timed) struct PercentEncodingTests {
    @Test func everyScalarOfTheFirstPlanesAlone() {
        var mismatches: [UInt32] = []
        for value in Array(0...0x2FFF) + [0xFEFF, 0xFFFD, 0x1F600, 0x10FFFF] {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = String(scalar)
            if PercentEncoding.path(text) != text.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) { mismatches.append(UInt32(value)) }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(20))")
    }

    @Test(arguments: [":", "a:b", ":/:", "/:", "a/b:c", "%3A:/", "é:/:é"]) func colonsBeforeAndAfterTheFirstSlash(text: String) {
        #expect(PercentEncoding.path(text) == text.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed))
    }

    @Test func randomPaths() {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["a", "Z", "0", "9", " ", "/", "%", "é", "€", "😀", "\u{301}", "?", "#", ";", "[", "]", ":", "~", "+", "data", ".csv", "%20"]
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 0...8, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(PercentEncoding.path(text) == text.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed))
        }
    }
}
