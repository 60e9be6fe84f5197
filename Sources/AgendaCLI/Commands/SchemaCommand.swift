import Agenda

/// `mja schema`: prints the JSON Schema of the agenda format, for editors.
struct SchemaCommand: Command {
    let name = "schema"
    let summary = LocalizedText("Schrijft het JSON Schema van het agendaformaat, voor aanvulling in uw editor",
                                "Prints the JSON Schema of the agenda format, for completion in editors")
    let discussion: LocalizedText? = LocalizedText(
        "Sla de uitvoer op en zet '#:schema ./mja-agenda.schema.json' als eerste regel in een agenda; Even Better TOML (VS Code) en Taplo geven dan aanvulling en controle, ook van sectoren, doelgroepen, organisatiesoorten, financieringsbronnen, landelijke thema's en regiocodes uit de registers. Zie regions/README.md.",
        "Save the output and put '#:schema ./mja-agenda.schema.json' on the first line of an agenda; Even Better TOML (VS Code) and Taplo then give completion and checks, also of the sectors, target groups, organisation kinds, funding sources, national themes and region codes of the registries. See regions/README.md.")
    /// The schema's file name next to the agendas, as `#:schema ./mja-agenda.schema.json` names it.
    static let fileName = "mja-agenda.schema.json"
    let examples = [Example("mja schema > regions/mja-agenda.schema.json", LocalizedText("Schrijft het schema naar een bestand", "Writes the schema to a file"))]

    let options: [Option] = [
        .value("regios", aliases: ["regions"], placeholder: "MAP", default: AgendaPaths.defaultFolder,
               summary: LocalizedText("De map met de registers en de landelijke agenda: hun ids worden de waardenlijsten van het schema",
                                      "The folder with the registries and the national agenda: their ids become the schema's value lists")),
    ]

    func run(_ invocation: Invocation, context: CommandContext) throws -> ExitCode {
        // Without a folder of registries the schema has no value lists, which is still a schema.
        let folder = (try? ProjectFolders.locate(
            invocation.option("regios") ?? AgendaPaths.defaultFolder, what: LocalizedText("", ""), option: "--regios"))
            ?? AgendaPaths.defaultFolder
        let workspace = context.workspaceLoader().load(directory: folder)
        context.console.write(JSONSchemaExporter(workspace: workspace).agendaSchema(), to: .output)
        return .success
    }
}
