/// A growable buffer of UTF-8 bytes, freed when it goes away.
///
/// The HTML writer appends many short pieces; `Array.append(contentsOf:)` costs several times a
/// capacity check and a `memcpy`, which is all this does. It cannot be copied (like ``BitWriter``):
/// a copy would share the memory, and the first to free it or grow it would leave the other
/// pointing at freed bytes.
struct HTMLOutput: ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int) {
        self.capacity = max(capacity, 64)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// The last byte written, or nil when nothing has been.
    var last: UInt8? { count > 0 ? base[count - 1] : nil }

    @inline(__always) mutating func append(_ byte: UInt8) {
        if count == capacity { grow(to: count + 1) }
        base[count] = byte
        count += 1
    }

    @inline(__always) mutating func append(_ bytes: UnsafePointer<UInt8>, count length: Int) {
        if count + length > capacity { grow(to: count + length) }
        (base + count).update(from: bytes, count: length)
        count += length
    }

    @inline(__always) mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        if let start = bytes.baseAddress { append(start, count: bytes.count) }
    }

    @inline(__always) mutating func append(_ text: StaticString) {
        append(text.utf8Start, count: text.utf8CodeUnitCount)
    }

    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }

    private mutating func grow(to minimum: Int) {
        let newCapacity = max(minimum, capacity * 2)
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBase.update(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }

    /// The bytes written so far (valid until the next append).
    var buffer: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

    /// Forgets the bytes written, keeping the memory for the next ones.
    mutating func removeAll() { count = 0 }

    /// The bytes as an array.
    func bytes() -> [UInt8] { Array(buffer) }

    /// The bytes as a string (see ``MostlyASCII``).
    func string() -> String { MostlyASCII.string(UnsafeBufferPointer(start: base, count: count)) }
}
