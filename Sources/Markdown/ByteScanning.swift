#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Searches through UTF-8 bytes. Splitting the input into lines and checking it for U+0000 look
/// at every byte of the document, so they use C's `memchr`, which looks at many bytes per
/// instruction: those passes are then a small part of parsing instead of a tenth of it.
/// (Checking each byte in Swift, even eight at a time, cost about four instructions a byte.)
enum ByteScanning {
    /// The index of the first `byte` at or after `start`, or the count.
    @inline(__always) static func index(of byte: UInt8, in buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = buffer.baseAddress, start < buffer.count,
              let found = memchr(base + start, Int32(byte), buffer.count - start) else { return buffer.count }
        return UnsafeRawPointer(found) - UnsafeRawPointer(base)
    }

    /// Whether `buffer` contains `byte`.
    static func contains(_ byte: UInt8, in buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        index(of: byte, in: buffer, from: 0) < buffer.count
    }
}
