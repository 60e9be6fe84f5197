import TestSupport
import Testing
@testable import Documents

@Suite(.timed) struct ZipTests {
    @Test(arguments: [
        ("empty", "", UInt32(0)),
        ("check value", "123456789", UInt32(0xCBF4_3926)),
        ("fox", "The quick brown fox jumps over the lazy dog", UInt32(0x414F_A339)),
        ("a", "a", UInt32(0xE8B7_BE43)),
    ])
    func crc32KnownVectors(id: String, text: String, expected: UInt32) {
        #expect(CRC32.checksum(Array(text.utf8)) == expected, "\(id)")
    }

    @Test func crc32InPiecesEqualsCRC32AtOnce() {
        var crc = CRC32()
        crc.update(Array("12345".utf8))
        crc.update(Array("6789".utf8))
        #expect(crc.value == 0xCBF4_3926)
    }

    static func pseudoRandom(_ count: Int) -> [UInt8] {
        var state: UInt64 = 42
        return (0..<count).map { _ in
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return UInt8(truncatingIfNeeded: state >> 56)
        }
    }

    static let contents: [(String, [UInt8])] = [
        ("leeg.txt", []),
        ("word/document.xml", Array(String(repeating: "<w:p><w:r><w:t>Arbeidsmarktregio Twente</w:t></w:r></w:p>", count: 2_000).utf8)),
        ("map/ruis.bin", pseudoRandom(70_000)),
        ("één ü/ß €.txt", Array("Dutch and more: é ü ß €".utf8)),
        ("lang.txt", Array(String(repeating: "a", count: 100_000).utf8) + pseudoRandom(300) + Array(String(repeating: "ab", count: 40_000).utf8)),
    ]

    @Test(arguments: [ZipWriter.Method.stored, .deflated])
    func roundTripThroughTheReader(method: ZipWriter.Method) throws {
        var writer = ZipWriter()
        for (name, bytes) in Self.contents { try writer.add(name, bytes, method: method) }
        let archive = try writer.finish()
        let reader = try ZipReader(archive)
        #expect(reader.entries.map(\.name) == Self.contents.map(\.0))
        for (name, bytes) in Self.contents { #expect(reader[name] == bytes, "\(name)") }
        for entry in reader.entries {
            #expect(entry.flags & 0x0800 != 0, "UTF-8 flag on \(entry.name)")
            #expect(entry.date == 0x0021 && entry.time == 0, "1980-01-01 00:00 on \(entry.name)")
        }
        if method == .deflated {
            #expect(reader.entries[1].method == 8)
            #expect(reader.entries[2].method == 0, "random bytes stay stored: deflate would not make them smaller")
            #expect(archive.count < 100_000)
        }
    }

    @Test func deflateIsSmallAndInflatesBack() throws {
        let text = Array(String(repeating: "<w:tc><w:p><w:r><w:t>€ 1.065.000,50</w:t></w:r></w:p></w:tc>", count: 5_000).utf8)
        let compressed = Deflate.compress(text)
        #expect(compressed.count * 20 < text.count)
        #expect(Inflate.decompress(compressed) == text)
        #expect(Inflate.decompress(Deflate.compress([])) == [])
        #expect(Inflate.decompress([0xFF, 0xFF]) == nil)
    }

    @Test func theSameEntriesGiveTheSameBytes() throws {
        func archive() throws -> [UInt8] {
            var writer = ZipWriter()
            for (name, bytes) in Self.contents { try writer.add(name, bytes) }
            return try writer.finish()
        }
        #expect(try archive() == archive())
    }

    @Test(arguments: ["../evil", "/etc/passwd", "a/../../b", "a\\b", "C:/x", "", "a//b", "./a", "a/..", "nul\u{0}", "x:y"])
    func namesThatLeaveTheArchiveAreRefused(name: String) {
        var writer = ZipWriter()
        #expect(throws: ZipError.unsafeName(name)) { try writer.add(name, [1, 2, 3]) }
    }

    @Test func aDuplicateNameIsRefused() throws {
        var writer = ZipWriter()
        try writer.add("a.xml", [1])
        #expect(throws: ZipError.duplicateName("a.xml")) { try writer.add("a.xml", [2]) }
    }

    @Test func theReaderRefusesDamage() throws {
        var writer = ZipWriter()
        try writer.add("a.txt", Array("hallo wereld".utf8), method: .stored)
        var archive = try writer.finish()
        #expect(throws: ZipError.self) { try ZipReader(Array(archive.prefix(10))) }
        archive[30 + 5 + 2] ^= 0xFF  // a byte of the content
        #expect(throws: ZipError.checksumMismatch("a.txt")) { try ZipReader(archive) }
    }
}
