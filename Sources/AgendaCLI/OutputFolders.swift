import FoundationEssentials
import FoundationGaps
#if canImport(Glibc)
import Glibc
#endif

/// Makes the folders documents are written into, and takes back those a failed build left empty.
enum OutputFolders {
    /// Makes `folder` with every missing folder above it; returns the ones it made, outermost first.
    static func make(_ folder: String) throws -> [String] {
        var missing: [String] = []
        var path = folder
        while !path.isEmpty && path != "/" && !FileManager.default.fileExists(atPath: path) {
            missing.insert(path, at: 0)
            let parent = FilePath.deletingLastComponent(of: path)
            if parent == path { break }
            path = parent
        }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return missing
    }

    /// Removes the folders of `created` that are empty, innermost first (`rmdir` leaves any other).
    static func removeEmpty(_ created: [String]) {
        for folder in created.reversed() { rmdir(folder) }
    }
}
