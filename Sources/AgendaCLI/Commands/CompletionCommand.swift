import Agenda

/// `mja completie bash|zsh|fish`: prints the completion script for a shell (what `mja installeer`
/// writes), for a setup of one's own.
struct CompletionCommand: Command {
    let name = "completie"
    let aliases = ["completion"]
    let summary = LocalizedText("Toont het aanvulscript voor bash, zsh of fish", "Shows the completion script for bash, zsh or fish")
    let positionals = [Positional("SHELL", summary: LocalizedText("bash, zsh of fish", "bash, zsh or fish"), required: true)]
    let examples = [
        Example("source <(mja completie bash)", LocalizedText("Aanvullen in deze bash-sessie", "Completion in this bash session")),
    ]

    func run(_ invocation: Invocation, context: CommandContext) throws -> ExitCode {
        guard let shell = ShellCompletion.Shell(rawValue: invocation.positionals[0].lowercased()) else {
            throw UsageError.invalid(LocalizedText(
                "'\(invocation.positionals[0])' is geen bekende shell; kies bash, zsh of fish",
                "'\(invocation.positionals[0])' is not a known shell; choose bash, zsh or fish"))
        }
        context.console.write(ShellCompletion.standard(registry: context.registry).script(for: shell), to: .output)
        return .success
    }
}

extension ShellCompletion {
    /// The completion of `registry`, with the built-in regions and every rule code.
    static func standard(registry: CommandRegistry) -> ShellCompletion {
        var loader = WorkspaceLoader()
        loader.builtInRegistries = WorkspaceFolders.builtInRegistries
        let regions = loader.load(files: []).registry.regions.map(\.code)
        return ShellCompletion(registry: registry, regionCodes: regions, ruleCodes: RuleCatalogue.all.map(\.code))
    }
}
