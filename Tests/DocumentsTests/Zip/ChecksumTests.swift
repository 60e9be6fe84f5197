import TestSupport
import Testing
@testable import Documents

/// CRC-32 (slicing-by-16) and Adler-32 (vector lanes, deferred modulo) against known values: those
/// of RFC 1950 and the usual test strings, and zlib's own (`zlib.crc32`, `zlib.adler32` in Python
/// 3.11) of the same pseudo-random bytes, at lengths around the kernels' 16-byte steps and
/// Adler-32's 5 552-byte chunks.
@Suite(.timed) struct ChecksumTests {
    /// `ZipTests.pseudoRandom(100_003)`'s prefixes: length, zlib's CRC-32, zlib's Adler-32.
    static let zlibValues: [(Int, UInt32, UInt32)] = [
        (1, 0x550A_4C5F, 0x0092_0092), (7, 0x6385_BCAC, 0x0C00_028E), (8, 0xA80B_3099, 0x0EB5_02B5),
        (15, 0xB43A_C794, 0x2D30_061F), (16, 0x6F0B_2756, 0x33B3_0683), (17, 0xB2DD_6A7F, 0x3AFF_074C),
        (31, 0x5EB5_5C63, 0xCC49_0DE5), (33, 0xC008_EAF0, 0xE9E6_0F03), (5_551, 0x1AE2_ADE7, 0x3055_CCCC),
        (5_552, 0x647E_201D, 0xFDF9_CDA4), (5_553, 0x1AB1_C02D, 0xCBDB_CDD3), (11_104, 0xE759_C0C7, 0x6E82_859D),
        (100_003, 0xE709_6D7D, 0xBC4D_5D49),
    ]

    @Test func bothEqualZlibOnRandomBytes() {
        let bytes = ZipTests.pseudoRandom(100_003)
        for (count, crc, adler) in Self.zlibValues {
            let prefix = Array(bytes[0..<count])
            #expect(CRC32.checksum(prefix) == crc, "CRC-32 of \(count) bytes")
            #expect(Adler32.checksum(prefix) == adler, "Adler-32 of \(count) bytes")
        }
    }

    @Test func anUnalignedSliceAndALongRunOfTheLargestByte() {
        let slice = ZipTests.pseudoRandom(1_003)[3..<1_003]
        #expect(CRC32.checksum(slice) == 0x1DD3_A546)
        #expect(Adler32.checksum(Array(slice)) == 0xC9CA_F844)
        // 0xFF in every lane is the largest the sums can get: no lane may overflow before the modulo.
        let largest = [UInt8](repeating: 0xFF, count: 100_000)
        #expect(CRC32.checksum(largest) == 0x68C6_CEC4)
        #expect(Adler32.checksum(largest) == 0x149A_302C)
    }

    @Test(arguments: [
        ("", UInt32(1)), ("a", 0x0062_0062), ("abc", 0x024D_0127), ("Wikipedia", 0x11E6_0398),
        ("message digest", 0x2975_0586), ("123456789", 0x091E_01DE),
    ])
    func adler32KnownValues(text: String, expected: UInt32) {
        #expect(Adler32.checksum(Array(text.utf8)) == expected, "\(text)")
    }

    @Test func crc32OfAStringAndInPiecesAcrossASixteenByteStep() {
        // Not contiguous storage for the generic path: a lazy map.
        let text = "Arbeidsmarktregio Twente, uitvoeringsdeel"
        var pieces = CRC32()
        pieces.update(Array(text.utf8)[0..<5])
        pieces.update(text.utf8.dropFirst(5).lazy.map { $0 })
        #expect(pieces.value == 0x9DF3_FC6B)  // zlib.crc32
        #expect(pieces.value == CRC32.checksum(text.utf8))
        #expect(CRC32.checksum(text.utf8) == CRC32.checksum(Array(text.utf8)))
    }
}
