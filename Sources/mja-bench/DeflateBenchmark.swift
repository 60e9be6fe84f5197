import AgendaCLI
import Documents
import Foundation

/// Compresses the parts of a national build with our DEFLATE: every part of the Word, PowerPoint and
/// Excel files and every stream of the PDFs, as the writers compress them. Reports MB/s and the ratio.
///
///     swift run -c release mja-bench deflate [--regions regions] [--templates templates] [--runs 5] [--map DIR]
///
/// Without `--map` it first builds the agendas (`--formaat docx,pdf,dia`) into a temporary folder; with
/// `--map DIR` it takes the .docx, .pptx, .xlsx and .pdf files already in DIR. Instructions per byte:
/// run it under callgrind with `--runs 1` and subtract the same run with `--runs 0` (reading only).
enum DeflateBenchmark: Benchmark {
    static let name = "deflate"
    static let summary = "compress the parts of a national build with our DEFLATE [--regions DIR] [--templates DIR] [--runs N] [--map DIR]"

    static func run(_ arguments: [String]) throws {
        let options = try Options(arguments)
        let runs = Int(options.string("--runs") ?? "5") ?? 5
        var folder = options.string("--map")
        let temporary = FileManager.default.temporaryDirectory.appendingPathComponent("mja-bench-deflate-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: temporary) }
        if folder == nil {
            let regions = options.string("--regions") ?? "regions", templates = options.string("--templates") ?? "templates"
            let console = CapturingConsole()
            let code = MJA.run(["build", regions, "--uit", temporary, "--sjablonen", templates, "--formaat", "docx,pdf,dia"], environment: [:], console: console)
            guard code == .success else { throw UsageError(description: "mja build failed:\n\(console.error)") }
            folder = temporary
        }
        let parts = try Self.parts(in: folder ?? temporary)
        let total = parts.reduce(0) { $0 + $1.bytes.count }
        print("parts: \(parts.count), \(String(format: "%.2f", Double(total) / 1e6)) MB")
        guard runs > 0 else { return }
        var times: [Double] = []
        var sizes: [String: (input: Int, output: Int)] = [:]
        for run in 0..<runs {
            let start = Measure.now()
            var compressed: [(String, Int, Int)] = []
            for part in parts { compressed.append((part.kind, part.bytes.count, Deflate.compress(part.bytes).count)) }
            times.append(Measure.now() - start)
            if run == 0 {
                for (kind, input, output) in compressed {
                    sizes[kind, default: (0, 0)].input += input
                    sizes[kind, default: (0, 0)].output += output
                }
            }
        }
        for (kind, size) in sizes.sorted(by: { $0.key < $1.key }) {
            print("\(kind): \(size.input) -> \(size.output) bytes, ratio \(String(format: "%.2f", Double(size.input) / Double(size.output)))")
        }
        let output = sizes.values.reduce(0) { $0 + $1.output }
        let best = times.min() ?? 1, median = times.sorted()[times.count / 2]
        print("all: \(total) -> \(output) bytes, ratio \(String(format: "%.2f", Double(total) / Double(output)))")
        print("speed: \(String(format: "%.1f", Double(total) / 1e6 / best)) MB/s best, \(String(format: "%.1f", Double(total) / 1e6 / median)) MB/s median over \(runs) runs")
    }

    /// The uncompressed parts of the office files and PDFs under `folder`, in a stable order.
    static func parts(in folder: String) throws -> [(kind: String, bytes: [UInt8])] {
        let files = (FileManager.default.enumerator(atPath: folder)?.allObjects as? [String] ?? []).sorted()
        var parts: [(kind: String, bytes: [UInt8])] = []
        for file in files {
            let kind = (file as NSString).pathExtension
            guard ["docx", "pptx", "xlsx", "pdf"].contains(kind), let data = FileManager.default.contents(atPath: folder + "/" + file) else { continue }
            let bytes = [UInt8](data)
            if kind == "pdf" {
                parts += pdfStreams(bytes).map { (kind, $0) }
            } else {
                let archive = try ZipReader(bytes)
                parts += archive.entries.compactMap { archive[$0.name] }.map { (kind, $0) }
            }
        }
        return parts
    }

    /// The decompressed FlateDecode streams of a PDF of ours (zlib header, DEFLATE data, checksum).
    static func pdfStreams(_ pdf: [UInt8]) -> [[UInt8]] {
        let start = Array("stream\n".utf8), end = Array("\nendstream".utf8)
        var streams: [[UInt8]] = []
        var index = 0
        while let from = find(start, in: pdf, from: index), let to = find(end, in: pdf, from: from + start.count) {
            if to - from > start.count + 2, let stream = Inflate.decompress(Array(pdf[(from + start.count + 2)..<to])) { streams.append(stream) }
            index = to + end.count
        }
        return streams
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        var index = start
        while index + needle.count <= bytes.count {
            if bytes[index] == needle[0] && bytes[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}
