import Diagnostics
import TOML

/// Reads the registries in `regions/registers/`, one file per list.
enum RegistryReader {
    /// The registry files by name, with their format.
    static let formats: [(name: String, schema: TableSchema)] = [
        ("afkortingen.toml", RegistryFormat.abbreviations),
        ("doelgroepen.toml", RegistryFormat.targetGroups),
        ("financieringsbronnen.toml", RegistryFormat.fundingSources),
        ("organisaties.toml", RegistryFormat.organisations),
        ("organisatiesoorten.toml", RegistryFormat.organisationKinds),
        ("regios.toml", RegistryFormat.regions),
        ("sectoren.toml", RegistryFormat.sectors),
    ]

    static func read(_ files: [String], into session: inout LoadSession) -> Registry {
        var registry = Registry()
        for file in files {
            let name = FilePath.lastComponent(of: file)
            guard let format = formats.first(where: { $0.name == name }) else {
                let suggestion = Suggestion.closest(to: name, among: formats.map(\.name))
                session.report(.unknownRegistryFile(name: name, suggestion: suggestion), file: file, range: nil)
                continue
            }
            guard let root = session.parse(file) else { continue }
            session.validate(root, file: file, against: format.schema)
            let origin = { (range: SourceRange) in Origin(file: file, range: range) }
            switch name {
            case "regios.toml":
                registry.regions = root.tables("regio").map { table, range in
                    Region(code: table.text("code") ?? "", name: table.text("naam") ?? "",
                           centralMunicipality: table.text("centrumgemeente") ?? "", origin: origin(range))
                }
            case "sectoren.toml":
                registry.sectors = entries(root, "sector", origin: origin)
            case "doelgroepen.toml":
                registry.targetGroups = entries(root, "doelgroep", origin: origin)
            case "organisatiesoorten.toml":
                registry.organisationKinds = entries(root, "soort", origin: origin)
            case "afkortingen.toml":
                registry.abbreviations = root.tables("afkorting").map { table, _ in
                    Registry.Abbreviation(term: table.text("term") ?? "", meaning: table.text("betekenis") ?? "")
                }
            case "financieringsbronnen.toml":
                let reader = AgendaReader(file: file)
                registry.fundingSources = root.tables("financieringsbron").map { reader.fundingSource($0, at: $1) }
            default:
                let reader = AgendaReader(file: file)
                registry.organisations = root.tables("organisatie").map { reader.organisation($0, at: $1) }
            }
        }
        return registry
    }

    private static func entries(_ root: TOMLTable, _ key: String, origin: (SourceRange) -> Origin) -> [Registry.Entry] {
        root.tables(key).map { table, range in
            Registry.Entry(id: table.text("id") ?? "", name: table.text("naam") ?? "",
                           isCrucial: table.bool("cruciaal") ?? false, otherNames: table.texts("ook").map { $0.lowercased() },
                           origin: origin(range))
        }
    }
}

import FoundationEssentials
import FoundationGaps
