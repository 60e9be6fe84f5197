import TestSupport
import Testing
@testable import Documents

/// The PNG's zlib checksum.
@Suite(.timed) struct PNGImageTests {
    @Test func adler32IsZlibs() {
        #expect(PNGImage.adler32(Array("Wikipedia".utf8)) == 0x11E6_0398)
        #expect(PNGImage.adler32([]) == 1)
        // Past several of the 5552-byte runs between the reductions, every byte large.
        let bytes = (0..<20_000).map { UInt8(255 - $0 % 7) }
        var a: UInt32 = 1, b: UInt32 = 0
        for byte in bytes {
            a = (a + UInt32(byte)) % 65521
            b = (b + a) % 65521
        }
        #expect(PNGImage.adler32(bytes) == b << 16 | a)
    }
}
