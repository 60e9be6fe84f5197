/// Where a file's bytes go as a writer makes them, in pieces and in order: a file being written, or
/// an array. A writer that hands its file on in pieces never holds the whole of it (at 100 times the
/// national content the signal report's PDF is 7.9 MB, and it was the build's peak).
///
/// Writing does not throw, so that the writers stay free of error paths: a sink that cannot take
/// the bytes (a full disk, a folder gone) keeps its first error and drops the rest, and whoever made
/// the sink throws that error once the writer is done.
public protocol ByteSink: AnyObject {
    /// Takes the next `bytes` of the file.
    func write(_ bytes: UnsafeRawBufferPointer)
}

/// A sink that keeps every byte in an array: a file made in memory.
public final class ByteArraySink: ByteSink {
    /// The bytes written so far.
    public private(set) var bytes: [UInt8] = []

    /// An empty sink.
    public init() {}

    public func write(_ bytes: UnsafeRawBufferPointer) {
        self.bytes.append(contentsOf: bytes)
    }

    /// The bytes written, leaving the sink empty (no copy of them).
    public func take() -> [UInt8] {
        defer { bytes = [] }
        return bytes
    }
}
