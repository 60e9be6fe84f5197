/// Writes a ZIP archive (PKWARE APPNOTE 6.3) in memory: entries stored or deflated (``Deflate``),
/// names in UTF-8 (general purpose flag bit 11), every timestamp 1980-01-01 00:00 so the same
/// entries give the same bytes, no ZIP64. Names that could leave the archive's folder are refused.
public struct ZipWriter: Sendable {
    /// How an entry's bytes are kept.
    public enum Method: UInt16, Sendable {
        /// As they are (method 0).
        case stored = 0
        /// Compressed with DEFLATE (method 8); kept stored when that would not be smaller.
        case deflated = 8
    }

    private var archive: [UInt8] = []
    private var central: [UInt8] = []
    private var names: Set<String> = []
    private var count = 0

    /// The DOS date of 1980-01-01 (day 1, month 1, year 1980 + 0); the time is 00:00:00.
    static let dosDate: UInt16 = (1 << 5) | 1
    /// Flag bit 11: the name is UTF-8.
    static let utf8Flag: UInt16 = 1 << 11

    /// An empty archive.
    public init() {}

    /// An entry's content made ready ahead: its checksum and its bytes compressed, so a part that
    /// many archives hold alike (a PowerPoint master, a theme) is compressed once.
    public struct PreparedEntry: Sendable {
        let crc: UInt32
        let method: Method
        let data: [UInt8]
        let size: Int

        /// `bytes` compressed with `method` (kept stored when DEFLATE would not make them smaller).
        public init(_ bytes: [UInt8], method: Method = .deflated) {
            crc = CRC32.checksum(bytes)
            size = bytes.count
            if method == .deflated {
                let compressed = Deflate.compress(bytes)
                (self.method, data) = compressed.count < bytes.count ? (.deflated, compressed) : (.stored, bytes)
            } else {
                (self.method, data) = (.stored, bytes)
            }
        }
    }

    /// Adds an entry named `name` (a relative `/`-separated path) with `bytes`.
    public mutating func add(_ name: String, _ bytes: [UInt8], method: Method = .deflated) throws(ZipError) {
        guard bytes.count < 0xFFFF_FFFF else { throw .tooLarge }
        try add(name, prepared: PreparedEntry(bytes, method: method))
    }

    /// Adds an entry named `name` with content prepared ahead.
    public mutating func add(_ name: String, prepared entry: PreparedEntry) throws(ZipError) {
        guard ZipEntryName.isSafe(name) else { throw .unsafeName(name) }
        guard !names.contains(name) else { throw .duplicateName(name) }
        guard entry.size < 0xFFFF_FFFF, archive.count < 0xFFFF_FFFF, count < 0xFFFF else { throw .tooLarge }
        names.insert(name)
        count += 1
        let crc = entry.crc, kept = entry.method, data = entry.data
        let offset = UInt32(archive.count)
        let nameBytes = Array(name.utf8)
        // Local file header.
        archive.le32(0x0403_4B50)
        archive.le16(20); archive.le16(Self.utf8Flag); archive.le16(kept.rawValue)
        archive.le16(0); archive.le16(Self.dosDate)
        archive.le32(crc); archive.le32(UInt32(data.count)); archive.le32(UInt32(entry.size))
        archive.le16(UInt16(nameBytes.count)); archive.le16(0)
        archive += nameBytes
        archive += data
        // Central directory header.
        central.le32(0x0201_4B50)
        central.le16(20); central.le16(20); central.le16(Self.utf8Flag); central.le16(kept.rawValue)
        central.le16(0); central.le16(Self.dosDate)
        central.le32(crc); central.le32(UInt32(data.count)); central.le32(UInt32(entry.size))
        central.le16(UInt16(nameBytes.count)); central.le16(0); central.le16(0)
        central.le16(0); central.le16(0); central.le32(0); central.le32(offset)
        central += nameBytes
    }

    /// The archive: the entries, the central directory and its end record.
    public func finish() throws(ZipError) -> [UInt8] {
        guard archive.count + central.count < 0xFFFF_FFFF else { throw .tooLarge }
        var result = archive
        result.reserveCapacity(archive.count + central.count + 22)
        result += central
        result.le32(0x0605_4B50)
        result.le16(0); result.le16(0)
        result.le16(UInt16(count)); result.le16(UInt16(count))
        result.le32(UInt32(central.count)); result.le32(UInt32(archive.count))
        result.le16(0)
        return result
    }
}

extension Array where Element == UInt8 {
    /// Appends `value` little-endian in two bytes.
    mutating func le16(_ value: UInt16) {
        append(UInt8(value & 0xFF)); append(UInt8(value >> 8))
    }

    /// Appends `value` little-endian in four bytes.
    mutating func le32(_ value: UInt32) {
        for shift in stride(from: 0, to: 32, by: 8) { append(UInt8((value >> UInt32(shift)) & 0xFF)) }
    }

    /// Appends `value` big-endian in four bytes (PNG).
    mutating func be32(_ value: UInt32) {
        for shift in stride(from: 24, through: 0, by: -8) { append(UInt8((value >> UInt32(shift)) & 0xFF)) }
    }
}
