import AgendaCLI
import Diagnostics

/// A command for tests: declares what it is given and runs a closure.
struct TestCommand: Command {
    var name: String
    var aliases: [String] = []
    var summary = LocalizedText("Testcommando", "Test command")
    var options: [Option] = []
    var positionals: [Positional] = []
    var examples: [Example] = []
    var body: @Sendable (Invocation, CommandContext) throws -> ExitCode

    func run(_ invocation: Invocation, context: CommandContext) throws -> ExitCode {
        try body(invocation, context)
    }
}

struct Boom: Error {}

/// The diagnostics the `diag` command prints, in the file `sources` holds.
let sampleSource = SourceText("[thema]\ntrekkr = \"gemeente\"\nbudget = -5\n")
let sampleDiagnostics = [
    Diagnostic(
        severity: .warning, code: "MJA020", message: "bedrag is negatief", file: "twente.toml",
        range: SourceRange(start: .init(line: 3, column: 10), end: .init(line: 3, column: 12))),
    Diagnostic(
        severity: .error, code: "MJA012", message: "onbekende sleutel 'trekkr'", file: "twente.toml",
        range: SourceRange(start: .init(line: 2, column: 1), end: .init(line: 2, column: 7)),
        hint: "bedoelde u 'trekker'?"),
]

let testRegistry = CommandRegistry.standard.adding([
    // Prints what it was given, so tests can compare one line.
    TestCommand(
        name: "probe", summary: LocalizedText("Toont wat het kreeg", "Shows what it got"),
        options: [
            .strict,
            .value("uit", short: "o", placeholder: "MAP", default: "out", summary: LocalizedText("Map", "Folder")),
            .list("formaat", placeholder: "FORMAAT", allowed: ["md", "html", "docx", "pdf"], summary: LocalizedText("Formaten", "Formats")),
        ],
        positionals: [Positional("PAD", summary: LocalizedText("Bestanden", "Files"), repeating: true)],
        examples: [Example("mja probe --uit docs a.toml", LocalizedText("Probeert", "Probes"))]
    ) { invocation, context in
        let line = [
            "strikt=\(invocation.flag("strict"))",
            "uit=\(invocation.option("uit") ?? "-")",
            "formaat=\(invocation.values("formaat").joined(separator: ","))",
            "paden=\(invocation.positionals.joined(separator: "|"))",
        ]
        context.console.writeLine(line.joined(separator: " "))
        return .success
    },
    TestCommand(
        name: "opzoeken", positionals: [Positional("CODE", summary: LocalizedText("Code", "Code"), required: true)]
    ) { invocation, context in
        context.console.writeLine("code=\(invocation.positionals[0])")
        return .success
    },
    TestCommand(name: "diag", options: [.diagnosticsFormat, .strict]) { invocation, context in
        context.printDiagnostics(
            sampleDiagnostics, fileCount: 3, sources: ["twente.toml": sampleSource],
            format: invocation.option("format", as: DiagnosticsFormat.self) ?? .text, strict: invocation.flag("strikt"))
    },
    TestCommand(name: "fails") { _, _ in
        throw CommandError(LocalizedText("kan map 'uit' niet maken", "cannot create folder 'uit'"))
    },
    TestCommand(name: "crashes") { _, _ in throw Boom() },
    TestCommand(name: "refuses") { _, _ in
        throw UsageError.invalid(LocalizedText("--uit en --droog gaan niet samen", "--uit and --droog exclude each other"))
    },
])

/// What one run of `mja` gave.
struct Outcome {
    var code: ExitCode
    var output: String
    var error: String
}

/// Runs `mja` in-process with the test commands and a capturing console.
func mja(
    _ arguments: String..., environment: [String: String] = [:], outputIsTerminal: Bool = false,
    errorIsTerminal: Bool = false
) -> Outcome {
    mja(arguments, environment: environment, outputIsTerminal: outputIsTerminal, errorIsTerminal: errorIsTerminal)
}

/// Runs `mja` in-process with the test commands and a capturing console.
func mja(
    _ arguments: [String], environment: [String: String] = [:], outputIsTerminal: Bool = false,
    errorIsTerminal: Bool = false
) -> Outcome {
    let console = CapturingConsole(outputIsTerminal: outputIsTerminal, errorIsTerminal: errorIsTerminal)
    let code = MJA.run(arguments, environment: environment, console: console, registry: testRegistry)
    return Outcome(code: code, output: console.output, error: console.error)
}
