import FoundationEssentials
import FoundationGaps
#if canImport(Glibc)
import Glibc
#endif

/// Runs the `git` program in the workspace (no shell, arguments as given), the way
/// `mja verschil --sinds` does: the workspace's history is git's, read and written by git itself.
struct Git: Sendable {
    /// The repository's top folder.
    let folder: String
    /// The `git` program.
    let executable: String

    /// What one run of git gave.
    struct Output: Sendable {
        var status: Int32
        var output: [UInt8]
        var error: String
        /// Standard output as text, without the final newline.
        var text: String {
            var text = String(decoding: output, as: UTF8.self)
            if text.hasSuffix("\n") { text.removeLast() }
            return text
        }
    }

    /// The first `git` on `searchPath` that can be run; nil when there is none.
    static func find(searchPath: String) -> String? {
        searchPath.split(separator: ":").map { "\($0)/git" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs `git -C folder ARGUMENTS`; `environment` is added to a fixed, small environment (no
    /// user configuration decides what a commit holds: no hooks, no pager, no editor, no signing).
    func run(_ arguments: [String], environment: [String: String] = [:], input: [UInt8]? = nil) -> Output {
        var base = ["PATH": "/usr/bin:/bin", "HOME": ProgramFile.temporaryFolder, "GIT_CONFIG_NOSYSTEM": "1",
                    "GIT_TERMINAL_PROMPT": "0", "LC_ALL": "C"]
        base.merge(environment) { $1 }
        let fixed = ["-C", folder, "-c", "core.hooksPath=/dev/null", "-c", "commit.gpgSign=false",
                     "-c", "core.fsync=all", "-c", "core.quotePath=false"]
        // ChildProcess reads standard output and error as they come: a large diff cannot fill one
        // pipe while the other is waited for.
        do {
            let result = try ChildProcess.run(executable, fixed + arguments, environment: base, input: input ?? [])
            return Output(status: result.status, output: result.output, error: String(decoding: result.error, as: UTF8.self))
        } catch {
            return Output(status: -1, output: [], error: "git could not be started: \(String(cString: strerror(error.code)))")
        }
    }
}
