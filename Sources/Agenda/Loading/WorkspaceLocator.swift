import Foundation

/// Finds the agenda folder (the one with `registers/`) that an agenda file belongs to, so that
/// `mja check ~/agenda/am24-zeeland.toml` works from any folder: the file's own folder, then each
/// folder above it, each also with a `regions/` inside, and last a fallback such as the current
/// folder's `regions/`. Remembers where it looked, for the message when nothing is found.
public struct WorkspaceLocator: Sendable {
    /// The folder tried after the file's own folders, such as `regions` of the current folder.
    public var fallback: String?

    public init(fallback: String? = nil) {
        self.fallback = fallback
    }

    /// The nearest agenda folder for the agenda files in `folder`, or nil with the folders searched.
    public func agendaFolder(for folder: String) -> (found: String?, searched: [String]) {
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
        var result = [folder]
        var url = URL(fileURLWithPath: folder).standardizedFileURL
        let own = url.path
        result.append(Self.join(folder, "regions"))
        while url.path != "/" {
            url.deleteLastPathComponent()
            result.append(url.path)
            result.append(Self.join(url.path, "regions"))
        }
        if let fallback, URL(fileURLWithPath: fallback).standardizedFileURL.path != own { result.append(fallback) }
        var seen = Set<String>()
        return result.filter { seen.insert(URL(fileURLWithPath: $0).standardizedFileURL.path).inserted }
    }

    private func hasRegistries(_ folder: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: Self.join(folder, WorkspaceLoader.registryFolder), isDirectory: &isDirectory)
            && isDirectory.boolValue
    }

    private static func join(_ folder: String, _ name: String) -> String {
        folder == "/" ? "/" + name : folder + "/" + name
    }
}
