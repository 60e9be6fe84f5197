/// Reads a ZIP archive from memory through its central directory: the entries in order with their
/// content, stored or deflated, checked against their CRC-32. For tests and imports of files made
/// by office suites; no ZIP64, no encryption, no multi-disk archives.
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

    /// Reads `bytes`; throws when they are not a readable archive, an entry has an unsafe name, a
    /// method other than stored or deflated, or a wrong checksum.
    public init(_ bytes: [UInt8]) throws(ZipError) {
        guard bytes.count >= 22 else { throw .malformed("too short for an end record") }
        var end = bytes.count - 22
        while end >= 0 && bytes.u32(at: end) != 0x0605_4B50 { end -= 1 }
        guard end >= 0 else { throw .malformed("no end of central directory record") }
        let count = Int(bytes.u16(at: end + 10))
        var position = Int(bytes.u32(at: end + 16))
        var entries: [Entry] = []
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
            guard local + 30 <= bytes.count, bytes.u32(at: local) == 0x0403_4B50 else { throw .malformed("bad local header of \(name)") }
            let start = local + 30 + Int(bytes.u16(at: local + 26)) + Int(bytes.u16(at: local + 28))
            guard start + compressed <= bytes.count else { throw .malformed("data of \(name) past the end") }
            let data = Array(bytes[start..<(start + compressed)])
            let content: [UInt8]
            switch method {
            case 0: content = data
            case 8:
                guard let inflated = Inflate.decompress(data) else { throw .malformed("bad deflate data in \(name)") }
                content = inflated
            default: throw .unsupportedMethod(method)
            }
            guard content.count == size, CRC32.checksum(content) == crc else { throw .checksumMismatch(name) }
            entries.append(Entry(name: name, method: method, flags: flags, date: date, time: time, bytes: content))
            position += 46 + nameLength + skip
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
