import Foundation
import TestSupport
import Testing
import TOML
@testable import Agenda

/// The JSON Schema shipped in `regions/` for editors must be the one `mja schema` writes now.
@Suite(.timed) struct JSONSchemaTests {
    static let workspace = WorkspaceLoader().load(directory: AgendaFixture.repositoryRegions)
    static let schema = JSONSchemaExporter(workspace: workspace).agendaSchema()

    @Test func theShippedSchemaIsCurrent() throws {
        let shipped = try String(contentsOfFile: AgendaFixture.repositoryRegions + "/mja-agenda.schema.json", encoding: .utf8)
        #expect(shipped == Self.schema, "run: swift run mja schema > regions/mja-agenda.schema.json")
    }

    /// Issue 14, point 6: the value lists come from the registries, so an editor offers and checks them.
    @Test func everyShippedAgendaPassesTheSchemaAndAnUnknownSectorDoesNot() throws {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(Self.schema.utf8)) as? [String: Any])
        let checker = MiniJSONSchema(schema: object)
        let files = WorkspaceLoader.agendaFiles(in: AgendaFixture.repositoryRegions)
        #expect(files.count == 36)
        for file in files {
            let root = try TOML.parse(String(contentsOfFile: file, encoding: .utf8))
            #expect(checker.violations(of: MiniJSONSchema.json(root)) == [], "\(file)")
        }
        let twente = try String(contentsOfFile: AgendaFixture.repositoryRegions + "/am05-twente.toml", encoding: .utf8)
        let wrong = try TOML.parse(twente.replacingOccurrences(of: "sectoren = [\"techniek\"]", with: "sectoren = [\"techniekk\"]"))
        let violations = checker.violations(of: MiniJSONSchema.json(wrong))
        #expect(!violations.isEmpty && violations.allSatisfy { $0.contains("'techniekk' is not one of the allowed values") }, "\(violations)")
        let kind = try TOML.parse(twente.replacingOccurrences(of: "soort = \"gemeente\"", with: "soort = \"hogeschool\""))
        #expect(checker.violations(of: MiniJSONSchema.json(kind)).contains { $0.contains("'hogeschool' is not one of the allowed values") })
    }

    @Test func theValueListsComeFromTheRegistries() throws {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(Self.schema.utf8)) as? [String: Any])
        let properties = try #require(object["properties"] as? [String: Any])
        let theme = try #require((properties["thema"] as? [String: Any])?["items"] as? [String: Any])
        let themeProperties = try #require(theme["properties"] as? [String: Any])
        let sectors = (themeProperties["sectoren"] as? [String: Any])?["items"] as? [String: Any]
        #expect(sectors?["enum"] as? [String] == Self.workspace.registry.sectors.map(\.id))
        #expect((themeProperties["landelijk_thema"] as? [String: Any])?["enum"] as? [String] == Self.workspace.nationalAgenda?.themes.map(\.id))
        let header = try #require((properties["agenda"] as? [String: Any])?["properties"] as? [String: Any])
        #expect(((header["regio"] as? [String: Any])?["enum"] as? [String])?.count == 35)
    }

    @Test func theSchemaDescribesTablesEnumerationsAndRequiredKeys() throws {
        let schema = try #require(try JSONSerialization.jsonObject(with: Data(JSONSchemaExporter.agendaSchema().utf8)) as? [String: Any])
        let properties = try #require(schema["properties"] as? [String: Any])
        let theme = try #require((properties["thema"] as? [String: Any])?["items"] as? [String: Any])
        #expect(theme["required"] as? [String] == ["id", "titel", "beschrijving", "opgaven"])
        #expect(theme["additionalProperties"] as? Bool == false)
        let tasks = try #require((theme["properties"] as? [String: Any])?["opgaven"] as? [String: Any])
        #expect((tasks["items"] as? [String: Any])?["enum"] as? [String] == ["sociaal", "economisch", "ontwikkel"])
    }
}
