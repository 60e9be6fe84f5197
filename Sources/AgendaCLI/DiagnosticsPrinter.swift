import Diagnostics
import FoundationEssentials

/// How a command prints its diagnostics: `--format tekst|json`.
public enum DiagnosticsFormat: String, Sendable, Hashable, CaseIterable {
    /// Compiler-style lines with the source line and a caret, then a summary line, for people.
    case text = "tekst"
    /// One JSON document with all diagnostics and the counts, for scripts.
    case json
}

/// Prints diagnostics the same way for every command: sorted, compiler-style, with a summary line;
/// or as one JSON document. Decides the exit code: 1 when there is an error (or, when strict, a
/// warning), else 0.
public struct DiagnosticsPrinter: Sendable {
    /// The language of the labels and the summary.
    public var language: Language
    /// Whether to add ANSI colours (text format only).
    public var colored: Bool
    /// Text or JSON.
    public var format: DiagnosticsFormat
    /// Whether warnings count as errors for the exit code.
    public var strict: Bool
    /// In text, how many diagnostics of one rule in one file are shown before the rest is counted in
    /// one line (as compilers cap their errors); nil shows all. JSON always holds all.
    public var groupAfter: Int?

    /// How many of one rule in one file `mja check` shows unless `--alles` is given.
    public static let defaultGroupAfter = 10

    /// Creates a printer.
    public init(language: Language, colored: Bool, format: DiagnosticsFormat = .text, strict: Bool = false, groupAfter: Int? = nil) {
        self.language = language
        self.colored = colored
        self.format = format
        self.strict = strict
        self.groupAfter = groupAfter
    }

    /// The whole output for `diagnostics` found in `fileCount` files; `source` gives the text of a
    /// file by the name diagnostics use, so its lines can be shown.
    public func render(_ diagnostics: [Diagnostic], fileCount: Int, source: (String) -> SourceText?) -> String {
        let sorted = diagnostics.sorted(by: Diagnostic.printingOrder)
        let summary = DiagnosticsSummary(sorted, fileCount: fileCount)
        switch format {
        case .json:
            return Self.json(sorted, summary: summary)
        case .text:
            let renderer = DiagnosticRenderer(language: language, colored: colored)
            var cache: [String: SourceText?] = [:]
            let groups = DiagnosticGroups(sorted, showing: groupAfter)
            var blocks: [String] = []
            for (index, diagnostic) in sorted.enumerated() where groups.isShown(index) {
                blocks.append(renderer.render(diagnostic) { file, line in
                    guard let file else { return nil }
                    if cache[file] == nil {
                        // A released text (`SourceText.released`) is read once for all its lines
                        // here; the messages come file by file, so a few texts at a time are held,
                        // not every file's again.
                        if cache.count >= Self.textsHeld { cache.removeAll(keepingCapacity: true) }
                        cache[file] = .some(source(file)?.resident())
                    }
                    return cache[file]??.line(line)
                })
                if let hidden = groups.hiddenAfter(index) { blocks.append(groups.line(hidden, of: diagnostic, in: language)) }
            }
            return (blocks + [summary.sentence(in: language) + strictNote(summary) + "\n"]).joined(separator: "\n")
        }
    }

    /// How many files' texts printing holds at once: a message's own file and those its notes quote.
    static let textsHeld = 4

    /// With `--strikt`, what makes warnings fail the run, after the counts: the exit code of 1
    /// must not come as a surprise under "6 waarschuwingen".
    func strictNote(_ summary: DiagnosticsSummary) -> String {
        guard strict, summary.warnings > 0 else { return "" }
        return summary.warnings == 1
            ? language.pick(" Met --strikt telt de waarschuwing als fout.", " With --strict the warning counts as an error.")
            : language.pick(" Met --strikt tellen de \(summary.warnings) waarschuwingen als fouten.",
                            " With --strict the \(summary.warnings) warnings count as errors.")
    }

    /// The exit code for `diagnostics`: `.failure` on any error, or any warning when `strict`.
    public func exitCode(for diagnostics: [Diagnostic]) -> ExitCode {
        let failing = diagnostics.contains { $0.severity == .error || (strict && $0.severity == .warning) }
        return failing ? .failure : .success
    }

    /// The JSON document: `{"diagnostics": [...], "formatVersion": 1, "summary": {...}}`, sorted keys.
    static func json(_ diagnostics: [Diagnostic], summary: DiagnosticsSummary) -> String {
        struct Document: Encodable {
            let formatVersion = 1
            let diagnostics: [Diagnostic]
            let summary: DiagnosticsSummary
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain strings and numbers cannot fail; the fallback keeps the output valid JSON.
        let data = (try? encoder.encode(Document(diagnostics: diagnostics, summary: summary))) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}

extension CommandContext {
    /// Prints `diagnostics` to standard output (text or JSON) and returns the exit code for them.
    ///
    /// ```swift
    /// return context.printDiagnostics(
    ///     diagnostics, fileCount: files.count, sources: texts,
    ///     format: invocation.option("format", as: DiagnosticsFormat.self) ?? .text,
    ///     strict: invocation.flag("strikt"))
    /// ```
    @discardableResult
    public func printDiagnostics(
        _ diagnostics: [Diagnostic], fileCount: Int, sources: [String: SourceText],
        format: DiagnosticsFormat = .text, strict: Bool = false, groupAfter: Int? = nil, to stream: ConsoleStream = .output
    ) -> ExitCode {
        let printer = DiagnosticsPrinter(
            language: language, colored: format == .text && isColored(stream), format: format, strict: strict,
            groupAfter: groupAfter)
        console.write(printer.render(diagnostics, fileCount: fileCount) { sources[$0] }, to: stream)
        return printer.exitCode(for: diagnostics)
    }
}

extension Option {
    /// `--format tekst|json`: how to print diagnostics. Read it with
    /// `invocation.option("format", as: DiagnosticsFormat.self)`.
    /// `--formaat tekst|json`, also `--format` and `text`, as English readers see it.
    public static let diagnosticsFormat = Option.value(
        "formaat", aliases: ["format"], placeholder: "FORMAAT", allowed: DiagnosticsFormat.allCases.map(\.rawValue) + ["text"],
        default: DiagnosticsFormat.text.rawValue,
        summary: LocalizedText("Uitvoer voor mensen (tekst) of voor scripts (json)", "Output for people (text) or scripts (json)"))

    /// `--alles` (also `--all`): every diagnostic in the text output, not the first few of each rule.
    public static let showAll = Option.flag(
        "alles", aliases: ["all"],
        summary: LocalizedText("Toont elke melding; zonder deze optie na \(DiagnosticsPrinter.defaultGroupAfter) van één regel in één bestand alleen hoeveel er nog zijn",
                               "Shows every message; without it, after \(DiagnosticsPrinter.defaultGroupAfter) of one rule in one file only how many more there are"))

    /// `--strikt` (also `--strict`): warnings count as errors for the exit code.
    public static let strict = Option.flag(
        "strikt", aliases: ["strict"],
        summary: LocalizedText("Waarschuwingen tellen als fouten (exitcode 1)", "Warnings count as errors (exit code 1)"))
}
