import Foundation

/// Turns the file format (`AgendaFormat`) into a JSON Schema (draft-07), so editors that read JSON
/// Schema for TOML files (Taplo, the Even Better TOML extension) give completion, descriptions and
/// checks while a programme manager types.
public enum JSONSchemaExporter {
    /// The schema of an agenda file as pretty-printed JSON with sorted keys (stable across runs).
    public static func agendaSchema() -> String {
        var root = object(AgendaFormat.file)
        root["$schema"] = "http://json-schema.org/draft-07/schema#"
        root["$id"] = "https://mja.invalid/schema/agenda.json"
        root["title"] = "Meerjarenagenda arbeidsmarktregio (mja)"
        root["description"] = "Een regionale (RMJA) of landelijke (LMJA) meerjarenagenda. Zie regions/README.md."
        let data = (try? JSONSerialization.data(
            withJSONObject: root, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private static func object(_ schema: TableSchema) -> [String: Any] {
        var properties: [String: Any] = [:]
        for field in schema.fields {
            var property = type(field.type)
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

    private static func type(_ type: FieldType) -> [String: Any] {
        switch type {
        case .text, .markdown, .reference:
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
            return ["anyOf": [["type": "integer"], ["type": "string", "pattern": "^€? ?-?[0-9.]+(,[0-9]{1,2})?$"]]]
        case .choice(let values):
            return ["type": "string", "enum": values]
        case .list(let element):
            return ["type": "array", "items": Self.type(element)]
        case .table(let schema):
            return object(schema)
        case .tableList(let schema):
            return ["type": "array", "items": object(schema)]
        }
    }
}
