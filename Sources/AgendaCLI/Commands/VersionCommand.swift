/// `mja version`: prints `mja 0.1.0`, like `mja --version`.
struct VersionCommand: Command {
    let name = "version"
    let aliases = ["versie"]
    let summary = LocalizedText("Toont het versienummer van mja", "Shows the version number of mja")
    let examples = [Example("mja version", LocalizedText("Toont bijvoorbeeld: mja 0.1.0", "Shows, for example: mja 0.1.0"))]

    func run(_ invocation: Invocation, context: CommandContext) throws -> ExitCode {
        context.console.writeLine(MJA.versionLine(in: context.language))
        return .success
    }
}
