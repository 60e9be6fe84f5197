import Agenda
import Diagnostics
import Documents
import FoundationEssentials
import FoundationGaps
import Mustache

/// One rebuild of the preview: reads and checks the agendas as `mja build` would, makes their HTML
/// documents in memory and the index page, and says what went wrong, as `mja check` prints it.
/// An agenda with errors keeps the documents of its last good build.
struct PreviewBuilder {
    /// The agendas or folder given on the command line (none: `regions/`).
    let paths: [String]
    let invocation: Invocation
    let language: Language
    /// The workspace named with `--werkruimte`, if any.
    var workspaceFolder: String? = nil

    /// What one rebuild gave.
    struct Outcome {
        /// The documents to serve, by path relative to the output folder.
        var files: [String: [UInt8]]
        /// The errors as `mja check` prints them (with file, line, column and the line itself);
        /// empty when there are none.
        var problems: String
        /// The folders whose files the documents come from: the agendas', the registries', the templates'.
        var folders: [String]
        /// Documents made when first asked for (see `PreviewSite.Snapshot.onDemand`).
        var onDemand: [String: @Sendable () -> [UInt8]?] = [:]
    }

    /// Rebuilds; `previous` holds the documents of the build before, kept for agendas that now have errors.
    func build(previous: [String: [UInt8]]) -> Outcome {
        let console = CapturingConsole()
        var context = CommandContext(language: language, console: console)
        context.workspaceFolder = workspaceFolder
        var folders: [String] = []
        do {
            // The built-in templates and registries cannot change while the program runs: only the
            // workspace's own folders are watched.
            let templateFolder = try TemplateFolder.locate(invocation.option("sjablonen") ?? "templates", near: paths, context: context)
            if let templateFolder { folders.append(templateFolder) }
            let workspace = try AgendaPaths.load(paths, loader: context.workspaceLoader())
            folders += Set(workspace.sources.keys.filter { !$0.hasPrefix(WorkspaceLoader.builtInFolder + "/") }
                .map { FilePath.deletingLastComponent(of: $0) }).map { $0.isEmpty ? "." : $0 }
            let templates = try TemplateFolder.load(
                invocation.option("sjablonen") ?? "templates", near: paths, requiring: AgendaDocumentBuilder.Part.allCases.map(\.rawValue), context: context)
            let checked = try CheckRun(workspace: workspace, invocation: invocation, context: context).runKeepingAssessor()
            var build = DocumentBuild(
                workspace: workspace, status: DocumentBuild.checkStatus(of: checked.diagnostics), templates: templates, options: checked.options,
                formats: [.page(.html)], output: "")
            build.assessor = checked.assessor
            var generated = try build.generate()
            var files: [String: [UInt8]] = [:]
            for file in generated.files { files[file.path] = file.bytes }
            // An agenda with errors (or that cannot be read at all) keeps its last good documents,
            // linked from the index as before.
            for folder in Set(generated.result.refused.map(DocumentBuild.folderName(for:))) {
                let kept = previous.keys.filter { $0.hasPrefix(folder + "/") }.sorted()
                for path in kept { files[path] = previous[path] }
                for index in generated.entries.indices where generated.entries[index].folder == folder {
                    generated.entries[index].documents = kept.map { (DocumentBuild.label(ofDocument: $0), $0) }
                }
            }
            // One agenda's documents link to the signal report over all regions, which a build of one
            // agenda does not make; the preview makes it (from every agenda it read) when it is opened.
            var onDemand: [String: @Sendable () -> [UInt8]?] = [:]
            let report = "signalen.html"
            if files[report] == nil, templates[SignalReportBuilder.templateName] != nil {
                let made = build
                onDemand[report] = { (try? made.signalReport())?.first { $0.name == report }?.bytes }
                generated.reports = [("\(SignalReportBuilder.title) (HTML)", report)]
            }
            files["index.html"] = build.indexPage(entries: generated.entries, reports: generated.reports)
            let errors = checked.diagnostics.filter { $0.severity == .error }
            let problems = errors.isEmpty ? "" : DiagnosticsPrinter(language: language, colored: false)
                .render(errors, fileCount: workspace.requestedFiles.count) { workspace.sources[$0] }
            return Outcome(files: files, problems: problems, folders: folders, onDemand: onDemand)
        } catch {
            // Templates with errors, a folder that is gone: the last good documents stay.
            let message: String
            if let error = error as? CommandError {
                message = error.message.text(in: language)
            } else if let fileSystem = FileSystemMessage.text(for: error) {
                message = fileSystem.text(in: language)
            } else {
                message = String(describing: error)
            }
            let printed = console.error.isEmpty ? "" : console.error + "\n"
            return Outcome(files: previous, problems: printed + message + "\n", folders: folders)
        }
    }
}
