import AgendaCLI
import Foundation

/// `mja check`, `mja build` and `mja signalen` on the national data (every agenda in `regions/`) at 1,
/// 10 and 100 times its size, with the growth factor from one size to the next: linear work grows
/// about 10 times for 10 times the data.
///
///     swift run -c release mja-bench scale [--regions regions] [--factors 1,10,100]
enum ScaleBenchmark: Benchmark {
    static let name = "scale"
    static let summary = "check, build and signalen at 1x, 10x and 100x the national data (more content, more regions), with growth factors [--regions DIR] [--factors 1,10,100] [--grow content,regions] [--commands check,build,signalen]"

    static func run(_ arguments: [String]) throws {
        let options = try Options(arguments)
        let source = options.string("--regions") ?? "regions"
        let factors = (options.string("--factors") ?? "1,10,100").split(separator: ",").compactMap { Int($0) }
        let grows = (options.string("--grow") ?? "content,regions").split(separator: ",").map(String.init)
        let commands = Set((options.string("--commands") ?? "check,build,signalen").split(separator: ",").map(String.init))
        for grow in grows {
            print("\ngrowing the \(grow == "regions" ? "number of regions (every regional agenda copied as a new region)" : "content (themes, actions and signals repeated)")")
            try series(source: source, factors: factors, regions: grow == "regions", commands: commands)
        }
        if let memory = Measure.peakMemoryMiB() { print(String(format: "peak memory: %.1f MiB", memory)) }
    }

    private static func series(source: String, factors: [Int], regions: Bool, commands: Set<String>) throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("mja-bench-scale-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        var previous: [String: Double] = [:]
        // CPU time (user + system) as well as wall time: on a busy machine it is the steadier measure of work.
        print("factor  command    wall s  growth    cpu s  growth")
        for factor in factors {
            let folder = "\(scratch)/x\(factor)"
            if regions {
                try ScaledRegions.writeRegions(from: source, to: folder, factor: factor)
            } else {
                try ScaledRegions.write(from: source, to: folder, factor: factor)
            }
            let runs = factor >= 100 ? 1 : 3
            for (label, command) in [
                ("check", ["check", folder]),
                ("build", ["build", folder, "--uit", "\(scratch)/uit-\(factor)"]),
                ("signalen", ["signalen", folder, "--uit", "\(scratch)/signalen-\(factor)"]),
            ] where commands.contains(label) {
                let (seconds, cpu, summary) = try median(command, runs: runs)
                let growth = previous[label].map { String(format: "%.1fx", seconds / $0) } ?? "-"
                let cpuGrowth = previous["cpu " + label].map { String(format: "%.1fx", cpu / $0) } ?? "-"
                print(String(format: "%5dx  %-8@ %8.3f  %6@ %8.3f  %6@", factor, label as NSString, seconds, growth as NSString,
                             cpu, cpuGrowth as NSString) + (label == "check" ? "   (\(summary))" : ""))
                previous[label] = seconds
                previous["cpu " + label] = cpu
            }
            try? FileManager.default.removeItem(atPath: folder)
            try? FileManager.default.removeItem(atPath: "\(scratch)/uit-\(factor)")
        }
    }
}

/// `mja check` of one agenda with thousands of alike themes added: the overlap check's hard case;
/// with `--build`, also `mja build` of it (thousands of headings with the same text), in CPU time.
///
///     swift run -c release mja-bench themes [--regions regions] [--counts 1000,2000,4000,10000] [--build]
enum ThemesBenchmark: Benchmark {
    static let name = "themes"
    static let summary = "check (and with --build, build) one agenda with thousands of alike themes [--regions DIR] [--counts 1000,2000,4000,10000] [--build]"

    static func run(_ arguments: [String]) throws {
        let options = try Options(arguments, flags: ["--build"])
        let source = options.string("--regions") ?? "regions"
        let counts = (options.string("--counts") ?? "1000,2000,4000,10000").split(separator: ",").compactMap { Int($0) }
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("mja-bench-themes-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        for count in counts {
            let folder = "\(scratch)/\(count)"
            try ScaledRegions.manyThemes(from: source, file: "am05-twente.toml", to: folder, count: count)
            let console = CapturingConsole()
            let start = Measure.now()
            _ = MJA.run(["check", folder + "/am05-twente.toml"], environment: [:], console: console)
            let seconds = Measure.now() - start
            print(String(format: "%6d themes: check %.3f s, output %d bytes", count, seconds, console.output.utf8.count))
            if options.flag("--build") {
                let (wall, cpu, _) = try median(["build", folder + "/am05-twente.toml", "--uit", folder + "/uit"], runs: 1)
                print(String(format: "%6d themes: build %.3f s wall, %.3f s CPU", count, wall, cpu))
            }
        }
    }
}

/// The median time of `runs` runs of an `mja` command in this process; fails when the command fails
/// for another reason than problems in the input (exit 1 is fine: warnings and errors are expected).
/// Also gives the median CPU time and the last line the command printed (the check's summary).
private func median(_ arguments: [String], runs: Int) throws -> (Double, Double, String) {
    var times: [Double] = []
    var cpuTimes: [Double] = []
    var summary = ""
    for _ in 0..<runs {
        let console = CapturingConsole()
        let start = Measure.now()
        let cpuStart = cpuSeconds()
        let code = MJA.run(arguments, environment: [:], console: console)
        times.append(Measure.now() - start)
        cpuTimes.append(cpuSeconds() - cpuStart)
        summary = console.output.split(separator: "\n").last.map(String.init) ?? ""
        guard code == .success || code == .failure else {
            throw UsageError(description: "mja \(arguments.joined(separator: " ")) failed:\n\(console.error)")
        }
    }
    return (times.sorted()[times.count / 2], cpuTimes.sorted()[cpuTimes.count / 2], summary)
}

/// The user and system CPU time of this process so far, in seconds.
private func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    let seconds = { (time: timeval) in Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
    return seconds(usage.ru_utime) + seconds(usage.ru_stime)
}
