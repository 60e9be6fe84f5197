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
        var arguments = [output.path]
        var inputs: [URL] = []
        for (key, url) in Self.files(under: root.appendingPathComponent("templates"), prefix: "templates")
            + Self.files(under: root.appendingPathComponent("regions/registers"), prefix: "registers") {
            arguments += ["--file", key, url.path]
            inputs.append(url)
        }
        for (key, url) in Self.files(under: root.appendingPathComponent("regions"), prefix: "regions", recursive: false)
        where url.pathExtension == "toml" {
            arguments += ["--digest", key, url.path]
            inputs.append(url)
        }
        arguments += ["--revision", GitRevision.read(in: root) ?? ""]
        return [
            .buildCommand(
                displayName: "Embedding templates and registries",
                executable: try context.tool(named: "BuiltInFilesGenerator").url,
                arguments: arguments, inputFiles: inputs, outputFiles: [output]),
        ]
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
