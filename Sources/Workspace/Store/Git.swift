import Foundation

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
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["-C", folder, "-c", "core.hooksPath=/dev/null", "-c", "commit.gpgSign=false",
                             "-c", "core.fsync=all", "-c", "core.quotePath=false"] + arguments
        var base = ["PATH": "/usr/bin:/bin", "HOME": NSTemporaryDirectory(), "GIT_CONFIG_NOSYSTEM": "1",
                    "GIT_TERMINAL_PROMPT": "0", "LC_ALL": "C"]
        base.merge(environment) { $1 }
        process.environment = base
        let output = Pipe(), error = Pipe(), standardInput = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = standardInput
        do { try process.run() } catch { return Output(status: -1, output: [], error: "\(error)") }
        // Both pipes are read on threads of their own: a large diff must not fill one pipe while
        // the other is waited for.
        let collected = OutputCollector()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            collected.setError(error.fileHandleForReading.readDataToEndOfFile())
            group.leave()
        }
        if let input { standardInput.fileHandleForWriting.write(Data(input)) }
        try? standardInput.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, output: [UInt8](data), error: collected.errorText)
    }
}

/// Standard error of a git run, read on another thread.
private final class OutputCollector: @unchecked Sendable {
    private let lock = NSLock()
    private var error = Data()
    func setError(_ data: Data) { lock.withLock { error = data } }
    var errorText: String { lock.withLock { String(decoding: error, as: UTF8.self) } }
}
