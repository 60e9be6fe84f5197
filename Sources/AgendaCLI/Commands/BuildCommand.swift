import Agenda
import Diagnostics
import Documents
import Foundation

/// `mja build`: the policy part and the execution part of every agenda, from the templates, as
/// Markdown and HTML, plus an index page with each agenda's check status. An agenda with errors is
/// not built (the errors are printed); everything is written atomically and byte-identically for
/// the same input.
struct BuildCommand: Command {
    let name = "build"
    let aliases = ["bouw"]
    let summary = LocalizedText("Maakt het beleidsdeel en het uitvoeringsdeel van elke agenda, met een overzichtspagina",
                                "Makes the policy part and the execution part of every agenda, with an index page")
    let discussion: LocalizedText? = LocalizedText(
        "De documenten komen uit de sjablonen in 'templates/' (Markdown met Mustache); pas die aan om te veranderen wat er staat. Een agenda met fouten wordt niet gebouwd.",
        "The documents come from the templates in 'templates/' (Markdown with Mustache); edit those to change what they say. An agenda with errors is not built.")
    let options: [Option] = [
        .outputFormats,
        .outputFolder,
        .templateFolder,
        .minimumRegions,
        .previousVersion,
    ]
    let positionals = [Positional.agendaPaths]
    let examples = [
        Example("mja build", LocalizedText("Alle documenten van alle agenda's in out/", "All documents of all agendas in out/")),
        Example("mja build regions/am05-twente.toml --formaat html --uit /tmp/twente", LocalizedText("Alleen Twente, alleen HTML", "Only Twente, only HTML")),
    ]

    func run(_ invocation: Invocation, context: CommandContext) throws -> ExitCode {
        let output = invocation.option("uit") ?? "out"
        let templates = try TemplateFolder.load(
            invocation.option("sjablonen") ?? "templates", near: invocation.positionals, requiring: AgendaDocumentBuilder.Part.allCases.map(\.rawValue) + (invocation.wantsDecks ? [AgendaDeckBuilder.templateName] : []),
            context: context)
        let workspace = try AgendaPaths.load(invocation.positionals, loader: WorkspaceLoader(language: context.language))
        let (options, diagnostics) = try CheckRun(workspace: workspace, invocation: invocation, context: context).run()
        var build = DocumentBuild(
            workspace: workspace, diagnostics: diagnostics, templates: templates, options: options,
            formats: invocation.outputFormats, output: output)
        build.decks = invocation.wantsDecks
        build.otherAgendas = Self.status(ofAgendasBeside: workspace, options: options, language: context.language)
        let result = try build.run()

        let errors = diagnostics.filter { $0.severity == .error }
        if !errors.isEmpty {
            _ = context.printDiagnostics(errors, fileCount: workspace.requestedFiles.count, sources: workspace.sources, to: .error)
        }
        for file in result.refused {
            context.writeError(context.text("\(file) is niet gebouwd: los eerst de fouten op ('mja check \(file)')",
                                            "\(file) was not built: fix its errors first ('mja check \(file)')"))
        }
        let documents = result.built * AgendaDocumentBuilder.Part.allCases.count
        let report = result.signalReport ? context.text(" en het signalenrapport", " and the signal report") : ""
        let l = context.language
        let counts = (documents: l.count(documents, ("document", "documenten"), ("document", "documents")),
                      agendas: l.count(result.built, ("agenda", "agenda's"), ("agenda", "agendas")),
                      formats: l.count(build.formats.count + (build.decks ? 1 : 0), ("formaat", "formaten"), ("format", "formats")),
                      files: l.count(result.files, ("bestand", "bestanden"), ("file", "files")))
        context.console.writeLine(context.text(
            "\(counts.documents) van \(counts.agendas)\(report) geschreven in \(counts.formats) (\(counts.files)), met een overzicht in \(output)/index.html",
            "Wrote \(counts.documents) of \(counts.agendas)\(report) in \(counts.formats) (\(counts.files)), with an index at \(output)/index.html"))
        return result.refused.isEmpty ? .success : .failure
    }

    /// The errors and the codes of the warnings of the workspace's agendas that were read beside the requested
    /// files but not asked for, by file: a build of one agenda keeps the whole index.
    static func status(ofAgendasBeside workspace: Workspace, options: CheckOptions, language: Language) -> [String: (errors: Int, warnings: [String])] {
        let requested = Set(workspace.requestedFiles)
        let others = workspace.agendas.map(\.file).filter { !requested.contains($0) }
        guard !others.isEmpty else { return [:] }
        let everything = WorkspaceLoader(language: language).load(files: workspace.requestedFiles + others)
        let diagnostics = AgendaChecker(options: options, language: language).check(everything)
        var status: [String: (errors: Int, warnings: [String])] = [:]
        for file in others { status[file] = (0, []) }
        for diagnostic in diagnostics {
            guard let file = diagnostic.file, status[file] != nil else { continue }
            if diagnostic.severity == .error { status[file]!.errors += 1 }
            if diagnostic.severity == .warning { status[file]!.warnings.append(diagnostic.code) }
        }
        return status
    }
}
