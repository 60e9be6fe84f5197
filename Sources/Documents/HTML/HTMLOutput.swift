#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A growable buffer of UTF-8 bytes, freed when it goes away.
///
/// Its memory is `malloc`'s and grows with `realloc`: a large buffer (the Word body of the signal
/// report at 100 times the content, 38 MB) then moves its pages instead of being copied, so it is
/// not held twice, old and new, each time it doubles.
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
        base = Self.allocate(self.capacity)
    }

    deinit { free(base) }

    private static func allocate(_ capacity: Int) -> UnsafeMutablePointer<UInt8> {
        guard let memory = malloc(capacity) else { fatalError("out of memory for \(capacity) bytes") }
        return memory.assumingMemoryBound(to: UInt8.self)
    }

    /// The bytes it can hold before it grows.
    var reserved: Int { capacity }

    /// The last byte written, or nil when nothing has been.
    var last: UInt8? { count > 0 ? base[count - 1] : nil }

    @inline(__always) mutating func append(_ byte: UInt8) {
        if count == capacity { grow(to: count + 1) }
        base[count] = byte
        count += 1
    }

    @inline(__always) mutating func append(_ bytes: UnsafePointer<UInt8>, count length: Int) {
        if count + length > capacity { grow(to: count + length) }
        Self.copy(bytes, to: base + count, count: length)
        count += length
    }

    /// Makes room for `extra` more bytes after those written.
    @inline(__always) mutating func reserve(_ extra: Int) {
        if count &+ extra > capacity { grow(to: count &+ extra) }
    }

    /// Where the next byte goes, and the end of the room reserved: for a writer that stores its
    /// bytes itself and then counts them with ``commit(upTo:)`` (``HTMLEscaping``, which stores
    /// sixteen bytes of text at a time and keeps its place in a register rather than in this buffer).
    /// Valid until the buffer next grows.
    var end: UnsafeMutablePointer<UInt8> { base + count }
    var limit: UnsafeMutablePointer<UInt8> { base + capacity }

    /// Counts the bytes stored from ``end`` up to `newEnd` (at most ``limit``) as written.
    @inline(__always) mutating func commit(upTo newEnd: UnsafeMutablePointer<UInt8>) {
        assert(newEnd >= base + count && newEnd <= base + capacity, "bytes stored outside the room")
        count = newEnd - base
    }

    /// Copies `length` bytes. Most pieces the writers append are short (a tag, a word between two
    /// marks): up to 32 bytes are copied with at most four loads and four stores that may overlap,
    /// where a `memcpy` call each cost about as much as the whole append. Longer ones go to `memcpy`.
    @inline(__always) static func copy(_ source: UnsafePointer<UInt8>, to target: UnsafeMutablePointer<UInt8>, count length: Int) {
        let from = UnsafeRawPointer(source), to = UnsafeMutableRawPointer(target)
        if length >= 8 {
            guard length <= 32 else {
                target.update(from: source, count: length)
                return
            }
            // The first and the last 8 (or 16) bytes; they overlap when the piece is shorter.
            let tail = length - 8
            if length > 16 {
                let first = from.loadUnaligned(as: UInt64.self), second = from.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
                let third = from.loadUnaligned(fromByteOffset: tail - 8, as: UInt64.self)
                let fourth = from.loadUnaligned(fromByteOffset: tail, as: UInt64.self)
                to.storeBytes(of: first, as: UInt64.self)
                to.storeBytes(of: second, toByteOffset: 8, as: UInt64.self)
                to.storeBytes(of: third, toByteOffset: tail - 8, as: UInt64.self)
                to.storeBytes(of: fourth, toByteOffset: tail, as: UInt64.self)
            } else {
                let first = from.loadUnaligned(as: UInt64.self), last = from.loadUnaligned(fromByteOffset: tail, as: UInt64.self)
                to.storeBytes(of: first, as: UInt64.self)
                to.storeBytes(of: last, toByteOffset: tail, as: UInt64.self)
            }
        } else if length >= 4 {
            let first = from.loadUnaligned(as: UInt32.self), last = from.loadUnaligned(fromByteOffset: length - 4, as: UInt32.self)
            to.storeBytes(of: first, as: UInt32.self)
            to.storeBytes(of: last, toByteOffset: length - 4, as: UInt32.self)
        } else if length > 0 {
            // One to three bytes: the first, the middle and the last (the same byte when fewer).
            let first = source[0], middle = source[length >> 1], last = source[length - 1]
            target[0] = first
            target[length >> 1] = middle
            target[length - 1] = last
        }
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

    /// Four times as large while small, twice after: an HTML fragment of a document starts at
    /// 4 KB and took four `realloc`s (each a copy) to reach 64 KB, now two; a large part does not
    /// reserve far more than it fills.
    private mutating func grow(to minimum: Int) {
        resize(to: max(minimum, capacity < Self.quadruplingLimit ? capacity * 4 : capacity * 2))
    }

    /// Below this capacity the buffer grows fourfold.
    static let quadruplingLimit = 1 << 18

    private mutating func resize(to newCapacity: Int) {
        guard let memory = realloc(base, newCapacity) else { fatalError("out of memory for \(newCapacity) bytes") }
        base = memory.assumingMemoryBound(to: UInt8.self)
        capacity = newCapacity
    }

    /// The bytes written so far (valid until the next append).
    var buffer: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

    /// Forgets the bytes written, keeping the memory for the next ones.
    mutating func removeAll() { count = 0 }

    /// The bytes as an array.
    func bytes() -> [UInt8] { Array(buffer) }

    /// The bytes as an array, the buffer emptied and its memory given back as the array fills:
    /// copied a piece at a time from the end, the buffer cut behind each piece, so the bytes are
    /// held once and a piece, not twice (the signal report's Word body at 100 times the content
    /// is 38 MB, its buffer had grown to 64). For a large part that is taken once.
    mutating func takeBytes() -> [UInt8] {
        takeBytes(observing: nil)
    }

    /// ``takeBytes()``; `observe` sees the bytes copied and the buffer's capacity after each cut (for tests).
    mutating func takeBytes(observing observe: ((_ copied: Int, _ reserved: Int) -> Void)?) -> [UInt8] {
        let total = count
        let bytes = [UInt8](unsafeUninitializedCapacity: total) { target, initialized in
            var end = total
            while end > 0 {
                let start = max(0, end - Self.takenPiece)
                (target.baseAddress! + start).initialize(from: base + start, count: end - start)
                end = start
                resize(to: max(end, 64))
                observe?(total - end, capacity)
            }
            initialized = total
        }
        resize(to: 64)
        count = 0
        return bytes
    }

    /// How many bytes ``takeBytes()`` copies before it cuts the buffer.
    static let takenPiece = 1 << 20

    /// The bytes as a string (see ``MostlyASCII``).
    func string() -> String { MostlyASCII.string(UnsafeBufferPointer(start: base, count: count)) }
}
