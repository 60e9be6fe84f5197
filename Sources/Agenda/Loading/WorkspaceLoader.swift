import Diagnostics
import FoundationEssentials
import FoundationGaps
import Hashing
import TOML
#if canImport(Glibc)
import Glibc
#endif

/// Reads an agenda folder (`regions/`): the registries in `registers/`, the national agenda
/// `lmja.toml` and the regional agendas, then resolves every reference between them.
///
/// Problems never stop the reading: each file is read as far as it can be, so one run reports
/// everything that is wrong.
public struct WorkspaceLoader: Sendable {
    /// The language of the messages.
    public var language: Language
    /// Where the registries of an agenda file are looked for when its own folder has none.
    public var locator: WorkspaceLocator
    /// Texts to read instead of the files at these paths: `mja verschil --sinds` reads the earlier
    /// version of a file from git this way, with the registries and agendas beside the file itself.
    public var replacements: [String: [UInt8]] = [:]
    /// How much of an agenda that is only read for context (beside the requested files) is read.
    public var contextReading: ContextReading = .whole
    /// The largest agenda or registry file read, in bytes: a larger file is refused with a message
    /// (MJA002) after a `stat`, without reading it. The shipped agendas are under 100 KB.
    public var fileSizeLimit = WorkspaceLoader.defaultFileSizeLimit
    /// 64 MB: far above a real agenda, and above the stress agendas of the tests and benchmarks
    /// (10,000 themes is 18 MB), so only a file that is no agenda (an export, a copy) is refused.
    public static let defaultFileSizeLimit = 64 << 20
    /// Whether each file's text is let go of once the file is read and its own checks of the text are
    /// made, to be read again from disk for the lines a message quotes (`SourceText.released`); a
    /// file changed on disk since is then quoted not at all, never wrongly. For `mja check` and
    /// `mja build`, which hold the whole workspace for the run: at 100 times the national content
    /// the texts were 25.8 MB. Off, every text stays in memory (for commands that edit them).
    public var releasesSourceTexts = false

    /// The registries the program carries, by file name (`regios.toml`): each one the workspace's
    /// `registers/` lacks is read from here, so an agenda anywhere is checked against the shipped
    /// registries; a workspace's own file replaces only its namesake. Empty: only the files on disk.
    public var builtInRegistries: [String: [UInt8]] = [:]
    /// The digests (`BuiltInFiles.digest`) of the shipped example agendas, by file name: an agenda
    /// that says `voorbeeld = true` but whose bytes match none of them is an edited one (MJA024).
    /// Empty: every `voorbeeld = true` is taken at its word.
    public var shippedExampleDigests: [String: UInt64] = [:]
    /// The name shown for the folder of the built-in registries, in `mja check -v` and in messages.
    public static let builtInFolder = "(ingebouwd)"

    public init(language: Language = .dutch, locator: WorkspaceLocator = WorkspaceLocator()) {
        self.language = language
        self.locator = locator
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
    /// requested files are reported. An agenda outside an agenda folder gets the registries, national
    /// agenda and other agendas of the nearest one (see `WorkspaceLocator`), without the agendas of
    /// its own region there: the requested file stands in for them.
    public func load(files: [String]) -> Workspace {
        var agendaFiles: [String] = []
        var registryFiles: [String] = []
        var searched: [String] = []
        for file in files {
            let folder = FilePath.deletingLastComponent(of: file)
            if FilePath.lastComponent(of: folder) == Self.registryFolder {
                registryFiles += Self.registryFiles(in: FilePath.deletingLastComponent(of: folder))
            } else {
                let own = folder.isEmpty ? "." : folder
                agendaFiles += Self.agendaFiles(in: own)
                let located = locator.agendaFolder(for: own)
                if let home = located.found {
                    registryFiles += Self.registryFiles(in: home)
                    if home != own {
                        let regionsAsked = Set(files.compactMap(Self.regionPrefix))
                        agendaFiles += Self.agendaFiles(in: home).filter { Self.regionPrefix($0).map { !regionsAsked.contains($0) } ?? true }
                    }
                } else if searched.isEmpty {
                    searched = located.searched
                }
            }
            if !agendaFiles.contains(file) && !registryFiles.contains(file) { agendaFiles.append(file) }
        }
        return load(agendaFiles: unique(agendaFiles), registryFiles: unique(registryFiles), requested: files, searched: searched)
    }

    /// `am24` for `.../am24-zeeland.toml` or `.../am24.toml`; nil for other names.
    private static func regionPrefix(_ file: String) -> String? {
        let stem = (FilePath.deletingExtension(of: FilePath.lastComponent(of: file))).lowercased()
        let code = stem.prefix { $0 != "-" }
        guard code.count == 4, code.hasPrefix("am"), code.dropFirst(2).allSatisfy(\.isNumber) else { return nil }
        return String(code)
    }

    private func load(agendaFiles: [String], registryFiles: [String], requested: [String], searched: [String] = []) -> Workspace {
        let (registryFiles, replacements) = withBuiltInRegistries(registryFiles)
        var session = LoadSession(language: language)
        session.replacements = replacements
        session.fileSizeLimit = fileSizeLimit
        if registryFiles.isEmpty, let first = agendaFiles.first {
            let folder = FilePath.deletingLastComponent(of: first)
            let places = searched.isEmpty ? [folder.isEmpty ? "." : folder] : searched
            session.report(.registriesNotFound(searched: places.map { ($0 == "/" ? "" : $0) + "/" + Self.registryFolder }),
                           file: first, range: nil)
        }
        let requestedSet = Set(requested)
        // The registries and each agenda are read on their own, on all cores (parsing is most of a
        // load), the largest first so no core is left with a big file at the end; the findings are
        // taken in the order of the files, so the result is the same as reading them one by one.
        let jobs = [LoadJob.registries] + Self.largestFirst(agendaFiles, requested: requestedSet).map(LoadJob.agenda)
        let language = language, contextReading = contextReading, fileSizeLimit = fileSizeLimit
        let releasesSourceTexts = releasesSourceTexts
        let readings = jobs.concurrentMap { job in
            var own = LoadSession(language: language)
            own.replacements = replacements
            own.fileSizeLimit = fileSizeLimit
            // What is read is read before `own` is returned: a tuple takes its parts in order.
            let reading: LoadJob.Reading
            switch job {
            case .registries:
                reading = .registry(RegistryReader.read(registryFiles, into: &own))
            case .agenda(let file) where !requestedSet.contains(file):
                // An agenda read only for context (its signals, themes and region, for the requested
                // files' references and criteria) is read into the model without the checks of its
                // own text: their findings would be left out below anyway.
                reading = .agenda(file, own.readContextAgenda(file, reading: contextReading))
            case .agenda(let file):
                reading = .agenda(file, own.parse(file).flatMap { own.readAgenda($0, file: file) })
            }
            if releasesSourceTexts { own.releaseSources() }
            return (own, reading)
        }
        var registry = Registry()
        var sessions: [String: LoadSession] = [:]
        var agendas: [Agenda] = []
        for (own, reading) in readings {
            switch reading {
            case .registry(let read):
                registry = read
                session.take(own)
            case .agenda(let file, let agenda):
                sessions[file] = own
                if let agenda { agendas.append(agenda) }
            }
        }
        for file in agendaFiles { if let own = sessions[file] { session.take(own) } }
        agendas.sort { ($0.scope == .national ? 0 : 1, $0.file) < ($1.scope == .national ? 0 : 1, $1.file) }
        let edited = editedExamples(agendas, replacements: replacements)
        for agenda in agendas where edited.contains(agenda.file) && requestedSet.contains(agenda.file) {
            session.report(.exampleFlagOnEditedAgenda, file: agenda.file, range: agenda.exampleFlagRange)
        }
        var resolver = ReferenceResolver(registry: registry, agendas: agendas, session: session, checking: requestedSet)
        resolver.editedExamples = edited
        resolver.resolve()
        session = resolver.session
        let diagnostics = session.diagnostics.filter { $0.file.map(requestedSet.contains) ?? true }
            .sorted(by: Diagnostic.printingOrder)
        var workspace = Workspace(
            registry: registry, agendas: agendas, diagnostics: diagnostics, sources: session.sources,
            requestedFiles: requested)
        workspace.skippedStatements = session.skipped
        workspace.registryFiles = registryFiles
        workspace.editedExamples = edited
        workspace.textFindings = session.textFindings
        return workspace
    }

    /// `registryFiles` with a built-in registry for every name they lack (at a path under
    /// `builtInFolder`, read from the replacements), sorted by file name.
    private func withBuiltInRegistries(_ registryFiles: [String]) -> ([String], [String: [UInt8]]) {
        guard !builtInRegistries.isEmpty else { return (registryFiles, replacements) }
        var files = registryFiles
        var replacements = replacements
        let present = Set(registryFiles.map { FilePath.lastComponent(of: $0) })
        for name in builtInRegistries.keys.sorted() where !present.contains(name) {
            let path = Self.builtInFolder + "/" + Self.registryFolder + "/" + name
            files.append(path)
            replacements[path] = builtInRegistries[name]
        }
        files.sort { (FilePath.lastComponent(of: $0), $0) < (FilePath.lastComponent(of: $1), $1) }
        return (files, replacements)
    }

    /// The agendas that say `voorbeeld = true` but are not byte for byte a shipped example.
    private func editedExamples(_ agendas: [Agenda], replacements: [String: [UInt8]]) -> Set<String> {
        guard !shippedExampleDigests.isEmpty else { return [] }
        // Any shipped example counts, whatever the file is called now: a copy under another name
        // (`am05-twente-kopie.toml`) is still the example, byte for byte.
        let shipped = Set(shippedExampleDigests.values)
        var edited = Set<String>()
        for agenda in agendas where agenda.isExample {
            let bytes = replacements[agenda.file] ?? FileManager.default.contents(atPath: agenda.file).map { [UInt8]($0) }
            guard let bytes else { continue }
            if !shipped.contains(Self.digest(bytes)) && !shipped.contains(Self.digest(Self.lineFeedsOnly(bytes))) {
                edited.insert(agenda.file)
            }
        }
        return edited
    }

    /// `bytes` with every CR LF as LF: an example opened and saved again on Windows (Notepad writes
    /// CR LF) says the same and is still the example, not an edited one.
    static func lineFeedsOnly(_ bytes: [UInt8]) -> [UInt8] {
        guard bytes.contains(0x0D) else { return bytes }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        for (index, byte) in bytes.enumerated() where !(byte == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A) {
            result.append(byte)
        }
        return result
    }

    /// FNV-1a over `bytes`, 64 bits (the same function as the build's `BuiltInFiles.digest`).
    public static func digest(_ bytes: [UInt8]) -> UInt64 {
        FNV1a.hash64(bytes)
    }

    /// The requested files, then the others by size, largest first (a file that cannot be read last).
    private static func largestFirst(_ files: [String], requested: Set<String>) -> [String] {
        // `stat` itself: Foundation's `attributesOfItem` costs more than reading a small agenda.
        let sizes = files.map { file in
            var status = stat()
            return stat(file, &status) == 0 ? Int(status.st_size) : 0
        }
        let isRequested = files.map(requested.contains)
        return files.indices.sorted { a, b in
            isRequested[a] != isRequested[b] ? isRequested[a] : (sizes[a], b) > (sizes[b], a)
        }.map { files[$0] }
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
        directory == "." ? name : FilePath.appending(name, to: directory)
    }

    private func unique(_ files: [String]) -> [String] {
        var seen = Set<String>()
        return files.filter { seen.insert($0).inserted }
    }
}
