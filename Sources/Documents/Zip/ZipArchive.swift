/// A ZIP archive's central directory, read from memory without inflating anything: an entry's
/// content is inflated only when asked for, against a budget shared by every entry read. So a
/// file of a few kilobytes cannot make a reader hold gigabytes, and parts nobody asks for cost
/// nothing. Refuses what readers disagree on: two entries with the same name (one program reads
/// the first, another the last) and entries whose data overlap (one part counted twice).
public struct ZipArchive: Sendable {
    /// One entry of the directory, its content still in the archive.
    public struct Entry: Sendable, Equatable {
        /// The name as written (UTF-8).
        public var name: String
        /// The compression method: 0 stored, 8 deflated.
        public var method: UInt16
        /// The general purpose flags.
        public var flags: UInt16
        /// The DOS date and time, as written.
        public var date: UInt16, time: UInt16
        /// The CRC-32 of the content, as the directory says.
        public var crc: UInt32
        /// The size of the content, as the directory says.
        public var size: Int
        /// Where the stored data starts and how long it is.
        var dataStart: Int, compressedSize: Int
    }

    /// The entries in central-directory order.
    public let entries: [Entry]
    private let bytes: [UInt8]
    private let index: [String: Int]

    /// Reads the directory of `bytes`; throws when they are not a readable archive, an entry has an
    /// unsafe or repeated name, or two entries' data overlap.
    public init(_ bytes: [UInt8]) throws(ZipError) {
        guard bytes.count >= 22 else { throw .malformed("too short for an end record") }
        // The end record sits in the last 22 bytes plus at most a 65,535-byte comment.
        var end = bytes.count - 22
        let earliest = max(0, end - 0xFFFF)
        while end >= earliest && bytes.u32(at: end) != 0x0605_4B50 { end -= 1 }
        guard end >= earliest else { throw .malformed("no end of central directory record") }
        let count = Int(bytes.u16(at: end + 10))
        var position = Int(bytes.u32(at: end + 16))
        var entries: [Entry] = []
        var index: [String: Int] = [:]
        var extents: [(start: Int, end: Int, name: String)] = []
        for _ in 0..<count {
            guard position + 46 <= bytes.count, bytes.u32(at: position) == 0x0201_4B50 else { throw .malformed("bad central header at \(position)") }
            let flags = bytes.u16(at: position + 8), method = bytes.u16(at: position + 10)
            let time = bytes.u16(at: position + 12), date = bytes.u16(at: position + 14)
            let crc = bytes.u32(at: position + 16), compressed = Int(bytes.u32(at: position + 20))
            let size = Int(bytes.u32(at: position + 24))
            let nameLength = Int(bytes.u16(at: position + 28))
            let skip = Int(bytes.u16(at: position + 30)) + Int(bytes.u16(at: position + 32))
            let local = Int(bytes.u32(at: position + 42))
            guard position + 46 + nameLength <= bytes.count else { throw .malformed("name past the end") }
            let name = String(decoding: bytes[(position + 46)..<(position + 46 + nameLength)], as: UTF8.self)
            guard ZipEntryName.isSafe(name) else { throw .unsafeName(name) }
            guard index[name] == nil else { throw .duplicateName(name) }
            guard local + 30 <= bytes.count, bytes.u32(at: local) == 0x0403_4B50 else { throw .malformed("bad local header of \(name)") }
            let start = local + 30 + Int(bytes.u16(at: local + 26)) + Int(bytes.u16(at: local + 28))
            guard start + compressed <= bytes.count else { throw .malformed("data of \(name) past the end") }
            guard method == 0 || method == 8 else { throw .unsupportedMethod(method) }
            index[name] = entries.count
            extents.append((local, start + compressed, name))
            entries.append(Entry(name: name, method: method, flags: flags, date: date, time: time, crc: crc, size: size,
                                 dataStart: start, compressedSize: compressed))
            position += 46 + nameLength + skip
        }
        // Every entry owns its bytes, from its local header to the end of its data.
        extents.sort { $0.start < $1.start }
        for (first, second) in zip(extents, extents.dropFirst()) where second.start < first.end {
            throw .overlappingEntries(first.name, second.name)
        }
        self.entries = entries
        self.bytes = bytes
        self.index = index
    }

    /// The entry named `name`, or nil.
    public func entry(named name: String) -> Entry? { index[name].map { entries[$0] } }

    /// The content of `entry`, inflated and checked against its size and CRC-32; what it inflates
    /// to is taken from `budget`. Throws ``ZipError/tooLarge`` when the entry would exceed it
    /// (before inflating, when its size says so).
    public func content(of entry: Entry, budget: inout Int) throws(ZipError) -> [UInt8] {
        guard entry.size <= budget else { throw .tooLarge }
        let data = Array(bytes[entry.dataStart..<(entry.dataStart + entry.compressedSize)])
        let content: [UInt8]
        if entry.method == 0 {
            content = data
        } else {
            // Inflating past the size the directory states is a lie, not a bigger part: stop there.
            guard let inflated = Inflate.decompress(data, limit: entry.size, reserving: entry.size) else {
                throw .malformed("bad deflate data in \(entry.name)")
            }
            content = inflated
        }
        guard content.count == entry.size, CRC32.checksum(content) == entry.crc else { throw .checksumMismatch(entry.name) }
        budget -= content.count
        return content
    }
}
