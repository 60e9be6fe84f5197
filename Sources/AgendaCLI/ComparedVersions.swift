import Agenda
import Diagnostics
import Foundation

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
        return try checked(old: read(old, label: old, without: new, loader: loader, context: context),
                           new: read(new, label: new, without: old, loader: loader, context: context), context: context)
    }

    /// `--sinds REVISIE BESTAND`: the file as it is, and as `revision` held it.
    static func since(_ revision: String, file: String, context: CommandContext) throws -> ComparedVersions {
        try requireFile(file)
        let searchPath = context.environment["PATH"] ?? ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        let earlier = try GitHistory(searchPath: searchPath).contents(of: file, at: revision)
        var oldLoader = loader(context)
        oldLoader.replacements[file] = earlier
        return try checked(old: read(file, label: "\(revision):\(file)", without: nil, loader: oldLoader, context: context),
                           new: read(file, label: file, without: nil, loader: loader(context), context: context), context: context)
    }

    private static func loader(_ context: CommandContext) -> WorkspaceLoader {
        var loader = WorkspaceLoader(language: context.language)
        loader.locator.fallback = AgendaPaths.defaultFolder
        return loader
    }

    private static func requireFile(_ path: String) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CommandError(LocalizedText("'\(path)' bestaat niet. Geef twee agendabestanden: mja verschil OUD NIEUW",
                                             "'\(path)' does not exist. Give two agenda files: mja verschil OLD NEW"), exitCode: .usageError)
        }
        guard !isDirectory.boolValue else {
            throw CommandError(LocalizedText("'\(path)' is een map; mja verschil vergelijkt twee versies van één agendabestand",
                                             "'\(path)' is a folder; mja verschil compares two versions of one agenda file"), exitCode: .usageError)
        }
    }

    /// One version, read in its own workspace without the other version (two versions of one
    /// region side by side are not two agendas). A file that cannot be read as an agenda ends the
    /// command with its errors; one with errors that could still be read is compared, with a note.
    private static func read(_ path: String, label: String, without other: String?, loader: WorkspaceLoader, context: CommandContext) throws -> AgendaComparer.Version {
        var workspace = loader.load(files: [path])
        if let other, other != path { workspace.agendas.removeAll { $0.file == other } }
        // A version's file name and its neighbours (MJA017, MJA140) say nothing about its content.
        let errors = workspace.diagnostics.filter { $0.severity == .error && $0.file == path && !["MJA017", "MJA140"].contains($0.code) }
        guard let agenda = workspace.agenda(inFile: path) else {
            _ = context.printDiagnostics(errors, fileCount: 1, sources: workspace.sources, to: .error)
            throw CommandError(LocalizedText("'\(label)' kan niet als agenda worden gelezen; los eerst de fouten hierboven op",
                                             "'\(label)' cannot be read as an agenda; fix the errors above first"))
        }
        if !errors.isEmpty {
            context.console.writeLine(context.text(
                "mja: let op: '\(label)' bevat \(errors.count == 1 ? "een fout" : "\(errors.count) fouten") ('mja check \(path)' toont ze); vergeleken is wat gelezen kon worden",
                "mja: note: '\(label)' has \(errors.count) error(s) ('mja check \(path)' shows them); what could be read is compared"), to: .error)
        }
        return AgendaComparer.Version(workspace: workspace, agenda: agenda, label: label)
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
