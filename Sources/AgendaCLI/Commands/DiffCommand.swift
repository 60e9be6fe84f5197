import Agenda
import Diagnostics
import Documents
import FoundationEssentials
import Mustache

/// `mja verschil OUD NIEUW` and `mja verschil --sinds REVISIE BESTAND`: what changed between two
/// versions of one agenda, in the agenda's own terms, for the terminal (text or JSON) and, with
/// `--uit` or a document format, as the document "Wijzigingen ten opzichte van versie X".
/// Exit 0 whether or not anything changed; 1 when a version cannot be read or the two files are
/// not versions of one agenda; 2 for a wrong command line.
struct DiffCommand: Command {
    let name = "verschil"
    let aliases = ["diff"]
    let summary = LocalizedText("Toont wat er veranderd is tussen twee versies van een agenda",
                                "Shows what changed between two versions of an agenda")
    let discussion: LocalizedText? = LocalizedText(
        "Vergelijkt thema's, acties en signalen op hun id (een nieuwe titel is een wijziging, geen nieuw thema), de begroting per jaar en bron tot op de cent, de oordelen over de zes afwegingen, de fouten en waarschuwingen van de controle die nieuw, gewijzigd of opgelost zijn, en lopende tekst per zin. Een andere volgorde is geen wijziging. Met --sinds leest mja de oude versie uit git. Met --uit of een documentformaat (--formaat md,html,docx) schrijft mja ook het document 'Wijzigingen ten opzichte van versie X' in MAP/<agenda>/wijzigingen.<formaat>. Exitcode 0 met of zonder wijzigingen; 1 als een versie niet te lezen is of de bestanden geen versies van één agenda zijn; 2 bij een verkeerde opdracht.",
        "Compares themes, actions and signals by their id (a new title is a change, not a new theme), the budget per year and source to the cent, the verdicts on the six criteria, the errors and warnings of the check that are new, changed or resolved, and prose sentence by sentence. Another order is no change. With --since mja reads the old version from git. With --out or a document format (--format md,html,docx) mja also writes the document 'Wijzigingen ten opzichte van versie X' to FOLDER/<agenda>/wijzigingen.<format>. Exit code 0 with or without changes; 1 when a version cannot be read or the files are not versions of one agenda; 2 for a wrong command line.")
    let options: [Option] = [
        .value("sinds", aliases: ["since"], placeholder: "REVISIE",
               summary: LocalizedText("Vergelijk met het bestand zoals het in deze git-revisie was (HEAD~1, v1.0, een commit)",
                                      "Compare with the file as it was in this git revision (HEAD~1, v1.0, a commit)")),
        .list("formaat", aliases: ["format"], placeholder: "FORMATEN",
              allowed: DiagnosticsFormat.allCases.map(\.rawValue) + ["text"] + DocumentKind.formats(of: Self.documents).map(\.name),
              summary: LocalizedText("tekst (standaard) of json op het scherm; een documentformaat (md, html, ...) schrijft het document",
                                     "text (default) or json on screen; a document format (md, html, ...) writes the document")),
        .outputFolder,
        .templateFolder,
    ]
    let positionals = [
        Positional("OUD", summary: LocalizedText("De oude versie (of, met --sinds, het bestand)", "The old version (or, with --since, the file)")),
        Positional("NIEUW", summary: LocalizedText("De nieuwe versie", "The new version")),
    ]
    let examples = [
        Example("mja verschil am05-twente-0.9.toml regions/am05-twente.toml", LocalizedText("Wat is er veranderd sinds versie 0.9?", "What changed since version 0.9?")),
        Example("mja verschil --sinds v1.0 regions/am05-twente.toml", LocalizedText("Wat is er veranderd sinds de git-tag v1.0?", "What changed since the git tag v1.0?")),
        Example("mja verschil --sinds HEAD~1 regions/am05-twente.toml --formaat json", LocalizedText("Als JSON, voor scripts", "As JSON, for scripts")),
        Example("mja verschil oud.toml regions/am05-twente.toml --uit out --formaat html,docx", LocalizedText("Ook het document voor het bestuur, in HTML en Word", "Also the document for the board, in HTML and Word")),
    ]

    /// The document `verschil` writes: the changes, in the page formats (no deck).
    static let documents = [DocumentKind.changes]

    func run(_ invocation: Invocation, context: CommandContext) throws -> ExitCode {
        let formats = invocation.values("formaat").map { $0 == "text" ? DiagnosticsFormat.text.rawValue : $0 }
        let screen = Set(formats.compactMap(DiagnosticsFormat.init(rawValue:)))
        guard screen.count <= 1 else {
            throw UsageError.invalid(LocalizedText("kies tekst of json voor het scherm, niet allebei", "choose text or json for the screen, not both"))
        }
        let wantsDocument = formats.contains { DocumentFormat(name: $0) != nil } || invocation.flag("uit")
        // The templates first: a missing or broken template is said before anything is compared.
        let templates = wantsDocument ? try TemplateFolder.load(
            invocation.option("sjablonen") ?? "templates", near: invocation.positionals,
            requiring: [ChangesDocumentBuilder.templateName], context: context) : nil
        let versions = try load(invocation, context: context)
        let comparison = AgendaComparer(old: versions.old, new: versions.new, language: context.language).comparison()
        let json = screen.first == .json
        if json {
            context.console.write(Self.json(comparison), to: .output)
        } else {
            context.console.write(ComparisonText(comparison: comparison, language: context.language, colored: context.colored).render(), to: .output)
        }
        if let templates {
            let written = try writeDocument(
                comparison, new: versions.new, templates: templates, formats: invocation.documentFormats,
                output: invocation.option("uit") ?? "out")
            // JSON on standard output stays one document: the files written are said on standard error.
            context.console.writeLine(context.text("Geschreven: ", "Written: ") + written.joined(separator: ", "), to: json ? .error : .output)
        }
        return .success
    }

    /// The document in every format asked for, in `output/<agenda>/wijzigingen.<extension>`;
    /// the paths written.
    private func writeDocument(
        _ comparison: AgendaComparison, new: AgendaComparer.Version, templates: TemplateLibrary, formats: [DocumentFormat], output: String
    ) throws -> [String] {
        let folder = "\(output)/\(DocumentBuild.folderName(for: new.agenda.file))"
        // Each file goes into a temporary file as it is made, a PDF never whole in memory; they take
        // their names together once all are written, and a failure leaves none of them (see `FileBatch`).
        var written: [String] = []
        let batch = FileBatch()
        do {
            try DocumentKind.changes.forEachFile(in: formats, of: { try ChangesDocumentBuilder(templates: templates).document(for: comparison, new: new) }) { file in
                if written.isEmpty { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
                let path = "\(folder)/\(file.name)"
                try batch.add(file.contents, for: path)
                written.append(path)
            }
        } catch let error as MustacheError {
            throw CommandError(error)
        }
        try batch.commit()
        return written
    }

    private func load(_ invocation: Invocation, context: CommandContext) throws -> ComparedVersions {
        let files = invocation.positionals
        if let revision = invocation.option("sinds") {
            guard files.count == 1 else {
                throw UsageError.invalid(LocalizedText(
                    "met --sinds hoort één bestand: mja verschil --sinds \(revision) BESTAND",
                    "--since takes one file: mja verschil --since \(revision) FILE"))
            }
            return try ComparedVersions.since(revision, file: files[0], context: context)
        }
        guard files.count == 2 else {
            throw UsageError.invalid(LocalizedText(
                "geef twee bestanden, de oude en de nieuwe versie (mja verschil OUD NIEUW), of één bestand met --sinds REVISIE",
                "give two files, the old and the new version (mja verschil OLD NEW), or one file with --since REVISION"))
        }
        return try ComparedVersions.files(old: files[0], new: files[1], context: context)
    }

    /// `{"formatVersion": 1, "changes": true, "comparison": {...}}`, sorted keys; amounts in cents.
    static func json(_ comparison: AgendaComparison) -> String {
        struct Document: Encodable {
            let formatVersion = 1
            let changes: Bool
            let comparison: AgendaComparison
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(Document(changes: !comparison.isEmpty, comparison: comparison))) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
