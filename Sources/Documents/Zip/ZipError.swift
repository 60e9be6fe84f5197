/// Why a ZIP archive could not be written or read.
public enum ZipError: Error, Equatable, Sendable {
    /// An entry name that is empty, absolute (`/a`, `C:a`), uses `\`, has an empty part, or has a
    /// part `.` or `..`: extracted, it could land outside the archive's folder.
    case unsafeName(String)
    /// Two entries with the same name.
    case duplicateName(String)
    /// An entry or the archive is past what a ZIP without ZIP64 holds (4 GiB, 65 535 entries),
    /// or reading it would inflate past the reader's budget.
    case tooLarge
    /// Two entries whose bytes overlap: the same data would be read as two parts.
    case overlappingEntries(String, String)
    /// The bytes are not a ZIP archive this reader understands; the text says where it failed.
    case malformed(String)
    /// An entry uses a compression method the reader does not know.
    case unsupportedMethod(UInt16)
    /// An entry's content does not match its CRC-32.
    case checksumMismatch(String)
}
