import TestSupport
import Testing
@testable import Documents

/// Issue 38's ninth round: a PDF goes into its file as it is made, through a ``ByteSink``, in pieces,
/// never whole in memory; the objects' offsets are counted and the `/ID` hashed as the bytes go out,
/// and the objects' places are four bytes each. The bytes are the ones made in memory, on random
/// documents and objects, whatever the size of the pieces.
@Suite(.timed) struct PDFSinkTests {
    /// A sink that keeps the bytes and counts the pieces they came in.
    final class CountingSink: ByteSink {
        var bytes: [UInt8] = []
        var pieces = 0
        func write(_ bytes: UnsafeRawBufferPointer) {
            self.bytes += bytes
            pieces += 1
        }
    }

    @Test(arguments: [true, false]) func aFileWrittenIntoASinkIsTheFileMadeInMemory(compress: Bool) {
        for (index, document) in (PDFLetGoTests.edges + PDFLetGoTests.documents(16, seed: 9)).enumerated() {
            let whole = PDFWriter(compressesStreams: compress).render(document)
            for chunk in [1, 700, 16 * 1024, PDFFile.defaultChunk] {
                var writer = PDFWriter(compressesStreams: compress)
                // Laid out twice, each page sealed as it closes, for every other document.
                if index % 2 == 1 { writer.heldContentLimit = 0 }
                let sink = CountingSink()
                writer.laidOut(document).write(to: sink, chunk: chunk)
                #expect(sink.bytes == whole, "document \(index), pieces of \(chunk)")
                // In pieces: a byte a piece hands on after every object.
                if chunk == 1 { #expect(sink.pieces > 10, "document \(index): \(sink.pieces) pieces") }
            }
            let array = ByteArraySink()
            PDFWriter(compressesStreams: compress).laidOut(document).write(to: array)
            #expect(array.take() == whole, "document \(index)")
            #expect(array.bytes.isEmpty)
        }
    }

    /// Random objects, plain, packed (in object streams of a few objects) and streams of every
    /// size, some past the chunk: the file handed on in pieces is the file kept whole.
    @Test(arguments: [true, false]) func randomObjectsGoOutAsTheyAreKept(packs: Bool) {
        for round in 0..<40 {
            let chunk = [1, 13, 256, 4096][round % 4]
            let sink = CountingSink()
            var kept = PDFFile(packsObjects: packs), handed = PDFFile(packsObjects: packs, sink: sink, chunk: chunk)
            let ends = Self.fill(&kept, seed: UInt64(round), large: round % 5 == 0)
            #expect(Self.fill(&handed, seed: UInt64(round), large: round % 5 == 0) == ends)
            #expect(handed.offset == kept.offset, "round \(round): the offsets counted as the bytes go out")
            let whole = kept.finish(root: ends.root, info: ends.info)
            #expect(handed.finish(root: ends.root, info: ends.info).isEmpty, "round \(round): a file with a sink keeps nothing back")
            #expect(sink.bytes == whole, "round \(round), pieces of \(chunk)")
            if chunk < 16 { #expect(sink.pieces > 2, "round \(round): \(sink.pieces) pieces") }
        }
    }

    /// Writes the objects `seed` draws into `file`, numbered in one order and written in another,
    /// some in a run of numbers (``PDFFile/reserve(count:)``); returns the catalog's and the
    /// information's numbers.
    static func fill(_ file: inout PDFFile, seed: UInt64, large: Bool) -> (root: Int, info: Int) {
        var random = SplitMix64(seed: seed)
        file.packedLimit = Int.random(in: 1...6, using: &random)
        var numbers = (0..<Int.random(in: 0...60, using: &random)).map { _ in file.reserve() }
        let runLength = Int.random(in: 0...5, using: &random)
        let run = file.reserve(count: runLength)
        numbers += run..<(run + runLength)
        for number in numbers.shuffled(using: &random) {
            let length = Int.random(in: 0...(large ? 9_000 : 300), using: &random)
            let body = (0..<length).map { _ in UInt8.random(in: 0x20...0x7E, using: &random) }
            switch Int.random(in: 0...2, using: &random) {
            case 0: file.add(number, String(decoding: body, as: UTF8.self))
            case 1: file.addPacked(number, bytes: body)
            default: file.addStream(number, dictionary: "/A 1", data: body, compress: Bool.random(using: &random))
            }
        }
        let root = file.reserve(), info = file.reserve()
        file.add(root, "<<>>")
        file.add(info, "<<>>")
        return (root, info)
    }

    @Test func theIdentifierTakenInPiecesIsTheIdentifierOfTheWhole() {
        var random = SplitMix64(seed: 7)
        let bytes = (0..<20_011).map { _ in UInt8.random(in: 0...255, using: &random) }
        for _ in 0..<30 {
            var identifier = PDFIdentifier()
            var start = 0
            while start < bytes.count {
                let end = min(bytes.count, start + Int.random(in: 0...3_000, using: &random))
                bytes[start..<end].withUnsafeBufferPointer { identifier.add($0) }
                start = end
            }
            #expect(identifier.text == PDFFile.identifier(of: bytes))
            #expect(identifier.text == PDFOutputTests.plainIdentifier(bytes))
        }
    }

    /// The four bytes of a place hold every offset below 2 GiB and every stream and index a file
    /// makes, and no place is taken for another.
    @Test(arguments: [0, 1, 17, 65_535, 1 << 30, Int(Int32.max)]) func aPlaceHoldsItsOffset(offset: Int) {
        let location = PDFLocation.offset(offset)
        #expect(PDFLocation.offset(of: location) == offset)
        #expect(PDFLocation.packed(of: location) == nil)
    }

    @Test(arguments: [(0, 0), (0, 65_535), (1, 2), (32_766, 0), (32_766, 65_535), (300, 32_768)])
    func aPlaceHoldsItsStreamAndIndex(chunk: Int, index: Int) throws {
        let location = PDFLocation.packed(chunk: chunk, index: index)
        let packed = try #require(PDFLocation.packed(of: location))
        #expect(packed.chunk == chunk && packed.index == index)
        #expect(PDFLocation.offset(of: location) == nil)
        #expect(location != PDFLocation.reserved)
    }

    @Test func aReservedPlaceIsNeitherOffsetNorPacked() {
        #expect(PDFLocation.offset(of: PDFLocation.reserved) == nil)
        #expect(PDFLocation.packed(of: PDFLocation.reserved) == nil)
    }
}
