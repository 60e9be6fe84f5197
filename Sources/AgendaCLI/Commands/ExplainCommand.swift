import Agenda
import Diagnostics

/// `mja explain CODE`: prints a rule of the catalogue; without a code, lists them all.
struct ExplainCommand: Command {
    let name = "explain"
    let aliases = ["uitleg"]
    let summary = LocalizedText("Legt een meldingscode uit, met een voorbeeld van de oplossing",
                                "Explains a diagnostic code, with an example of the fix")
    let positionals = [Positional("CODE", summary: LocalizedText("Een code zoals MJA012; zonder code: de hele lijst", "A code such as MJA012; without one: the whole list"), required: false)]
    let examples = [
        Example("mja explain MJA016", LocalizedText("Uitleg over verwijzingen die niet bestaan", "About references to things that do not exist")),
        Example("mja explain", LocalizedText("Alle codes met hun titel", "Every code with its title")),
    ]

    func run(_ invocation: Invocation, context: CommandContext) throws -> ExitCode {
        guard let code = invocation.positionals.first else {
            for rule in RuleCatalogue.all {
                context.console.writeLine("\(rule.code)  \(rule.severity.label(in: context.language).padded(toLength: 12)) \(rule.title(in: context.language))")
            }
            return .success
        }
        guard let rule = RuleCatalogue.rule(code) else {
            let suggestion = Suggestion.closest(to: code.uppercased(), among: RuleCatalogue.all.map(\.code))
            let hint = suggestion.map { context.text(" Bedoelde u '\($0)'?", " Did you mean '\($0)'?") } ?? ""
            throw CommandError(LocalizedText(
                "onbekende code '\(code)'.\(hint) 'mja explain' toont alle codes.",
                "unknown code '\(code)'.\(hint) 'mja explain' lists every code."), exitCode: .usageError)
        }
        context.console.write("""
            \(rule.code): \(rule.title(in: context.language))
            \(context.text("Ernst", "Severity")): \(rule.severity.label(in: context.language))

            \(rule.explanation(in: context.language))

            \(context.text("Voorbeeld", "Example")):
            \(rule.example(in: context.language).split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n"))

            """, to: .output)
        return .success
    }
}

import FoundationEssentials
import FoundationGaps
