extension OfficePackage {
    /// A part of a package as the writer hands it to the ZIP: its bytes, compressed there and then,
    /// or its entry compressed ahead, once per process, because it is the same in many packages.
    enum Part {
        case bytes([UInt8])
        case prepared(ZipWriter.PreparedEntry)

        /// The part's bytes, for a reader of the parts (tests); a prepared part is not unpacked.
        var bytes: [UInt8]? {
            if case .bytes(let bytes) = self { bytes } else { nil }
        }
    }

    /// `docProps/app.xml`, compressed once for every Word, PowerPoint and Excel package.
    static let preparedApp = ZipWriter.PreparedEntry(Array(app.utf8))

    /// The theme, compressed once for every Word, PowerPoint and Excel package.
    static let preparedTheme = ZipWriter.PreparedEntry(Array(OfficeTheme.xml.utf8))

    /// A small part that many packages hold alike, compressed once and kept by its bytes: a
    /// slide's relationships (420 in a national build, 6 different), a chart's (one per chart
    /// number), the content types and presentation parts by their number of slides or charts.
    /// Hashing a few hundred bytes costs far less than compressing them (a compressor is set up
    /// for every part, however small).
    static func preparedSmallPart(_ bytes: [UInt8]) -> ZipWriter.PreparedEntry {
        smallParts.value(for: PartBytes(bytes: bytes)) { ZipWriter.PreparedEntry($0.bytes) }
    }

    /// The small parts compressed last: a few kinds of relationships, and the parts of each
    /// number of slides, charts and sheets of a build.
    private static let smallParts = MadeOnce<PartBytes, ZipWriter.PreparedEntry>(capacity: 256)

    /// A part's bytes as a key, hashed as one block of memory (an array of bytes hashes each
    /// byte on its own, several times slower).
    struct PartBytes: Hashable, Sendable {
        var bytes: [UInt8]

        func hash(into hasher: inout Hasher) {
            bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
        }
    }
}
