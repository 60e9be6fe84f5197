import FoundationEssentials
import FoundationGaps

/// Who saves: the commit's author.
public struct Author: Sendable, Equatable {
    /// The account name (`anna`).
    public var name: String
    /// The name people read (`Anna de Vries`).
    public var displayName: String

    /// An author.
    public init(name: String, displayName: String) {
        self.name = name
        self.displayName = displayName
    }
}

/// What a save did.
public enum SaveOutcome: Sendable, Equatable {
    /// Stored as a new commit; the file's new version.
    case saved(commit: String, version: String)
    /// The file had changed since the person began, on other lines: both changes are stored, in a new commit.
    case merged(commit: String, version: String)
    /// The text is the same as the file's: nothing to store.
    case unchanged(version: String)
    /// The file had changed since the person began, on the same lines: nothing stored.
    case conflict(Conflict)
}

/// Two changes to the same lines: the person's text, the text stored meanwhile (with its version,
/// so a save of the person's choice starts from it) and git's merge with both marked.
public struct Conflict: Sendable, Equatable {
    /// What the person sent.
    public var mine: String
    /// What the file holds now.
    public var theirs: String
    /// The version of `theirs`.
    public var version: String
    /// The merge, with `<<<<<<<` ... `>>>>>>>` around the lines both changed.
    public var marked: String
}

extension WorkspaceStore {
    /// Saves `text` as `agenda`'s new content, begun from `base` (the version the person read).
    /// When the file changed since, the changes are merged with `git merge-file` if they touch other
    /// lines, and nothing is stored if they touch the same ones. The commit is made and the file
    /// system synced before this returns; when git fails, the file is as it was and the error says why.
    public func save(_ agenda: AgendaFile, text: String, base: String, author: Author, message: String) throws(StoreError) -> SaveOutcome {
        try exclusively { () throws(StoreError) -> SaveOutcome in
            let (current, version) = try read(agenda)
            var newText = text
            var merged = false
            if text == current { return .unchanged(version: version) }
            if base != version {
                guard let baseBytes = blob(base) else {
                    throw StoreError("De versie waarmee u begon (\(base.prefix(12))) is onbekend. Open de agenda opnieuw om te bewerken; kopieer eerst uw tekst.")
                }
                switch try mergeFile(mine: text, base: String(decoding: baseBytes, as: UTF8.self), theirs: current) {
                case .clean(let result):
                    newText = result
                    merged = true
                case .conflict(let marked):
                    return .conflict(Conflict(mine: text, theirs: current, version: version, marked: marked))
                }
            }
            let commit = try commit(agenda, bytes: Array(newText.utf8), previous: Array(current.utf8), author: author,
                                    message: merged ? message + " (samengevoegd met een wijziging die intussen was opgeslagen)" : message)
            let newVersion = try store(Array(newText.utf8))
            return merged ? .merged(commit: commit, version: newVersion) : .saved(commit: commit, version: newVersion)
        }
    }

    private enum Merge { case clean(String), conflict(String) }

    /// `git merge-file` of the three texts, in a temporary folder of its own.
    private func mergeFile(mine: String, base: String, theirs: String) throws(StoreError) -> Merge {
        let scratch = ProgramFile.temporaryFolder + "mja-merge-\(UInt64.random(in: 0...UInt64.max))"
        do {
            try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
            try Data(mine.utf8).write(to: URL(fileURLWithPath: scratch + "/mine"))
            try Data(base.utf8).write(to: URL(fileURLWithPath: scratch + "/base"))
            try Data(theirs.utf8).write(to: URL(fileURLWithPath: scratch + "/theirs"))
        } catch {
            throw StoreError("De wijzigingen konden niet samengevoegd worden: de tijdelijke map is niet te schrijven (\(ErrorText.describing(error))).")
        }
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let result = git.run(["merge-file", "-p", "-L", "uw versie", "-L", "uw beginversie", "-L", "intussen opgeslagen",
                              scratch + "/mine", scratch + "/base", scratch + "/theirs"])
        if result.status == 0 { return .clean(String(decoding: result.output, as: UTF8.self)) }
        if result.status > 0 && result.status < 128 { return .conflict(String(decoding: result.output, as: UTF8.self)) }
        throw StoreError.git("merge-file", result.error)
    }

    /// Writes the file and commits it alone; on failure puts `previous` back.
    private func commit(_ agenda: AgendaFile, bytes: [UInt8], previous: [UInt8], author: Author, message: String) throws(StoreError) -> String {
        let path = path(of: agenda)
        try writeAtomically(bytes, to: path)
        let identity = [
            "GIT_AUTHOR_NAME": author.displayName, "GIT_AUTHOR_EMAIL": "\(author.name)@mja-werkruimte.invalid",
            "GIT_COMMITTER_NAME": "mja server", "GIT_COMMITTER_EMAIL": "server@mja-werkruimte.invalid",
        ]
        let added = git.run(["add", "--", agenda.path])
        let committed = added.status == 0
            ? git.run(["commit", "--quiet", "--no-verify", "-m", message, "--", agenda.path], environment: identity)
            : added
        guard committed.status == 0 else {
            // Nothing half-saved: the file is put back and the index forgets the attempt.
            try? writeAtomically(previous, to: path)
            _ = git.run(["reset", "--quiet", "--", agenda.path])
            throw StoreError.git(added.status == 0 ? "commit" : "add", committed.error)
        }
        syncAll()
        let head = git.run(["rev-parse", "HEAD"])
        guard head.status == 0 else { throw StoreError.git("rev-parse", head.error) }
        return head.text
    }
}
