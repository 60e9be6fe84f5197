/// Decodes the base64 text the shipped font files are kept in (``EmbeddedFontFiles``): standard
/// alphabet, `=` padding, no line breaks. Four characters at a time through a table, into the
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
        return values.withUnsafeBufferPointer { values -> [UInt8]? in
            var failed = false
            let bytes = [UInt8](unsafeUninitializedCapacity: length) { output, initialized in
                var read = 0, written = 0
                // Whole groups of four characters; the last group, which may be padded, after.
                let whole = count - 4
                while read < whole {
                    let a = values[Int(characters[read])], b = values[Int(characters[read &+ 1])]
                    let c = values[Int(characters[read &+ 2])], d = values[Int(characters[read &+ 3])]
                    if (a | b | c | d) & 0x40 != 0 {
                        failed = true
                        break
                    }
                    let group = UInt32(a) << 18 | UInt32(b) << 12 | UInt32(c) << 6 | UInt32(d)
                    output[written] = UInt8(truncatingIfNeeded: group >> 16)
                    output[written &+ 1] = UInt8(truncatingIfNeeded: group >> 8)
                    output[written &+ 2] = UInt8(truncatingIfNeeded: group)
                    read &+= 4
                    written &+= 3
                }
                if !failed {
                    var group: UInt32 = 0
                    for index in 0..<4 {
                        let character = characters[read + index]
                        let value = character == UInt8(ascii: "=") && index >= 4 - padding ? 0 : values[Int(character)]
                        if value & 0x40 != 0 { failed = true }
                        group = group << 6 | UInt32(value & 0x3F)
                    }
                    for index in 0..<(3 - padding) where !failed {
                        output[written + index] = UInt8(truncatingIfNeeded: group >> UInt32(16 - 8 * index))
                    }
                    written += 3 - padding
                }
                initialized = failed ? 0 : written
            }
            return failed ? nil : bytes
        }
    }

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
