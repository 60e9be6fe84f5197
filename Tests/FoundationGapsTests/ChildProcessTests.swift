import Foundation
@testable import FoundationGaps
import TestSupport
import Testing

/// `ChildProcess` held against `Foundation`'s `Process` and `Pipe` running the same programs: the
/// same standard output, standard error and exit status; and what `Process` cannot do without a
/// second thread, both pipes filled at once.
@Suite(.timed) struct ChildProcessTests {
    static let git = ExternalTool("git", installedBy: "apt-get install git")

    /// What `Process` gives for the same run, both pipes read on threads of their own.
    private func foundationRun(_ executable: String, _ arguments: [String], input: [UInt8] = []) throws -> ChildProcess.Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe(), error = Pipe(), standardInput = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = standardInput
        try process.run()
        let errorData = Collected()
        let done = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            errorData.data = error.fileHandleForReading.readDataToEndOfFile()
            done.signal()
        }
        if !input.isEmpty { standardInput.fileHandleForWriting.write(Data(input)) }
        try standardInput.fileHandleForWriting.close()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        done.wait()
        process.waitUntilExit()
        return ChildProcess.Result(status: process.terminationStatus, output: [UInt8](outputData), error: [UInt8](errorData.data))
    }

    /// Input only for the scripts that wait for it: `Process` would end this test program with
    /// `SIGPIPE` writing to one that has ended already.
    @Test(arguments: [
        ("printf 'één\\n'; printf 'fout\\n' >&2; exit 3", false),
        ("exit 0", false),
        ("cat; echo klaar >&2", true),
        ("kill -TERM $$", false),
        ("head -c 5; exit 7", true),
    ]) func shellAsProcess(script: String, reads: Bool) throws {
        let input = reads ? Array("invoer\nregel twee\n".utf8) : []
        let arguments = ["-c", script]
        let mine = try ChildProcess.run("/bin/sh", arguments, input: input)
        #expect(mine == (try foundationRun("/bin/sh", arguments, input: input)))
    }

    @Test(.enabled(if: git.shouldRun, git.skipReason)) func gitAsProcess() throws {
        let git = try Self.git.require()
        for arguments in [["--version"], ["-C", "/", "rev-parse", "--is-inside-work-tree"], ["no-such-command"]] {
            let mine = try ChildProcess.run(git, arguments)
            #expect(mine == (try foundationRun(git, arguments)), "\(arguments)")
        }
        #expect(try ChildProcess.run(git, ["--version"]).status == 0)
        #expect(try ChildProcess.run(git, ["-C", "/", "rev-parse", "--is-inside-work-tree"]).status != 0)
    }

    /// Four megabytes on each pipe, written alternately: a reader of one pipe at a time would wait
    /// for ever on the other's full pipe.
    @Test func bothPipesFullAtOnce() throws {
        let script = "i=0; while [ $i -lt 64 ]; do head -c 65536 /dev/zero; head -c 65536 /dev/zero >&2; i=$((i+1)); done"
        let result = try ChildProcess.run("/bin/sh", ["-c", script])
        #expect(result.status == 0)
        #expect(result.output.count == 4 << 20 && result.error.count == 4 << 20)
    }

    /// A large input the program echoes as it reads: written and read in turns.
    @Test func largeInputEchoed() throws {
        var generator = SplitMix64(seed: 38)
        let input = (0..<(3 << 20)).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
        let result = try ChildProcess.run("/bin/cat", [], input: input)
        #expect(result.output == input && result.status == 0)
    }

    /// A program that stops reading early: its closed input gives EPIPE here, not SIGPIPE.
    @Test func inputRefused() throws {
        let input = [UInt8](repeating: 65, count: 1 << 20)
        let result = try ChildProcess.run("/bin/sh", ["-c", "exit 4"], input: input)
        #expect(result.status == 4)
    }

    @Test func environmentAsGiven() throws {
        let result = try ChildProcess.run("/usr/bin/env", [], environment: ["B": "2", "A": "één"])
        #expect(String(decoding: result.output, as: UTF8.self) == "A=één\nB=2\n")
        let inherited = try ChildProcess.run("/usr/bin/env", [])
        #expect(String(decoding: inherited.output, as: UTF8.self).contains("PATH="))
    }

    @Test func missingProgram() {
        #expect(throws: ChildProcess.SpawnError(code: ENOENT)) {
            try ChildProcess.run("/nonexistent/mja-no-such-program", [])
        }
        let notExecutable = NSTemporaryDirectory() + "mja-child-\(getpid())"
        #expect(FileManager.default.createFile(atPath: notExecutable, contents: Data("echo\n".utf8), attributes: [.posixPermissions: 0o644]))
        defer { try? FileManager.default.removeItem(atPath: notExecutable) }
        #expect(throws: ChildProcess.SpawnError(code: EACCES)) {
            try ChildProcess.run(notExecutable, [])
        }
    }
}

/// Standard error of a `Process` run, read on another thread (the semaphore orders the accesses).
private final class Collected: @unchecked Sendable {
    var data = Data()
}
