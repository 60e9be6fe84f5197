import Agenda
import Diagnostics

/// Says which registries and templates a command used, the workspace's own or the built-in ones
/// (`mja check -v`, and the index page's footer).
enum WorkspaceReport {
    /// One line for the registries, one for the templates.
    static func lines(workspace: Workspace, templates: TemplateFolder.Use?, language: Language) -> [String] {
        let builtIn = workspace.registryFiles.filter { $0.hasPrefix(WorkspaceLoader.builtInFolder + "/") }
        let own = workspace.registryFiles.filter { !$0.hasPrefix(WorkspaceLoader.builtInFolder + "/") }
        var registries = own
        if !builtIn.isEmpty {
            registries.append(builtIn.count == workspace.registryFiles.count
                ? language.pick("alle ingebouwd (\(WorkspaceLoader.builtInFolder)/registers/)", "all built in (\(WorkspaceLoader.builtInFolder)/registers/)")
                : builtIn.joined(separator: ", "))
        }
        var lines = [language.pick("Registers: ", "Registries: ") + registries.joined(separator: ", ")]
        if let templates {
            let ownTemplates = templates.fromFolder.map { (templates.folder ?? "") + "/" + $0 + ".md" }
            lines.append(language.pick("Sjablonen: ", "Templates: ")
                + (ownTemplates.isEmpty ? "" : ownTemplates.joined(separator: ", ") + language.pick("; de rest ", "; the rest "))
                + language.pick("ingebouwd (\(TemplateFolder.builtInFolder)/)", "built in (\(TemplateFolder.builtInFolder)/)"))
        }
        return lines
    }
}
