import Agenda
import FoundationEssentials

/// Turns the paths a user gives (`mja check`, `mja check regions`, `mja check a.toml b.toml`) into a
/// loaded workspace. With no path, the agendas in `regions/` of the current folder.
enum AgendaPaths {
    /// The folder read when no path is given.
    static let defaultFolder = "regions"

    /// Loads what `paths` name; throws a usage error for a path that does not exist. An agenda
    /// outside an agenda folder is read with the registries found from its folder upwards, else
    /// with those of `regions/` in the current folder.
    static func load(_ paths: [String], loader: WorkspaceLoader) throws -> Workspace {
        var loader = loader
        if loader.locator.fallback == nil { loader.locator.fallback = defaultFolder }
        if paths.isEmpty, let pinned = loader.locator.pinned { return loader.load(directory: pinned) }
        let paths = try paths.isEmpty
            ? [ProjectFolders.locate(defaultFolder, what: LocalizedText("de map met agenda's", "the agenda folder"), option: "een pad")]
            : paths
        var files: [String] = []
        var folders: [String] = []
        for path in paths {
            var isDirectory = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw CommandError(LocalizedText(
                    "'\(path)' bestaat niet. Geef een agendabestand of een map met agenda's, zoals 'regions'.",
                    "'\(path)' does not exist. Give an agenda file or a folder of agendas, such as 'regions'."),
                    exitCode: .usageError)
            }
            if isDirectory { folders.append(path) } else { files.append(path) }
        }
        if files.isEmpty && folders.count == 1 { return loader.load(directory: folders[0]) }
        for folder in folders {
            files += WorkspaceLoader.registryFiles(in: folder) + WorkspaceLoader.agendaFiles(in: folder)
        }
        return loader.load(files: files)
    }
}
