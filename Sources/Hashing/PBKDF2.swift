/// PBKDF2 (RFC 8018 section 5.2), the key derivation that turns a password into a hash slow enough
/// to guess: each block of output costs `iterations` HMAC computations.
public enum PBKDF2 {
    /// PBKDF2 with HMAC-SHA-256: `length` bytes derived from `password` and `salt`.
    ///
    /// An `iterations` below 1 counts as 1 and a `length` below 1 gives no bytes: the callers check
    /// their numbers before (an accounts file with 0 iterations is an error with its line, not a call).
    ///
    /// The HMAC states of the password are computed once; every iteration then costs exactly two
    /// compressions of SHA-256 on eight words kept in local variables, with no allocation: the
    /// 600,000 iterations of a sign-in are 1.2 million compressions and nothing else.
    public static func sha256(password: [UInt8], salt: [UInt8], iterations: Int, length: Int) -> [UInt8] {
        guard length > 0 else { return [] }
        let key = HMACKey(password)
        let rounds = max(iterations, 1)
        var derived = [UInt8]()
        derived.reserveCapacity(length + SHA256.digestSize)
        var blockIndex: UInt32 = 1
        while derived.count < length {
            let indexBytes = [24, 16, 8, 0].map { UInt8(truncatingIfNeeded: blockIndex &>> UInt32($0)) }
            let first = key.authenticationCode(salt + indexBytes)
            derived += block(key: key, first: first, iterations: rounds)
            blockIndex &+= 1
        }
        return Array(derived.prefix(length))
    }

    /// T_i = U_1 XOR U_2 XOR ... XOR U_c, where U_1 is `first` and U_j = HMAC(password, U_(j-1)).
    ///
    /// U_(j-1) is 32 bytes, so each HMAC is one block for the inner hash (the 32 bytes, the padding
    /// and the length 64 + 32 bytes = 768 bits) and one for the outer (the inner digest, the same
    /// padding and length): the padding words are constants.
    private static func block(key: HMACKey, first: [UInt8], iterations: Int) -> [UInt8] {
        let words = SHA256State(digest: first)
        var u0 = words.h0, u1 = words.h1, u2 = words.h2, u3 = words.h3
        var u4 = words.h4, u5 = words.h5, u6 = words.h6, u7 = words.h7
        var t = words
        let padding: UInt32 = 0x8000_0000, bits: UInt32 = (64 + 32) * 8
        var remaining = iterations - 1
        while remaining > 0 {
            var inner = key.inner
            inner.compress(u0, u1, u2, u3, u4, u5, u6, u7, padding, 0, 0, 0, 0, 0, 0, bits)
            var outer = key.outer
            outer.compress(
                inner.h0, inner.h1, inner.h2, inner.h3, inner.h4, inner.h5, inner.h6, inner.h7,
                padding, 0, 0, 0, 0, 0, 0, bits)
            u0 = outer.h0; u1 = outer.h1; u2 = outer.h2; u3 = outer.h3
            u4 = outer.h4; u5 = outer.h5; u6 = outer.h6; u7 = outer.h7
            t.h0 ^= u0; t.h1 ^= u1; t.h2 ^= u2; t.h3 ^= u3
            t.h4 ^= u4; t.h5 ^= u5; t.h6 ^= u6; t.h7 ^= u7
            remaining -= 1
        }
        return t.bytes
    }
}

extension SHA256State {
    /// The eight words of a 32-byte digest, read big-endian (the reverse of `bytes`).
    init(digest: [UInt8]) {
        func word(_ index: Int) -> UInt32 {
            (0..<4).reduce(0) { $0 &<< 8 | UInt32(digest[index * 4 + $1]) }
        }
        self.init()
        h0 = word(0); h1 = word(1); h2 = word(2); h3 = word(3)
        h4 = word(4); h5 = word(5); h6 = word(6); h7 = word(7)
    }
}
