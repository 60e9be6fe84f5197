/// `NSString`'s path helpers on plain text with `/`, without `Foundation`: the same results as
/// `lastPathComponent`, `deletingLastPathComponent`, `pathExtension`, `deletingPathExtension` and
/// `appendingPathComponent(_:)` on Linux (`FilePathTests` holds them against `Foundation` on edge
/// cases and random paths). Like `NSString` they first fold runs of `/` into one and drop a trailing
/// one, and work on characters, so a `/` with a combining mark after it is not a separator.
/// `Foundation` stops the program on a one-character relative path ("a", ".") in
/// `deletingLastPathComponent`; here that gives "", as its documentation says.
public enum FilePath {
    /// The last part: "b" of "a/b/", "/" of "/", "" of "".
    public static func lastComponent(of path: some StringProtocol) -> String {
        let fixed = folded(path)
        if fixed.count <= 1 { return fixed }
        return String(fixed[startOfLastComponent(fixed)...])
    }

    /// The path without its last part: "a" of "a/b", "/" of "/a", "" of "a".
    public static func deletingLastComponent(of path: some StringProtocol) -> String {
        let fixed = folded(path)
        if fixed == "/" || fixed.isEmpty { return fixed }
        let start = startOfLastComponent(fixed)
        if start == fixed.startIndex { return "" }
        if start == fixed.index(after: fixed.startIndex) { return "/" }
        return String(fixed[..<fixed.index(before: start)])
    }

    /// `component` after `path` with one `/` between them: neither is cleaned up.
    public static func appending(_ component: some StringProtocol, to path: some StringProtocol) -> String {
        if component.isEmpty { return String(path) }
        if path.isEmpty { return String(component) }
        if path.hasSuffix("/") { return String(path) + String(component) }
        return String(path) + "/" + String(component)
    }

    /// The extension of the last part without its point: "toml" of "a/b.toml", "" of ".profile".
    public static func `extension`(of path: some StringProtocol) -> String {
        let fixed = folded(path)
        if fixed.count <= 1 { return "" }
        guard let start = startOfExtension(fixed) else { return "" }
        return String(fixed[start...])
    }

    /// The path without the extension of its last part and its point: "a/b" of "a/b.toml".
    public static func deletingExtension(of path: some StringProtocol) -> String {
        let fixed = folded(path)
        if fixed.count <= 1 { return fixed }
        guard let start = startOfExtension(fixed) else { return fixed }
        return String(fixed[..<fixed.index(before: start)])
    }

    /// Runs of `/` made one, a trailing `/` dropped ("/" stays "/", "//" becomes "").
    static func folded(_ path: some StringProtocol) -> String {
        if path == "/" { return "/" }
        if isFoldedASCII(path.utf8) { return String(path) }
        var result = ""
        var previousWasSlash = false
        for character in path {
            let isSlash = character == "/"
            if !(isSlash && previousWasSlash) { result.append(character) }
            previousWasSlash = isSlash
        }
        if result.hasSuffix("/") { result.removeLast() }
        return result
    }

    /// ASCII without a doubled or a trailing `/`: folding leaves it as it is. In ASCII every byte
    /// is a character of its own, so the bytes answer what the characters would, without walking
    /// them (a build asks for the folder of each of its 500 files).
    private static func isFoldedASCII(_ bytes: some Collection<UInt8>) -> Bool {
        var previous: UInt8 = 0
        for byte in bytes {
            if byte >= 0x80 || (byte == 0x2F && previous == 0x2F) { return false }
            previous = byte
        }
        return previous != 0x2F
    }

    /// Where the last part of a folded path starts (after its last `/`).
    private static func startOfLastComponent(_ path: String) -> String.Index {
        if path.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII: each byte a character, so the last `/` byte is the last `/` character.
            guard let slash = path.utf8.lastIndex(of: 0x2F) else { return path.startIndex }
            return path.utf8.index(after: slash)
        }
        var position = path.endIndex
        while position > path.startIndex {
            let before = path.index(before: position)
            if path[before] == "/" { break }
            position = before
        }
        return position
    }

    /// Where the extension of a folded path's last part starts (after its point), or nil: a point that
    /// starts the part ("x" of ".x") or the ".." part starts none.
    private static func startOfExtension(_ path: String) -> String.Index? {
        let lastStart = startOfLastComponent(path)
        var position = path.endIndex
        while position > lastStart {
            let before = path.index(before: position)
            if path[before] == "." {
                if before == lastStart { return nil }
                let beforeThat = path.index(before: before)
                if before == path.index(before: path.endIndex) && beforeThat == lastStart && path[beforeThat] == "." {
                    return nil
                }
                return position
            }
            position = before
        }
        return nil
    }
}
