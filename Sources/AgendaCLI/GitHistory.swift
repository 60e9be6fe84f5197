import FoundationEssentials
import FoundationGaps

/// Reads an earlier version of a file from git, for `mja verschil --sinds REVISIE BESTAND`: only
/// when asked, with `git show REVISIE:./naam` run in the file's own folder, so the path is the
/// file's wherever the repository starts. Nothing in the repository is changed.
struct GitHistory {
    /// The `PATH` to find `git` in.
    var searchPath: String

    /// The bytes of `file` as revision `revision` holds them; a clear error when git is missing,
    /// the file is not in a repository, the revision does not exist or did not hold the file.
    func contents(of file: String, at revision: String) throws -> [UInt8] {
        guard !revision.hasPrefix("-"), !revision.isEmpty else {
            throw UsageError.invalid(LocalizedText(
                "--sinds verwacht een revisie zoals HEAD~1, een tag als v1.0 of een commit, niet '\(revision)'",
                "--sinds expects a revision such as HEAD~1, a tag such as v1.0 or a commit, not '\(revision)'"))
        }
        guard let git = executable() else {
            throw CommandError(LocalizedText(
                "git is niet gevonden, en --sinds leest de oude versie met git. Installeer git, of vergelijk twee bestanden: mja verschil OUD NIEUW",
                "git was not found, and --sinds reads the old version with git. Install git, or compare two files: mja verschil OLD NEW"))
        }
        let folder = FilePath.deletingLastComponent(of: file).isEmpty ? "." : FilePath.deletingLastComponent(of: file)
        let name = FilePath.lastComponent(of: file)
        guard run(git, ["-C", folder, "rev-parse", "--is-inside-work-tree"]).status == 0 else {
            throw CommandError(LocalizedText(
                "'\(file)' staat niet in een git-repository, dus er is geen eerdere versie om mee te vergelijken. Vergelijk twee bestanden: mja verschil OUD \(file)",
                "'\(file)' is not in a git repository, so there is no earlier version to compare with. Compare two files: mja verschil OLD \(file)"))
        }
        guard run(git, ["-C", folder, "rev-parse", "--verify", "--quiet", "\(revision)^{commit}"]).status == 0 else {
            throw CommandError(LocalizedText(
                "revisie '\(revision)' bestaat niet in de repository van '\(file)'. 'git log --oneline -- \(file)' toont de revisies van dit bestand.",
                "revision '\(revision)' does not exist in the repository of '\(file)'. 'git log --oneline -- \(file)' lists the revisions of this file."))
        }
        let shown = run(git, ["-C", folder, "show", "\(revision):./\(name)"])
        guard shown.status == 0 else {
            throw CommandError(LocalizedText(
                "'\(file)' bestond nog niet in revisie '\(revision)' (of had een andere naam). 'git log --oneline --follow -- \(file)' toont waar het begint.",
                "'\(file)' did not exist yet in revision '\(revision)' (or had another name). 'git log --oneline --follow -- \(file)' shows where it starts."))
        }
        return shown.output
    }

    /// The first `git` on the search path that can be run.
    private func executable() -> String? {
        searchPath.split(separator: ":").map { "\($0)/git" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs git with `arguments` (no shell); its standard output and exit status (-1 when it
    /// could not be started).
    private func run(_ git: String, _ arguments: [String]) -> (status: Int32, output: [UInt8]) {
        guard let result = try? ChildProcess.run(git, arguments) else { return (-1, []) }
        return (result.status, result.output)
    }
}
