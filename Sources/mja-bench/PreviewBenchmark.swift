import AgendaCLI
import Foundation
import HTTP
#if canImport(Glibc)
import Glibc
#endif

/// The time from saving an agenda to the live preview serving the new document: `mja voorbeeld`
/// runs in this process on a copy of the agendas; the agenda's title is changed and saved, and the
/// document is asked for over HTTP until it shows the new title.
///
///     swift run -c release mja-bench voorbeeld [--regions regions] [--templates templates] [--runs 20]
enum PreviewBenchmark: Benchmark {
    static let name = "voorbeeld"
    static let summary = "save an agenda and wait for the live preview to serve the new document [--regions DIR] [--templates DIR] [--runs N]"

    static func run(_ arguments: [String]) throws {
        let options = try Options(arguments)
        let source = options.string("--regions") ?? "regions"
        let templates = options.string("--templates") ?? "templates"
        let runs = try options.int("--runs", default: 20)
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("mja-bench-voorbeeld-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: source, toPath: scratch + "/regions")
        try FileManager.default.copyItem(atPath: templates, toPath: scratch + "/templates")
        let agenda = scratch + "/regions/am05-twente.toml"
        let original = try String(contentsOfFile: agenda, encoding: .utf8)
        guard let titleLine = original.components(separatedBy: "\n").first(where: { $0.hasPrefix("titel = ") }) else {
            throw UsageError(description: "am05-twente.toml has no title line")
        }

        let console = CapturingConsole()
        let preview = Thread {
            _ = MJA.run(["voorbeeld", agenda, "--poort", "0", "--sjablonen", scratch + "/templates"], environment: [:], console: console)
        }
        preview.start()
        var port: UInt16?
        let started = Measure.now()
        while port == nil && Measure.now() - started < 60 {
            if let range = console.output.range(of: "http://127.0.0.1:") {
                port = UInt16(console.output[range.upperBound...].prefix { $0.isNumber })
            }
            usleep(1000)
        }
        guard let port else { throw UsageError(description: "the preview did not start:\n\(console.error)") }
        var times: [Double] = []
        for run in 0...runs {
            let title = "titel = \"Twente, versie \(run)\""
            try original.replacingOccurrences(of: titleLine, with: title).write(toFile: agenda, atomically: true, encoding: .utf8)
            let saved = Measure.now()
            while Measure.now() - saved < 10 {
                if fetch("/am05-twente/beleidsdeel.html", port: port).contains("Twente, versie \(run)") { break }
                usleep(500)
            }
            if run > 0 { times.append(Measure.now() - saved) }
            usleep(50_000)
        }
        raise(SIGINT)
        while !console.output.contains("gestopt") { usleep(1000) }
        let sorted = times.sorted()
        print(String(format: "save to new document: best %.1f ms, median %.1f ms, worst %.1f ms over %d saves",
                     sorted[0] * 1000, sorted[sorted.count / 2] * 1000, sorted[sorted.count - 1] * 1000, times.count))
    }

    /// The answer to `GET path` from 127.0.0.1:`port`, or "" when it cannot be had.
    private static func fetch(_ path: String, port: UInt16) -> String {
        Loopback.exchange("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n\r\n", port: port) ?? ""
    }
}
