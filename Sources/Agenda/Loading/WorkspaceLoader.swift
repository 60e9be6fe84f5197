import Diagnostics
import Foundation
import TOML

/// Reads an agenda folder (`regions/`): the registries in `registers/`, the national agenda
/// `lmja.toml` and the regional agendas, then resolves every reference between them.
///
/// Problems never stop the reading: each file is read as far as it can be, so one run reports
/// everything that is wrong.
public struct WorkspaceLoader: Sendable {
    /// The language of the messages.
    public var language: Language

    public init(language: Language = .dutch) {
        self.language = language
    }

    /// The folder holding the registries, relative to an agenda folder.
    public static let registryFolder = "registers"

    /// Reads every agenda in `directory` and its registries.
    public func load(directory: String) -> Workspace {
        let agendaFiles = Self.agendaFiles(in: directory)
        let registryFiles = Self.registryFiles(in: directory)
        return load(agendaFiles: agendaFiles, registryFiles: registryFiles, requested: registryFiles + agendaFiles)
    }

    /// Reads the given files; a registry file among them is checked as one. The registries and other
    /// agendas next to them are read for context (to resolve references), but only problems in the
    /// requested files are reported.
    public func load(files: [String]) -> Workspace {
        var agendaFiles: [String] = []
        var registryFiles: [String] = []
        for file in files {
            let folder = (file as NSString).deletingLastPathComponent
            if (folder as NSString).lastPathComponent == Self.registryFolder {
                registryFiles += Self.registryFiles(in: (folder as NSString).deletingLastPathComponent)
            } else {
                registryFiles += Self.registryFiles(in: folder.isEmpty ? "." : folder)
                agendaFiles += Self.agendaFiles(in: folder.isEmpty ? "." : folder)
            }
            if !agendaFiles.contains(file) && !registryFiles.contains(file) { agendaFiles.append(file) }
        }
        return load(agendaFiles: unique(agendaFiles), registryFiles: unique(registryFiles), requested: files)
    }

    private func load(agendaFiles: [String], registryFiles: [String], requested: [String]) -> Workspace {
        var session = LoadSession(language: language)
        if registryFiles.isEmpty, let first = agendaFiles.first {
            let folder = (first as NSString).deletingLastPathComponent
            session.report(.registriesNotFound(folder: (folder.isEmpty ? "." : folder) + "/" + Self.registryFolder),
                           file: first, range: nil)
        }
        let registry = RegistryReader.read(registryFiles, into: &session)
        var agendas: [Agenda] = []
        for file in agendaFiles {
            guard let root = session.parse(file), let agenda = session.readAgenda(root, file: file) else { continue }
            agendas.append(agenda)
        }
        agendas.sort { ($0.scope == .national ? 0 : 1, $0.file) < ($1.scope == .national ? 0 : 1, $1.file) }
        var resolver = ReferenceResolver(registry: registry, agendas: agendas, session: session)
        resolver.resolve()
        session = resolver.session
        let requestedSet = Set(requested)
        let diagnostics = session.diagnostics.filter { $0.file.map(requestedSet.contains) ?? true }
            .sorted(by: Diagnostic.printingOrder)
        return Workspace(
            registry: registry, agendas: agendas, diagnostics: diagnostics, sources: session.sources,
            requestedFiles: requested)
    }

    /// The agenda files of a folder: every `*.toml` directly in it, sorted by name.
    public static func agendaFiles(in directory: String) -> [String] {
        tomlFiles(in: directory)
    }

    /// The registry files of an agenda folder, sorted by name.
    public static func registryFiles(in directory: String) -> [String] {
        tomlFiles(in: join(directory, registryFolder))
    }

    private static func tomlFiles(in directory: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.filter { $0.hasSuffix(".toml") }.sorted().map { join(directory, $0) }
    }

    private static func join(_ directory: String, _ name: String) -> String {
        directory == "." ? name : (directory as NSString).appendingPathComponent(name)
    }

    private func unique(_ files: [String]) -> [String] {
        var seen = Set<String>()
        return files.filter { seen.insert($0).inserted }
    }
}
