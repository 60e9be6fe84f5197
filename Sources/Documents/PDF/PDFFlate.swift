/// The `FlateDecode` filter's format (RFC 1950, a zlib stream): our own DEFLATE data between a
/// two-byte header and the Adler-32 checksum of the uncompressed bytes.
enum PDFFlate {
    /// `data` as a zlib stream.
    static func compress(_ data: [UInt8]) -> [UInt8] {
        var result: [UInt8] = [0x78, 0x01]  // 32 KiB window, deflate, no dictionary, fastest
        result += Deflate.compress(data)
        let checksum = Adler32.checksum(data)
        result += [UInt8(checksum >> 24), UInt8(checksum >> 16 & 0xFF), UInt8(checksum >> 8 & 0xFF), UInt8(checksum & 0xFF)]
        return result
    }
}
