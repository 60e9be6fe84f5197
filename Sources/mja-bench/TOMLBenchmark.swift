import Foundation
import TOML

/// Parses a generated agenda-like TOML file several times and reports MB/s and peak memory.
///
///     swift run -c release mja-bench toml [--size-mb 10] [--runs 5] [--out agenda.toml]
///
/// `--out` keeps the generated file at that path, so other parsers can be measured on the same bytes.
enum TOMLBenchmark: Benchmark {
    static let name = "toml"
    static let summary = "parse a generated ~10 MB agenda-like TOML file [--size-mb N] [--runs N] [--out PATH]"

    static func run(_ arguments: [String]) throws {
        let options = try Options(arguments)
        let sizeMB = try options.double("--size-mb", default: 10)
        let runs = try options.int("--runs", default: 5)

        var generator = AgendaTOMLGenerator(seed: 2026)
        let text = generator.document(bytes: Int(sizeMB * 1_000_000))
        let url = options.string("--out").map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("mja-bench-\(getpid()).toml")
        try text.write(to: url, atomically: true, encoding: .utf8)
        defer { if options.string("--out") == nil { try? FileManager.default.removeItem(at: url) } }

        let bytes = [UInt8](try Data(contentsOf: url))
        let megabytes = Double(bytes.count) / 1_000_000
        print("file: \(url.path) (\(format(megabytes, 2)) MB)")
        print("memory before parsing: \(memoryText())")

        var times: [Double] = []
        var keys = 0
        for _ in 0...runs {  // The first run warms up and is not counted.
            let start = Measure.now()
            let table = try TOML.parse(bytes: bytes)
            times.append(Measure.now() - start)
            keys = table.count
        }
        times.removeFirst()
        let best = times.min() ?? 0
        let median = times.sorted()[times.count / 2]
        print("top-level keys: \(keys)")
        print("runs: \(runs), best \(format(best * 1000, 1)) ms, median \(format(median * 1000, 1)) ms")
        print("speed: \(format(megabytes / best, 1)) MB/s (best), \(format(megabytes / median, 1)) MB/s (median)")
        print("peak memory (VmHWM): \(memoryText())")
    }

    private static func memoryText() -> String {
        Measure.peakMemoryMiB().map { "\(format($0, 1)) MiB" } ?? "unknown"
    }

    private static func format(_ value: Double, _ digits: Int) -> String {
        String(format: "%.\(digits)f", value)
    }
}
