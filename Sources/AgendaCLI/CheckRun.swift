import Agenda
import Diagnostics

/// The checks as `check` and `build` run them: the options from the command line, the previous
/// version of an agenda when one is given.
struct CheckRun {
    let workspace: Workspace
    let invocation: Invocation
    let context: CommandContext

    /// Every diagnostic for the requested files, the checks' included.
    func diagnostics() throws -> [Diagnostic] {
        try run().diagnostics
    }

    /// The options the checks ran with (the documents' scorecards must use the same) and every
    /// diagnostic for the requested files.
    func run() throws -> (options: CheckOptions, diagnostics: [Diagnostic]) {
        let result = try runKeepingAssessor()
        return (result.options, result.diagnostics)
    }

    /// The same, with the assessor that weighed the requested agendas' themes: a build uses it
    /// again for the scorecards in the documents.
    func runKeepingAssessor() throws -> (options: CheckOptions, diagnostics: [Diagnostic], assessor: CriteriaAssessor) {
        var options = CheckOptions()
        if let minimum = invocation.option("min-regios") {
            guard let value = Int(minimum), value >= 1 else {
                throw UsageError.invalid(LocalizedText(
                    "--min-regios verwacht een geheel getal van 1 of meer, niet '\(minimum)'",
                    "--min-regios expects a whole number of 1 or more, not '\(minimum)'"))
            }
            options.minimumRegionsForNationalTheme = value
        }
        var extra: [Diagnostic] = []
        if let previousFile = invocation.option("vorige") {
            let previous = context.workspaceLoader().load(files: [previousFile])
            extra += previous.diagnostics.filter { $0.severity == .error }
            options.previousVersion = previous.agenda(inFile: previousFile)
        }
        let assessor = CriteriaAssessor.forRequested(workspace, options: options)
        let diagnostics = (AgendaChecker(options: options, language: context.language).check(workspace, assessor: assessor) + extra)
            .sorted(by: Diagnostic.printingOrder)
        return (options, diagnostics, assessor)
    }
}

extension Option {
    /// `--vorige FILE`: the previous version of the agenda, to flag repeated themes.
    static let previousVersion = Option.value(
        "vorige", aliases: ["previous"], placeholder: "BESTAND",
        summary: LocalizedText("De vorige versie van de agenda: thema's die zonder reden terugkomen worden gemeld",
                               "The previous version of the agenda: themes repeated without a reason are reported"))

    /// `--min-regios N`: how many regions a national theme's signals must come from.
    static let minimumRegions = Option.value(
        "min-regios", aliases: ["min-regions"], placeholder: "N", default: "3",
        summary: LocalizedText("Minimum aantal regio's achter de signalen van een landelijk thema",
                               "Minimum number of regions behind a national theme's signals"))
}
