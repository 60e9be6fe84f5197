/// The file formats of the registries in `regions/registers/`.
public enum RegistryFormat {
    /// `regios.toml`: the 35 arbeidsmarktregio's.
    public static let regions = TableSchema(name: "", fields: [
        FieldSchema("regio", .tableList(TableSchema(name: "regio", fields: [
            FieldSchema("code", .text, required: true, "De CBS-code, zoals \"AM05\"."),
            FieldSchema("naam", .text, required: true, "De naam volgens CBS (2025)."),
            FieldSchema("centrumgemeente", .text, required: true, "De gemeente die het regionale proces trekt."),
        ])), required: true, "Een arbeidsmarktregio."),
    ])

    /// `sectoren.toml`.
    public static let sectors = entries("sector", extra: [
        FieldSchema("cruciaal", .boolean, "Een maatschappelijk cruciale sector volgens het kabinet."),
    ])

    /// `doelgroepen.toml`.
    public static let targetGroups = entries("doelgroep")

    /// `organisatiesoorten.toml`.
    public static let organisationKinds = entries("soort")

    /// `financieringsbronnen.toml`.
    public static let fundingSources = TableSchema(name: "", fields: [
        FieldSchema("financieringsbron", .tableList(AgendaFormat.fundingSource), required: true, "Een financieringsbron."),
    ])

    /// `organisaties.toml`: the national organisations.
    public static let organisations = TableSchema(name: "", fields: [
        FieldSchema("organisatie", .tableList(TableSchema(name: "organisatie", fields: AgendaFormat.organisation.fields + [
            FieldSchema("landelijk_beraad", .boolean, "Lid van het Landelijk Beraad."),
        ])), required: true, "Een landelijke organisatie."),
    ])

    /// `afkortingen.toml`: abbreviations the documents explain when they use them.
    public static let abbreviations = TableSchema(name: "", fields: [
        FieldSchema("afkorting", .tableList(TableSchema(name: "afkorting", fields: [
            FieldSchema("term", .text, required: true, "De afkorting zoals ze in de tekst staat, zoals \"bbl\"."),
            FieldSchema("betekenis", .text, required: true, "Wat ze betekent, zoals \"beroepsbegeleidende leerweg\"."),
        ])), required: true, "Een afkorting."),
    ])

    private static func entries(_ name: String, extra: [FieldSchema] = []) -> TableSchema {
        TableSchema(name: "", fields: [
            FieldSchema(name, .tableList(TableSchema(name: name, fields: [
                FieldSchema("id", .identifier, required: true, "Korte naam om naar te verwijzen."),
                FieldSchema("naam", .text, required: true, "De volledige naam."),
                FieldSchema("ook", .list(.text), "Andere woorden waaronder mensen dit kennen, zoals \"hogeschool\"; de controle stelt dan deze id voor."),
            ] + extra)), required: true, "Een \(name)."),
        ])
    }
}
