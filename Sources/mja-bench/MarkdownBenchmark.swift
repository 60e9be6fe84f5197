import Documents
import Foundation
import Markdown

/// Converts a generated ~40 KB Dutch policy document from Markdown to HTML several times and
/// reports the time per conversion and the throughput.
///
///     swift run -c release mja-bench markdown [--runs 200] [--mode parse|html|both] [--output string|bytes] [--size-kb 40] [--out PATH]
///
/// `--mode parse` only parses (`MarkdownParser.blocks(from:)`, to the document tree), `--mode html`
/// parses once and then only writes HTML (`HTMLWriter().render`), `--mode both` (the default) does
/// the whole conversion
/// each run. `--output bytes` takes the HTML as UTF-8 bytes (`HTMLWriter().bytes`, as the page
/// writer gives the files it writes and cmark-gfm its output) instead of a `String` (the default,
/// as measured before: making the `String` validates every byte). `--out` keeps the generated Markdown at that path, so other converters can be measured
/// on the same bytes.
///
/// Counting instructions (steadier than time on a shared machine): the process does a fixed amount
/// of work besides the conversions (start-up, generating the document, one warm-up run), so run it
/// twice under callgrind and take the difference:
///
///     swift build -c release --product mja-bench
///     valgrind --tool=callgrind --dump-instr=no --callgrind-out-file=cg.1 .build/release/mja-bench markdown --runs 1
///     valgrind --tool=callgrind --dump-instr=no --callgrind-out-file=cg.11 .build/release/mja-bench markdown --runs 11
///
/// (difference of the two "Collected" totals) / 10 = instructions per conversion. Add `--mode parse`
/// or `--mode html` to both runs to split the figure, and compare `callgrind_annotate cg.11` with
/// `callgrind_annotate cg.1` to see where the instructions go.
enum MarkdownBenchmark: Benchmark {
    static let name = "markdown"
    static let summary = "convert a generated ~40 KB Markdown document to HTML [--runs N] [--mode parse|html|both] [--output string|bytes] [--size-kb N] [--out PATH]"

    enum Mode: String { case parse, html, both }

    static func run(_ arguments: [String]) throws {
        let options = try Options(arguments)
        let runs = try options.int("--runs", default: 200)
        let sizeKB = try options.double("--size-kb", default: 40)
        guard let mode = Mode(rawValue: options.string("--mode") ?? "both") else {
            throw UsageError(description: "--mode is parse, html or both")
        }
        let output = options.string("--output") ?? "string"
        guard output == "string" || output == "bytes" else {
            throw UsageError(description: "--output is string or bytes")
        }
        let asBytes = output == "bytes"

        var generator = PolicyMarkdownGenerator(seed: 2026)
        let text = generator.document(bytes: Int(sizeKB * 1000))
        if let path = options.string("--out") {
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        }
        let bytes = text.utf8.count
        let parsed = MarkdownParser.blocks(from: text)
        let html = HTMLWriter().render(parsed)
        print("document: \(bytes) bytes of Markdown, \(parsed.count) top-level blocks, \(html.utf8.count) bytes of HTML")

        var times: [Double] = []
        var checksum = 0
        for _ in 0...runs {  // The first run warms up and is not counted.
            let start = Measure.now()
            switch mode {
            case .parse: checksum &+= MarkdownParser.blocks(from: text).count
            case .html: checksum &+= asBytes ? HTMLWriter().bytes(parsed).count : HTMLWriter().render(parsed).utf8.count
            case .both:
                let blocks = MarkdownParser.blocks(from: text)
                checksum &+= asBytes ? HTMLWriter().bytes(blocks).count : HTMLWriter().render(blocks).utf8.count
            }
            times.append(Measure.now() - start)
        }
        times.removeFirst()
        let best = times.min() ?? 0
        let median = times.sorted()[times.count / 2]
        let megabytes = Double(bytes) / 1_000_000
        print("mode: \(mode.rawValue), output: \(output), runs: \(runs) (checksum \(checksum))")
        print("per run: best \(format(best * 1e6, 1)) µs, median \(format(median * 1e6, 1)) µs")
        print("speed: \(format(megabytes / best, 1)) MB/s (best), \(format(megabytes / median, 1)) MB/s (median)")
    }

    private static func format(_ value: Double, _ digits: Int) -> String {
        String(format: "%.\(digits)f", value)
    }
}

/// Writes a deterministic Dutch policy document like the ones generated from agenda templates:
/// chapters and sections with headings, wrapped paragraphs with emphasis, strong emphasis, links,
/// code spans, character references and backslash escapes, nested bullet and ordered lists, block
/// quotes and pipe tables with aligned columns. The same seed always gives the same bytes.
struct PolicyMarkdownGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed &* 0x9E37_79B9_7F4A_7C15 | 1
    }

    static let words = ["arbeidsmarkt", "regio", "werkgevers", "werkzoekenden", "scholing", "vacatures",
                        "samenwerking", "gemeenten", "UWV", "onderwijs", "vaardigheden", "techniek", "zorg",
                        "logistiek", "jongeren", "statushouders", "inclusie", "begeleiding", "subsidie", "aanpak",
                        "doelen", "monitoring", "partners", "coördinatie", "één", "financiële", "cliënten",
                        "praktijkleren", "banenafspraak", "ontwikkeling", "de", "het", "een", "en", "voor", "met",
                        "in", "van", "op", "naar", "wordt", "worden", "zijn", "hebben", "samen", "extra"]
    static let themes = ["Zorg en welzijn", "Techniek en ICT", "Onderwijs", "Logistiek", "Bouw en energie",
                         "Groen", "Veiligheid", "Kinderopvang"]
    static let references = ["&euro;", "&amp;", "&ndash;", "&eacute;", "&#233;", "&hellip;", "&lt;", "&gt;"]
    static let escapes = ["\\*", "\\_", "\\[", "\\#", "\\`", "\\\\"]

    private mutating func next(_ bound: Int) -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int((state >> 33) % UInt64(bound))
    }

    private mutating func word() -> String { Self.words[next(Self.words.count)] }

    /// One sentence of 6 to 17 words, some of them marked up.
    private mutating func sentence() -> String {
        var parts: [String] = []
        for _ in 0..<(6 + next(12)) { parts.append(word()) }
        parts[0] = parts[0].prefix(1).uppercased() + parts[0].dropFirst()
        for index in parts.indices.dropFirst() {
            switch next(40) {
            case 0, 1, 2: parts[index] = "*\(parts[index])*"
            case 3, 4: parts[index] = "**\(parts[index])**"
            case 5: parts[index] = "[\(parts[index])](https://www.example.nl/beleid/\(parts[index].lowercased()))"
            case 6: parts[index] = "`\(parts[index])`"
            case 7: parts[index] = Self.references[next(Self.references.count)] + " " + parts[index]
            case 8: parts[index] = Self.escapes[next(Self.escapes.count)] + parts[index]
            case 9 where next(4) == 0:
                parts[index] = "[\(parts[index]) en meer](https://www.example.nl/over?thema=\(next(99))&jaar=2026 \"Meer over \(parts[index])\")"
            case 10 where next(3) == 0: parts[index] = "_\(parts[index])_"
            case 11 where next(3) == 0: parts[index] = "***\(parts[index])***"
            default: break
            }
        }
        return parts.joined(separator: " ") + (next(5) == 0 ? "?" : ".")
    }

    /// A paragraph of 2 to 5 sentences, wrapped before column 80 like hand-written Markdown.
    private mutating func paragraph() -> [String] {
        var words: [Substring] = []
        for _ in 0..<(2 + next(4)) { words += sentence().split(separator: " ") }
        var lines: [String] = []
        var line = ""
        for word in words {
            if !line.isEmpty && line.utf8.count + word.utf8.count >= 80 {
                lines.append(line)
                line = ""
            }
            line += line.isEmpty ? String(word) : " " + word
        }
        lines.append(line)
        return lines
    }

    private mutating func list(ordered: Bool) -> [String] {
        var lines: [String] = []
        for number in 1...(3 + next(4)) {
            lines.append((ordered ? "\(number). " : "- ") + sentence())
            if next(4) == 0 {
                let indent = ordered ? "   " : "  "
                for sub in 1...(2 + next(2)) { lines.append(indent + (ordered ? "- " : "\(sub). ") + sentence()) }
            }
        }
        return lines
    }

    private mutating func table() -> [String] {
        var lines = ["| Maatregel | Thema | Budget (&euro;) | Deelnemers | Status |",
                     "| :-- | :-- | --: | --: | :-: |"]
        for _ in 0..<(5 + next(5)) {
            let status = ["loopt", "**gereed**", "*gepland*", "`n.v.t.`", "vertraagd"][next(5)]
            lines.append("| \(word().capitalized) \(word()) | \(Self.themes[next(Self.themes.count)]) | "
                         + "\(10 + next(990)).\(100 + next(900)) | \(next(900)) | \(status) |")
        }
        return lines
    }

    /// A document of about `bytes` bytes (a little more: it ends after a whole section).
    mutating func document(bytes: Int) -> String {
        var lines = ["# Regionaal werkplan arbeidsmarkt 2025–2028", ""]
        lines += paragraph() + [""]
        var size = lines.reduce(0) { $0 + $1.utf8.count + 1 }
        var section = 0
        while size < bytes {
            let chapter = section / 3 + 1
            var block: [String] = []
            if section % 3 == 0 {
                block += ["## \(chapter). \(Self.themes[(chapter - 1) % Self.themes.count]) &amp; \(word())", ""]
            }
            section += 1
            block += ["### \(chapter).\((section - 1) % 3 + 1) \(word().capitalized) en \(word())", ""]
            block += paragraph() + [""]
            if section % 4 == 2 {
                block += table() + [""]
            } else {
                switch next(4) {
                case 0: block += list(ordered: false) + [""]
                case 1: block += list(ordered: true) + [""]
                case 2: block += paragraph().map { "> " + $0 } + [">", "> - " + sentence(), "> - " + sentence(), ""]
                default: block += paragraph() + [""]
                }
            }
            lines += block
            size += block.reduce(0) { $0 + $1.utf8.count + 1 }
        }
        return lines.joined(separator: "\n")
    }
}
