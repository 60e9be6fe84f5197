extension ZipWriter.PreparedEntry {
    /// An entry whose content was checked and compressed ahead, piece by piece (``ZipWriter/StreamedEntry``).
    init(crc: UInt32, method: ZipWriter.Method, data: [UInt8], size: Int) {
        self.crc = crc
        self.method = method
        self.data = data
        self.size = size
    }
}

extension ZipWriter {
    /// An entry's content compressed as it is written, in pieces, so a large part (the signal
    /// report's Word body, 38 MB at 100 times the national content) is never held whole: its
    /// checksum and DEFLATE stream (``DeflateStream``) are the same as those of the whole bytes, and
    /// so is the ``PreparedEntry`` it gives.
    final class StreamedEntry {
        private var crc = CRC32()
        private let deflate = DeflateStream()

        /// An entry with no content yet.
        init() {}

        /// Bytes appended so far.
        var count: Int { deflate.count }

        /// Adds `bytes` to the content.
        func append(_ bytes: UnsafeBufferPointer<UInt8>) {
            crc.update(bytes)
            deflate.append(bytes)
        }

        /// The entry, as ``PreparedEntry/init(_:method:)`` makes it of the whole content: deflated,
        /// or stored when DEFLATE is not smaller. The bytes are not kept, so a stored entry gets
        /// them back from its stream (which holds a part of XML never: it always compresses).
        func finish() -> PreparedEntry {
            let size = deflate.count
            let compressed = deflate.finish()
            if compressed.count < size { return PreparedEntry(crc: crc.value, method: .deflated, data: compressed, size: size) }
            // Our own stream always inflates back to what went in; if it ever did not, an entry of no
            // bytes under the content's CRC would be written without a word, so stop instead.
            guard let bytes = Inflate.decompress(compressed, limit: size, reserving: size), bytes.count == size else {
                preconditionFailure("a streamed ZIP entry's own DEFLATE stream did not inflate back to its \(size) bytes")
            }
            return PreparedEntry(crc: crc.value, method: .stored, data: bytes, size: size)
        }
    }
}
