/// Bits packed least significant first, as DEFLATE stores them, into a buffer of our own: codes are
/// gathered in a 64-bit word and stored eight bytes at a time (one unaligned store per symbol instead
/// of an append per byte). Callers ``reserve(_:)`` room before a block; then ``add(_:count:)`` and
/// ``flush()`` need no checks.
struct BitWriter: ~Copyable {
    private var storage: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// Whole bytes written so far.
    private(set) var byteCount = 0
    private var buffer: UInt64 = 0
    private var used = 0

    init(capacity: Int = 256) {
        self.capacity = max(capacity, 64)
        storage = UnsafeMutablePointer<UInt8>.allocate(capacity: self.capacity)
    }

    deinit { storage.deallocate() }

    /// Bits written so far, including those still in the word.
    var bitCount: Int { byteCount * 8 + used }

    /// Makes room for `bytes` more bytes (and the eight a ``flush()`` may store past them).
    mutating func reserve(_ bytes: Int) {
        let needed = byteCount + bytes + 16
        guard needed > capacity else { return }
        let grown = max(needed, capacity * 2)
        let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
        larger.update(from: storage, count: byteCount)
        storage.deallocate()
        storage = larger
        capacity = grown
    }

    /// Adds the low `count` bits of `bits` to the word; at most 56 bits may wait before a ``flush()``.
    @inline(__always) mutating func add(_ bits: UInt64, count: Int) {
        buffer |= bits &<< UInt64(used)
        used &+= count
    }

    /// Stores the word's whole bytes; at most seven bits stay behind.
    @inline(__always) mutating func flush() {
        UnsafeMutableRawPointer(storage + byteCount).storeBytes(of: buffer.littleEndian, as: UInt64.self)
        let whole = used & ~7
        byteCount &+= whole &>> 3
        buffer = buffer &>> UInt64(whole)  // whole < 64: at most 63 bits wait
        used &= 7
    }

    /// The writing position as a plain value, for a hot loop: kept in registers, where the writer's
    /// own fields would be loaded and stored for every symbol. Take it after ``reserve(_:)`` and hand
    /// it back with ``resume(_:)`` before using the writer again.
    struct Cursor {
        var output: UnsafeMutablePointer<UInt8>
        var buffer: UInt64
        /// Bits waiting in `buffer` (0-63), unsigned so a shift by it needs no check.
        var used: UInt64

        @inline(__always) mutating func add(_ bits: UInt64, count: Int) {
            buffer |= bits &<< used
            used &+= UInt64(truncatingIfNeeded: count)
        }

        /// ``add(_:count:)`` with the count as the word it is kept in (added straight from a table).
        @inline(__always) mutating func add(_ bits: UInt64, bitCount: UInt64) {
            buffer |= bits &<< used
            used &+= bitCount
        }

        @inline(__always) mutating func flush() {
            UnsafeMutableRawPointer(output).storeBytes(of: buffer.littleEndian, as: UInt64.self)
            let whole = used & ~7
            output += Int(truncatingIfNeeded: whole &>> 3)
            buffer = buffer &>> whole
            used &= 7
        }
    }

    /// The position for a ``Cursor``; room must have been reserved for all it writes.
    var cursor: Cursor { Cursor(output: storage + byteCount, buffer: buffer, used: UInt64(used)) }

    /// Continues after what `cursor` wrote.
    mutating func resume(_ cursor: Cursor) {
        byteCount = cursor.output - storage
        buffer = cursor.buffer
        used = Int(cursor.used)
    }

    /// Writes `count` (at most 32) bits of `value`; for headers, where speed does not matter.
    mutating func write(_ value: Int, count: Int) {
        reserve(8)
        add(UInt64(truncatingIfNeeded: value) & ((1 << UInt64(count)) - 1), count: count)
        flush()
    }

    /// Pads with zero bits to the next byte boundary (before a stored block's length).
    mutating func alignToByte() {
        used = (used + 7) & ~7
        reserve(8)
        flush()
    }

    /// Copies `bytes` after ``alignToByte()``.
    mutating func writeBytes(_ bytes: UnsafeBufferPointer<UInt8>) {
        precondition(used == 0, "stored bytes start on a byte boundary")
        reserve(bytes.count)
        if let base = bytes.baseAddress { (storage + byteCount).update(from: base, count: bytes.count) }
        byteCount += bytes.count
    }

    /// The bytes, the last one padded with zero bits.
    mutating func finish() -> [UInt8] {
        alignToByte()
        return Array(UnsafeBufferPointer(start: storage, count: byteCount))
    }
}
