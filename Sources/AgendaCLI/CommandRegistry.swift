import Diagnostics

/// The commands `mja` knows, in the order the help lists them.
public struct CommandRegistry: Sendable {
    /// The commands, in the order of the help.
    public let commands: [any Command]

    /// Creates a registry; names and aliases must be unique.
    public init(_ commands: [any Command]) {
        self.commands = commands
        let words = commands.flatMap { [$0.name] + $0.aliases }
        assert(Set(words).count == words.count, "two commands share a name: \(words.sorted())")
    }

    /// The commands of `mja`. To add a command, add one line here.
    public static let standard = CommandRegistry([
        CheckCommand(),
        BuildCommand(),
        SignalsCommand(),
        ProgressCommand(),
        BudgetCommand(),
        PreviewCommand(),
        DiffCommand(),
        InitCommand(),
        UserCommand(),
        ExplainCommand(),
        SchemaCommand(),
        ImportCommand(),
        HelpCommand(),
        VersionCommand(),
        InstallCommand(),
        CompletionCommand(),
    ])

    /// A registry with `extra` commands after these, for tests and tools built on `mja`.
    public func adding(_ extra: [any Command]) -> CommandRegistry {
        CommandRegistry(commands + extra)
    }

    /// The command that `word` names, by name or alias.
    public func command(named word: String) -> (any Command)? {
        commands.first { $0.answers(to: word) }
    }

    /// The command name closest to a mistyped `word`, if one is close enough.
    func suggestion(for word: String) -> String? {
        guard let closest = Suggestion.closest(to: word, among: commands.flatMap { [$0.name] + $0.aliases }) else {
            return nil
        }
        return command(named: closest)?.name
    }
}
