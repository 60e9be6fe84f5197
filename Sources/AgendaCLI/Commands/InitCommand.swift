import Agenda
import BuiltInFiles
import Diagnostics
import FoundationEssentials
import FoundationGaps
import Mustache

/// `mja init --regio CODE`: writes a skeleton agenda for a region from `templates/nieuwe-agenda.toml`,
/// with the region's data filled in and placeholders for the rest. Never overwrites a file.
struct InitCommand: Command {
    let name = "init"
    let summary = LocalizedText("Schrijft een nieuwe agenda voor een regio om in te vullen",
                                "Writes a new agenda for a region, to fill in")
    let discussion: LocalizedText? = LocalizedText(
        "Het nieuwe bestand komt in 'regions/' en heet naar de regio. Staat daar de voorbeeldagenda van de regio (voorbeeld = true), dan gaat die eerst naar 'regions/voorbeelden/'. Een eigen bestand wordt nooit overschreven. Controleer het daarna met 'mja check'.",
        "The new file goes into 'regions/', named after the region. The region's example agenda there (voorbeeld = true) moves to 'regions/voorbeelden/' first. A file of your own is never overwritten. Check it afterwards with 'mja check'.")
    let options: [Option] = [
        .value("regio", aliases: ["region"], placeholder: "CODE", summary: LocalizedText("De CBS-code of naam van de regio, zoals AM05 of Twente", "The region's CBS code or name, such as AM05 or Twente")),
        .value("uit", aliases: ["out"], placeholder: "BESTAND", summary: LocalizedText("Het bestand of de map waar de agenda komt (standaard regions/amNN-naam.toml)", "The file or folder to write the agenda to (default regions/amNN-name.toml)")),
        .value("regios", aliases: ["regions"], placeholder: "MAP", default: AgendaPaths.defaultFolder,
               summary: LocalizedText("De map met de registers en de landelijke agenda", "The folder with the registries and the national agenda")),
        .value("sjabloon", aliases: ["template"], placeholder: "BESTAND", default: "templates/nieuwe-agenda.toml",
               summary: LocalizedText("Het sjabloon", "The template")),
    ]
    let examples = [
        Example("mja init --regio AM05", LocalizedText("Schrijft regions/am05-twente.toml; het voorbeeld gaat naar regions/voorbeelden/",
                                                       "Writes regions/am05-twente.toml; the example moves to regions/voorbeelden/")),
        Example("mja init --regio Zeeland --uit ~/agenda/", LocalizedText("Schrijft ~/agenda/am24-zeeland.toml", "Writes ~/agenda/am24-zeeland.toml")),
    ]

    func run(_ invocation: Invocation, context: CommandContext) throws -> ExitCode {
        guard let asked = invocation.option("regio") else {
            throw UsageError.invalid(LocalizedText("geef de regio op, zoals: mja init --regio AM05", "name the region, as in: mja init --regio AM05"))
        }
        // The agenda folder: --werkruimte, else --regios (found upwards); without one (a new
        // working folder anywhere) the built-in registries know the regions, and the new agenda
        // goes to --uit or the current folder.
        let loader = context.workspaceLoader()
        let found: String? = try context.workspaceFolder.map(WorkspaceFolders.agendaFolder(ofWorkspace:))
            ?? Self.agendaFolder(invocation.option("regios"))
        let workspace = found.map { loader.load(directory: $0) } ?? loader.load(files: [])
        let folder = found ?? "."
        let regionList = found.map { "\($0)/registers/regios.toml" } ?? "regios.toml (ingebouwd in mja)"
        guard let region = workspace.registry.lookUpRegion(asked) else {
            let regions = workspace.registry.regions
            let neighbours = workspace.registry.neighbours(ofCode: asked)
            if !neighbours.isEmpty {
                let list = neighbours.map { "\($0.code) (\($0.name))" }
                throw CommandError(LocalizedText(
                    "\(asked.uppercased()) bestaat niet: de CBS-codes van de arbeidsmarktregio's hebben gaten (er is geen AM04, AM16 of AM31). De buren op nummer zijn \(list.joined(separator: " en ")). Alle regio's (code of naam) staan in \(regionList).",
                    "\(asked.uppercased()) does not exist: the CBS codes of the labour-market regions have gaps (there is no AM04, AM16 or AM31). The neighbours by number are \(list.joined(separator: " and ")). Every region (code or name) is listed in \(regionList)."),
                    exitCode: .usageError)
            }
            let suggestion = Suggestion.closest(to: asked.uppercased(), among: regions.map(\.code))
                ?? Suggestion.closest(to: asked, among: regions.map(\.name))
            let hint = suggestion.map { context.text(" Bedoelde u '\($0)'?", " Did you mean '\($0)'?") } ?? ""
            throw CommandError(LocalizedText(
                "'\(asked)' is geen arbeidsmarktregio.\(hint) De regio's (code of naam) staan in \(regionList).",
                "'\(asked)' is not a labour-market region.\(hint) The regions (code or name) are listed in \(regionList)."),
                exitCode: .usageError)
        }
        let code = region.code
        let slug = Self.slug(region.name)
        let target = try InitTarget(region: region, option: invocation.option("uit"), folder: folder)
        let (templatePath, templateText) = try Self.skeleton(invocation.option("sjabloon"), context: context)
        let template: Template
        do {
            template = try Template(parsing: templateText, name: "nieuwe-agenda", file: templatePath)
        } catch {
            throw CommandError(LocalizedText(error.message(in: .dutch), error.message(in: .english)))
        }
        // Outside a project the schema for editors is written beside the new agenda.
        let projectSchema = found.map { $0 + "/" + SchemaCommand.fileName }.flatMap { FileManager.default.fileExists(atPath: $0) ? $0 : nil }
        let schemaPath = projectSchema ?? InitTarget.directory(of: target.path) + "/" + SchemaCommand.fileName
        let national = workspace.nationalAgenda
        let policy = national?.policyPeriod ?? YearRange(first: 2026, last: 2030)
        let execution = national?.executionPeriod ?? YearRange(first: 2026, last: 2027)
        let context_: MustacheValue = [
            "regio_code": .string(code), "regio_naam": .string(Self.tomlEscaped(region.name)),
            "regio_slug": .string(slug), "centrumgemeente": .string(Self.tomlEscaped(region.centralMunicipality)),
            "centrum_id": .string("gemeente-" + Self.slug(region.centralMunicipality)), "bestand": .string(target.path),
            "schema": .string(InitTarget.schemaReference(from: target.path, to: schemaPath)),
            "beleidsperiode": .string(policy.description), "uitvoeringsperiode": .string(execution.description),
            "eerste_jaar": .int(execution.first), "startdatum": .string("\(execution.first)-01-01"),
            "streefdatum": .string("\(execution.last)-12-31"),
        ]
        let text = template.render(context_, escaping: .none)
        let directory = InitTarget.directory(of: target.path)
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw CommandError(FileSystemMessage.text(for: error)
                ?? LocalizedText("de map '\(directory)' kan niet worden gemaakt", "the folder '\(directory)' cannot be created"))
        }
        if FileManager.default.fileExists(atPath: target.path) && !target.examples.contains(where: { $0.from == target.path }) {
            throw Self.exists(target.path)
        }
        try target.moveExamplesAside()
        let written: Bool
        do {
            written = try FileOutput.create(Data(text.utf8), at: target.path)
        } catch {
            throw CommandError(FileSystemMessage.text(for: error)
                ?? LocalizedText("'\(target.path)' kan niet worden geschreven", "'\(target.path)' cannot be written"))
        }
        guard written else { throw Self.exists(target.path) }
        for (from, to) in target.examples {
            context.console.writeLine(context.text(
                "De voorbeeldagenda \(from) staat nu in \(to). Verwijzingen van andere voorbeeldagenda's (zoals lmja.toml) naar de signalen ervan zijn nu waarschuwing MJA020.",
                "The example agenda \(from) is now \(to). References of other example agendas (such as lmja.toml) to its signals are now warning MJA020."))
        }
        context.console.writeLine(context.text(
            "\(target.path) geschreven voor \(region.name) (\(code)). Vul de <vul in: ...>-teksten in en controleer met: mja check \(target.path)",
            "Wrote \(target.path) for \(region.name) (\(code)). Fill in the <vul in: ...> texts and check with: mja check \(target.path)"))
        if projectSchema == nil, !FileManager.default.fileExists(atPath: schemaPath) {
            // The agenda is written; a schema that cannot be is said, not fatal (editors work without).
            if (try? FileOutput.create(Data(JSONSchemaExporter(workspace: workspace).agendaSchema().utf8), at: schemaPath)) == true {
                context.console.writeLine(context.text(
                    "\(schemaPath) geschreven: het schema waarmee een editor de agenda aanvult en controleert.",
                    "Wrote \(schemaPath): the schema an editor completes and checks the agenda with."))
            } else {
                context.writeError(context.text(
                    "het schema '\(schemaPath)' kan niet worden geschreven; de agenda is wel geschreven (schrijf het later met: mja schema > \(schemaPath))",
                    "the schema '\(schemaPath)' cannot be written; the agenda was written (write it later with: mja schema > \(schemaPath))"))
            }
        }
        return .success
    }

    /// The agenda folder named with `--regios` (found upwards), or nil when the default `regions`
    /// is nowhere: a new working folder, with the built-in registries.
    private static func agendaFolder(_ option: String?) throws -> String? {
        let name = option ?? AgendaPaths.defaultFolder
        let what = LocalizedText("de map met registers en agenda's", "the folder of registries and agendas")
        if name != AgendaPaths.defaultFolder { return try ProjectFolders.locate(name, what: what, option: "--regios") }
        return try? ProjectFolders.locate(name, what: what, option: "--regios")
    }

    /// The skeleton's file and text: `--sjabloon` when given, else `nieuwe-agenda.toml` of the
    /// workspace's templates, else the built-in one.
    private static func skeleton(_ option: String?, context: CommandContext) throws -> (path: String, text: String) {
        let standard = "templates/nieuwe-agenda.toml"
        var path: String?
        if let option, option != standard {
            path = try ProjectFolders.locate(option, what: LocalizedText("het sjabloon", "the template"), option: "--sjabloon")
        } else if let folder = try TemplateFolder.locate("templates", near: [], context: context) {
            let own = folder + "/nieuwe-agenda.toml"
            if FileManager.default.fileExists(atPath: own) { path = own }
        }
        guard let path else {
            return (TemplateFolder.builtInFolder + "/nieuwe-agenda.toml", BuiltInFiles.text("templates/nieuwe-agenda.toml") ?? "")
        }
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw CommandError(LocalizedText("het sjabloon '\(path)' kan niet worden gelezen", "the template '\(path)' cannot be read"))
        }
        return (path, text)
    }

    private static func exists(_ path: String) -> CommandError {
        CommandError(LocalizedText(
            "'\(path)' bestaat al en wordt niet overschreven. Kies een andere naam met --uit.",
            "'\(path)' already exists and is not overwritten. Choose another name with --uit."))
    }

    /// A file-name part: lower case, accents folded, other characters to hyphens (`'s-Gravenhage`
    /// -> `s-gravenhage`, `Zaanstreek/Waterland` -> `zaanstreek-waterland`).
    static func slug(_ name: String) -> String { LoadProblem.identifier(from: name) }

    /// Text made safe inside a TOML basic string ("...").
    static func tomlEscaped(_ text: String) -> String {
        text.replacingEvery("\\", with: "\\\\").replacingEvery("\"", with: "\\\"")
    }
}
