// AgendaCLI: the `mja` command line as a library. `MJA.run` reads the arguments, runs a command and
// returns its exit code, so every command can be tested without starting a process.
import BuiltInFiles
import Diagnostics
import FoundationEssentials

/// The `mja` program.
public enum MJA {
    /// The version of mja, printed by `mja --version` and in the help. The one place to change it.
    public static let version = "0.1.0"

    /// `mja 0.1.0 (revisie 1e261c3cc953)`: the version and the git revision the program was built
    /// from, which tells two builds of one version apart (without the revision outside a checkout).
    public static func versionLine(in language: Language) -> String {
        let revision = BuiltInFiles.revision.map { language.pick(" (revisie \($0))", " (revision \($0))") } ?? ""
        return "mja \(version)\(revision)"
    }

    /// What mja is, in one line, at the top of the help.
    public static let tagline = LocalizedText(
        "meerjarenagenda's voor de arbeidsmarkt: controleren, documenten maken, signalen bundelen",
        "labour-market agendas: check them, make documents, bundle signals")

    /// Runs `mja` with `arguments` (without the program name) and returns the exit code.
    ///
    /// Usage errors and help go to standard error or output as described in `ExitCode`; anything a
    /// command throws is printed as an error, never as a crash. `replacements` are texts read
    /// instead of the files at those paths (nothing is written to them).
    public static func run(
        _ arguments: some Sequence<String>, environment: [String: String], console: some Console,
        registry: CommandRegistry = .standard, replacements: [String: [UInt8]] = [:]
    ) -> ExitCode {
        let parsed = ArgumentParser(registry: registry).parse(Array(arguments))
        let globals = parsed.invocation
        var context = CommandContext(
            language: Language.resolve(flag: globals.option("lang"), environment: environment),
            console: console, environment: environment,
            colorChoice: globals.option("kleur", as: ColorChoice.self) ?? .auto, registry: registry)
        context.workspaceFolder = globals.option("werkruimte")
        context.replacements = replacements
        let help = HelpFormatter(language: context.language, registry: registry)

        if globals.flag("help") && !parsed.errors.contains(where: \.isUnknownCommand) {
            console.write(parsed.command.map(help.help(for:)) ?? help.overview(), to: .output)
            return .success
        }
        if !parsed.errors.isEmpty {
            report(parsed.errors, command: parsed.command, context: context)
            return .usageError
        }
        if globals.flag("version") {
            console.writeLine(versionLine(in: context.language))
            return .success
        }
        guard let command = parsed.command else {
            // No command is a usage error: a script that forgets one must fail, a person sees the help.
            console.write(help.shortOverview(), to: .error)
            return .usageError
        }
        do {
            return try command.run(globals, context: context)
        } catch let error as UsageError {
            report([error], command: command, context: context)
            return .usageError
        } catch let error as CommandError {
            context.writeError(error.message.text(in: context.language))
            return error.exitCode
        } catch {
            context.writeError(describe(error, in: context.language))
            return .failure
        }
    }

    /// Prints usage errors to standard error, with where to find the right way to write it.
    static func report(_ errors: [UsageError], command: (any Command)?, context: CommandContext) {
        for error in errors {
            context.writeError(error.message(in: context.language))
        }
        let pointer =
            if let command, !errors.contains(where: \.isUnknownCommand) {
                context.text(
                    "Zie 'mja help \(command.name)' voor de opties van dit commando.",
                    "See 'mja help \(command.name)' for the options of this command.")
            } else {
                context.text("Zie 'mja help' voor de commando's.", "See 'mja help' for the commands.")
            }
        context.console.writeLine(pointer, to: .error)
    }

    /// The most readable text for an error that was not made for people.
    private static func describe(_ error: any Error, in language: Language) -> String {
        if let fileSystem = FileSystemMessage.text(for: error) { return fileSystem.text(in: language) }
        if let localized = error as? any LocalizedError, let description = localized.errorDescription {
            return description
        }
        return String(describing: error)
    }
}
