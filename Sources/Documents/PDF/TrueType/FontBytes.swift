/// Big-endian reads from a font file's bytes, as the OpenType specification stores every number.
/// Reads past the end give nil, so a damaged file is an error, never a crash.
struct FontBytes {
    let bytes: [UInt8]

    func u8(_ offset: Int) -> UInt8? {
        offset >= 0 && offset < bytes.count ? bytes[offset] : nil
    }

    func u16(_ offset: Int) -> UInt16? {
        guard offset >= 0, offset + 2 <= bytes.count else { return nil }
        return UInt16(bytes[offset]) << 8 | UInt16(bytes[offset + 1])
    }

    func i16(_ offset: Int) -> Int16? { u16(offset).map { Int16(bitPattern: $0) } }

    func u32(_ offset: Int) -> UInt32? {
        guard offset >= 0, offset + 4 <= bytes.count else { return nil }
        return UInt32(bytes[offset]) << 24 | UInt32(bytes[offset + 1]) << 16 | UInt32(bytes[offset + 2]) << 8 | UInt32(bytes[offset + 3])
    }

    func slice(_ offset: Int, _ length: Int) -> ArraySlice<UInt8>? {
        guard offset >= 0, length >= 0, offset + length <= bytes.count else { return nil }
        return bytes[offset..<offset + length]
    }
}

extension Array where Element == UInt8 {
    /// Appends `value` big-endian in two bytes.
    mutating func appendU16(_ value: UInt16) {
        append(UInt8(value >> 8)); append(UInt8(value & 0xFF))
    }

    /// Appends `value` big-endian in four bytes.
    mutating func appendU32(_ value: UInt32) {
        append(UInt8(value >> 24)); append(UInt8(value >> 16 & 0xFF)); append(UInt8(value >> 8 & 0xFF)); append(UInt8(value & 0xFF))
    }
}
