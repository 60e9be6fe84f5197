import Agenda
import Diagnostics
import Documents
import Foundation
import Markdown
import Mustache

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
            invocation.option("sjablonen") ?? "templates", near: invocation.positionals, requiring: AgendaDocumentBuilder.Part.allCases.map(\.rawValue),
            context: context)
        let workspace = try AgendaPaths.load(invocation.positionals, loader: WorkspaceLoader(language: context.language))
        let diagnostics = try CheckRun(workspace: workspace, invocation: invocation, context: context).diagnostics()
        let build = DocumentBuild(
            workspace: workspace, diagnostics: diagnostics, templates: templates,
            formats: invocation.outputFormats, output: output)
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
                      formats: l.count(build.formats.count, ("formaat", "formaten"), ("format", "formats")),
                      files: l.count(result.files, ("bestand", "bestanden"), ("file", "files")))
        context.console.writeLine(context.text(
            "\(counts.documents) van \(counts.agendas)\(report) geschreven in \(counts.formats) (\(counts.files)), met een overzicht in \(output)/index.html",
            "Wrote \(counts.documents) of \(counts.agendas)\(report) in \(counts.formats) (\(counts.files)), with an index at \(output)/index.html"))
        return result.refused.isEmpty ? .success : .failure
    }
}

/// The formats `mja build` writes.
enum OutputFormat: String, CaseIterable, Sendable {
    case markdown = "md"
    case html
}
