/// HMAC with SHA-256 (RFC 2104, FIPS 198-1): a 32-byte code that proves a message was made by
/// someone holding the key.
public enum HMACSHA256 {
    /// The HMAC-SHA-256 code of `message` under `key` (32 bytes). A key longer than a block (64 bytes)
    /// is hashed first, as RFC 2104 says.
    public static func authenticationCode(key: [UInt8], message: [UInt8]) -> [UInt8] {
        HMACKey(key).authenticationCode(message)
    }
}

/// A key with its HMAC states worked out: SHA-256 after the block `key XOR ipad` and after the block
/// `key XOR opad`. PBKDF2 computes these once per password instead of once per iteration.
struct HMACKey: Sendable {
    /// The state after compressing `key XOR 0x36...`.
    let inner: SHA256State
    /// The state after compressing `key XOR 0x5c...`.
    let outer: SHA256State

    init(_ key: [UInt8]) {
        var block = key.count > SHA256.blockSize ? SHA256.hash(key) : key
        block.append(contentsOf: repeatElement(0, count: SHA256.blockSize - block.count))
        var inner = SHA256State(), outer = SHA256State()
        inner.compress(block.map { $0 ^ 0x36 })
        outer.compress(block.map { $0 ^ 0x5c })
        self.inner = inner
        self.outer = outer
    }

    /// The code of `message`.
    func authenticationCode(_ message: [UInt8]) -> [UInt8] {
        var innerHasher = SHA256Hasher(state: inner, length: UInt64(SHA256.blockSize))
        innerHasher.update(message)
        var outerHasher = SHA256Hasher(state: outer, length: UInt64(SHA256.blockSize))
        outerHasher.update(innerHasher.finalize())
        return outerHasher.finalize()
    }
}

extension SHA256State {
    /// Compresses one whole block held in an array of exactly 64 bytes (as `HMACKey` makes them).
    mutating func compress(_ block: [UInt8]) {
        block.withUnsafeBufferPointer { compress($0.baseAddress!) }
    }
}
