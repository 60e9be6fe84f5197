import TestSupport
import Testing
@testable import TOML

/// The parser's table of strings (`SharedStrings`) against the plain way, `String(decoding:as:)` of
/// every string anew: the same texts, and equal long texts in one storage.
@Suite(.timed) struct SharedStringsTests {
    /// Where a string's bytes are stored; equal for two strings that share their storage.
    static func storage(of string: String) -> UnsafePointer<UInt8>? {
        string.utf8.withContiguousStorageIfAvailable { $0.baseAddress } ?? nil
    }

    /// Random byte strings of 0 to 40 bytes from a few pieces, so that many repeat: ASCII, Dutch
    /// letters, a four-byte scalar and bytes that are not UTF-8 at all, across the inline limit.
    @Test func randomBytesGiveThePlainStringsAndShareEqualOnes() {
        var random = SplitMix64(seed: 38)
        let pieces: [[UInt8]] = [Array("a".utf8), Array("id-".utf8), Array("é".utf8), Array("🙂".utf8), [0xFF], [0xC3], Array("werkenden".utf8)]
        var table = SharedStrings()
        var first: [[UInt8]: String] = [:]
        var repairedLong = 0
        for _ in 0..<20_000 {
            var bytes: [UInt8] = []
            let target = Int(random.next() % 41)
            while bytes.count < target { bytes += pieces[Int(random.next() % UInt64(pieces.count))] }
            let string = bytes.withUnsafeBufferPointer { table.string($0) }
            let plain = String(decoding: bytes, as: UTF8.self)
            #expect(string == plain)
            #expect(Array(string.utf8) == Array(plain.utf8))
            let isValid = Array(plain.utf8) == bytes
            if !isValid && bytes.count > SharedStrings.inlineLimit { repairedLong += 1 }
            if let earlier = first[bytes] {
                if bytes.count > SharedStrings.inlineLimit && isValid {
                    #expect(Self.storage(of: string) == Self.storage(of: earlier))
                }
            } else {
                first[bytes] = string
            }
        }
        // Valid long texts are held once each. A repaired text's bytes are not the input's, so it is
        // never found again: each is held anew (up to the probe limit of its equal hashes), never
        // shared with a wrong one.
        let validLong = first.keys.filter { $0.count > SharedStrings.inlineLimit && Array(String(decoding: $0, as: UTF8.self).utf8) == $0 }
        #expect(repairedLong > 1_000 && validLong.count > 1_000)
        #expect(table.count >= validLong.count)
        #expect(table.count <= validLong.count + repairedLong)
    }

    /// Texts that differ in one byte only, at each place (the words the hash reads overlap at the end).
    @Test(arguments: [16, 17, 23, 24, 25, 40, 64])
    func textsOneByteApartStayApart(length: Int) {
        var table = SharedStrings()
        let base = Array(repeating: UInt8(ascii: "x"), count: length)
        var made: [String] = []
        for place in 0..<length {
            var bytes = base
            bytes[place] = UInt8(ascii: "y")
            made.append(bytes.withUnsafeBufferPointer { table.string($0) })
        }
        let again = base.withUnsafeBufferPointer { table.string($0) }
        #expect(again == String(repeating: "x", count: length))
        #expect(Set(made).count == length)
        #expect(made.enumerated().allSatisfy { $0.element.utf8.count == length && Array($0.element.utf8)[$0.offset] == UInt8(ascii: "y") })
        #expect(table.count == length + 1)
    }

    /// A long text that is not UTF-8, asked for again and again: its repaired string never matches
    /// its bytes, so each time it is made anew, held until `probeLimit` slots with its hash are
    /// passed; after that it is made unshared, and the table stops growing.
    @Test func aLookupGivesUpAfterTheProbeLimit() {
        var table = SharedStrings()
        let bytes = Array("werkenden-kwetsbaar".utf8) + [0xFF]
        for _ in 0..<(3 * SharedStrings.probeLimit) {
            #expect(bytes.withUnsafeBufferPointer { table.string($0) } == String(decoding: bytes, as: UTF8.self))
        }
        #expect(table.count == SharedStrings.probeLimit)
        let valid = "werkenden-kwetsbaar, jongeren"
        let first = Array(valid.utf8).withUnsafeBufferPointer { table.string($0) }
        let second = Array(valid.utf8).withUnsafeBufferPointer { table.string($0) }
        #expect(first == valid && second == valid)
    }

    @Test func shortTextsAreMadeAsTheyAre() {
        var table = SharedStrings()
        for text in ["", "a", "fifteen-bytes-x", "een, twee, drie"] {
            #expect(Array(text.utf8).withUnsafeBufferPointer { table.string($0) } == text)
        }
        #expect(table.count == 0)
    }

    /// Thousands of distinct texts: the table grows and finds every one again.
    @Test func manyDistinctTextsAreEachFoundAgain() {
        var table = SharedStrings()
        let texts = (0..<5_000).map { "organisatie-nummer-\($0)" }
        let made = texts.map { text in Array(text.utf8).withUnsafeBufferPointer { table.string($0) } }
        #expect(made == texts)
        let again = texts.map { text in Array(text.utf8).withUnsafeBufferPointer { table.string($0) } }
        #expect(zip(made, again).allSatisfy { Self.storage(of: $0) == Self.storage(of: $1) })
        #expect(table.count == texts.count)
    }

    /// In a parsed document, a long text written twice (as a basic, a literal, an escaped or a
    /// multi-line string, or as a key) is one storage.
    @Test func aDocumentsEqualTextsShareTheirStorage() throws {
        let text = "Werkcentrum Midden-Holland"
        let table = try TOML.parse("""
            [[thema]]
            trekker = "\(text)"
            organisatieoverstijgend = 'Werkcentrum Midden-Holland'
            [[thema]]
            trekker = "Werkcentrum Midden\\u002DHolland"
            organisatieoverstijgend = \"\"\"
            Werkcentrum Midden-Holland\"\"\"
            """)
        guard case .array(let themes)? = table["thema"]?.kind, themes.count == 2,
              case .table(let first) = themes[0].kind, case .table(let second) = themes[1].kind else {
            Issue.record("no two themes")
            return
        }
        let values = [first, second].flatMap { theme in
            ["trekker", "organisatieoverstijgend"].compactMap { key -> String? in
                if case .string(let value)? = theme[key]?.kind { value } else { nil }
            }
        }
        #expect(values == Array(repeating: text, count: 4))
        #expect(Set(values.map { Self.storage(of: $0) }).count == 1)
        let keys = [first, second].compactMap { $0.keys.first { $0 == "organisatieoverstijgend" } }
        #expect(keys.count == 2 && Self.storage(of: keys[0]) == Self.storage(of: keys[1]))
    }
}
