#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
    ///
    /// Only the count and the bytes at both ends are hashed, at most ``hashedEnd`` of each, and two
    /// keys are compared with `memcmp` (issue 38, sixth round: hashing every byte of the 1 771 small
    /// parts of a national build and comparing them byte by byte as arrays cost 16 million
    /// instructions). Equal bytes hash alike, so a part is found whenever it is kept; parts that
    /// differ only in their middle share a hash and are told apart by the comparison. The small
    /// parts of a build that are alike in count and ends are few (they differ in their numbers of
    /// slides, charts or sheets, which change their length).
    struct PartBytes: Hashable, Sendable {
        var bytes: [UInt8]

        /// How many bytes at each end of a part its hash reads.
        static let hashedEnd = 128

        func hash(into hasher: inout Hasher) {
            hasher.combine(bytes.count)
            bytes.withUnsafeBytes { all in
                if all.count <= 2 * Self.hashedEnd {
                    hasher.combine(bytes: all)
                } else {
                    hasher.combine(bytes: UnsafeRawBufferPointer(rebasing: all[..<Self.hashedEnd]))
                    hasher.combine(bytes: UnsafeRawBufferPointer(rebasing: all[(all.count - Self.hashedEnd)...]))
                }
            }
        }

        static func == (left: Self, right: Self) -> Bool {
            guard left.bytes.count == right.bytes.count else { return false }
            return left.bytes.withUnsafeBytes { first in
                right.bytes.withUnsafeBytes { second in
                    guard let a = first.baseAddress, let b = second.baseAddress else { return true }
                    return memcmp(a, b, first.count) == 0
                }
            }
        }
    }
}
