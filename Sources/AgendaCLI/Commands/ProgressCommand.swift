import Agenda
import Diagnostics
import Documents
import FoundationEssentials
import Mustache

/// `mja voortgang`: the progress report (voortgangsrapportage) of each agenda, and the national one
/// across all of them, from `templates/voortgang.md` and `templates/voortgang-landelijk.md`.
/// An agenda with errors gets no report (exit 1); the others are still written.
struct ProgressCommand: Command {
    let name = "voortgang"
    let aliases = ["progress"]
    let summary = LocalizedText("Maakt de voortgangsrapportage van elke agenda en het landelijke overzicht",
                                "Makes the progress report of every agenda and the national overview")
    let discussion: LocalizedText? = LocalizedText(
        "Leest de voortgang uit de agenda's (peildatum, realisatie per actie, metingen per resultaat; zie regions/README.md, 'Voortgang bijhouden') en schrijft per agenda MAP/<agenda>/voortgang.<formaat>, en bij meer dan één agenda het landelijke overzicht per landelijk thema in MAP/voortgang.<formaat>. De peildatum komt uit --peildatum, anders uit de agenda of de laatste datum in de gegevens, nooit uit de klok.",
        "Reads the progress from the agendas (peildatum, realisation per action, measurements per result; see regions/README.md) and writes DIR/<agenda>/voortgang.<format> per agenda, and with more than one agenda the national overview per national theme in DIR/voortgang.<format>. The reference date comes from --peildatum, else from the agenda or the latest date in its data, never from the clock.")
    let options: [Option] = [
        .value("peildatum", aliases: ["reference-date"], placeholder: "JJJJ-MM-DD",
               summary: LocalizedText("De datum waarop de rapportage staat (standaard de peildatum in de agenda)",
                                      "The date the report stands at (default the agenda's peildatum)")),
        .outputFormats(for: Self.documents),
        .outputFolder,
        .flag("xlsx", summary: LocalizedText("Schrijf de voortgangswerkmap (MAP/voortgang.xlsx) om in Excel in te vullen",
                                             "Write the progress workbook (DIR/voortgang.xlsx) to fill in in Excel")),
        .list("xlsx-invoer", aliases: ["xlsx-input"], placeholder: "BESTAND",
              summary: LocalizedText("Een ingevulde voortgangswerkmap: laat zien wat die in de agenda's verandert",
                                     "A filled-in progress workbook: shows what it changes in the agendas")),
        .flag("toepassen", aliases: ["apply"],
              summary: LocalizedText("Schrijf de wijzigingen uit de --xlsx-invoer in de agendabestanden (opmaak blijft)",
                                     "Write the changes of the --xlsx-invoer into the agenda files (layout kept)")),
        .templateFolder,
    ]
    let positionals = [Positional.agendaPaths]
    let examples = [
        Example("mja voortgang", LocalizedText("De rapportages van alle agenda's en het landelijke overzicht in out/", "The reports of all agendas and the national overview in out/")),
        Example("mja voortgang regions/am05-twente.toml --peildatum 2026-10-01 --formaat docx", LocalizedText("Alleen Twente, als Word-bestand", "Only Twente, as a Word file")),
        Example("mja voortgang regions/am05-twente.toml --xlsx --uit werkmap", LocalizedText("De voortgangswerkmap van Twente om in Excel in te vullen", "Twente's progress workbook to fill in in Excel")),
        Example("mja voortgang --xlsx-invoer voortgang.xlsx --toepassen", LocalizedText("De ingevulde werkmap in de agenda's schrijven", "Write the filled-in workbook into the agendas")),
    ]

    /// The documents `voortgang` writes: each agenda's progress report and the national one.
    /// There is no progress deck, so `--formaat dia` is refused (exit 2).
    static let documents = [DocumentKind.progressReport, .nationalProgressReport]

    func run(_ invocation: Invocation, context: CommandContext) throws -> ExitCode {
        if !invocation.values("xlsx-invoer").isEmpty { return try ProgressWorkbookRun(invocation: invocation, context: context).read() }
        if invocation.flag("xlsx") { return try ProgressWorkbookRun(invocation: invocation, context: context).write() }
        var referenceDate: CalendarDate?
        if let text = invocation.option("peildatum") {
            guard let date = CalendarDate(parsing: text) else {
                throw UsageError.invalid(LocalizedText("--peildatum verwacht een bestaande datum als 2026-10-01, niet '\(text)'",
                                                       "--peildatum expects an existing date such as 2026-10-01, not '\(text)'"))
            }
            referenceDate = date
        }
        let output = invocation.option("uit") ?? "out"
        let formats = invocation.documentFormats
        let templates = try TemplateFolder.load(
            invocation.option("sjablonen") ?? "templates", near: invocation.positionals,
            requiring: [ProgressReportBuilder.templateName, ProgressReportBuilder.nationalTemplateName], context: context)
        let workspace = try AgendaPaths.load(invocation.positionals, loader: context.workspaceLoader())
        let diagnostics = AgendaChecker(language: context.language).check(workspace)
        let errorFiles = Set(diagnostics.filter { $0.severity == .error }.compactMap(\.file))
        if !errorFiles.isEmpty {
            _ = context.printDiagnostics(diagnostics.filter { $0.severity == .error }, fileCount: workspace.requestedFiles.count,
                                         sources: workspace.sources, to: .error)
        }
        let requested = workspace.requestedFiles.compactMap { workspace.agenda(inFile: $0) }
        let good = requested.filter { !errorFiles.contains($0.file) }
        let builder = ProgressReportBuilder(templates: templates, workspace: workspace, referenceDate: referenceDate)
        var written: [String] = []
        // Each file goes into a temporary file as it is made, a PDF never whole in memory; they take
        // their names together once all are written, and a failure leaves none of them (see `FileBatch`).
        let batch = FileBatch()
        do {
            for agenda in good {
                let folder = "\(output)/\(DocumentBuild.folderName(for: agenda.file))"
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                try DocumentKind.progressReport.forEachFile(in: formats, of: { try builder.document(for: agenda) }) { file in
                    let path = "\(folder)/\(file.name)"
                    try batch.add(file.contents, for: path)
                    written.append(path)
                }
            }
            if good.count > 1 {
                try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
                try DocumentKind.nationalProgressReport.forEachFile(in: formats, of: { try builder.nationalDocument(for: good) }) { file in
                    let path = "\(output)/\(file.name)"
                    try batch.add(file.contents, for: path)
                    written.append(path)
                }
            }
        } catch let error as MustacheError {
            throw CommandError(error)
        }
        try batch.commit()
        for agenda in requested where errorFiles.contains(agenda.file) {
            context.writeError(context.text("\(agenda.file): geen voortgangsrapportage: los eerst de fouten op ('mja check \(agenda.file)')",
                                            "\(agenda.file): no progress report: fix its errors first ('mja check \(agenda.file)')"))
        }
        let withData = good.filter(\.hasProgressData).count
        let l = context.language
        let reports = l.count(good.count, ("voortgangsrapportage", "voortgangsrapportages"), ("progress report", "progress reports"))
        let national = good.count > 1 ? context.text(" en het landelijke overzicht", " and the national overview") : ""
        context.console.writeLine(context.text(
            "\(reports)\(national) geschreven in \(output) (\(written.count) bestanden); \(withData) van de \(good.count) agenda's hebben voortgangsgegevens",
            "Wrote \(reports)\(national) in \(output) (\(written.count) files); \(withData) of the \(good.count) agendas have progress data"))
        return errorFiles.isDisjoint(with: requested.map(\.file)) ? .success : .failure
    }
}
