import Agenda
import Diagnostics
import FoundationEssentials
import FoundationGaps

/// The two versions `mja verschil` compares, each read with the registries and agendas beside it:
/// two files, or a file and its own earlier version from git.
struct ComparedVersions {
    let old: AgendaComparer.Version
    let new: AgendaComparer.Version

    /// `OUD` and `NIEUW`, two files.
    static func files(old: String, new: String, context: CommandContext) throws -> ComparedVersions {
        try requireFile(old)
        try requireFile(new)
        let loader = loader(context)
        let labels = names(old, new)
        return try checked(old: read(old, label: labels.old, without: new, loader: loader, context: context),
                           new: read(new, label: labels.new, without: old, loader: loader, context: context), context: context)
    }

    /// `--sinds REVISIE BESTAND`: the file as it is, and as `revision` held it.
    static func since(_ revision: String, file: String, context: CommandContext) throws -> ComparedVersions {
        try requireFile(file)
        let searchPath = context.environment["PATH"] ?? ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        let earlier = try GitHistory(searchPath: searchPath).contents(of: file, at: revision)
        var oldLoader = loader(context)
        oldLoader.replacements[file] = earlier
        let name = FilePath.lastComponent(of: file)
        return try checked(old: read(file, label: "\(name) (\(revision))", without: nil, loader: oldLoader, context: context, isEarlier: true),
                           new: read(file, label: name, without: nil, loader: loader(context), context: context), context: context)
    }

    /// How the two files are named to a reader: their names (`am05-twente.toml`), or with their
    /// folder when the names are the same (`v1/am05-twente.toml`); never the machine's full path.
    static func names(_ old: String, _ new: String) -> (old: String, new: String) {
        func tail(_ path: String, _ count: Int) -> String {
            path.split(separator: "/").suffix(count).joined(separator: "/")
        }
        let oldName = tail(old, 1), newName = tail(new, 1)
        guard oldName == newName else { return (oldName, newName) }
        return (tail(old, 2), tail(new, 2))
    }

    private static func loader(_ context: CommandContext) -> WorkspaceLoader {
        var loader = context.workspaceLoader()
        loader.locator.fallback = AgendaPaths.defaultFolder
        return loader
    }

    private static func requireFile(_ path: String) throws {
        var isDirectory = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CommandError(LocalizedText("'\(path)' bestaat niet. Geef twee agendabestanden: mja verschil OUD NIEUW",
                                             "'\(path)' does not exist. Give two agenda files: mja verschil OLD NEW"), exitCode: .usageError)
        }
        guard !isDirectory else {
            throw CommandError(LocalizedText("'\(path)' is een map; mja verschil vergelijkt twee versies van één agendabestand",
                                             "'\(path)' is a folder; mja verschil compares two versions of one agenda file"), exitCode: .usageError)
        }
    }

    /// One version, read in its own workspace without the other version (two versions of one
    /// region side by side are not two agendas). A file that cannot be read as an agenda ends the
    /// command with its errors; one with errors that could still be read is compared, with a note.
    ///
    /// An earlier version from git (`isEarlier`) is read in place of the current file, so its
    /// errors are located at `label` (`am05-twente.toml (HEAD~1)`), never at the current file's path,
    /// whose lines they do not describe.
    private static func read(
        _ path: String, label: String, without other: String?, loader: WorkspaceLoader, context: CommandContext, isEarlier: Bool = false
    ) throws -> AgendaComparer.Version {
        var workspace = loader.load(files: [path])
        if let other, other != path { workspace.agendas.removeAll { $0.file == other } }
        // A version's file name and its neighbours (MJA017, MJA140: another version beside it) say
        // nothing about its content, and must not keep its checks from running.
        workspace.diagnostics.removeAll { $0.file == path && ["MJA017", "MJA140"].contains($0.code) }
        var errors = workspace.diagnostics.filter { $0.severity == .error && $0.file == path }
        var sources = workspace.sources
        if isEarlier {
            errors = errors.map { error in
                var error = error
                error.file = label
                error.notes = error.notes.map { note in
                    var note = note
                    if note.file == path { note.file = label }
                    return note
                }
                return error
            }
            sources[label] = sources[path]
        }
        guard let agenda = workspace.agenda(inFile: path) else {
            _ = context.printDiagnostics(errors, fileCount: 1, sources: sources, to: .error)
            throw CommandError(LocalizedText("'\(label)' kan niet als agenda worden gelezen; los eerst de fouten hierboven op",
                                             "'\(label)' cannot be read as an agenda; fix the errors above first"))
        }
        if !errors.isEmpty {
            let count = context.text(errors.count == 1 ? "een fout" : "\(errors.count) fouten", errors.count == 1 ? "an error" : "\(errors.count) errors")
            if isEarlier {
                // 'mja check' would show the current file's errors: this version's are printed here.
                _ = context.printDiagnostics(errors, fileCount: 1, sources: sources, to: .error)
                context.console.writeLine(context.text(
                    "mja: let op: '\(label)' bevat \(count) (hierboven); vergeleken is wat gelezen kon worden",
                    "mja: note: '\(label)' has \(count) (above); what could be read is compared"), to: .error)
            } else {
                context.console.writeLine(context.text(
                    "mja: let op: '\(label)' bevat \(count) ('mja check \(path)' toont ze); vergeleken is wat gelezen kon worden",
                    "mja: note: '\(label)' has \(count) ('mja check \(path)' shows them); what could be read is compared"), to: .error)
            }
        }
        return AgendaComparer.Version(workspace: workspace, agenda: agenda, label: label, place: isEarlier ? label : path)
    }

    /// The two versions, once they are known to be versions of one agenda.
    private static func checked(old: AgendaComparer.Version, new: AgendaComparer.Version, context: CommandContext) throws -> ComparedVersions {
        guard AgendaComparer.areVersionsOfOneAgenda(old.agenda, new.agenda) else {
            func whose(_ version: AgendaComparer.Version, _ language: Language) -> String {
                guard let code = version.agenda.scope.regionCode else { return language.pick("de landelijke agenda", "the national agenda") }
                let name = version.workspace.registry.region(code)?.name ?? code
                return language.pick("de agenda van \(name) (\(code))", "the agenda of \(name) (\(code))")
            }
            throw CommandError(LocalizedText(
                "'\(old.label)' is \(whose(old, .dutch)) en '\(new.label)' is \(whose(new, .dutch)): mja verschil vergelijkt twee versies van één agenda. Geef twee versies van hetzelfde bestand.",
                "'\(old.label)' is \(whose(old, .english)) and '\(new.label)' is \(whose(new, .english)): mja verschil compares two versions of one agenda. Give two versions of the same file."))
        }
        return ComparedVersions(old: old, new: new)
    }
}
