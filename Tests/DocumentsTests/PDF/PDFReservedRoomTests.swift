import Testing
@testable import Documents

/// Issue 38, sixth round: buffers made with their room at once rather than grown by doubling. Room
/// changes how often bytes are copied, never which bytes: each is held here to the plain way.
@Suite(.timed) struct PDFReservedRoomTests {
    /// A small random generator with a fixed seed, so a failure repeats.
    struct Random {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    /// A file's bytes with room reserved for the file and for the object stream's bodies, too
    /// little, enough or far too much, are the bytes of the same file without: plain and packed,
    /// with bodies past the object stream's limit (the room is then not kept).
    @Test(arguments: [0, 1, 50, 1_000_000]) func roomKeptForTheFileChangesNoByte(room: Int) {
        for packs in [false, true] {
            var random = Random(state: UInt64(room) &+ 7)
            let bodies = (0..<300).map { index in
                String(repeating: "<</K \(index)>> ", count: 1 + random.next(40))
            }
            func make(reserving: Bool) -> [UInt8] {
                var file = PDFFile(packsObjects: packs)
                file.packedLimit = 120
                if reserving { file.reserveCapacity(room) }
                let numbers = bodies.map { _ in file.reserve() }
                for (index, body) in bodies.enumerated() {
                    if reserving && index % 100 == 0 { file.reservePacked(objects: 100, bytes: room) }
                    file.addPacked(numbers[index], body)
                }
                let stream = file.reserve()
                file.addStream(stream, dictionary: "/N 1", data: Array(repeating: 0x41, count: 500), compress: true)
                let root = file.reserve(), info = file.reserve()
                file.add(root, "<<>>")
                file.add(info, "<<>>")
                return file.finish(root: root, info: info)
            }
            #expect(make(reserving: true) == make(reserving: false), "packs: \(packs)")
        }
    }

    /// A closed page's content, made with room for what is appended later, holds the drawing's
    /// bytes and nothing else, with that room.
    @Test func aPagesContentHasTheDrawingsBytesWithRoom() {
        var random = Random(state: 11)
        for length in [0, 1, 15, 16, 17, 300, 40_000] {
            var output = PDFOutput(capacity: 64)
            var plain: [UInt8] = []
            for _ in 0..<length {
                let byte = UInt8(truncatingIfNeeded: random.next(256))
                output.append(byte)
                plain.append(byte)
            }
            #expect(output.bytes() == plain)
            let roomy = output.bytes(extraCapacity: PDFCanvas.laterContentRoom)
            #expect(roomy == plain)
            #expect(roomy.capacity >= length + PDFCanvas.laterContentRoom)
        }
    }

    /// The zlib stream is the two header bytes, the DEFLATE data and the Adler-32 checksum, big-endian,
    /// as it was made by appending them one after another.
    @Test func aFlateStreamIsHeaderDataAndChecksum() {
        var random = Random(state: 5)
        for length in [0, 1, 64, 1_000, 70_000] {
            let data = (0..<length).map { _ in UInt8(ascii: "a") &+ UInt8(truncatingIfNeeded: random.next(random.next(26) + 1)) }
            var plain: [UInt8] = [0x78, 0x01]
            plain += Deflate.compress(data)
            let checksum = Adler32.checksum(data)
            plain += [UInt8(checksum >> 24), UInt8(checksum >> 16 & 0xFF), UInt8(checksum >> 8 & 0xFF), UInt8(checksum & 0xFF)]
            #expect(PDFFlate.compress(data) == plain, "\(length) bytes")
        }
    }
}
