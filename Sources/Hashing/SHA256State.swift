/// The eight working words of SHA-256 between blocks (FIPS 180-4 section 6.2): what HMAC keeps after
/// the key's block, so that each of PBKDF2's iterations starts from it instead of hashing the key again.
///
/// The words are stored properties, not an array: copying a state is copying eight integers, with no
/// allocation, which is what PBKDF2 does twice per iteration.
struct SHA256State: Sendable, Equatable {
    var h0: UInt32 = 0x6a09e667
    var h1: UInt32 = 0xbb67ae85
    var h2: UInt32 = 0x3c6ef372
    var h3: UInt32 = 0xa54ff53a
    var h4: UInt32 = 0x510e527f
    var h5: UInt32 = 0x9b05688c
    var h6: UInt32 = 0x1f83d9ab
    var h7: UInt32 = 0x5be0cd19

    /// The initial hash value H(0) of SHA-256.
    init() {}

    /// Compresses the 64 bytes at `block`, read as sixteen big-endian words.
    mutating func compress(_ block: UnsafePointer<UInt8>) {
        @inline(__always) func word(_ index: Int) -> UInt32 {
            let base = block + index &* 4
            return UInt32(base[0]) &<< 24 | UInt32(base[1]) &<< 16 | UInt32(base[2]) &<< 8 | UInt32(base[3])
        }
        compress(
            word(0), word(1), word(2), word(3), word(4), word(5), word(6), word(7),
            word(8), word(9), word(10), word(11), word(12), word(13), word(14), word(15))
    }

    /// The digest: the eight words as 32 big-endian bytes.
    var bytes: [UInt8] {
        var digest = [UInt8]()
        digest.reserveCapacity(32)
        for word in [h0, h1, h2, h3, h4, h5, h6, h7] {
            digest.append(UInt8(truncatingIfNeeded: word &>> 24))
            digest.append(UInt8(truncatingIfNeeded: word &>> 16))
            digest.append(UInt8(truncatingIfNeeded: word &>> 8))
            digest.append(UInt8(truncatingIfNeeded: word))
        }
        return digest
    }
}
