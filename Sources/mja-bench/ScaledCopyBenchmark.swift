import Foundation

/// Writes the national data at a factor of its size into a folder and keeps it, for measuring a
/// command on it from outside, such as the peak memory of a build with `/usr/bin/time -v`:
///
///     swift run -c release mja-bench geschaald --factor 100 --uit /tmp/x100
///     /usr/bin/time -v .build/release/mja build /tmp/x100 --uit /tmp/x100-uit --formaat md,html,docx,pdf,dia
///
/// The same copies as `mja-bench scale --grow content` (themes, actions and signals repeated).
enum ScaledCopyBenchmark: Benchmark {
    static let name = "geschaald"
    static let summary = "write the national data at FACTOR times its content into a folder and keep it [--regions DIR] --factor N --uit DIR"

    static func run(_ arguments: [String]) throws {
        let options = try Options(arguments)
        let source = options.string("--regions") ?? "regions"
        let factor = try options.int("--factor", default: 10)
        guard let target = options.string("--uit") else { throw UsageError(description: "give the folder to write with --uit DIR") }
        try ScaledRegions.write(from: source, to: target, factor: factor)
        print("\(source) at \(factor)x written to \(target)")
    }
}
