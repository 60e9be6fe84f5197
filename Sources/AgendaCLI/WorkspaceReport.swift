import Agenda
import Diagnostics
import FoundationEssentials
import FoundationGaps

/// Says which registries and templates a command used, the workspace's own or the built-in ones
/// (`mja check -v`, and the index page's footer): `Registers: regions/registers/ (organisaties);
/// ingebouwd: afkortingen, doelgroepen, ...`.
enum WorkspaceReport {
    /// One line for the registries, one for the templates (when known).
    static func lines(workspace: Workspace, templates: TemplateFolder.Use?, language: Language) -> [String] {
        let builtInPrefix = WorkspaceLoader.builtInFolder + "/"
        let own = workspace.registryFiles.filter { !$0.hasPrefix(builtInPrefix) }
        let builtIn = workspace.registryFiles.filter { $0.hasPrefix(builtInPrefix) }
        var parts: [String] = []
        for folder in Set(own.map { FilePath.deletingLastComponent(of: $0) }).sorted() {
            let names = own.filter { FilePath.deletingLastComponent(of: $0) == folder }.map(stem)
            parts.append("\(folder)/ (\(names.joined(separator: ", ")))")
        }
        if !builtIn.isEmpty {
            parts.append(own.isEmpty
                ? language.pick("alle ingebouwd", "all built in")
                : language.pick("ingebouwd: ", "built in: ") + builtIn.map(stem).joined(separator: ", "))
        }
        var lines = [language.pick("Registers: ", "Registries: ") + parts.joined(separator: "; ")]
        if let templates {
            let line: String
            if let folder = templates.folder, !templates.fromFolder.isEmpty {
                line = "\(folder)/ (\(templates.fromFolder.joined(separator: ", ")))" + language.pick("; de rest ingebouwd", "; the rest built in")
            } else {
                line = language.pick("alle ingebouwd", "all built in")
            }
            lines.append(language.pick("Sjablonen: ", "Templates: ") + line)
        }
        return lines
    }

    private static func stem(_ path: String) -> String {
        FilePath.deletingExtension(of: FilePath.lastComponent(of: path))
    }
}
