import Agenda

/// `mja schema`: prints the JSON Schema of the agenda format, for editors.
struct SchemaCommand: Command {
    let name = "schema"
    let summary = LocalizedText("Schrijft het JSON Schema van het agendaformaat, voor aanvulling in je editor",
                                "Prints the JSON Schema of the agenda format, for completion in editors")
    let discussion: LocalizedText? = LocalizedText(
        "Sla de uitvoer op en zet '#:schema ./mja-agenda.schema.json' als eerste regel in een agenda; Even Better TOML (VS Code) en Taplo geven dan aanvulling en controle. Zie regions/README.md.",
        "Save the output and put '#:schema ./mja-agenda.schema.json' on the first line of an agenda; Even Better TOML (VS Code) and Taplo then give completion and checks. See regions/README.md.")
    /// The schema's file name next to the agendas, as `#:schema ./mja-agenda.schema.json` names it.
    static let fileName = "mja-agenda.schema.json"
    let examples = [Example("mja schema > mja-agenda.schema.json", LocalizedText("Schrijft het schema naar een bestand", "Writes the schema to a file"))]

    func run(_ invocation: Invocation, context: CommandContext) throws -> ExitCode {
        context.console.write(JSONSchemaExporter.agendaSchema(), to: .output)
        return .success
    }
}
