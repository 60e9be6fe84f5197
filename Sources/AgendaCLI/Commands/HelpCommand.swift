/// `mja help [COMMANDO]`: the overview, or the page of one command.
struct HelpCommand: Command {
    let name = "help"
    let aliases = ["hulp"]
    let summary = LocalizedText("Toont de hulp bij mja of bij één commando", "Shows the help for mja or for one command")
    let positionals = [
        Positional("COMMANDO", summary: LocalizedText("Het commando om uit te leggen", "The command to explain"))
    ]
    let examples = [
        Example("mja help", LocalizedText("Toont alle commando's", "Lists all commands")),
        Example("mja help version", LocalizedText("Legt het commando version uit", "Explains the version command")),
    ]

    func run(_ invocation: Invocation, context: CommandContext) throws -> ExitCode {
        let formatter = HelpFormatter(language: context.language, registry: context.registry)
        guard let word = invocation.positionals.first else {
            context.console.write(formatter.overview(), to: .output)
            return .success
        }
        guard let command = context.registry.command(named: word) else {
            throw UsageError.unknownCommand(word, suggestion: context.registry.suggestion(for: word))
        }
        context.console.write(formatter.help(for: command), to: .output)
        return .success
    }
}
