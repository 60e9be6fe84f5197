import Agenda
import Diagnostics
import Documents
import FoundationEssentials

/// `mja budget` (`mja begroting`): every budget line of the agendas asked for (all when none is
/// named) as an Excel workbook (`Begrotingsregels`,
/// and `Totalen` per region, year and funding source for a pivot table), with a short summary.
/// Exit 1 when an agenda has errors (its readable lines are still in the workbook).
struct BudgetCommand: Command {
    // The English name is the primary one, as for check, build and init, and keeps the help's
    // command column as wide as it was; `begroting` is the alias a Dutch user types.
    let name = "budget"
    let aliases = ["begroting"]
    let summary = LocalizedText("Zet alle begrotingsregels van alle agenda's in een Excel-bestand",
                                "Puts every budget line of every agenda in an Excel file")
    let discussion: LocalizedText? = LocalizedText(
        "Schrijft een .xlsx met het blad 'Begrotingsregels' (agenda, regio, thema, actie, jaar, financieringsbron, bedrag, zekerheid; bedragen als getallen in euro's) en het blad 'Totalen' per regio, jaar en financieringsbron, klaar voor een draaitabel.",
        "Writes an .xlsx with the sheet 'Begrotingsregels' (agenda, region, theme, action, year, funding source, amount, certainty; amounts as numbers in euros) and the sheet 'Totalen' per region, year and funding source, ready for a pivot table.")
    let options: [Option] = [
        .value("xlsx", placeholder: "BESTAND",
               summary: LocalizedText("Het Excel-bestand (standaard begroting.xlsx in de uitvoermap)",
                                      "The Excel file (default begroting.xlsx in the output folder)")),
        .outputFolder,
    ]
    let positionals = [Positional.agendaPaths]
    let examples = [
        Example("mja begroting", LocalizedText("Alle begrotingen in out/begroting.xlsx", "All budgets in out/begroting.xlsx")),
        Example("mja begroting regions/am05-twente.toml --xlsx twente.xlsx", LocalizedText("De begroting van één agenda", "The budget of one agenda")),
    ]

    func run(_ invocation: Invocation, context: CommandContext) throws -> ExitCode {
        let workspace = try AgendaPaths.load(invocation.positionals, loader: context.workspaceLoader())
        let errors = workspace.diagnostics.filter { $0.severity == .error }
        if !errors.isEmpty {
            _ = context.printDiagnostics(errors, fileCount: workspace.requestedFiles.count, sources: workspace.sources, to: .error)
        }
        let budget = BudgetWorkbook(workspace: workspace, files: Set(workspace.requestedFiles))
        let path: String
        if let file = invocation.option("xlsx") {
            path = file
        } else {
            let folder = invocation.option("uit") ?? "out"
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            path = "\(folder)/begroting.xlsx"
        }
        try FileOutput.write(Data(XlsxWriter().render(budget.workbook)), to: path)
        let l = context.language
        let lineCount = l.count(budget.lines.count, ("begrotingsregel", "begrotingsregels"), ("budget line", "budget lines"))
        let agendas = l.count(budget.agendaCount, ("agenda", "agenda's"), ("agenda", "agendas"))
        var lines = [l.pick("\(lineCount) uit \(agendas), samen \(budget.total.dutchNotation)",
                            "\(lineCount) from \(agendas), together \(budget.total.dutchNotation)")]
        var perYear: [Int: Euro] = [:]
        for line in budget.lines { perYear[line.year, default: .zero] += line.amount }
        for year in perYear.keys.sorted() { lines.append("  \(year): \(perYear[year]!.dutchNotation)") }
        lines.append(l.pick("Geschreven: ", "Written: ") + path)
        context.console.write(lines.joined(separator: "\n") + "\n", to: .output)
        return errors.isEmpty ? .success : .failure
    }
}
