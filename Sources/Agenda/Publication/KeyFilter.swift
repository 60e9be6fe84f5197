/// A set of 64-bit keys that may say yes for a key not in it, never no for one in it: one bit of
/// 256 per key, picked by a multiplicative hash. With the few dozen forms of the registry most
/// words of a document find their bit empty, and are passed over without the `Dictionary`'s hash.
struct KeyFilter: Sendable {
    private var bits: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

    private static func bit(_ key: UInt64) -> (word: Int, mask: UInt64) {
        let hash = (key &* 0x9E37_79B9_7F4A_7C15) >> 56
        return (Int(hash >> 6), 1 << (hash & 63))
    }

    mutating func insert(_ key: UInt64) {
        let (word, mask) = Self.bit(key)
        switch word {
        case 0: bits.0 |= mask
        case 1: bits.1 |= mask
        case 2: bits.2 |= mask
        default: bits.3 |= mask
        }
    }

    func mayContain(_ key: UInt64) -> Bool {
        let (word, mask) = Self.bit(key)
        let bits = switch word {
        case 0: self.bits.0
        case 1: self.bits.1
        case 2: self.bits.2
        default: self.bits.3
        }
        return bits & mask != 0
    }
}
