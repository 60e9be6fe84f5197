import Agenda
import BuiltInFiles
import Diagnostics
import FoundationEssentials
import FoundationGaps
import Mustache

/// Loads the templates for `build`, `signalen`, `voortgang` and `verschil`: the built-in ones, with
/// those of the workspace's template folder over them, file by file (`WorkspaceFolders`). Every
/// problem in a template is printed with its file, line and column, and a template the command
/// needs must be there. A partial or a figure that a template names and that does not exist is a
/// located error before anything is rendered (`TemplateNameCheck`).
enum TemplateFolder {
    /// Which templates were used: the workspace's folder, if any, and the templates taken from it.
    struct Use: Sendable, Equatable {
        /// The template folder found, or nil when only built-in templates were used.
        var folder: String?
        /// The names of the templates read from `folder` (overriding or adding to the built-in ones).
        var fromFolder: [String] = []
    }

    /// The shown folder of the built-in templates.
    static let builtInFolder = "(ingebouwd)/templates"

    /// Loads `folder` (the `--sjablonen` value, `templates` by default) over the built-in templates.
    static func load(_ folder: String, near paths: [String] = [], requiring names: [String], context: CommandContext) throws -> TemplateLibrary {
        try resolve(folder, near: paths, requiring: names, context: context).library
    }

    /// Like `load`, and says which templates were used.
    static func resolve(_ folder: String, near paths: [String] = [], requiring names: [String], context: CommandContext) throws
        -> (library: TemplateLibrary, use: Use)
    {
        let found = try locate(folder, near: paths, context: context)
        var library = TemplateLibrary()
        var use = Use(folder: found)
        if let found {
            var problems: [MustacheError] = []
            let own = TemplateLibrary.load(directory: URL(fileURLWithPath: found), problems: &problems)
            if !problems.isEmpty {
                try refuse(problems.map { $0.diagnostic(in: context.language) }, in: found, fileCount: own.names.count, context: context)
            }
            use.fromFolder = own.names
            // The built-in templates are parsed only when the folder leaves one of them out: a
            // folder with all of them (the repository's) needs none.
            if !builtInNames.isSubset(of: use.fromFolder) { library = builtIn }
            for name in own.names { if let template = own[name] { library.add(template) } }
        } else {
            library = builtIn
        }
        // A workspace's own template may still hold a figure in the old ```grafiek form, which
        // would show as code (the built-in ones are tested to hold none).
        var nameProblems = use.fromFolder.compactMap { library[$0]?.file }.flatMap { file in
            OldFigureBlocks.diagnostics(
                in: (try? String(contentsOfFile: file, encoding: .utf8)) ?? "", file: file, language: context.language)
        }
        // Names are checked on the templates as they will be used, built-in ones included: an
        // override may name a partial that only a built-in template holds.
        nameProblems += TemplateNameCheck.diagnostics(for: library, in: context.language)
        if !nameProblems.isEmpty {
            try refuse(nameProblems.sorted(by: Diagnostic.printingOrder), in: found ?? builtInFolder, fileCount: library.names.count, context: context)
        }
        for name in names where library[name] == nil {
            throw CommandError(LocalizedText(
                "sjabloon '\(name).md' ontbreekt in '\(found ?? builtInFolder)'", "template '\(name).md' is missing in '\(found ?? builtInFolder)'"),
                exitCode: .usageError)
        }
        return (library, use)
    }

    /// Prints `diagnostics` with their source lines and stops the command.
    private static func refuse(_ diagnostics: [Diagnostic], in folder: String, fileCount: Int, context: CommandContext) throws -> Never {
        let sources = Dictionary(diagnostics.compactMap(\.file).map { file in
            (file, SourceText((try? String(contentsOfFile: file, encoding: .utf8)) ?? ""))
        }, uniquingKeysWith: { first, _ in first })
        _ = context.printDiagnostics(diagnostics, fileCount: fileCount, sources: sources, to: .error)
        throw CommandError(LocalizedText("de sjablonen in '\(folder)' bevatten fouten", "the templates in '\(folder)' have errors"))
    }

    /// The template folder of the workspace, or nil when there is none (only the built-in ones are
    /// used then). A folder named with `--sjablonen` other than the default must exist.
    static func locate(_ folder: String, near paths: [String], context: CommandContext) throws -> String? {
        guard folder == Option.templateFolder.defaultValue else {
            return try ProjectFolders.locate(
                folder, near: paths, what: LocalizedText("de map met sjablonen", "the template folder"), option: "--sjablonen")
        }
        if let workspace = context.workspaceFolder { return WorkspaceFolders.templateFolder(ofWorkspace: workspace) }
        return try? ProjectFolders.locate(
            folder, near: paths, what: LocalizedText("de map met sjablonen", "the template folder"), option: "--sjablonen")
    }

    /// The templates built into the program, parsed once (they are tested to parse).
    static let builtIn: TemplateLibrary = {
        var library = TemplateLibrary()
        for (name, path, bytes) in builtInSources {
            if let template = try? Template(parsing: String(decoding: bytes, as: UTF8.self), name: name, file: builtInFolder + "/" + path) {
                library.add(template)
            }
        }
        return library
    }()

    /// The names of the built-in templates, known without parsing them.
    static let builtInNames: Set<String> = Set(builtInSources.map(\.name))

    /// The built-in template files, sorted by path: each template's name, path and text.
    private static var builtInSources: [(name: String, path: String, bytes: [UInt8])] {
        BuiltInFiles.files(in: "templates").sorted(by: { $0.key < $1.key }).compactMap { path, bytes in
            let ext = FilePath.extension(of: path)
            guard TemplateLibrary.templateExtensions.contains(ext) else { return nil }
            return (String(path.dropLast(ext.count + 1)), path, bytes)
        }
    }
}
