import Foundation

/// The commit a checkout is at, read from `.git` without running git (a plugin may not find it on
/// the PATH): `HEAD`, the ref it names (loose or packed), also in a worktree, whose `.git` is a file.
enum GitRevision {
    /// The first 12 hex digits of the commit, or nil outside a git checkout.
    static func read(in root: URL) -> String? {
        var gitDirectory = root.appendingPathComponent(".git")
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: gitDirectory.path, isDirectory: &isDirectory) else { return nil }
        if !isDirectory.boolValue {
            guard let line = text(gitDirectory), line.hasPrefix("gitdir: ") else { return nil }
            let path = String(line.dropFirst("gitdir: ".count))
            gitDirectory = path.hasPrefix("/") ? URL(fileURLWithPath: path) : root.appendingPathComponent(path)
        }
        guard let head = text(gitDirectory.appendingPathComponent("HEAD")) else { return nil }
        guard head.hasPrefix("ref: ") else { return short(head) }
        let ref = String(head.dropFirst("ref: ".count))
        // A worktree keeps its HEAD but shares the refs of the main repository (`commondir`).
        var places = [gitDirectory]
        if let common = text(gitDirectory.appendingPathComponent("commondir")) {
            places.append(common.hasPrefix("/") ? URL(fileURLWithPath: common) : gitDirectory.appendingPathComponent(common))
        }
        for place in places {
            if let commit = text(place.appendingPathComponent(ref)) { return short(commit) }
            for line in (text(place.appendingPathComponent("packed-refs")) ?? "").split(separator: "\n")
            where line.hasSuffix(" " + ref) {
                return short(String(line.prefix { $0 != " " }))
            }
        }
        return nil
    }

    private static func text(_ url: URL) -> String? {
        (try? String(contentsOf: url, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private static func short(_ commit: String) -> String? {
        commit.count >= 12 && commit.allSatisfy(\.isHexDigit) ? String(commit.prefix(12)) : nil
    }
}
