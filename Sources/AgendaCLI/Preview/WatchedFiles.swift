import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif

/// Notices when a file in the watched folders changes, appears or goes: it compares the name,
/// size, modification time (to the nanosecond) and inode of every entry with those seen before.
/// Editors save in different ways (write in place, or write a new file and rename it over the old
/// one); each changes one of these. Looking costs one `stat` per file, a few microseconds for a
/// workspace, so the preview looks often (every 20 ms) instead of relying on change notification.
struct WatchedFiles {
    /// The folders looked in; subfolders of a template folder are looked in too (`templates/dia`).
    var folders: [String]

    /// One entry as seen: its path with size, time and inode.
    struct Stamp: Hashable {
        var path: String
        var size: Int
        var seconds: Int
        var nanoseconds: Int
        var inode: UInt
    }

    /// Everything in the folders now, in a fixed order.
    func stamps() -> [Stamp] {
        var result: [Stamp] = []
        var queue = folders.sorted()
        var seen = Set<String>()
        while !queue.isEmpty {
            let folder = queue.removeFirst()
            guard seen.insert(folder).inserted else { continue }
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
            for name in names where !name.hasPrefix(".") {
                let path = folder + "/" + name
                var info = stat()
                guard stat(path, &info) == 0 else { continue }
                if info.st_mode & S_IFMT == S_IFDIR {
                    // One level of subfolders is enough: templates/dia; regions/voorbeelden is not read.
                    if folders.contains(folder) && name != "voorbeelden" { queue.append(path) }
                    continue
                }
                result.append(Stamp(path: path, size: Int(info.st_size), seconds: Int(info.st_mtim.tv_sec),
                                    nanoseconds: Int(info.st_mtim.tv_nsec), inode: UInt(info.st_ino)))
            }
        }
        return result
    }
}

extension WatchedFiles {
    /// The folders that no longer exist (or are no longer folders), sorted.
    func missingFolders() -> [String] {
        folders.filter { folder in
            var info = stat()
            return stat(folder, &info) != 0 || info.st_mode & S_IFMT != S_IFDIR
        }.sorted()
    }
}
