import FoundationEssentials
import FoundationGaps
import SystemCalls
#if canImport(Glibc)
import Glibc
#endif

/// The workspace on disk: a git repository holding `regions/` (and optionally `templates/`). Every
/// save is a commit with the person who saved as its author, made (and the file system synced)
/// before the save is reported; the history of an agenda is its git history. Saves are made one at
/// a time; reads may run beside them.
public final class WorkspaceStore: @unchecked Sendable {
    /// The repository's top folder (absolute).
    public let folder: String
    let git: Git
    private let lock = Lock()

    /// Opens the workspace in `folder`; a located Dutch message when it is not a git repository's
    /// top folder, has no `regions/`, or git cannot be found on `searchPath`.
    public init(folder: String, searchPath: String) throws(StoreError) {
        let absolute = URL(fileURLWithPath: folder).standardizedFileURL.resolvingSymlinksInPath().path
        var isDirectory = false
        guard FileManager.default.fileExists(atPath: absolute, isDirectory: &isDirectory), isDirectory else {
            throw StoreError("'\(folder)' bestaat niet of is geen map. Geef de map van de werkruimte, met daarin regions/.")
        }
        guard let executable = Git.find(searchPath: searchPath) else {
            throw StoreError("git is niet gevonden, en mja server bewaart elke wijziging met git. Installeer git (Debian: apt-get install git) en start opnieuw.")
        }
        let git = Git(folder: absolute, executable: executable)
        let top = git.run(["rev-parse", "--show-toplevel"])
        let howTo = "Maak er een git-repository van: cd '\(folder)' && git init && git add regions && git commit -m 'Werkruimte begonnen'"
        guard top.status == 0 else {
            throw StoreError("'\(folder)' is geen git-repository; mja server bewaart elke wijziging als commit, zodat niets verloren gaat. \(howTo)")
        }
        let resolvedTop = URL(fileURLWithPath: top.text).resolvingSymlinksInPath().path
        guard resolvedTop == absolute else {
            throw StoreError("'\(folder)' ligt in de git-repository '\(top.text)' maar is niet de bovenste map ervan. Start mja server met die map, of \(howTo.prefix(1).lowercased() + howTo.dropFirst()).")
        }
        guard FileManager.default.fileExists(atPath: absolute + "/regions", isDirectory: &isDirectory), isDirectory else {
            throw StoreError("In '\(folder)' staat geen map regions/ met agenda's. Begin er een met: mja init '\(folder)/regions', of kopieer de map regions/ van mja.")
        }
        self.folder = absolute
        self.git = git
    }

    /// The agendas: every `regions/*.toml`, sorted by id (`am01` ... `lmja`).
    public func agendas() -> [AgendaFile] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder + "/regions")) ?? []
        return names.filter { $0.hasSuffix(".toml") && !$0.hasPrefix(".") }.compactMap(AgendaFile.init(fileName:))
            .sorted { $0.id < $1.id }
    }

    /// The agenda with `id`, nil when there is none.
    public func agenda(_ id: String) -> AgendaFile? {
        agendas().first { $0.id == id }
    }

    /// The absolute path of `agenda`'s file.
    public func path(of agenda: AgendaFile) -> String { folder + "/" + agenda.path }

    /// The text of `agenda` as it is now, with its version (the git blob id of those bytes, stored
    /// so that a later save can merge against it).
    public func read(_ agenda: AgendaFile) throws(StoreError) -> (text: String, version: String) {
        guard let data = FileManager.default.contents(atPath: path(of: agenda)) else {
            throw StoreError("'\(agenda.path)' kan niet gelezen worden.")
        }
        let bytes = [UInt8](data)
        return (String(decoding: bytes, as: UTF8.self), try store(bytes))
    }

    /// Writes `bytes` into git's object store; the blob id.
    func store(_ bytes: [UInt8]) throws(StoreError) -> String {
        let result = git.run(["hash-object", "-w", "--stdin"], input: bytes)
        guard result.status == 0, Self.isObjectID(result.text) else { throw StoreError.git("hash-object", result.error) }
        return result.text
    }

    /// The bytes of the blob `version`; nil when it is not one this repository holds.
    func blob(_ version: String) -> [UInt8]? {
        guard Self.isObjectID(version) else { return nil }
        let result = git.run(["cat-file", "blob", version])
        return result.status == 0 ? result.output : nil
    }

    /// Whether `text` is a full object id (40 or 64 hex digits): ids from a form are checked before
    /// they reach git, so none can be read as an option or a revision expression.
    static func isObjectID(_ text: String) -> Bool {
        (text.utf8.count == 40 || text.utf8.count == 64) && text.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
    }

    /// Runs `body` as the only writer.
    func exclusively<T>(_ body: () throws(StoreError) -> T) throws(StoreError) -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }

    /// Replaces the file at `path` by `bytes` as one step: a temporary file beside it, synced, then
    /// renamed over it, and the folder synced; a crash leaves the old file or the new one.
    func writeAtomically(_ bytes: [UInt8], to path: String) throws(StoreError) {
        let temporary = path + ".mja-\(getpid())-\(UInt64.random(in: 0...UInt64.max)).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw StoreError("'\(path)' kan niet geschreven worden: \(String(cString: strerror(errno))).") }
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress! + offset, bytes.count - offset) }
            if written <= 0 && errno != EINTR { break }
            if written > 0 { offset += written }
        }
        let synced = fsync(descriptor) == 0
        close(descriptor)
        guard offset == bytes.count, synced, rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw StoreError("'\(path)' kan niet geschreven worden: \(reason). Er is niets veranderd.")
        }
        let folderDescriptor = open(FilePath.deletingLastComponent(of: path), O_RDONLY | O_CLOEXEC)
        if folderDescriptor >= 0 {
            fsync(folderDescriptor)
            close(folderDescriptor)
        }
    }

    /// Syncs the file system the workspace is on (git's own objects and refs included).
    func syncAll() {
        let descriptor = open(folder, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        _ = mja_syncfs(descriptor)
        close(descriptor)
    }
}

/// One agenda file of the workspace: `regions/am05-twente.toml` has id `am05`, `regions/lmja.toml` id `lmja`.
public struct AgendaFile: Sendable, Hashable {
    /// The short name used in addresses and rights: `am05`, `lmja`.
    public var id: String
    /// The path relative to the workspace: `regions/am05-twente.toml`.
    public var path: String
    /// The file name without `.toml`: `am05-twente`.
    public var name: String

    /// The agenda for a file in `regions/`; nil for a name that is not an agenda's.
    init?(fileName: String) {
        guard fileName.hasSuffix(".toml"), fileName.utf8.allSatisfy({ (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x2D || $0 == 0x2E }) else { return nil }
        name = String(fileName.dropLast(5))
        id = String(name.prefix { $0 != "-" })
        path = "regions/" + fileName
        guard !id.isEmpty else { return nil }
    }

    /// Whether this is the national agenda.
    public var isNational: Bool { id == "lmja" }
}

/// Why the workspace could not do what was asked, in Dutch, with what to do about it.
public struct StoreError: Error, Sendable, Equatable {
    /// The message for the person.
    public var message: String

    /// An error with `message`.
    public init(_ message: String) { self.message = message }

    /// Git refused `step`; its own words follow.
    static func git(_ step: String, _ error: String) -> StoreError {
        let said = error.trimming(.spacesAndNewlines)
        return StoreError("git kon de wijziging niet vastleggen (git \(step)): \(said.isEmpty ? "geen melding" : said). Er is niets opgeslagen; uw tekst staat hieronder nog.")
    }
}
