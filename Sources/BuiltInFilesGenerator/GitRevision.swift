import Foundation

/// The commit a checkout is at, read from its git folder without running git (the build may not
/// find it on the PATH): `HEAD`, the ref it names (loose or packed), also in a worktree, whose refs
/// are those of the main repository (`commondir`).
enum GitRevision {
    /// The first 12 hex digits of the commit, or nil when it cannot be read.
    static func read(gitDirectory: URL) -> String? {
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
