import Foundation
import Testing
@testable import Agenda

/// The JSON Schema shipped in `regions/` for editors must be the one `mja schema` writes now.
@Suite struct JSONSchemaTests {
    @Test func theShippedSchemaIsCurrent() throws {
        let shipped = try String(contentsOfFile: AgendaFixture.repositoryRegions + "/mja-agenda.schema.json", encoding: .utf8)
        #expect(shipped == JSONSchemaExporter.agendaSchema(), "run: swift run mja schema > regions/mja-agenda.schema.json")
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
