import FoundationEssentials

/// Finds the agenda folder (the one with `registers/`) that an agenda file belongs to, so that
/// `mja check ~/agenda/am24-zeeland.toml` works from any folder: the file's own folder, then each
/// folder above it, each also with a `regions/` inside, and last a fallback such as the current
/// folder's `regions/`. Remembers where it looked, for the message when nothing is found.
public struct WorkspaceLocator: Sendable {
    /// The folder tried after the file's own folders, such as `regions` of the current folder.
    public var fallback: String?
    /// The agenda folder named with `--werkruimte`: when set, it is the only one, found or not.
    public var pinned: String?

    public init(fallback: String? = nil) {
        self.fallback = fallback
    }

    /// The nearest agenda folder for the agenda files in `folder`, or nil with the folders searched.
    public func agendaFolder(for folder: String) -> (found: String?, searched: [String]) {
        if let pinned { return (pinned, [pinned]) }
        var searched: [String] = []
        for candidate in candidates(for: folder) {
            searched.append(candidate)
            if hasRegistries(candidate) { return (candidate, searched) }
        }
        return (nil, searched)
    }

    /// The folders tried, nearest first: `folder`, `folder/regions`, its parent, the parent's
    /// `regions`, ... up to the root, then the fallback.
    func candidates(for folder: String) -> [String] {
        let currentDirectory = FileManager.default.currentDirectoryPath
        var result = [folder, Self.join(folder, "regions")]
        var path = Self.standardized(folder, in: currentDirectory)
        let own = path
        while path != "/" {
            path = Self.parent(of: path)
            result.append(path)
            result.append(Self.join(path, "regions"))
        }
        if let fallback, Self.standardized(fallback, in: currentDirectory) != own { result.append(fallback) }
        var seen = Set<String>()
        return result.filter { seen.insert(Self.standardized($0, in: currentDirectory)).inserted }
    }

    /// `path` made absolute (from `currentDirectory`) without `.`, `..`, doubled or trailing
    /// slashes, as `URL.standardizedFileURL.path` gives it; symbolic links are left as they are.
    /// Worked out on the text: the URL way costs some 70,000 instructions a path, and every check
    /// of one agenda looks at a dozen.
    static func standardized(_ path: String, in currentDirectory: String) -> String {
        var parts: [Substring] = []
        for part in ((path.hasPrefix("/") ? "" : currentDirectory + "/") + path).split(separator: "/") {
            switch part {
            case ".": continue
            case "..": if !parts.isEmpty { parts.removeLast() }
            default: parts.append(part)
            }
        }
        return "/" + parts.joined(separator: "/")
    }

    /// The folder above the standardized absolute `path` (not the root).
    private static func parent(of path: String) -> String {
        let above = path[..<(path.lastIndex(of: "/") ?? path.startIndex)]
        return above.isEmpty ? "/" : String(above)
    }

    private func hasRegistries(_ folder: String) -> Bool {
        var isDirectory = false
        return FileManager.default.fileExists(atPath: Self.join(folder, WorkspaceLoader.registryFolder), isDirectory: &isDirectory)
            && isDirectory
    }

    private static func join(_ folder: String, _ name: String) -> String {
        folder == "/" ? "/" + name : folder + "/" + name
    }
}
