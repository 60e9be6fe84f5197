/// FNV-1a (Fowler, Noll, Vo; draft-eastlake-fnv): a multiply and an exclusive or per byte, the same numbers on
/// every run and machine, unlike Swift's `Hasher`, which is seeded per process. Not for security: for digests
/// that tell whether bytes are unchanged, for names made from content, and for tables of fixed keys.
public enum FNV1a {
    public static let offset64: UInt64 = 0xcbf2_9ce4_8422_2325
    public static let prime64: UInt64 = 0x100_0000_01b3
    public static let offset32: UInt32 = 2_166_136_261
    public static let prime32: UInt32 = 16_777_619

    /// `hash` with one more byte: for callers that mix bytes from several places into one hash.
    @inlinable
    public static func step(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte)) &* prime64
    }

    /// The 64-bit hash of `bytes`.
    @inlinable
    public static func hash64(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var hash = offset64
        for byte in bytes { hash = step(hash, byte) }
        return hash
    }

    /// The 32-bit hash of `bytes`.
    @inlinable
    public static func hash32(_ bytes: some Sequence<UInt8>) -> UInt32 {
        var hash = offset32
        for byte in bytes { hash = (hash ^ UInt32(byte)) &* prime32 }
        return hash
    }
}
