import AgendaCLI
import Documents
import Foundation

/// Loads and checks every agenda of a folder, as `mja check` does, several times.
///
///     swift run -c release mja-bench check [--regions regions] [--runs 20]
enum CheckBenchmark: Benchmark {
    static let name = "check"
    static let summary = "load and check all agendas of a folder, as `mja check` [--regions DIR] [--runs N]"

    static func run(_ arguments: [String]) throws {
        let options = try Options(arguments)
        let folder = options.string("--regions") ?? "regions"
        let runs = try options.int("--runs", default: 20)
        let times = try repeatCommand(["check", folder], runs: runs)
        report(times, what: "check of \(folder)")
    }
}

/// Builds every document of every agenda, as `mja build` does, each run into a new folder (so every
/// file is written, as in a first build) under the system's temporary folder or `--uit DIR`: run it
/// once with `--uit /dev/shm` and once on disk to see what writing to the disk costs.
///
///     swift run -c release mja-bench build [--regions regions] [--templates templates] [--runs 5] [--formaat md,html,docx] [--uit DIR]
enum BuildBenchmark: Benchmark {
    static let name = "build"
    static let summary = "build all documents of all agendas, as `mja build`, each run into a new folder [--regions DIR] [--templates DIR] [--runs N] [--formaat md,html,docx] [--uit DIR]"

    static func run(_ arguments: [String]) throws {
        let options = try Options(arguments)
        let folder = options.string("--regions") ?? "regions"
        let templates = options.string("--templates") ?? "templates"
        let runs = try options.int("--runs", default: 5)
        let formats = options.string("--formaat") ?? "md,html,docx"
        let parent = options.string("--uit") ?? FileManager.default.temporaryDirectory.path
        let output = (parent as NSString).appendingPathComponent("mja-bench-build-\(getpid())")
        defer { try? FileManager.default.removeItem(atPath: output) }
        let times = try repeatCommand(runs: runs) { run in
            ["build", folder, "--uit", "\(output)/\(run)", "--sjablonen", templates, "--formaat", formats]
        }
        let extensions = Set(OutputFormat.allCases.map { "." + $0.fileExtension })
        let documents = (FileManager.default.enumerator(atPath: "\(output)/0")?.allObjects as? [String] ?? []).filter { file in
            extensions.contains { file.hasSuffix($0) }
        }
        print("files written per run: \(documents.count) (documents in \(formats), plus index.html), into \(parent)")
        report(times, what: "build of \(folder)")
    }
}

/// Runs an `mja` command in this process `runs` times after one warm-up run; fails when it does.
private func repeatCommand(_ arguments: [String], runs: Int) throws -> [Double] {
    try repeatCommand(runs: runs) { _ in arguments }
}

/// Runs the `mja` command `arguments(run)` for run 0 (the warm-up) to `runs`; fails when it does.
private func repeatCommand(runs: Int, _ arguments: (Int) -> [String]) throws -> [Double] {
    var times: [Double] = []
    for run in 0...runs {
        let arguments = arguments(run)
        let console = CapturingConsole()
        let start = Measure.now()
        let code = MJA.run(arguments, environment: [:], console: console)
        if run > 0 { times.append(Measure.now() - start) }
        guard code == .success else {
            throw UsageError(description: "mja \(arguments.joined(separator: " ")) failed:\n\(console.output)\(console.error)")
        }
    }
    return times
}

private func report(_ times: [Double], what: String) {
    let timings = Timings(times)
    print("\(what): best \(Timings.milliseconds(timings.best)), median \(Timings.milliseconds(timings.median)) over \(times.count) runs")
    if let memory = Measure.peakMemoryMiB() { print(String(format: "peak memory: %.1f MiB", memory)) }
}
