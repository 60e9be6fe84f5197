/// Decodes the base64 text the shipped font files are kept in (``EmbeddedFontFiles``): standard
/// alphabet, `=` padding, no line breaks. Two characters a lookup in a table, into the
/// result's own storage: Foundation's decoder and the copy out of its `Data` were 22 million
/// instructions at the start of every build that makes a PDF, for 2.7 MB of fonts.
enum Base64Decoding {
    /// The bytes of `text`, or nil when it is not base64 as above (a character outside the
    /// alphabet, a length that is not a multiple of four, padding before the end).
    static func decode(_ text: String) -> [UInt8]? {
        var text = text
        return text.withUTF8 { decode($0) }
    }

    /// The bytes of the base64 `characters`, as ``decode(_:)-(String)``.
    static func decode(_ characters: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        let count = characters.count
        guard count % 4 == 0 else { return nil }
        if count == 0 { return [] }
        var padding = 0
        if characters[count - 1] == UInt8(ascii: "=") { padding = characters[count - 2] == UInt8(ascii: "=") ? 2 : 1 }
        let length = count / 4 * 3 - padding
        return pairs.withUnsafeBufferPointer { pairs -> [UInt8]? in
            var bad: UInt16 = 0
            let bytes = [UInt8](unsafeUninitializedCapacity: length) { output, initialized in
                let input = UnsafeRawPointer(characters.baseAddress!), out = UnsafeMutableRawPointer(output.baseAddress!)
                var read = 0, written = 0
                // Whole groups of four characters, two characters a lookup, the three bytes
                // stored as one word whose last byte the next group overwrites; the last group,
                // which may be padded, after (so a word never reaches past the end).
                let whole = count - 4
                while read < whole {
                    let high = pairs[Int(UInt16(littleEndian: input.loadUnaligned(fromByteOffset: read, as: UInt16.self)))]
                    let low = pairs[Int(UInt16(littleEndian: input.loadUnaligned(fromByteOffset: read &+ 2, as: UInt16.self)))]
                    bad |= high | low
                    let group = UInt32(high & 0xFFF) << 20 | UInt32(low & 0xFFF) << 8
                    out.storeBytes(of: group.bigEndian, toByteOffset: written, as: UInt32.self)
                    read &+= 4
                    written &+= 3
                }
                var group: UInt32 = 0
                for index in 0..<4 {
                    let character = characters[read + index]
                    let value = character == UInt8(ascii: "=") && index >= 4 - padding ? 0 : values[Int(character)]
                    if value & 0x40 != 0 { bad |= 0x8000 }
                    group = group << 6 | UInt32(value & 0x3F)
                }
                for index in 0..<(3 - padding) {
                    output[written + index] = UInt8(truncatingIfNeeded: group >> UInt32(16 - 8 * index))
                }
                initialized = bad & 0x8000 != 0 ? 0 : written + 3 - padding
            }
            return bad & 0x8000 != 0 ? nil : bytes
        }
    }

    /// The twelve bits of each pair of characters, read as a little-endian 16-bit word (the first
    /// character in the low byte); 0x8000 for a pair with a character outside the alphabet. 128 KB,
    /// made once: decoding is then one lookup for two characters.
    private static let pairs: [UInt16] = {
        var table = [UInt16](repeating: 0x8000, count: 65_536)
        for first in 0..<256 where values[first] & 0x40 == 0 {
            for second in 0..<256 where values[second] & 0x40 == 0 {
                table[second << 8 | first] = UInt16(values[first]) << 6 | UInt16(values[second])
            }
        }
        return table
    }()

    /// The value of each character of the alphabet; 0x40 for every other byte (`=` included, which
    /// only the last group may hold).
    private static let values: [UInt8] = {
        var table = [UInt8](repeating: 0x40, count: 256)
        for (value, character) in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8.enumerated() {
            table[Int(character)] = UInt8(value)
        }
        return table
    }()
}
