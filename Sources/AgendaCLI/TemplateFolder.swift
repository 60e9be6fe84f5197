import Agenda
import Diagnostics
import Foundation
import Mustache

/// Loads the template folder for `build` and `signalen`: every problem in a template, and every
/// partial or figure a template names that does not exist, is printed with its file, line and
/// column, and a template the command needs must be there.
enum TemplateFolder {
    /// Loads `folder`, found from the agendas in `paths` upwards when it is not in the current folder.
    static func load(_ folder: String, near paths: [String] = [], requiring names: [String], context: CommandContext) throws -> TemplateLibrary {
        let folder = try ProjectFolders.locate(
            folder, near: paths, what: LocalizedText("de map met sjablonen", "the template folder"), option: "--sjablonen")
        var problems: [MustacheError] = []
        let library = TemplateLibrary.load(directory: URL(fileURLWithPath: folder), problems: &problems)
        let diagnostics = problems.map { $0.diagnostic(in: context.language) }
            + (problems.isEmpty ? TemplateNameCheck.diagnostics(for: library, in: context.language) : [])
        if !diagnostics.isEmpty {
            let sources = Dictionary(diagnostics.compactMap(\.file).map { file in
                (file, SourceText((try? String(contentsOfFile: file, encoding: .utf8)) ?? ""))
            }, uniquingKeysWith: { first, _ in first })
            _ = context.printDiagnostics(diagnostics, fileCount: library.names.count, sources: sources, to: .error)
            throw CommandError(LocalizedText("de sjablonen in '\(folder)' bevatten fouten", "the templates in '\(folder)' have errors"))
        }
        for name in names where library[name] == nil {
            throw CommandError(LocalizedText(
                "sjabloon '\(name).md' ontbreekt in '\(folder)'", "template '\(name).md' is missing in '\(folder)'"),
                exitCode: .usageError)
        }
        return library
    }
}
