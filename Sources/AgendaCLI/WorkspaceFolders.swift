import Agenda
import BuiltInFiles
import FoundationEssentials
import FoundationGaps

/// The one rule for where `mja` finds a workspace's registries, agendas and templates, and what it
/// falls back to: the program's built-in templates and registries (`BuiltInFiles`).
///
/// 1. `--werkruimte DIR` (`--workspace`), when given: the agendas and `registers/` of DIR (or of
///    DIR/regions), the templates of DIR/templates (or, for a `regions` folder, of the folder beside it);
/// 2. else from the agenda's folder upwards (each folder, and its `regions/`), then the current folder;
/// 3. and for every registry or template the workspace does not have, the built-in one.
///
/// A workspace's own file overrides its built-in namesake only: one edited template changes one document.
enum WorkspaceFolders {
    /// The agenda folder (the one holding `registers/` and the agendas) of a named workspace.
    static func agendaFolder(ofWorkspace folder: String) -> String {
        let regions = FilePath.appending(AgendaPaths.defaultFolder, to: folder)
        return isFolder(regions) && !isFolder(FilePath.appending(WorkspaceLoader.registryFolder, to: folder))
            ? regions : folder
    }

    /// The template folder of a named workspace, or nil when it has none (then the built-in ones).
    static func templateFolder(ofWorkspace folder: String) -> String? {
        let own = FilePath.appending("templates", to: folder)
        if isFolder(own) { return own }
        let standardized = FilePath.standardizing(folder)
        if FilePath.lastComponent(of: standardized) == AgendaPaths.defaultFolder {
            let beside = FilePath.appending("templates", to: FilePath.deletingLastComponent(of: standardized))
            if isFolder(beside) { return beside }
        }
        return nil
    }

    /// The built-in registries, by file name.
    static var builtInRegistries: [String: [UInt8]] { BuiltInFiles.files(in: WorkspaceLoader.registryFolder) }

    static func isFolder(_ path: String) -> Bool {
        var isDirectory = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory
    }
}

extension CommandContext {
    /// A loader that follows the workspace rule: `--werkruimte` when given, the built-in registries
    /// for what the workspace lacks, and the shipped examples' digests for MJA024.
    func workspaceLoader() -> WorkspaceLoader {
        var loader = WorkspaceLoader(language: language)
        loader.builtInRegistries = WorkspaceFolders.builtInRegistries
        loader.shippedExampleDigests = BuiltInFiles.exampleDigests
        loader.replacements = replacements
        if let workspaceFolder {
            loader.locator.pinned = WorkspaceFolders.agendaFolder(ofWorkspace: workspaceFolder)
        }
        return loader
    }
}
