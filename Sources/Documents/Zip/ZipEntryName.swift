/// The rule for entry names, the same for writing and reading: a relative path of `/`-separated
/// parts, none empty, `.` or `..`, no `\`, no drive letter, no control character. Such a name
/// cannot leave the folder the archive is extracted to.
enum ZipEntryName {
    /// Whether `name` is safe to write and to extract.
    static func isSafe(_ name: String) -> Bool {
        guard !name.isEmpty, !name.hasPrefix("/"), name.utf8.count <= 0xFFFF else { return false }
        if name.unicodeScalars.contains(where: { $0 == "\\" || $0 == ":" || $0.value < 0x20 || $0.value == 0x7F }) { return false }
        // A folder entry ends in `/`; every part before it must be a real name.
        let parts = name.hasSuffix("/") ? name.dropLast().split(separator: "/", omittingEmptySubsequences: false)
            : name.split(separator: "/", omittingEmptySubsequences: false)
        return parts.allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." }
    }
}
