import FoundationEssentials
import FoundationGaps

/// Finds `templates/` and `regions/` when `mja` runs outside the project folder: from the folders of
/// the agendas named on the command line upwards, then from the current folder upwards, as git finds
/// its repository. `mja check ~/agenda/am24-zeeland.toml` then works from anywhere.
enum ProjectFolders {
    /// `name` itself when it exists; else the nearest `name` above the agendas in `paths` or above
    /// the current folder. Throws, naming every place it looked, when there is none.
    static func locate(_ name: String, near paths: [String] = [], what: LocalizedText, option: String) throws -> String {
        if FileManager.default.fileExists(atPath: name) || name.hasPrefix("/") { return name }
        var searched: [String] = []
        var seen = Set<String>()
        for start in paths.map(folder) + [FileManager.default.currentDirectoryPath] {
            var url = URL(fileURLWithPath: start).standardizedFileURL
            // Upwards while the path gets shorter: once the current folder is gone (the project was
            // moved or removed under a running preview), its path is no longer absolute, and going
            // up a relative path never reaches "/" (`..`, `../..`, ... without end).
            while true {
                let candidate = url.appendingPathComponent(name).path
                if seen.insert(candidate).inserted {
                    if FileManager.default.fileExists(atPath: candidate) { return candidate }
                    searched.append(candidate)
                }
                let before = url.path
                if before == "/" || !before.hasPrefix("/") { break }
                url.deleteLastPathComponent()
                if url.path.count >= before.count { break }
            }
        }
        throw CommandError(LocalizedText(
            "\(what.dutch) '\(name)' is niet gevonden; gezocht in: \(searched.joined(separator: ", ")). Geef de plek op met \(option).",
            "\(what.english) '\(name)' was not found; looked in: \(searched.joined(separator: ", ")). Give its place with \(option)."),
            exitCode: .usageError)
    }

    /// The folder of an agenda path: the path itself for a folder.
    private static func folder(_ path: String) -> String {
        var isDirectory = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory { return path }
        let parent = FilePath.deletingLastComponent(of: path)
        return parent.isEmpty ? "." : parent
    }
}
