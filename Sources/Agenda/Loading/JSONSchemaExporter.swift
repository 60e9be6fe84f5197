import FoundationGaps

/// Turns the file format (`AgendaFormat`) into a JSON Schema (draft-07), so editors that read JSON
/// Schema for TOML files (Taplo, the Even Better TOML extension) give completion, descriptions and
/// checks while a programme manager types.
///
/// Given the registries and the national themes, references get their value lists: sectors, target
/// groups, organisation kinds and region codes as `enum` (an editor offers and checks them); funding
/// sources and organisations, which an agenda may also define itself, as an `enum` of the registry's
/// ids next to any id (offered, not enforced).
public struct JSONSchemaExporter {
    /// The registries whose ids become value lists; empty for a schema without them.
    public var registry: Registry
    /// The ids of the national themes, from `lmja.toml`.
    public var nationalThemes: [String]

    public init(registry: Registry = Registry(), nationalThemes: [String] = []) {
        self.registry = registry
        self.nationalThemes = nationalThemes
    }

    /// The exporter for a loaded workspace: its registries and national themes.
    public init(workspace: Workspace) {
        self.init(registry: workspace.registry, nationalThemes: workspace.nationalAgenda?.themes.map(\.id) ?? [])
    }

    /// The schema of an agenda file without value lists from registries.
    public static func agendaSchema() -> String { JSONSchemaExporter().agendaSchema() }

    /// The schema of an agenda file as pretty-printed JSON with sorted keys (stable across runs).
    public func agendaSchema() -> String {
        var root = object(AgendaFormat.file)
        root["$schema"] = "http://json-schema.org/draft-07/schema#"
        root["$id"] = "https://mja.invalid/schema/agenda.json"
        root["title"] = "Meerjarenagenda arbeidsmarktregio (mja)"
        root["description"] = "Een regionale (RMJA) of landelijke (LMJA) meerjarenagenda. Zie regions/README.md."
        return String(decoding: PrettyJSON.bytes(of: root) ?? [], as: UTF8.self) + "\n"
    }

    private func object(_ schema: TableSchema) -> [String: Any] {
        var properties: [String: Any] = [:]
        for field in schema.fields {
            var property = schema.name == AgendaFormat.header.name && field.name == "regio" && !registry.regions.isEmpty
                ? ["type": "string", "enum": registry.regions.map(\.code)] : type(field.type)
            property["description"] = field.summary
            properties[field.name] = property
        }
        var result: [String: Any] = ["type": "object", "properties": properties, "additionalProperties": false]
        let required = schema.fields.filter(\.isRequired).map(\.name)
        if !required.isEmpty { result["required"] = required }
        if case .years(let valueType) = schema.keyPattern {
            result["patternProperties"] = ["^[0-9]{4}$": type(valueType)]
        }
        return result
    }

    private func type(_ type: FieldType) -> [String: Any] {
        switch type {
        case .reference(let kind):
            return reference(kind)
        case .text, .markdown:
            return ["type": "string"]
        case .identifier:
            return ["type": "string", "pattern": "^[a-z0-9][a-z0-9-]*$"]
        case .integer(let range):
            return ["type": "integer", "minimum": range.lowerBound, "maximum": range.upperBound]
        case .boolean:
            return ["type": "boolean"]
        case .date:
            return ["type": "string", "format": "date"]
        case .year:
            return ["type": "integer", "minimum": 1900, "maximum": 2200]
        case .number:
            return ["type": "number"]
        case .euro:
            return ["anyOf": [["type": "integer"], ["type": "string", "pattern": "^€? ?-?[0-9.]+(,([0-9]{1,2}|-{1,2}))?( ?(euro|EUR|€))?$"]]]
        case .choice(let values):
            return ["type": "string", "enum": values]
        case .list(let element):
            return ["type": "array", "items": self.type(element)]
        case .table(let schema):
            return object(schema)
        case .tableList(let schema):
            return ["type": "array", "items": object(schema)]
        }
    }

    /// The value list of a reference, where the registries give one.
    private func reference(_ kind: ReferenceKind) -> [String: Any] {
        func closed(_ ids: [String]) -> [String: Any] { ids.isEmpty ? ["type": "string"] : ["type": "string", "enum": ids] }
        func offered(_ ids: [String]) -> [String: Any] {
            ids.isEmpty ? ["type": "string"] : ["anyOf": [["type": "string", "enum": ids], ["type": "string", "pattern": "^[a-z0-9][a-z0-9-]*$"]]]
        }
        switch kind {
        case .sector: return closed(registry.sectors.map(\.id))
        case .targetGroup: return closed(registry.targetGroups.map(\.id))
        case .organisationKind: return closed(registry.organisationKinds.map(\.id))
        case .nationalTheme: return closed(nationalThemes)
        case .scalingTarget: return closed(registry.regions.isEmpty ? [] : registry.regions.map(\.code) + ["landelijk"])
        case .fundingSource: return offered(registry.fundingSources.map(\.id))
        case .organisation: return offered(registry.organisations.map(\.id))
        case .signal: return ["type": "string"]
        }
    }
}
