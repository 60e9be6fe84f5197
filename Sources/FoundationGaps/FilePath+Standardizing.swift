#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

extension FilePath {
    /// The path cleaned up as `NSString.standardizingPath` does it on Linux for paths without
    /// symbolic links: `~` and `~/` become the home folder, runs of `/` one, a trailing `/` goes,
    /// `.` parts go (a relative path keeps a leading `./`), and in an absolute path `..` takes the
    /// part before it away (`/..` is `/`); a relative path keeps its `..` parts ("a/../b" stays).
    /// `Foundation` also follows some symbolic links (in absolute paths and after a leading `./`);
    /// this does not touch the disk.
    public static func standardizing(_ path: some StringProtocol) -> String {
        var text = String(path)
        if text == "~" || text.hasPrefix("~/") {
            text = ProgramFile.homeFolder + text.dropFirst()
        }
        // Only slashes ("//") fold to "" in `folded`; standardized they are the root.
        let fixed = !text.isEmpty && text.allSatisfy({ $0 == "/" }) ? "/" : folded(text)
        if fixed.isEmpty || fixed == "/" { return fixed }
        let absolute = fixed.hasPrefix("/")
        var parts: [Substring] = []
        for (index, part) in fixed.split(separator: "/", omittingEmptySubsequences: true).enumerated() {
            switch part {
            case "." where !absolute && index == 0: parts.append(part)
            case ".": continue
            case ".." where absolute: if !parts.isEmpty { parts.removeLast() }
            default: parts.append(part)
            }
        }
        if absolute { return "/" + parts.joined(separator: "/") }
        return parts.joined(separator: "/")
    }
}
