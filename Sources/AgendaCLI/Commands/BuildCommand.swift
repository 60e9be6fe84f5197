import Agenda
import Diagnostics
import Documents
import FoundationEssentials

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
        .outputFormats(for: Self.documents),
        .outputFolder,
        .templateFolder,
        .minimumRegions,
        .previousVersion,
        .publicationAddress,
    ]
    let positionals = [Positional.agendaPaths]
    let examples = [
        Example("mja build", LocalizedText("Alle documenten van alle agenda's in out/", "All documents of all agendas in out/")),
        Example("mja build regions/am05-twente.toml --formaat html --uit /tmp/twente", LocalizedText("Alleen Twente, alleen HTML", "Only Twente, only HTML")),
    ]

    /// The documents a build writes: the parts and the deck of each agenda, the signal report and its deck.
    static let documents = DocumentKind.parts + [.agendaDeck, .signalReport, .signalDeck, .openData]

    func run(_ invocation: Invocation, context: CommandContext) throws -> ExitCode {
        let output = invocation.option("uit") ?? "out"
        let formats = invocation.documentFormats
        // With `dia` both decks' templates must be there: a deck is never left out in silence.
        let decks = formats.contains(.deck) ? [AgendaDeckBuilder.templateName, SignalDeckBuilder.templateName] : []
        let (templates, templateUse) = try TemplateFolder.resolve(
            invocation.option("sjablonen") ?? "templates", near: invocation.positionals, requiring: AgendaDocumentBuilder.Part.allCases.map(\.rawValue) + decks,
            context: context)
        // The loaded workspace is not kept under a name of its own: only the checked one lives on.
        var (workspace, checked, otherAgendas) = try Self.check(
            AgendaPaths.load(invocation.positionals, loader: Self.loader(context)), invocation: invocation, context: context)
        let options = checked.options
        // Of the diagnostics only the errors are printed, at the end; the index needs each file's
        // counts. The warnings' messages go before the documents are made.
        let errors = checked.diagnostics.filter { $0.severity == .error }
        let status = DocumentBuild.checkStatus(of: checked.diagnostics)
        checked.diagnostics = []
        workspace.sources = Self.sourcesShown(with: errors, of: workspace)
        // Only the checks point at a value: its range in each origin goes before the documents are
        // made (20 MB at 100 times the national content), in the agendas the assessor shares.
        checked.assessor.dropFieldRanges(sharingWith: &workspace)
        var build = DocumentBuild(
            workspace: workspace, status: status, templates: templates, options: options,
            formats: formats, output: output)
        build.assessor = checked.assessor
        build.templateUse = templateUse
        build.otherAgendas = otherAgendas
        build.publicationAddress = try Self.publicationAddress(invocation.option("publicatieadres"))
        let result = try build.run()

        if !errors.isEmpty {
            _ = context.printDiagnostics(errors, fileCount: workspace.requestedFiles.count, sources: workspace.sources, to: .error)
        }
        for file in result.refused {
            context.writeError(context.text("\(file) is niet gebouwd: los eerst de fouten op ('mja check \(file)')",
                                            "\(file) was not built: fix its errors first ('mja check \(file)')"))
        }
        if !result.removedOutdated.isEmpty {
            let list = result.removedOutdated.map { "\(output)/\($0)" }.joined(separator: ", ")
            context.console.writeLine(context.text(
                "Verouderde documenten verwijderd (hun agenda heeft nu fouten): \(list)",
                "Removed outdated documents (their agenda now has errors): \(list)"), to: .error)
        }
        let documents = result.built * AgendaDocumentBuilder.Part.allCases.count
        let report = result.signalReport ? context.text(" en het signalenrapport", " and the signal report") : ""
        let l = context.language
        let counts = (documents: l.count(documents, ("document", "documenten"), ("document", "documents")),
                      agendas: l.count(result.built, ("agenda", "agenda's"), ("agenda", "agendas")),
                      files: l.count(result.files, ("bestand", "bestanden"), ("file", "files")))
        if build.formats == [.data] {
            // Only the open data: no documents to count.
            context.console.writeLine(context.text(
                "De open data van \(counts.agendas) geschreven (\(counts.files)), met een overzicht in \(output)/index.html",
                "Wrote the open data of \(counts.agendas) (\(counts.files)), with an index at \(output)/index.html"))
        } else {
            let data = build.formats.contains(.data) ? context.text(" en de open data", " and the open data") : ""
            let pageFormats = l.count(build.formats.filter { $0 != .data }.count, ("formaat", "formaten"), ("format", "formats"))
            context.console.writeLine(context.text(
                "\(counts.documents) van \(counts.agendas)\(report)\(data) geschreven in \(pageFormats) (\(counts.files)), met een overzicht in \(output)/index.html",
                "Wrote \(counts.documents) of \(counts.agendas)\(report)\(data) in \(pageFormats) (\(counts.files)), with an index at \(output)/index.html"))
        }
        return result.refused.isEmpty ? .success : .failure
    }

    /// The loader of a build: each file's text is let go of once it is read and read again for the
    /// lines the messages quote (`WorkspaceLoader.releasesSourceTexts`), not held beside the model.
    static func loader(_ context: CommandContext) -> WorkspaceLoader {
        var loader = context.workspaceLoader()
        loader.releasesSourceTexts = true
        return loader
    }

    /// The source texts a build still needs once the checks have run: those of the files with an
    /// error or a note of an error, whose lines are printed under the errors at the end. The others are let go before the
    /// documents are made (at 100 times the national content, 39 MB of text and line index).
    static func sourcesShown(with diagnostics: [Diagnostic], of workspace: Workspace) -> [String: SourceText] {
        let errors = diagnostics.filter { $0.severity == .error }
        // A note may quote a line of another file (the agenda a reference points into).
        let files = Set(errors.compactMap(\.file) + errors.flatMap { $0.notes.compactMap(\.file) })
        return workspace.sources.filter { files.contains($0.key) }
    }

    /// The `--publicatieadres` value, checked and ending in `/`; nil when not given. Only an
    /// absolute http(s) address without spaces, query or fragment can be the base of the sitemap's links.
    static func publicationAddress(_ value: String?) throws -> String? {
        guard let value else { return nil }
        let lower = value.lowercased()
        let scheme = lower.hasPrefix("https://") ? 8 : lower.hasPrefix("http://") ? 7 : 0
        let host = value.dropFirst(scheme).prefix { $0 != "/" }
        guard scheme > 0, !host.isEmpty, !value.contains(where: { $0.isWhitespace || $0 == "?" || $0 == "#" || $0 == "\"" || $0 == "<" || $0 == ">" }) else {
            throw UsageError.invalid(LocalizedText(
                "--publicatieadres verwacht het volledige webadres waar de map van de bouw komt te staan, zoals https://www.voorbeeld.nl/mja/, niet '\(value)'",
                "--publicatieadres expects the full web address the build's folder is published at, such as https://www.example.nl/mja/, not '\(value)'"))
        }
        return value.hasSuffix("/") ? value : value + "/"
    }

    /// The checks of a build: the diagnostics of the requested files, and the check status of the
    /// agendas read beside them (the index keeps their rows). When the agendas beside are the ones a
    /// check of every file reads as well, one load and one check of everything give both, and the
    /// criteria are weighed once; otherwise each is found on its own.
    static func check(_ workspace: Workspace, invocation: Invocation, context: CommandContext) throws
        -> (Workspace, (options: CheckOptions, diagnostics: [Diagnostic], assessor: CriteriaAssessor), [String: (errors: Int, warnings: [String])])
    {
        let requested = Set(workspace.requestedFiles)
        let others = workspace.agendas.map(\.file).filter { !requested.contains($0) }
        if !others.isEmpty {
            var everything = Self.loader(context).load(files: workspace.requestedFiles + others)
            if everything.agendas.map(\.file) == workspace.agendas.map(\.file) {
                let all = try CheckRun(workspace: everything, invocation: invocation, context: context).runKeepingAssessor()
                let otherSet = Set(others)
                var status: [String: (errors: Int, warnings: [String])] = [:]
                for file in others { status[file] = (0, []) }
                for diagnostic in all.diagnostics {
                    guard let file = diagnostic.file, status[file] != nil else { continue }
                    if diagnostic.severity == .error { status[file]!.errors += 1 }
                    if diagnostic.severity == .warning { status[file]!.warnings.append(diagnostic.code) }
                }
                everything.requestedFiles = workspace.requestedFiles
                everything.diagnostics = everything.diagnostics.filter { $0.file.map { !otherSet.contains($0) } ?? true }
                let own = all.diagnostics.filter { $0.file.map { !otherSet.contains($0) } ?? true }
                return (everything, (all.options, own, all.assessor), status)
            }
        }
        let checked = try CheckRun(workspace: workspace, invocation: invocation, context: context).runKeepingAssessor()
        return (workspace, checked, status(ofAgendasBeside: workspace, options: checked.options, language: context.language, loader: context.workspaceLoader()))
    }

    /// The errors and the codes of the warnings of the workspace's agendas that were read beside the requested
    /// files but not asked for, by file: a build of one agenda keeps the whole index.
    static func status(ofAgendasBeside workspace: Workspace, options: CheckOptions, language: Language, loader: WorkspaceLoader) -> [String: (errors: Int, warnings: [String])] {
        let requested = Set(workspace.requestedFiles)
        let others = workspace.agendas.map(\.file).filter { !requested.contains($0) }
        guard !others.isEmpty else { return [:] }
        let everything = loader.load(files: workspace.requestedFiles + others)
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

extension Option {
    /// `--publicatieadres URL`: where the build's folder is published; with it `mja build` writes
    /// `sitemap.xml` for the Woo-index.
    static let publicationAddress = Option.value(
        "publicatieadres", aliases: ["publication-address"], placeholder: "URL",
        summary: LocalizedText("Het webadres waar de map van de bouw komt te staan; alleen dan schrijft mja sitemap.xml met DiWoo-gegevens voor de Woo-index",
                               "The web address the build's folder is published at; only then does mja write sitemap.xml with DiWoo metadata for the Woo-index"))
}
