import Foundation

/// One benchmark the runner can start by name.
protocol Benchmark {
    /// The name on the command line, such as `toml`.
    static var name: String { get }
    /// One line for the list of benchmarks.
    static var summary: String { get }
    /// Runs the benchmark with the options after its name, printing the results.
    static func run(_ arguments: [String]) throws
}

/// Every benchmark the runner knows. Add new ones here.
enum Benchmarks {
    static var all: [any Benchmark.Type] {
        [TOMLBenchmark.self, MarkdownBenchmark.self, CheckBenchmark.self, BuildBenchmark.self, SignalsBenchmark.self,
         ScaleBenchmark.self, ThemesBenchmark.self, LinearBenchmark.self, PreviewBenchmark.self, DeflateBenchmark.self, ProgramBenchmark.self,
         PBKDF2Benchmark.self, ServerBenchmark.self, CompareBenchmark.self, ScaledCopyBenchmark.self]
    }
}

/// A wrong command-line option.
struct UsageError: Error, CustomStringConvertible {
    var description: String
}

/// Options of the form `--name value` and `--flag`.
struct Options {
    private var values: [String: String] = [:]
    private var flags: Set<String> = []

    init(_ arguments: [String], flags known: Set<String> = []) throws {
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            guard argument.hasPrefix("--") else { throw UsageError(description: "unexpected argument '\(argument)'") }
            if known.contains(argument) {
                flags.insert(argument)
                index += 1
            } else {
                guard index + 1 < arguments.count else { throw UsageError(description: "\(argument) needs a value") }
                values[argument] = arguments[index + 1]
                index += 2
            }
        }
    }

    func double(_ name: String, default value: Double) throws -> Double {
        guard let text = values[name] else { return value }
        guard let number = Double(text), number > 0 else { throw UsageError(description: "\(name) needs a positive number") }
        return number
    }

    func int(_ name: String, default value: Int) throws -> Int {
        guard let text = values[name] else { return value }
        guard let number = Int(text), number > 0 else { throw UsageError(description: "\(name) needs a positive whole number") }
        return number
    }

    func string(_ name: String) -> String? { values[name] }

    func flag(_ name: String) -> Bool { flags.contains(name) }
}

/// The times of several runs, in seconds, for the lines the benchmarks print.
struct Timings {
    private let sorted: [Double]

    init(_ times: [Double]) { sorted = times.sorted() }

    var best: Double { sorted[0] }
    var median: Double { sorted[sorted.count / 2] }
    /// The time that `fraction` of the runs stayed within (0.9: the 90th percentile).
    func percentile(_ fraction: Double) -> Double { sorted[min(sorted.count - 1, Int(Double(sorted.count) * fraction))] }

    /// `12.3 ms`.
    static func milliseconds(_ seconds: Double) -> String { String(format: "%.1f ms", seconds * 1000) }
}

/// Measuring time and memory.
enum Measure {
    /// Seconds on a monotonic clock.
    static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// The peak resident memory of this process so far in MiB (`VmHWM` in `/proc/self/status`), or nil
    /// where there is no `/proc`.
    static func peakMemoryMiB() -> Double? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            if fields.count >= 2, let kilobytes = Double(fields[1]) { return kilobytes / 1024 }
        }
        return nil
    }
}
