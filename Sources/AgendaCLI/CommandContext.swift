import Diagnostics

/// What a command needs from its surroundings: the language, the console, colour, the environment.
public struct CommandContext: Sendable {
    /// The language of everything a person reads.
    public let language: Language
    /// Where to write: results to `.output`, errors to `.error`.
    public let console: any Console
    /// The environment variables of the process.
    public let environment: [String: String]
    /// The `--kleur` choice; use `isColored(_:)` or `colored` for the decision.
    public let colorChoice: ColorChoice
    /// All commands, for commands that talk about the others (such as `help`).
    public let registry: CommandRegistry
    /// The workspace folder named with `--werkruimte`, if any (see `WorkspaceFolders`).
    public var workspaceFolder: String?
    /// Texts read instead of the files at these paths (absolute, as the commands name them): the
    /// workspace server checks the text someone is typing without writing it anywhere.
    public var replacements: [String: [UInt8]] = [:]

    /// Creates a context; `MJA.run` makes one, tests of a single command may too.
    public init(
        language: Language, console: any Console, environment: [String: String] = [:],
        colorChoice: ColorChoice = .auto, registry: CommandRegistry = .standard
    ) {
        self.language = language
        self.console = console
        self.environment = environment
        self.colorChoice = colorChoice
        self.registry = registry
    }

    /// Whether text written to `stream` may hold ANSI colours.
    public func isColored(_ stream: ConsoleStream) -> Bool {
        colorChoice.allowsColor(isTerminal: console.isTerminal(stream), environment: environment)
    }

    /// Whether standard output may hold ANSI colours.
    public var colored: Bool { isColored(.output) }

    /// Picks the Dutch or the English text, whichever the reader reads.
    public func text(_ dutch: String, _ english: String) -> String {
        language.pick(dutch, english)
    }

    /// Writes `mja: fout: <message>` to standard error, with "fout" in red on a terminal.
    public func writeError(_ message: String) {
        let label = Severity.error.label(in: language)
        let painted = isColored(.error) ? "\u{1B}[1;31m\(label)\u{1B}[0m" : label
        console.writeLine("mja: \(painted): \(message)", to: .error)
    }
}
