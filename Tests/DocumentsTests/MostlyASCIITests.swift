import TestSupport
import Testing
@testable import Documents

/// The HTML string is made from bytes checked by ``UTF8Check`` and copied without a second
/// validation; it must equal what decoding the bytes at once gives, valid or not.
@Suite(.timed) struct MostlyASCIITests {
    static let texts = [
        "",
        "alleen ASCII <p>tekst</p>\n",
        "één",
        "coördinatie van financiële middelen voor cliënten – " + String(repeating: "en verder ", count: 40) + "€ 12",
        String(repeating: "Привет, мир! ", count: 50),
        String(repeating: "a", count: 200) + "é" + String(repeating: "b", count: 7) + "😀",
        "ends in ASCII after ü" + String(repeating: "x", count: 100),
        "é" + String(repeating: "a", count: 47) + "ë" + String(repeating: "b", count: 48)
            + "ö" + String(repeating: "c", count: 49) + "–€" + String(repeating: "d", count: 300) + "ü",
        String(repeating: "x", count: 100) + String(repeating: "ĳ en é ", count: 30) + String(repeating: "y", count: 100),
    ]

    @Test(arguments: texts)
    func equalsDecodingAtOnce(_ text: String) {
        let bytes = Array(text.utf8)
        let made = bytes.withUnsafeBufferPointer { MostlyASCII.string($0) }
        #expect(made == text)
        #expect(Array(made.utf8) == bytes)
    }

    /// Byte sequences at the edges of valid UTF-8 (Unicode's table 3-7), each alone, after seven
    /// ASCII bytes (so it crosses an eight-byte word) and cut short at the end.
    static let edges: [[UInt8]] = [
        [0x7F], [0x80], [0xBF], [0xC0, 0x80], [0xC1, 0xBF], [0xC2, 0x80], [0xDF, 0xBF], [0xC2], [0xC2, 0x41],
        [0xE0, 0x80, 0x80], [0xE0, 0x9F, 0xBF], [0xE0, 0xA0, 0x80], [0xE1, 0x80, 0x80], [0xEC, 0xBF, 0xBF],
        [0xED, 0x80, 0x80], [0xED, 0x9F, 0xBF], [0xED, 0xA0, 0x80], [0xED, 0xBF, 0xBF], [0xEE, 0x80, 0x80],
        [0xEF, 0xBF, 0xBF], [0xE2, 0x80], [0xE2, 0x80, 0x41], [0xF0, 0x80, 0x80, 0x80], [0xF0, 0x8F, 0xBF, 0xBF],
        [0xF0, 0x90, 0x80, 0x80], [0xF3, 0xBF, 0xBF, 0xBF], [0xF4, 0x8F, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80],
        [0xF5, 0x80, 0x80, 0x80], [0xFF], [0xFE], [0xF0, 0x9F, 0x98], [0xF0, 0x9F, 0x98, 0x80],
    ]

    /// Whether the standard library finds `bytes` valid UTF-8.
    static func isValid(_ bytes: [UInt8]) -> Bool {
        String(validating: bytes, as: UTF8.self) != nil
    }

    static func checkAgainstStandardLibrary(_ bytes: [UInt8]) {
        let result = bytes.withUnsafeBufferPointer { UTF8Check.check($0) }
        let expected: UTF8Check.Result = !isValid(bytes) ? .invalid : bytes.allSatisfy { $0 < 0x80 } ? .ascii : .valid
        #expect(result == expected, "\(bytes)")
        let made = bytes.withUnsafeBufferPointer { MostlyASCII.string($0) }
        #expect(made == String(decoding: bytes, as: UTF8.self), "\(bytes)")
        if expected != .invalid { #expect(Array(made.utf8) == bytes, "\(bytes)") }
    }

    @Test(arguments: edges)
    func edgeSequences(_ sequence: [UInt8]) {
        for prefix in [[], Array("abcdefg".utf8), Array("abcdefgh".utf8)] {
            Self.checkAgainstStandardLibrary(prefix + sequence)
            Self.checkAgainstStandardLibrary(prefix + sequence + Array("xyz".utf8))
            Self.checkAgainstStandardLibrary(prefix + sequence.dropLast())
        }
    }

    /// Random texts of ASCII, valid characters of every length and stray bytes, against the
    /// standard library's validation and decoding.
    @Test func randomBytes() {
        var state: UInt64 = 55
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let pieces: [[UInt8]] = [Array("tekst ".utf8), Array("a".utf8), Array("é".utf8), Array("–".utf8), Array("😀".utf8),
                                 Array("\u{10FFFF}".utf8), Array("\u{FFFD}".utf8)]
        for round in 0..<4000 {
            var bytes: [UInt8] = []
            for _ in 0..<next(16) {
                switch next(4) {
                case 0: bytes.append(UInt8(next(256)))  // a stray byte, often not valid here
                case 1: bytes += Self.edges[next(Self.edges.count)]
                default: bytes += pieces[next(pieces.count)]
                }
            }
            // A quarter of the texts without stray bytes, so valid ones are common too.
            if round % 4 == 0 { bytes = Array(String(decoding: bytes, as: UTF8.self).utf8) }
            Self.checkAgainstStandardLibrary(bytes)
        }
    }

    /// Issue 38, `markdown8`: ASCII is skipped thirty-two bytes at a time. ASCII runs of every
    /// length up to two blocks and a word, then a character, a stray byte or nothing, so the
    /// first byte that is not ASCII falls at every place of a block, a word and the tail.
    @Test func asciiRunsOfEveryLength() {
        for length in 0...72 {
            let ascii = Array(String(repeating: "abcdefghij", count: 8).utf8.prefix(length))
            for after in [[], Array("é".utf8), Array("€x".utf8), [0x80], [0xC3], Array("😀".utf8) + Array("yz".utf8)] as [[UInt8]] {
                Self.checkAgainstStandardLibrary(ascii + after)
                Self.checkAgainstStandardLibrary(ascii + after + ascii)
                let bytes = ascii + after
                for start in 0...min(length, 9) where !bytes.isEmpty {
                    let found = bytes.withUnsafeBufferPointer { UTF8Check.nextNonASCII($0.baseAddress!, from: start, count: $0.count) }
                    #expect(found == (bytes[start...].firstIndex { $0 >= 0x80 } ?? bytes.count), "\(length) \(after) from \(start)")
                }
            }
        }
    }
}
