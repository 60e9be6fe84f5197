import Agenda
import Diagnostics
import FoundationEssentials
import Documents
import Mustache

/// `mja signalen`: the signals of all regional agendas and of CSV files exported from Excel,
/// counted per theme, task, sector, target group, kind and urgency; the same problem in different
/// words grouped into candidate themes; the follow-up; the national picture. Prints a summary,
/// writes the report (Markdown and HTML, atomically) and, on request, a CSV for Excel.
/// Exit 1 when an agenda or a CSV row has errors (the good rows still count).
struct SignalsCommand: Command {
    let name = "signalen"
    let aliases = ["signals"]
    let summary = LocalizedText("Bundelt de signalen van alle regio's voor het Landelijk Beraad, met een rapport",
                                "Bundles the signals of all regions for the Landelijk Beraad, with a report")
    let discussion: LocalizedText? = LocalizedText(
        "Leest de signalen uit de regionale agenda's, uit Excel-bestanden (.xlsx) en uit CSV-bestanden (; of , gescheiden), telt ze per thema, opgave, sector, doelgroep, soort en urgentie, zoekt signalen die in andere woorden hetzelfde melden, en volgt de afhandeling. Een onderwerp uit minstens N regio's is breed gedragen (--breed). Dagen open tellen tot de peildatum (standaard de laatste signaaldatum).",
        "Reads the signals of the regional agendas, of Excel files (.xlsx) and of CSV files (; or , separated), counts them per theme, task, sector, target group, kind and urgency, finds signals that say the same in different words, and follows up their handling. A topic from at least N regions is broadly shared (--breed). Days open count to the reference date (default: the latest signal date).")
    let options: [Option] = [
        .list("csv-invoer", aliases: ["csv-input"], placeholder: "BESTAND",
              summary: LocalizedText("CSV-bestand met signalen om in te lezen (mag vaker)", "CSV file of signals to read (repeatable)")),
        .value("csv", placeholder: "BESTAND",
               summary: LocalizedText("Schrijf alle signalen als CSV voor Excel", "Write all signals as CSV for Excel")),
        .list("xlsx-invoer", aliases: ["xlsx-input"], placeholder: "BESTAND",
              summary: LocalizedText("Excel-bestand (.xlsx) met signalen om in te lezen (mag vaker)", "Excel file (.xlsx) of signals to read (repeatable)")),
        .flag("toepassen", aliases: ["apply"],
              summary: LocalizedText("Schrijf de wijzigingen uit de --xlsx-invoer in de agendabestanden (opmaak blijft)",
                                     "Write the changes of the --xlsx-invoer into the agenda files (layout kept)")),
        .value("xlsx", placeholder: "BESTAND",
               summary: LocalizedText("Schrijf alle signalen als Excel-bestand (.xlsx)", "Write all signals as an Excel file (.xlsx)")),
        .outputFolder,
        .outputFormats(for: Self.documents),
        .value("breed", aliases: ["broad"], placeholder: "N", default: "5",
               summary: LocalizedText("Vanaf hoeveel regio's een onderwerp breed gedragen is",
                                      "From how many regions a topic is broadly shared")),
        .value("peildatum", aliases: ["reference-date"], placeholder: "JJJJ-MM-DD",
               summary: LocalizedText("Tot welke datum dagen open tellen (standaard de laatste signaaldatum)",
                                      "The date days open count to (default the latest signal date)")),
        .templateFolder,
    ]
    let positionals = [Positional.agendaPaths]
    let examples = [
        Example("mja signalen", LocalizedText("Rapport over alle signalen in regions/, in out/", "Report on all signals in regions/, in out/")),
        Example("mja signalen --csv-invoer aanvulling.csv --csv alle-signalen.csv", LocalizedText("Met signalen uit Excel, en alles terug naar Excel", "With signals from Excel, and everything back to Excel")),
        Example("mja signalen --xlsx signalen.xlsx", LocalizedText("Alle signalen naar Excel, met datums als datum", "All signals to Excel, dates as dates")),
        Example("mja signalen --xlsx-invoer signalen.xlsx --toepassen", LocalizedText("De wijzigingen uit Excel in de agendabestanden schrijven", "Write the changes from Excel into the agenda files")),
        Example("mja signalen --breed 3 --peildatum 2026-11-23", LocalizedText("Breed gedragen vanaf 3 regio's, dagen open tot 23 november", "Broadly shared from 3 regions, days open to 23 November")),
    ]

    /// The documents `signalen` writes: the signal report and its deck.
    static let documents = [DocumentKind.signalReport, .signalDeck]

    func run(_ invocation: Invocation, context: CommandContext) throws -> ExitCode {
        if invocation.flag("toepassen") { return try SignalImportRun(invocation: invocation, context: context).run() }
        let options = try analysisOptions(invocation)
        let output = invocation.option("uit") ?? "out"
        let formats = invocation.documentFormats
        let templates = try TemplateFolder.load(
            invocation.option("sjablonen") ?? "templates", near: invocation.positionals, requiring: [SignalReportBuilder.templateName] + (formats.contains(.deck) ? [SignalDeckBuilder.templateName] : []), context: context)
        let workspace = try AgendaPaths.load(invocation.positionals, loader: context.workspaceLoader())
        var collection = SignalCollection(workspace: workspace)
        for file in invocation.values("csv-invoer") { collection.addCSV(file: file, language: context.language) }
        for file in invocation.values("xlsx-invoer") { collection.addXlsx(file: file, language: context.language) }
        let analysis = SignalAnalysis(collection: collection, options: options)

        if !collection.diagnostics.isEmpty {
            _ = context.printDiagnostics(
                collection.diagnostics, fileCount: workspace.requestedFiles.count + invocation.values("csv-invoer").count + invocation.values("xlsx-invoer").count,
                sources: collection.sources, to: .error)
        }
        // Each file goes into a temporary file as it is made, a PDF never whole in memory (at 100
        // times the national content the signal report's is 7.9 MB); they take their names together
        // once all are written, and a failure leaves none of them (see `FileBatch`).
        var written: [String] = []
        let batch = FileBatch()
        do {
            try DocumentBuild.forEachSignalReportFile(analysis, templates: templates, formats: formats) { file in
                if written.isEmpty { try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true) }
                let path = "\(output)/\(file.name)"
                try batch.add(file.contents, for: path)
                written.append(path)
            }
        } catch let error as MustacheError {
            throw CommandError(error)
        }
        try batch.commit()
        if let csv = invocation.option("csv") {
            try FileOutput.write(Data(SignalCSVWriter().write(collection.signals).utf8), to: csv)
            written.append(csv)
        }
        if let xlsx = invocation.option("xlsx") {
            try FileOutput.write(Data(XlsxWriter().render(SignalWorkbook.workbook(collection.signals))), to: xlsx)
            written.append(xlsx)
        }
        context.console.write(SignalsSummary(analysis: analysis, language: context.language).text(written: written), to: .output)
        return collection.hasErrors ? .failure : .success
    }

    private func analysisOptions(_ invocation: Invocation) throws -> SignalAnalysis.Options {
        var options = SignalAnalysis.Options()
        if let broad = invocation.option("breed") {
            guard let value = Int(broad), value >= 1 else {
                throw UsageError.invalid(LocalizedText("--breed verwacht een geheel getal van 1 of meer, niet '\(broad)'",
                                                       "--breed expects a whole number of 1 or more, not '\(broad)'"))
            }
            options.broadThreshold = value
        }
        if let text = invocation.option("peildatum") {
            guard let date = CalendarDate(parsing: text) else {
                throw UsageError.invalid(LocalizedText("--peildatum verwacht een bestaande datum als 2026-11-23, niet '\(text)'",
                                                       "--peildatum expects an existing date such as 2026-11-23, not '\(text)'"))
            }
            options.referenceDate = date
        }
        return options
    }
}

/// The summary `mja signalen` prints: the counts, the broadly shared topics, the top clusters, the
/// open signals and the oldest, and the files written.
struct SignalsSummary {
    let analysis: SignalAnalysis
    let language: Language

    func text(written: [String]) -> String {
        let l = language
        let names = analysis.names
        let aggregation = analysis.aggregation
        var lines: [String] = []
        func signals(_ n: Int) -> String { l.count(n, ("signaal", "signalen"), ("signal", "signals")) }
        func regions(_ n: Int) -> String { l.count(n, ("regio", "regio's"), ("region", "regions")) }
        func topics(_ n: Int, of dimension: SignalAggregation.Dimension) -> String {
            switch dimension {
            case .nationalTheme: l.count(n, ("landelijk thema", "landelijke thema's"), ("national theme", "national themes"))
            case .task: l.count(n, ("opgave", "opgaven"), ("task", "tasks"))
            case .sector: l.count(n, ("sector", "sectoren"), ("sector", "sectors"))
            case .targetGroup: l.count(n, ("doelgroep", "doelgroepen"), ("target group", "target groups"))
            case .kind: l.count(n, ("soort", "soorten"), ("kind", "kinds"))
            case .urgency: l.count(n, ("urgentie", "urgenties"), ("urgency", "urgencies"))
            }
        }
        lines.append(l.pick("\(signals(aggregation.signalCount)) uit \(regions(aggregation.regions.count))",
                            "\(signals(aggregation.signalCount)) from \(regions(aggregation.regions.count))"))
        lines += SignalChangesSummary(changes: analysis.collection.changes, language: l).lines
        let broad = aggregation.broadlyShared
        // The count names every broadly shared topic; the list below it holds the national themes
        // only, and the line says so (it once said 23 and listed 8 of them).
        let kinds = aggregation.broadlySharedCounts.map { topics($0.count, of: $0.dimension) }
        let national = broad.filter { $0.dimension == .nationalTheme }
        var headline = l.pick("Breed gedragen (\(aggregation.broadThreshold) of meer regio's): ",
                              "Broadly shared (\(aggregation.broadThreshold) or more regions): ")
            + l.count(broad.count, ("onderwerp", "onderwerpen"), ("topic", "topics"))
        if !kinds.isEmpty { headline += ": " + l.joined(kinds) }
        if !national.isEmpty { headline += l.pick("; de landelijke thema's:", "; the national themes:") }
        lines.append(headline)
        for (dimension, group) in national {
            lines.append("  - \(names.name(of: group.key, in: dimension)): "
                + "\(signals(group.signalCount)), \(regions(group.regionCount))")
        }
        let clusters = analysis.clustering.clusters
        lines.append(l.pick("Mogelijke nieuwe thema's (signalen zonder landelijk thema): \(clusters.count)",
                            "Possible new themes (signals without a national theme): \(clusters.count)"))
        for (index, cluster) in clusters.prefix(5).enumerated() {
            lines.append("  \(index + 1). \(cluster.suggestedTitle) — "
                + l.pick("\(signals(cluster.signals.count)) uit \(regions(cluster.regions.count))",
                         "\(signals(cluster.signals.count)) from \(regions(cluster.regions.count))")
                + ": " + cluster.regions.joined(separator: ", "))
        }
        let followUp = analysis.followUp
        lines.append(l.pick("Open signalen: \(followUp.open.count) (peildatum \(followUp.referenceDate))",
                            "Open signals: \(followUp.open.count) (reference date \(followUp.referenceDate))"))
        for open in followUp.open.prefix(3) {
            lines.append("  - \(open.signal.qualifiedID) " + l.pick("\(open.days) dagen open", "\(open.days) days open") + ": \(open.signal.title)")
        }
        if !written.isEmpty { lines.append(l.pick("Geschreven: ", "Written: ") + written.joined(separator: ", ")) }
        return lines.joined(separator: "\n") + "\n"
    }
}
