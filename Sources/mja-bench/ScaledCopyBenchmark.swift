import Foundation

/// Writes the national data at a factor of its size into a folder and keeps it, for measuring a
/// command on it from outside, such as the peak memory of a build with `/usr/bin/time -v`:
///
///     swift run -c release mja-bench geschaald --factor 100 --uit /tmp/x100
///     /usr/bin/time -v .build/release/mja build /tmp/x100 --uit /tmp/x100-uit --formaat md,html,docx,pdf,dia
///
/// The same copies as `mja-bench scale --grow content` (themes, actions and signals repeated). With
/// `--verschillende-teksten` each copy's texts differ from the original's (see
/// ``ScaledRegions/scaled(_:factor:distinctTexts:)``), so a build cannot share a copy's texts with
/// the original's: the honest input for a memory figure.
enum ScaledCopyBenchmark: Benchmark {
    static let name = "geschaald"
    static let summary = "write the national data at FACTOR times its content into a folder and keep it [--regions DIR] --factor N --uit DIR [--verschillende-teksten]"

    static func run(_ arguments: [String]) throws {
        let options = try Options(arguments, flags: ["--verschillende-teksten"])
        let source = options.string("--regions") ?? "regions"
        let factor = try options.int("--factor", default: 10)
        guard let target = options.string("--uit") else { throw UsageError(description: "give the folder to write with --uit DIR") }
        let distinctTexts = options.flag("--verschillende-teksten")
        try ScaledRegions.write(from: source, to: target, factor: factor, distinctTexts: distinctTexts)
        print("\(source) at \(factor)x\(distinctTexts ? ", each copy in its own words," : "") written to \(target)")
    }
}
