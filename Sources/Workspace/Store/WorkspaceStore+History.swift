import FoundationEssentials

/// One save in an agenda's history.
public struct Revision: Sendable, Equatable {
    /// The commit id.
    public var commit: String
    /// Who saved (the author's name).
    public var author: String
    /// When, as git wrote it (ISO 8601 with the offset).
    public var date: String
    /// The commit message's first line.
    public var message: String
}

extension WorkspaceStore {
    /// Every commit that changed `agenda`, newest first (at most `limit`).
    public func history(of agenda: AgendaFile, limit: Int = 200) -> [Revision] {
        let result = git.run(["log", "-n", String(limit), "--format=%H%x1f%an%x1f%aI%x1f%s", "--", agenda.path])
        guard result.status == 0 else { return [] }
        return result.text.split(separator: "\n").compactMap { line in
            let fields = line.split(separator: "\u{1F}", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 4, Self.isObjectID(fields[0]) else { return nil }
            return Revision(commit: fields[0], author: fields[1], date: fields[2], message: fields[3])
        }
    }

    /// The last change to `agenda`, nil when it has none in git yet.
    public func lastChange(of agenda: AgendaFile) -> Revision? {
        history(of: agenda, limit: 1).first
    }

    /// The commit `HEAD` names, nil in a repository without commits.
    public func head() -> String? {
        let result = git.run(["rev-parse", "--verify", "--quiet", "HEAD"])
        return result.status == 0 && Self.isObjectID(result.text) ? result.text : nil
    }

    /// A key for everything the documents are made from: the tree of `HEAD` and whether the files
    /// differ from it. Documents are cached by it.
    public func contentKey() -> String {
        let tree = git.run(["rev-parse", "--verify", "--quiet", "HEAD^{tree}"]).text
        let dirty = git.run(["status", "--porcelain", "--untracked-files=all", "--", "regions", "templates"]).text
            + git.run(["diff", "HEAD", "--", "regions", "templates"]).text
        return dirty.isEmpty ? tree : tree + "+" + String(dirty.hashValue, radix: 16)
    }

    /// `agenda`'s text as commit `commit` held it; nil when the commit is not one of its history.
    public func text(of agenda: AgendaFile, at commit: String) -> String? {
        guard Self.isObjectID(commit) else { return nil }
        let result = git.run(["show", "\(commit):\(agenda.path)"])
        return result.status == 0 ? String(decoding: result.output, as: UTF8.self) : nil
    }

    /// Makes `commit`'s text of `agenda` its content again, as a new commit (history is never rewritten).
    public func restore(_ agenda: AgendaFile, to commit: String, author: Author) throws(StoreError) -> SaveOutcome {
        guard let text = text(of: agenda, at: commit) else {
            throw StoreError("Versie \(commit.prefix(12)) van \(agenda.path) bestaat niet. Kies een versie uit de geschiedenis.")
        }
        let current = try read(agenda)
        return try save(agenda, text: text, base: current.version, author: author,
                        message: "\(agenda.id): versie \(commit.prefix(7)) teruggezet door \(author.displayName)")
    }
}
