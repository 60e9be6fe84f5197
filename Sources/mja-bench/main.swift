// The benchmark runner: `mja-bench NAME [options]`. Each benchmark is a type in its own file,
// registered in `Benchmarks.all`; run `mja-bench` without arguments for the list.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

let arguments = Array(CommandLine.arguments.dropFirst())
guard let name = arguments.first, let benchmark = Benchmarks.all.first(where: { $0.name == name }) else {
    print("usage: mja-bench NAME [options]\n\nbenchmarks:")
    for benchmark in Benchmarks.all { print("  \(benchmark.name)\t\(benchmark.summary)") }
    exit(arguments.isEmpty ? 0 : 2)
}
do {
    try benchmark.run(Array(arguments.dropFirst()))
} catch {
    print("mja-bench \(name): \(error)")
    exit(1)
}
