/// The strings of one document, each distinct text made once: a parser that meets the same text
/// again (an id every table refers to, a name, a key such as `organisatieoverstijgend` in every
/// table of its kind) hands out the string it made before, which shares its storage, instead of
/// allocating another. A program that keeps the values (mja keeps the texts of every agenda for a
/// whole build) keeps each text once per document.
///
/// Texts of up to `inlineLimit` bytes are made as they are: a Swift `String` that short holds its
/// bytes in the value itself, so there is nothing to share. Every string handed out equals
/// `String(decoding: bytes, as: UTF8.self)` of the bytes asked for.
///
/// The hash is fixed, not seeded, so a document could be written to make many texts collide: a
/// lookup gives up after `probeLimit` slots and makes the string unshared, so no input makes the
/// parser slower than some dozens of comparisons per string. With the slots at most half full, a
/// text of an ordinary document is found within a few slots; one that lies further from its first
/// slot (after the slots are doubled) is made anew, equal and unshared.
struct SharedStrings {
    /// The longest text a `String` keeps inline on a 64-bit platform.
    static let inlineLimit = 15
    /// How many occupied slots a lookup passes before it gives up on sharing.
    static let probeLimit = 64

    /// Open addressing, a power of two long: 0 is an empty slot, n the string at index n - 1.
    private var slots: [Int32] = []
    private var strings: [String] = []
    private var hashes: [UInt64] = []

    /// How many distinct texts are held.
    var count: Int { strings.count }

    /// The string of `bytes` (invalid UTF-8 repaired as `String(decoding:as:)` does), the one made
    /// before when the same bytes were asked for.
    mutating func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard bytes.count > Self.inlineLimit else { return String(decoding: bytes, as: UTF8.self) }
        if strings.count * 2 >= slots.count { grow() }
        let hash = Self.hash(bytes)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        var probes = 0
        while slots[slot] != 0 {
            let index = Int(slots[slot]) - 1
            // Equal bytes mean an equal string: the stored string is valid UTF-8, so bytes equal
            // to it are too, and decode to the same text.
            if hashes[index] == hash && Self.bytes(of: strings[index], equal: bytes) { return strings[index] }
            probes += 1
            if probes == Self.probeLimit { return String(decoding: bytes, as: UTF8.self) }
            slot = (slot + 1) & mask
        }
        let string = String(decoding: bytes, as: UTF8.self)
        guard strings.count < Int32.max - 1 else { return string }
        slots[slot] = Int32(strings.count + 1)
        strings.append(string)
        hashes.append(hash)
        return string
    }

    /// Doubles the slots (from 64) and places every string again.
    private mutating func grow() {
        let capacity = max(64, slots.count * 2)
        slots = Array(repeating: 0, count: capacity)
        let mask = capacity - 1
        for index in hashes.indices {
            var slot = Int(truncatingIfNeeded: hashes[index]) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index + 1)
        }
    }

    /// A hash of at least 8 bytes, eight at a time: each word mixed in with a multiply and a shift,
    /// the last (partial) word read as the final eight bytes, overlapping the one before, and the
    /// whole finished as MurmurHash3's `fmix64` does, so that every byte moves the low bits the slot
    /// is taken from (texts that differ only in their last bytes, `...-1`, `...-2`, must not crowd).
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let raw = UnsafeRawBufferPointer(bytes)
        let count = raw.count
        var hash = UInt64(truncatingIfNeeded: count) &* 0x9E37_79B9_7F4A_7C15
        var offset = 0
        while offset + 8 < count {
            hash = (hash ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
            hash ^= hash >> 32
            offset += 8
        }
        hash ^= raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
        hash = (hash ^ (hash >> 33)) &* 0xFF51_AFD7_ED55_8CCD
        hash = (hash ^ (hash >> 33)) &* 0xC4CE_B9FE_1A85_EC53
        return hash ^ (hash >> 33)
    }

    /// Whether the UTF-8 of `string` is `bytes`, compared eight bytes at a time.
    private static func bytes(of string: String, equal bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let equal = string.utf8.withContiguousStorageIfAvailable { stored -> Bool in
            guard stored.count == bytes.count else { return false }
            let (a, b) = (UnsafeRawBufferPointer(stored), UnsafeRawBufferPointer(bytes))
            var offset = 0
            while offset + 8 <= a.count {
                if a.loadUnaligned(fromByteOffset: offset, as: UInt64.self) != b.loadUnaligned(fromByteOffset: offset, as: UInt64.self) {
                    return false
                }
                offset += 8
            }
            while offset < a.count {
                if a[offset] != b[offset] { return false }
                offset += 1
            }
            return true
        }
        return equal ?? string.utf8.elementsEqual(bytes)
    }
}
