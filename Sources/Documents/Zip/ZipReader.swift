/// Reads a ZIP archive from memory through its central directory: the entries in order with their
/// content, stored or deflated, checked against their CRC-32. For tests and small imports; it
/// inflates every entry, within one `limit` for all of them together. A reader that needs only
/// some parts uses ``ZipArchive``. No ZIP64, no encryption, no multi-disk archives.
public struct ZipReader: Sendable {
    /// One entry of the archive.
    public struct Entry: Sendable, Equatable {
        /// The name as written (UTF-8).
        public var name: String
        /// The compression method: 0 stored, 8 deflated.
        public var method: UInt16
        /// The general purpose flags.
        public var flags: UInt16
        /// The DOS date and time, as written.
        public var date: UInt16, time: UInt16
        /// The uncompressed content.
        public var bytes: [UInt8]
    }

    /// The entries in central-directory order.
    public let entries: [Entry]

    /// Reads `bytes`; throws when they are not a readable archive (see ``ZipArchive``), an entry
    /// has a wrong checksum, or all entries together inflate past `limit` bytes.
    public init(_ bytes: [UInt8], limit: Int = 1 << 30) throws(ZipError) {
        let archive = try ZipArchive(bytes)
        var budget = limit
        var entries: [Entry] = []
        for entry in archive.entries {
            let content = try archive.content(of: entry, budget: &budget)
            entries.append(Entry(name: entry.name, method: entry.method, flags: entry.flags, date: entry.date, time: entry.time, bytes: content))
        }
        self.entries = entries
    }

    /// The content of the entry named `name`, or nil.
    public subscript(name: String) -> [UInt8]? {
        entries.first { $0.name == name }?.bytes
    }
}

extension Array where Element == UInt8 {
    func u16(at offset: Int) -> UInt16 { UInt16(self[offset]) | UInt16(self[offset + 1]) << 8 }

    func u32(at offset: Int) -> UInt32 {
        UInt32(self[offset]) | UInt32(self[offset + 1]) << 8 | UInt32(self[offset + 2]) << 16 | UInt32(self[offset + 3]) << 24
    }
}
