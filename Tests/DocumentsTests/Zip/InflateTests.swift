import TestSupport
import Testing
@testable import Documents

/// The inflate against streams zlib wrote (stored, fixed and dynamic Huffman blocks), and against
/// damage: a corrupt or cut-off stream gives nil, never a trap or a loop without end.
@Suite(.timed) struct InflateTests {
    static let text = Array(("Arbeidsmarktregio Twente: scholing, werk en inkomen. " + "Arbeidsmarktregio Twente: scholing, werk en inkomen. "
        + "Arbeidsmarktregio Twente: scholing, werk en inkomen. " + "Zorg en Welzijn, Techniek, ICT. ").utf8)

    /// `zlib.compressobj(9, DEFLATED, -15)` of ``text``: one block with dynamic Huffman codes (BTYPE 10).
    static let dynamic: [UInt8] = [
        0xBD, 0xCB, 0x3B, 0x0A, 0x80, 0x30, 0x10, 0x05, 0xC0, 0xAB, 0xBC, 0x03, 0x04, 0x0F, 0x60, 0x17, 0xAC, 0xEC, 0x03, 0x82,
        0x9D, 0x9F, 0x47, 0xB2, 0x26, 0xD9, 0xC0, 0x2A, 0x08, 0x9E, 0x5E, 0xBC, 0x84, 0xED, 0xC0, 0x78, 0x5B, 0x29, 0xFB, 0x59,
        0x17, 0xCB, 0x97, 0x31, 0x4A, 0x43, 0xB8, 0xA9, 0x17, 0x7B, 0x9C, 0x5B, 0x6A, 0x45, 0x34, 0x3A, 0xDC, 0xB4, 0x0C, 0x2A,
        0x44, 0x73, 0xAB, 0xD4, 0x0E, 0xFE, 0xB7, 0x34, 0x37, 0x8B, 0x1F, 0x4C, 0x2C, 0x8F, 0x1C, 0xEA, 0x10, 0xB8, 0x25, 0x15,
        0x66, 0x87, 0x71, 0x08, 0x1D, 0x5E,
    ]

    /// `zlib.compressobj(0, DEFLATED, -15)` of "hallo wereld": one stored block (BTYPE 00).
    static let stored: [UInt8] = [0x01, 0x0C, 0x00, 0xF3, 0xFF, 0x68, 0x61, 0x6C, 0x6C, 0x6F, 0x20, 0x77, 0x65, 0x72, 0x65, 0x6C, 0x64]

    @Test func aDynamicHuffmanBlockFromZlib() {
        #expect((Self.dynamic[0] >> 1) & 3 == 2, "the fixture is a dynamic block")
        #expect(Inflate.decompress(Self.dynamic) == Self.text)
    }

    @Test func aStoredBlockFromZlib() {
        #expect(Inflate.decompress(Self.stored) == Array("hallo wereld".utf8))
    }

    @Test func blocksFromOurDeflate() {
        #expect(Inflate.decompress(Deflate.compress(Self.text)) == Self.text)
        let fixed = Deflate.compress(Self.text, dynamic: false)
        #expect((fixed[0] >> 1) & 3 == 1)
        #expect(Inflate.decompress(fixed) == Self.text)
    }

    @Test func blocksOfEveryKindInOneStream() {
        // A stored block that is not the last (BFINAL 0), then the dynamic block (final).
        var stream = Self.stored
        stream[0] = 0x00
        #expect(Inflate.decompress(stream + Self.dynamic) == Array("hallo wereld".utf8) + Self.text)
    }

    @Test func aCutOffStreamIsNil() {
        for length in 0..<Self.dynamic.count {
            #expect(Inflate.decompress(Array(Self.dynamic.prefix(length))) == nil, "cut at \(length)")
        }
        #expect(Inflate.decompress(Array(Self.stored.prefix(10))) == nil)
    }

    @Test func damageNeverTrapsOrLoops() {
        // Every single bit flipped: each gives nil or some bytes, and returns.
        for index in Self.dynamic.indices {
            for bit in 0..<8 {
                var damaged = Self.dynamic
                damaged[index] ^= 1 << bit
                _ = Inflate.decompress(damaged, limit: 1 << 20)
            }
        }
        #expect(Inflate.decompress([0x06]) == nil, "block type 11 is reserved")
        #expect(Inflate.decompress([0x01, 0x0C, 0x00, 0xF0, 0xFF]) == nil, "stored length and its complement disagree")
        // A fixed block whose first match reaches back before the start of the output.
        var bits = BitWriter()
        bits.write(1, count: 1)
        bits.write(1, count: 2)
        let codes = DeflateBlock.fixedLiteralCodes
        bits.write(Int(codes[257]), count: 7)  // length 3
        bits.write(Int(DeflateBlock.fixedDistanceCodes[4]), count: 5)  // distance 5, extra bit 0
        bits.write(0, count: 1)
        bits.write(Int(codes[256]), count: 7)
        #expect(Inflate.decompress(bits.finish()) == nil)
    }

    @Test func aStreamPastTheLimitIsNil() {
        let zeros = [UInt8](repeating: 0, count: 100_000)
        #expect(Inflate.decompress(Deflate.compress(zeros), limit: 1_000) == nil)
        #expect(Inflate.decompress(Deflate.compress(zeros))?.count == 100_000)
    }
}
