/// SHA-256 of FIPS 180-4: a 32-byte digest of any sequence of bytes.
///
/// ```swift
/// SHA256.hash(Array("abc".utf8))  // ba 78 16 bf ... 15 ad
/// ```
public enum SHA256 {
    /// The size of a digest in bytes.
    public static let digestSize = 32
    /// The size of a block in bytes, which HMAC pads its key to.
    public static let blockSize = 64

    /// The SHA-256 digest of `bytes` (32 bytes).
    public static func hash<Bytes: Sequence>(_ bytes: Bytes) -> [UInt8] where Bytes.Element == UInt8 {
        var hasher = SHA256Hasher()
        hasher.update(bytes)
        return hasher.finalize()
    }
}

/// SHA-256 over input given in parts: `update` any number of times, then `finalize` once.
struct SHA256Hasher {
    private(set) var state: SHA256State
    /// The bytes of the block not yet compressed (fewer than 64).
    private var buffer: [UInt8]
    /// How many bytes went in so far, for the length at the end of the padding.
    private var length: UInt64

    /// A hasher starting from `state` after `length` bytes (HMAC starts after the key's block).
    init(state: SHA256State = SHA256State(), length: UInt64 = 0) {
        self.state = state
        self.buffer = []
        self.buffer.reserveCapacity(SHA256.blockSize)
        self.length = length
    }

    /// Adds `bytes` to the message.
    mutating func update<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        let handled: Void? = bytes.withContiguousStorageIfAvailable { update(contiguous: $0) }
        guard handled == nil else { return }
        for byte in bytes { append(byte) }
    }

    /// Adds bytes in one stretch of memory: whole blocks are compressed where they lie.
    private mutating func update(contiguous bytes: UnsafeBufferPointer<UInt8>) {
        guard var next = bytes.baseAddress else { return }
        let end = next + bytes.count
        while next < end && !buffer.isEmpty {
            append(next.pointee)
            next += 1
        }
        while end - next >= SHA256.blockSize {
            state.compress(next)
            length &+= UInt64(SHA256.blockSize)
            next += SHA256.blockSize
        }
        while next < end {
            append(next.pointee)
            next += 1
        }
    }

    private mutating func append(_ byte: UInt8) {
        buffer.append(byte)
        length &+= 1
        if buffer.count == SHA256.blockSize {
            buffer.withUnsafeBufferPointer { state.compress($0.baseAddress!) }
            buffer.removeAll(keepingCapacity: true)
        }
    }

    /// Pads the message (a 1 bit, zeros, the length in bits: FIPS 180-4 section 5.1.1) and returns
    /// the digest.
    mutating func finalize() -> [UInt8] {
        let bits = length &* 8
        buffer.append(0x80)
        if buffer.count > SHA256.blockSize - 8 {
            buffer.append(contentsOf: repeatElement(0, count: SHA256.blockSize - buffer.count))
            buffer.withUnsafeBufferPointer { state.compress($0.baseAddress!) }
            buffer.removeAll(keepingCapacity: true)
        }
        buffer.append(contentsOf: repeatElement(0, count: SHA256.blockSize - 8 - buffer.count))
        for shift in stride(from: 56, through: 0, by: -8) {
            buffer.append(UInt8(truncatingIfNeeded: bits &>> UInt64(shift)))
        }
        buffer.withUnsafeBufferPointer { state.compress($0.baseAddress!) }
        buffer.removeAll(keepingCapacity: true)
        return state.bytes
    }
}
