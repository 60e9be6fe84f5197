/// The `FlateDecode` filter's format (RFC 1950, a zlib stream): our own DEFLATE data between a
/// two-byte header and the Adler-32 checksum of the uncompressed bytes.
enum PDFFlate {
    /// `data` as a zlib stream.
    static func compress(_ data: [UInt8]) -> [UInt8] {
        var result: [UInt8] = [0x78, 0x01]  // 32 KiB window, deflate, no dictionary, fastest
        result += Deflate.compress(data)
        let checksum = adler32(data)
        result += [UInt8(checksum >> 24), UInt8(checksum >> 16 & 0xFF), UInt8(checksum >> 8 & 0xFF), UInt8(checksum & 0xFF)]
        return result
    }

    /// The Adler-32 checksum (RFC 1950, section 9), summed in blocks so the sums never overflow.
    static func adler32(_ data: [UInt8]) -> UInt32 {
        var a: UInt32 = 1, b: UInt32 = 0
        var index = 0
        while index < data.count {
            let end = min(data.count, index + 5552)
            while index < end {
                a &+= UInt32(data[index])
                b &+= a
                index += 1
            }
            a %= 65521
            b %= 65521
        }
        return b << 16 | a
    }
}
