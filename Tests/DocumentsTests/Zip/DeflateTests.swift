import TestSupport
import Testing
@testable import Documents

/// Our DEFLATE against our inflate: inputs at the edges (empty, one byte, runs, random bytes, matches
/// at the window's end, many blocks), real parts of a Word file and a PDF, dynamic blocks where they
/// pay, and Huffman codes that never exceed their length limit.
@Suite(.timed) struct DeflateTests {
    /// A seeded generator of our own (SplitMix64), so the "random" inputs are the same every run.
    typealias SplitMix = SplitMix64

    static func words(_ count: Int, seed: UInt64) -> [UInt8] {
        let words = ["arbeidsmarkt", "regio", "werkgevers", "scholing", "<w:t>", "</w:r>", "1.065.000", " ", "Twente", "zorg"]
        var random = SplitMix(state: seed)
        var text: [UInt8] = []
        while text.count < count { text += Array(words[Int(random.next() % UInt64(words.count))].utf8) }
        return Array(text.prefix(count))
    }

    static let cases: [(String, [UInt8])] = {
        var random = SplitMix(state: 2026)
        let noise = random.bytes(40_000)
        let window = random.bytes(32_768)
        return [
            ("empty", []),
            ("one byte", [0x41]),
            ("all 256 bytes", (0...255).map { UInt8($0) }),
            ("all 256 bytes twice", (0...255).map { UInt8($0) } + (0...255).map { UInt8($0) }),
            ("a run of 100 000", [UInt8](repeating: 0x61, count: 100_000)),
            ("runs of every length", (1...300).flatMap { [UInt8](repeating: UInt8($0 & 0xFF), count: $0) }),
            ("random bytes", random.bytes(100_000)),
            ("random 4 bytes", random.bytes(4)),
            ("repeat at distance 32 768", window + window),
            ("repeat at distance 32 769", window + [7] + window),
            ("repeat beyond the window", noise + noise + noise),
            ("text over many blocks", words(600_000, seed: 1)),
            ("text then noise then text", words(70_000, seed: 2) + noise + words(70_000, seed: 2)),
            ("three bytes to end", Array("abcabcab".utf8)),
        ]
    }()

    @Test(arguments: cases.indices)
    func roundTrip(index: Int) {
        let (name, input) = Self.cases[index]
        let compressed = Deflate.compress(input)
        #expect(Inflate.decompress(compressed) == input, "\(name)")
        #expect(Deflate.compress(input) == compressed, "\(name): the same input gives the same bytes")
        // Never much larger than stored: 5 bytes per block of at most 16 K symbols, one for the last bits.
        #expect(compressed.count <= input.count + 5 * (input.count / DeflateBlock.defaultCapacity + 1) + 1, "\(name)")
    }

    @Test func emptyInputIsOneEmptyFixedBlock() {
        #expect(Deflate.compress([]) == [0x03, 0x00])
    }

    @Test func randomBytesAreStored() {
        var random = SplitMix(state: 5)
        let input = random.bytes(10_000)
        let compressed = Deflate.compress(input)
        #expect(compressed[0] & 0b111 == 0b001, "one final stored block")
        #expect(compressed.count == input.count + 5)
    }

    /// The document.xml of a Word file and the largest content stream of a PDF, made by our writers.
    static let realParts: [(String, [UInt8])] = {
        let docx = OutputFormat.docx.writer.write(PDFWriterTests.sample)
        let xml = (try? ZipReader(docx))?["word/document.xml"] ?? []
        let pdf = PDFWriter(compressesStreams: false).render(PDFWriterTests.sample)
        var streams: [[UInt8]] = []
        let start = Array("stream\n".utf8), end = Array("\nendstream".utf8)
        var index = 0
        while let from = find(start, in: pdf, from: index), let to = find(end, in: pdf, from: from + start.count) {
            streams.append(Array(pdf[(from + start.count)..<to]))
            index = to + end.count
        }
        return [("word/document.xml", xml), ("PDF content stream", streams.max { $0.count < $1.count } ?? [])]
    }()

    static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard bytes.count >= needle.count, start <= bytes.count - needle.count else { return nil }
        return (start...(bytes.count - needle.count)).first { bytes[$0..<($0 + needle.count)].elementsEqual(needle) }
    }

    @Test func realPartsRoundTripWithDynamicBlocksSmallerThanFixed() {
        for (name, part) in Self.realParts {
            #expect(part.count > 10_000, "\(name) is a real part")
            let compressed = Deflate.compress(part)
            #expect(Inflate.decompress(compressed) == part, "\(name)")
            #expect((compressed[0] >> 1) & 3 == 2, "\(name) starts with a dynamic Huffman block")
            let fixed = Deflate.compress(part, dynamic: false)
            #expect((fixed[0] >> 1) & 3 == 1)
            #expect(Inflate.decompress(fixed) == part)
            #expect(compressed.count * 10 < fixed.count * 9, "\(name): dynamic \(compressed.count) bytes, fixed \(fixed.count)")
        }
    }

    /// Fibonacci counts make a Huffman tree as deep as there are symbols; the limit must hold and the
    /// code must stay complete (Kraft sum exactly 1), or an inflater refuses it.
    @Test(arguments: [(30, 15), (286, 15), (19, 7), (40, 7)])
    func codeLengthsStayWithinTheirLimit(symbols: Int, limit: Int) {
        var frequencies = [Int](repeating: 0, count: symbols)
        var (a, b) = (1, 1)
        for symbol in 0..<min(symbols, 60) {
            frequencies[symbol] = a
            (a, b) = (b, a + b)
        }
        let lengths = HuffmanCode.lengths(frequencies, limit: limit)
        #expect(lengths.max() == UInt8(limit), "the tree was deeper than the limit")
        #expect(lengths.allSatisfy { $0 <= limit })
        #expect(zip(lengths, frequencies).allSatisfy { ($0 == 0) == ($1 == 0) })
        let kraft = lengths.filter { $0 > 0 }.reduce(0) { $0 + (1 << (limit - Int($1))) }
        #expect(kraft == 1 << limit)
    }

    @Test func oneOrNoUsedSymbolStillGivesACompleteCode() {
        #expect(HuffmanCode.lengths([0, 0, 0], limit: 15) == [1, 1, 0])
        #expect(HuffmanCode.lengths([0, 0, 9], limit: 15) == [1, 0, 1])
        #expect(HuffmanCode.codes([1, 0, 1]) == [0, 0, 1])
        #expect(HuffmanCode.codes([2, 1, 3, 3]) == [0b01, 0b0, 0b011, 0b111], "canonical, bits reversed")
    }

    @Test func skewedLiteralsRoundTrip() {
        // Byte i appears fib(i) times, shuffled: the literal code needs its length limit.
        var random = SplitMix(state: 9)
        var input: [UInt8] = []
        var (a, b) = (1, 1)
        for byte in 0..<24 {
            input += [UInt8](repeating: UInt8(byte), count: a)
            (a, b) = (b, a + b)
        }
        for index in stride(from: input.count - 1, to: 0, by: -1) { input.swapAt(index, Int(random.next() % UInt64(index + 1))) }
        let compressed = Deflate.compress(input)
        #expect(Inflate.decompress(compressed) == input)
        #expect(compressed.count < input.count / 2)
    }

    @Test func lengthAndDistanceSymbols() {
        for symbol in 0..<29 {
            let first = Deflate.lengthBases[symbol], last = symbol == 28 ? 258 : Deflate.lengthBases[symbol] + (1 << Deflate.lengthExtra[symbol]) - 1
            for length in first...min(last, 258) where !(symbol == 27 && length == 258) {
                #expect(DeflateBlock.lengthSymbol(length) == symbol, "length \(length)")
            }
        }
        for symbol in 0..<30 {
            let first = Deflate.distanceBases[symbol], last = first + (1 << Deflate.distanceExtra[symbol]) - 1
            for distance in [first, last] { #expect(DeflateBlock.distanceSymbol(distance) == symbol, "distance \(distance)") }
        }
        // The matcher's table gives the same code for every distance of the window.
        let wrong = (1...32_768).filter { DeflateBlock.distanceSymbol($0, table: DeflateBlock.distanceSymbols) != DeflateBlock.distanceSymbol($0) }
        #expect(wrong.isEmpty, "distances with another code from the table: \(wrong.prefix(5))")
    }
}
