import Agenda
import Diagnostics

/// `mja check [PATH ...]`: reads agendas and their registries and reports every problem, located,
/// with a summary. Exit 1 when there are errors (or, with `--strikt`, warnings).
struct CheckCommand: Command {
    let name = "check"
    let aliases = ["controleer"]
    let summary = LocalizedText("Controleert agenda's en meldt wat er mis is, met regel en kolom",
                                "Checks agendas and reports what is wrong, with line and column")
    let discussion: LocalizedText? = LocalizedText(
        "Zonder pad controleert mja alle agenda's en registers in 'regions/'. Elke melding heeft een code; 'mja explain CODE' legt hem uit.",
        "Without a path, mja checks every agenda and registry in 'regions/'. Every message has a code; 'mja explain CODE' explains it.")
    let options: [Option] = [
        .diagnosticsFormat, .strict, .showAll, .previousVersion, .minimumRegions,
        .flag("uitgebreid", aliases: ["verbose"], short: "v",
              summary: LocalizedText("Noemt eerst de werkruimte: welke registers en sjablonen zijn gebruikt (eigen of ingebouwd); meldt per agenda de leesbaarheid van de publieksversie (MJA363)",
                                     "First names the workspace: which registries and templates were used (own or built-in); reports the readability of each public summary (MJA363)")),
    ]
    let positionals = [Positional.agendaPaths]
    let examples = [
        Example("mja check", LocalizedText("Controleert alles in regions/", "Checks everything in regions/")),
        Example("mja check regions/am05-twente.toml", LocalizedText("Controleert één agenda", "Checks one agenda")),
        Example("mja check --format json", LocalizedText("Meldingen als JSON, voor scripts", "Diagnostics as JSON, for scripts")),
    ]

    func run(_ invocation: Invocation, context: CommandContext) throws -> ExitCode {
        var loader = context.workspaceLoader()
        // The agendas beside the requested ones count only for what the checks look at.
        loader.contextReading = .forChecks
        // The texts are read again for the lines the messages quote, not held for the whole run.
        loader.releasesSourceTexts = true
        let workspace = try AgendaPaths.load(invocation.positionals, loader: loader)
        let checked = try CheckRun(workspace: workspace, invocation: invocation, context: context).runKeepingAssessor()
        var diagnostics = checked.diagnostics
        // The readability of each agenda's public summary, against the limits its template names:
        // a warning above a limit always, the figures themselves (a note per agenda) when asked.
        if let templates = try? TemplateFolder.load("templates", near: invocation.positionals, requiring: [], context: context) {
            diagnostics = (diagnostics + PublicSummaryReadability(
                workspace: workspace, templates: templates, assessor: checked.assessor, language: context.language
            ).diagnostics(excluding: diagnostics).filter { $0.code != "MJA363" || invocation.flag("uitgebreid") })
                .sorted(by: Diagnostic.printingOrder)
        }
        if invocation.flag("uitgebreid") {
            let templates = try? TemplateFolder.resolve("templates", near: invocation.positionals, requiring: [], context: context).use
            // With --formaat json, standard output is the JSON alone: the lines go to standard error.
            let stream: ConsoleStream = invocation.option("format", as: DiagnosticsFormat.self) == .json ? .error : .output
            for line in WorkspaceReport.lines(workspace: workspace, templates: templates, language: context.language) {
                context.console.writeLine(line, to: stream)
            }
        }
        return context.printDiagnostics(
            diagnostics, fileCount: workspace.requestedFiles.count, sources: workspace.sources,
            format: invocation.option("format", as: DiagnosticsFormat.self) ?? .text, strict: invocation.flag("strikt"),
            groupAfter: invocation.flag("alles") ? nil : DiagnosticsPrinter.defaultGroupAfter)
    }
}
