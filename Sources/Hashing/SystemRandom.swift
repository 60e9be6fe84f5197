/// Random bytes from the operating system's cryptographic source, for salts and session ids.
public enum SystemRandom {
    /// `count` random bytes (none for a count below 1).
    ///
    /// They come from the standard library's `SystemRandomNumberGenerator`, which on Linux calls
    /// `getrandom(2)` (blocking only until the kernel's pool was seeded once, at boot) and reads
    /// `/dev/urandom` where that call is missing; Glibc's module does not import `getrandom` itself.
    /// Should neither source work, the generator stops the program: predictable salts or session ids
    /// would be worse than no server.
    public static func bytes(_ count: Int) -> [UInt8] {
        guard count > 0 else { return [] }
        var generator = SystemRandomNumberGenerator()
        var bytes = [UInt8]()
        bytes.reserveCapacity(count + 7)
        while bytes.count < count {
            let word = generator.next()
            for shift in stride(from: 0, to: 64, by: 8) {
                bytes.append(UInt8(truncatingIfNeeded: word &>> UInt64(shift)))
            }
        }
        return Array(bytes.prefix(count))
    }
}
