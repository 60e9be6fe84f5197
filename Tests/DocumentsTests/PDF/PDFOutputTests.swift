import Testing
@testable import Documents

/// The PDF writer's byte buffer (issue 38) against the array writers it replaced on the hot paths:
/// the same bytes for numbers, integers, references, hex codes and text strings; the document
/// identifier read four bytes a round against the plain loop; and the subsets made once per font and
/// set of characters, never one for another.
@Suite(.timed) struct PDFOutputTests {
    /// A deterministic stream of values (a linear congruential generator): no clock, no seed from
    /// the system, the same values each run.
    struct Values {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        mutating func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 11
        }
    }

    static func written(_ body: (inout PDFOutput) -> Void) -> String {
        var output = PDFOutput(capacity: 1)  // the smallest, so every test grows it too
        output.append(UInt8(ascii: "A"))
        body(&output)
        return String(decoding: output.buffer, as: UTF8.self)
    }

    static func arrayWritten(_ body: (inout [UInt8]) -> Void) -> String {
        var bytes: [UInt8] = [UInt8(ascii: "A")]
        body(&bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test func numbersAreTheArrayWritersBytes() {
        var values: [Double] = [
            0, -0.0, 0.004, -0.004, 0.005, -0.005, 0.015, 0.5, 1.25, -1.2, 9.995, 99.999, 100, 595.28, 841.89,
            123_456.78, -98_765.4, 1e9 + 0.07, 1e15, -1e15, .nan, .infinity, -.infinity, .ulpOfOne, 0.01, 0.1, 10,
        ]
        var random = Values()
        for _ in 0..<20_000 {
            let bits = random.next()
            let scale = [1.0, 0.01, 100, 10_000, 1e-3, 1e7][Int(bits % 6)]
            let magnitude = Double(bits >> 8 % (1 << 40)) / Double(1 << 30) * scale
            values.append(bits & 1 == 0 ? magnitude : -magnitude)
            values.append(Double(Int(bits % 200_000)) / 100)  // exactly two decimals, as layouts make
        }
        // Both writers use PDFNumber's kernel now: each is held to the plain formatting with
        // `Double.rounded()` that the kernel's rounding in place replaced.
        for value in values {
            let plain = "A" + PDFWriterFastPathTests.plainNumber(value)
            #expect(Self.written { $0.pdf(value) } == plain, "\(value)")
            #expect(Self.arrayWritten { $0.pdf(value) } == plain, "\(value)")
        }
        // Halves round away from zero, as `rounded()` does, on both sides of every integer.
        for whole in -300...300 {
            for value in [Double(whole) + 0.005, Double(whole) - 0.005, Double(whole) + 0.015, Double(whole) + 0.994999] {
                #expect(Self.written { $0.pdf(value) } == "A" + PDFWriterFastPathTests.plainNumber(value), "\(value)")
            }
        }
        // Past what an integer holds: the largest magnitude, not a crash.
        #expect(Self.written { $0.pdf(1e300) } == "A90000000000000000 ")
        #expect(Self.arrayWritten { $0.pdf(-1e300) } == "A-90000000000000000 ")
        var integers = [0, -1, -5, 7, 9, 10, 99, 100, 999, 1000, 9999, 65_535, 123_456_789, Int(Int32.max), Int.max]
        for _ in 0..<5_000 { integers.append(Int(random.next() >> UInt64(random.next() % 50))) }
        for value in integers {
            let plain = "A" + String(max(0, value))
            #expect(Self.written { $0.pdf(integer: value) } == plain, "\(value)")
            #expect(Self.arrayWritten { $0.pdf(integer: value) } == plain, "\(value)")
            #expect(Self.written { $0.pdf(reference: value) } == Self.arrayWritten { $0.pdf(reference: value) }, "\(value)")
        }
    }

    /// A PDF text string as it was written before: a scalar at a time, by formatting.
    static func plainTextString(_ text: String) -> String {
        var result = "<FEFF"
        func unit(_ value: UInt32) {
            let digits = String(value, radix: 16, uppercase: true)
            result += String(repeating: "0", count: 4 - digits.count) + digits
        }
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value == 0x0A || value == 0x09 || value == 0x0D { result += "0020"; continue }
            if TextCleaning.isRemoved(scalar) { continue }
            if value < 0x10000 {
                unit(value)
            } else {
                unit(0xD800 + ((value - 0x10000) >> 10))
                unit(0xDC00 + ((value - 0x10000) & 0x3FF))
            }
        }
        return result + ">"
    }

    @Test func piecesCodesAndTextStringsAreTheArrayWritersBytes() {
        let codes: [[UInt8]] = [[], [0x41], [0x41, 0xFF, 0x0A, 0x81], Array(0...255), Array(repeating: 0x20, count: 40)]
        for bytes in codes {
            #expect(Self.written { $0.appendCodes(bytes) } == Self.arrayWritten { PDFText.appendCodes(bytes, to: &$0) })
        }
        let texts = ["", "Zoë", "a\tb\u{202A}€😀\n", "Overleg \u{0007}met de regio's (Twente) → 100%", String(repeating: "lang ", count: 300)]
        for text in texts {
            #expect(Self.written { $0.appendTextString(text) } == "A" + Self.plainTextString(text))
            #expect(Self.arrayWritten { PDFText.appendTextString(text, to: &$0) } == "A" + Self.plainTextString(text))
        }
        let long = String(repeating: "q 0 0 1 rg ", count: 50)
        #expect(Self.written { $0.pdf("BT "); $0.pdf(string: long); $0.append(contentsOf: [0x45, 0x54]) } == "ABT " + long + "ET")
        var output = PDFOutput(capacity: 4)
        output.pdf(reference: 12)
        output.removeLast()
        #expect(output.bytes() == Array("12 0 R".utf8))
        output.removeAll()
        #expect(output.count == 0 && output.bytes().isEmpty)
    }

    /// ``PDFFile/identifier(of:)`` as it was: the two hashes a byte at a time.
    static func plainIdentifier(_ bytes: [UInt8]) -> String {
        var first: UInt64 = 0xcbf2_9ce4_8422_2325
        var second: UInt64 = 0x8422_2325_cbf2_9ce4
        for byte in bytes {
            first = (first ^ UInt64(byte)) &* 0x100_0000_01b3
            second = (second &+ UInt64(byte)) &* 0x100_0000_01b3
        }
        return PDFText.hex(first) + PDFText.hex(second)
    }

    @Test func theIdentifierIsThePlainHashOfEveryLength() {
        var random = Values()
        let bytes = (0..<5_003).map { _ in UInt8(truncatingIfNeeded: random.next()) }
        for count in Array(0...40) + [1_000, 4_097, 5_003] {
            #expect(PDFFile.identifier(of: Array(bytes[..<count])) == Self.plainIdentifier(Array(bytes[..<count])), "\(count)")
        }
    }

    @Test func aSubsetMadeOnceIsTheOneForItsFontAndCharactersOnly() {
        let letters = Array("Agenda".utf8), more = Array("Agenda 2026".utf8).sorted()
        let keys = [
            PDFFontEmbedding.SubsetKey(font: .regular, codes: Array(Set(letters)).sorted(), compress: true),
            PDFFontEmbedding.SubsetKey(font: .bold, codes: Array(Set(letters)).sorted(), compress: true),
            PDFFontEmbedding.SubsetKey(font: .regular, codes: Array(Set(more)).sorted(), compress: true),
            PDFFontEmbedding.SubsetKey(font: .regular, codes: Array(Set(letters)).sorted(), compress: false),
        ]
        func parts(_ subset: PDFFontEmbedding.EmbeddedSubset) -> [String] {
            [subset.name, subset.widths, String(subset.fontFileLength), "\(subset.fontFile.payload.hashValue)",
             "\(subset.cidToGID.payload)", "\(subset.toUnicode.payload)", "\(subset.fontFile.isCompressed)"]
        }
        // Asked twice, in both orders: each time what is made for that key alone.
        for key in keys + keys.reversed() {
            #expect(parts(PDFFontEmbedding.subset(for: key)) == parts(PDFFontEmbedding.embedded(key)))
        }
        let made = keys.map { parts(PDFFontEmbedding.subset(for: $0)) }
        for (index, one) in made.enumerated() {
            for other in made[(index + 1)...] { #expect(one != other) }
        }
    }
}
