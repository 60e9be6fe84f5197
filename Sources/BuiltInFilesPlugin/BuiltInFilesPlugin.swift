import Foundation
import PackagePlugin

/// Builds the program's defaults into it: the templates in `templates/`, the registries in
/// `regions/registers/` and a digest of every shipped example agenda in `regions/`, so `mja` works
/// in any folder and the repository's files stay the one source. Also passes the git revision the
/// program is built from, for `mja --version`.
@main
struct BuiltInFilesPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        let root = context.package.directoryURL
        let output = context.pluginWorkDirectoryURL.appendingPathComponent("GeneratedFiles.swift")
        let templates = root.appendingPathComponent("templates")
        let registries = root.appendingPathComponent("regions/registers")
        let regions = root.appendingPathComponent("regions")
        // The generator lists the folders itself; the files are the command's inputs, so an edit
        // runs it again. SwiftPM reruns this plugin only when the package changes: after adding or
        // removing a file, `touch Package.swift` (BuiltInFilesTests says so when they differ).
        var arguments = [output.path, "--files", "templates", templates.path, "--files", "registers", registries.path,
                         "--digests", "regions", regions.path]
        var inputs = Self.files(under: templates, prefix: "").map(\.1) + Self.files(under: registries, prefix: "").map(\.1)
            + Self.files(under: regions, prefix: "", recursive: false).map(\.1)
        // The revision is read by the command, which runs again when HEAD moves (a commit, a
        // checkout): the git files it reads are its inputs. The plugin's own result is cached.
        if let git = Self.gitDirectory(of: root) {
            arguments += ["--git-directory", git.path]
            for name in ["HEAD", "logs/HEAD"] where FileManager.default.fileExists(atPath: git.appendingPathComponent(name).path) {
                inputs.append(git.appendingPathComponent(name))
            }
        }
        return [
            .buildCommand(
                displayName: "Embedding templates and registries",
                executable: try context.tool(named: "BuiltInFilesGenerator").url,
                arguments: arguments, inputFiles: inputs, outputFiles: [output]),
        ]
    }

    /// The git folder of a checkout: `.git`, or where a worktree's `.git` file points.
    static func gitDirectory(of root: URL) -> URL? {
        let dotGit = root.appendingPathComponent(".git")
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: dotGit.path, isDirectory: &isDirectory) else { return nil }
        if isDirectory.boolValue { return dotGit }
        guard let line = (try? String(contentsOf: dotGit, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines),
              line.hasPrefix("gitdir: ") else { return nil }
        let path = String(line.dropFirst("gitdir: ".count))
        return path.hasPrefix("/") ? URL(fileURLWithPath: path) : root.appendingPathComponent(path)
    }

    /// The files below `folder` (keyed `prefix/relative/path`), sorted; README files document a
    /// folder and are left out, as are hidden files.
    static func files(under folder: URL, prefix: String, recursive: Bool = true) -> [(String, URL)] {
        let manager = FileManager.default
        guard let names = recursive
            ? manager.subpaths(atPath: folder.path) : try? manager.contentsOfDirectory(atPath: folder.path)
        else { return [] }
        return names.sorted().compactMap { name in
            let url = folder.appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue,
                  !name.split(separator: "/").contains(where: { $0.hasPrefix(".") }),
                  !url.lastPathComponent.uppercased().hasPrefix("README")
            else { return nil }
            return (prefix + "/" + name, url)
        }
    }
}
