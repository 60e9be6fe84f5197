/// The rule for entry names, the same for writing and reading: a relative path of `/`-separated
/// parts, none empty, `.` or `..`, no `\`, no drive letter, no control character. Such a name
/// cannot leave the folder the archive is extracted to.
enum ZipEntryName {
    /// Whether `name` is safe to write and to extract.
    ///
    /// Read over the UTF-8 bytes: every byte the rule names is ASCII, and no byte of a multi-byte
    /// UTF-8 sequence is. (Splitting by `Character` cost 12 thousand instructions a name, 58 million
    /// in a national build.)
    static func isSafe(_ name: String) -> Bool {
        let bytes = name.utf8
        guard !bytes.isEmpty, bytes.count <= 0xFFFF, bytes.first != UInt8(ascii: "/") else { return false }
        // A folder entry ends in `/`; every part before it must be a real name.
        let end = bytes.last == UInt8(ascii: "/") ? bytes.count - 1 : bytes.count
        var partLength = 0, partDots = 0, index = 0
        for byte in bytes {
            if byte == UInt8(ascii: "\\") || byte == UInt8(ascii: ":") || byte < 0x20 || byte == 0x7F { return false }
            if index < end {
                if byte == UInt8(ascii: "/") {
                    if !isName(length: partLength, dots: partDots) { return false }
                    partLength = 0; partDots = 0
                } else {
                    partLength += 1
                    if byte == UInt8(ascii: ".") { partDots += 1 }
                }
            }
            index += 1
        }
        return isName(length: partLength, dots: partDots)
    }

    /// Whether a part of `length` bytes, `dots` of them `.`, is a real name: not empty, `.` or `..`.
    private static func isName(length: Int, dots: Int) -> Bool {
        length > 0 && !(length <= 2 && dots == length)
    }
}
