import Diagnostics

/// One `mja` command, such as `check` or `build`.
///
/// A command describes itself (name, summary, options, positionals, examples) and does its work in
/// `run`. The framework parses the command line against that description, prints the help, and
/// reports usage errors before `run` is called, so `run` only sees valid input.
///
/// To add a command, write a type in a file of its own under `Commands/` and add one line to
/// `CommandRegistry.standard`:
///
/// ```swift
/// struct CheckCommand: Command {
///     let name = "check"
///     let summary = LocalizedText("Controleert agenda's", "Checks agendas")
///     let options: [Option] = [.diagnosticsFormat, .strict]
///     let positionals = [Positional("PAD", summary: LocalizedText("Bestanden", "Files"), repeating: true)]
///     let examples = [Example("mja check regions", LocalizedText("Controleert alle regio's", "Checks all regions"))]
///
///     func run(_ invocation: Invocation, context: CommandContext) throws -> ExitCode {
///         let (diagnostics, sources) = try load(invocation.positionals)
///         return context.printDiagnostics(
///             diagnostics, fileCount: sources.count, sources: sources,
///             format: invocation.option("format", as: DiagnosticsFormat.self) ?? .text,
///             strict: invocation.flag("strikt"))
///     }
/// }
/// ```
public protocol Command: Sendable {
    /// The word typed after `mja`, such as `check`.
    var name: String { get }
    /// Other words that run the same command, such as `versie` for `version`. Default: none.
    var aliases: [String] { get }
    /// One line for the list of commands, in both languages.
    var summary: LocalizedText { get }
    /// A paragraph or two for `mja help <command>`, after the usage line. Default: none.
    var discussion: LocalizedText? { get }
    /// The options the command takes, besides the global ones. Default: none.
    var options: [Option] { get }
    /// The values the command takes by position, in order. Default: none.
    var positionals: [Positional] { get }
    /// Example command lines with what they do, shown in the help. Default: none.
    var examples: [Example] { get }

    /// Does the work. Return `.failure` when the input has errors; throw `UsageError` for a command
    /// line that is wrong in a way the parser cannot see, and `CommandError` (or any error) when
    /// nothing sensible can continue. Thrown errors are printed to standard error, never a crash.
    func run(_ invocation: Invocation, context: CommandContext) throws -> ExitCode
}

extension Command {
    /// No aliases.
    public var aliases: [String] { [] }
    /// No discussion.
    public var discussion: LocalizedText? { nil }
    /// No options besides the global ones.
    public var options: [Option] { [] }
    /// No positional values.
    public var positionals: [Positional] { [] }
    /// No examples.
    public var examples: [Example] { [] }

    /// The usage line without the leading `mja`: `check [opties] [PAD ...]`.
    public func usage(in language: Language) -> String {
        var parts = [name]
        if !options.isEmpty { parts.append(language.pick("[opties]", "[options]")) }
        parts += positionals.map { $0.usage(in: language) }
        return parts.joined(separator: " ")
    }

    /// Whether `word` names this command.
    func answers(to word: String) -> Bool {
        word == name || aliases.contains(word)
    }
}

/// An example command line with what it does, for the help.
public struct Example: Sendable, Hashable {
    /// The command line as typed, starting with `mja`.
    public var commandLine: String
    /// What it does.
    public var explanation: LocalizedText

    /// Creates an example.
    public init(_ commandLine: String, _ explanation: LocalizedText) {
        self.commandLine = commandLine
        self.explanation = explanation
    }
}
