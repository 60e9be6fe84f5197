/// The `FlateDecode` filter's format (RFC 1950, a zlib stream): our own DEFLATE data between a
/// two-byte header and the Adler-32 checksum of the uncompressed bytes.
enum PDFFlate {
    /// `data` as a zlib stream.
    static func compress(_ data: [UInt8]) -> [UInt8] {
        let packed = Deflate.compress(data)
        // Made with its room at once: the header and the checksum appended to an array of two
        // bytes grew it twice, copying the compressed data each time.
        var result: [UInt8] = []
        result.reserveCapacity(packed.count + 6)
        result.append(0x78)  // 32 KiB window, deflate, no dictionary, fastest
        result.append(0x01)
        result += packed
        let checksum = Adler32.checksum(data)
        result.append(UInt8(checksum >> 24))
        result.append(UInt8(checksum >> 16 & 0xFF))
        result.append(UInt8(checksum >> 8 & 0xFF))
        result.append(UInt8(checksum & 0xFF))
        return result
    }
}
