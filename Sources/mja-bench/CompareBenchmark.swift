import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The national build against the programs a user would otherwise script, on the same documents in
/// one run: `mja build` in every format (one process), pandoc making the HTML and the Word file of
/// each Markdown document (a process per file, one after another, as a shell loop does), and
/// LibreOffice making the PDFs (one `soffice --convert-to pdf` over all Word files: its start is
/// paid once). The three run in turn, round after round (interleaved), so a change in the machine's
/// load touches all of them alike. A peer that is not installed is left out, and said so.
///
///     swift run -c release mja-bench compare [--programma .build/release/mja] [--regions regions] [--runs 3] [--formaat md,html,docx,pdf,dia]
///
/// pandoc and LibreOffice start from the Markdown and Word files mja wrote in a first, uncounted
/// build; the first round of LibreOffice (which makes its profile) is not counted either.
enum CompareBenchmark: Benchmark {
    static let name = "compare"
    static let summary = "mja build against pandoc (HTML, Word, a process per file) and LibreOffice (PDF) on the same documents, interleaved [--programma PATH] [--regions DIR] [--runs N] [--formaat LIST]"

    static func run(_ arguments: [String]) throws {
        let options = try Options(arguments)
        let program = options.string("--programma") ?? ".build/release/mja"
        let regions = options.string("--regions") ?? "regions"
        let runs = try options.int("--runs", default: 3)
        let formats = options.string("--formaat") ?? "md,html,docx,pdf,dia"
        guard FileManager.default.isExecutableFile(atPath: program) else {
            throw UsageError(description: "\(program) is not a program; build it first with swift build -c release --product mja")
        }
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("mja-bench-compare-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)

        // The documents the peers start from: mja's Markdown and Word files of the same build.
        let source = scratch + "/bron"
        guard try Spawn.run(program, ["build", regions, "--uit", source, "--formaat", "md,docx"]) <= 1 else {
            throw UsageError(description: "mja build \(regions) failed")
        }
        let markdown = documents(in: source, ending: ".md")
        let word = documents(in: source, ending: ".docx")
        print("documents: \(markdown.count) Markdown, \(word.count) Word (from \(regions))")
        let pandoc = Spawn.find("pandoc")
        let office = Spawn.find("soffice") ?? Spawn.find("libreoffice")
        if pandoc == nil { print("pandoc is not installed (Debian: apt-get install pandoc): left out") }
        if office == nil { print("LibreOffice is not installed (Debian: apt-get install libreoffice-writer): left out") }

        var times: [String: [Double]] = [:]
        // Round 0 warms the file cache and LibreOffice's profile; it is not counted.
        for round in 0...runs {
            let folder = "\(scratch)/\(round)"
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            var start = Measure.now()
            guard try Spawn.run(program, ["build", regions, "--uit", folder + "/mja", "--formaat", formats]) <= 1 else {
                throw UsageError(description: "mja build failed")
            }
            if round > 0 { times["mja", default: []].append(Measure.now() - start) }
            if let pandoc {
                start = Measure.now()
                for (index, file) in markdown.enumerated() {
                    let input = "\(source)/\(file)"
                    _ = try Spawn.run(pandoc, ["--standalone", "--metadata", "title=\(file)", input, "-o", "\(folder)/pandoc-\(index).html"])
                    _ = try Spawn.run(pandoc, [input, "-o", "\(folder)/pandoc-\(index).docx"])
                }
                if round > 0 { times["pandoc", default: []].append(Measure.now() - start) }
            }
            if let office {
                start = Measure.now()
                _ = try Spawn.run(office, [
                    "-env:UserInstallation=file://\(scratch)/libreoffice-profile", "--headless", "--convert-to", "pdf",
                    "--outdir", folder + "/libreoffice",
                ] + word.map { "\(source)/\($0)" })
                if round > 0 { times["libreoffice", default: []].append(Measure.now() - start) }
            }
            try? FileManager.default.removeItem(atPath: folder)
            print("round \(round)\(round == 0 ? " (warm-up, not counted)" : ""): done")
        }

        let median = { (name: String) in times[name].map { Timings($0).median } }
        guard let ours = median("mja") else { return }
        print(String(format: "mja build --formaat %@: median %.2f s (best %.2f s) over %d runs", formats, ours, Timings(times["mja"]!).best, runs))
        var peers = 0.0
        for (name, what) in [("pandoc", "HTML and Word, \(markdown.count * 2) processes"), ("libreoffice", "PDF of \(word.count) Word files, one process")] {
            guard let seconds = median(name) else { continue }
            peers += seconds
            print(String(format: "%@ (%@): median %.2f s, %.0fx mja", name, what, seconds, seconds / ours))
        }
        if peers > 0 { print(String(format: "peers together: %.2f s; mja : peers = 1 : %.0f", peers, peers / ours)) }
        var load = [Double](repeating: 0, count: 3)
        if getloadavg(&load, 3) == 3 { print(String(format: "load average now: %.2f %.2f %.2f", load[0], load[1], load[2])) }
    }

    /// The files under `folder` ending in `suffix`, relative to it, sorted.
    private static func documents(in folder: String, ending suffix: String) -> [String] {
        (FileManager.default.enumerator(atPath: folder)?.allObjects as? [String] ?? []).filter { $0.hasSuffix(suffix) }.sorted()
    }
}

/// Starting other programs and waiting for them, their output thrown away.
enum Spawn {
    /// Runs `program` with `arguments` (stdout and stderr to /dev/null) and returns its exit status.
    static func run(_ program: String, _ arguments: [String]) throws -> Int32 {
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

    /// The full path of `name` in `PATH`, or nil when it is not installed.
    static func find(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
