import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Starts the `mja` program itself, as a shell or an editor does, and times each run from the start
/// of the process to its exit: what a user waits for, program start included (the other benchmarks
/// run the commands inside this process).
///
///     swift run -c release mja-bench programma [--programma .build/release/mja] [--runs 100] -- check regions/am05-twente.toml
enum ProgramBenchmark: Benchmark {
    static let name = "programma"
    static let summary = "start the mja program itself and time each run to its exit [--programma PATH] [--runs N] -- ARGUMENTS"

    static func run(_ arguments: [String]) throws {
        let split = arguments.firstIndex(of: "--") ?? arguments.endIndex
        let options = try Options(Array(arguments[..<split]))
        let program = options.string("--programma") ?? ".build/release/mja"
        let runs = try options.int("--runs", default: 100)
        let commandLine = Array(arguments[min(split + 1, arguments.endIndex)...])
        guard !commandLine.isEmpty else { throw UsageError(description: "give the arguments for mja after --, such as -- check regions") }
        guard FileManager.default.isExecutableFile(atPath: program) else {
            throw UsageError(description: "\(program) is not a program; build it first with swift build -c release --product mja")
        }
        var times: [Double] = []
        var status: Int32 = 0
        // The first run warms the file cache and is not counted.
        for run in 0...runs {
            let start = Measure.now()
            status = try spawnAndWait(program, commandLine)
            if run > 0 { times.append(Measure.now() - start) }
        }
        let timings = Timings(times)
        print("mja \(commandLine.joined(separator: " ")): best \(Timings.milliseconds(timings.best)), "
            + "median \(Timings.milliseconds(timings.median)), 90th percentile \(Timings.milliseconds(timings.percentile(0.9))) "
            + "over \(runs) runs (exit status \(status))")
    }

    /// Runs `program` with `arguments`, its output to /dev/null; the exit status.
    private static func spawnAndWait(_ program: String, _ arguments: [String]) throws -> Int32 {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([program] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var process = pid_t()
        let spawned = posix_spawn(&process, program, &actions, nil, argv, environ)
        guard spawned == 0 else { throw UsageError(description: "could not start \(program): \(String(cString: strerror(spawned)))") }
        var status: Int32 = 0
        while waitpid(process, &status, 0) < 0 && errno == EINTR {}
        return (status >> 8) & 0xFF
    }
}
