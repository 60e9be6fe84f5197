/// The Adler-32 checksum of zlib streams (RFC 1950, section 8.2): the PDF writer's `FlateDecode`
/// streams and the PNG images. Sixteen bytes per step in vector lanes, the modulo only once per
/// 5 552 bytes (the most that cannot overflow): about 1.6 instructions per byte, where a byte at a
/// time took 3-4.
enum Adler32 {
    /// The checksum of `bytes`.
    static func checksum(_ bytes: [UInt8]) -> UInt32 {
        bytes.withUnsafeBytes { checksum($0) }
    }

    /// The checksum of `bytes`.
    static func checksum(_ bytes: UnsafeRawBufferPointer) -> UInt32 {
        var a: UInt64 = 1, b: UInt64 = 0
        guard let base = bytes.baseAddress else { return 1 }
        let count = bytes.count
        var offset = 0
        // Per chunk: lane j of `sums` adds the bytes at j, j + 16, ...; `weighted` adds `sums`
        // after every step, so it holds each byte times the number of steps from it to the end.
        // A byte's weight in b is its distance to the chunk's end: 16 * steps - j. The lanes stay
        // below 2^32: at most 347 steps of 255 (weighted: 255 * 347 * 348 / 2).
        while count &- offset >= 16 {
            let size = min(count &- offset, 5_552) & ~15
            var sums = SIMD16<UInt32>(repeating: 0), weighted = SIMD16<UInt32>(repeating: 0)
            let end = offset &+ size
            while offset < end {
                sums &+= SIMD16<UInt32>(truncatingIfNeeded: base.loadUnaligned(fromByteOffset: offset, as: SIMD16<UInt8>.self))
                weighted &+= sums
                offset &+= 16
            }
            var sum: UInt64 = 0, weight: UInt64 = 0, lanePart: UInt64 = 0
            for lane in 0..<16 {
                sum &+= UInt64(sums[lane])
                weight &+= UInt64(weighted[lane])
                lanePart &+= UInt64(lane) &* UInt64(sums[lane])
            }
            b = (b &+ UInt64(size) &* a &+ 16 &* weight &- lanePart) % 65_521
            a = (a &+ sum) % 65_521
        }
        while offset < count {
            a &+= UInt64(base.load(fromByteOffset: offset, as: UInt8.self))
            b &+= a
            offset &+= 1
        }
        return UInt32(b % 65_521) << 16 | UInt32(a % 65_521)
    }
}
