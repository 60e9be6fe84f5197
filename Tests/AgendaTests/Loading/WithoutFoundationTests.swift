import Foundation
import TestSupport
import Testing
@testable import Agenda

/// What `Agenda` writes without `Foundation` since issue 38's tenth round, held against what
/// `Foundation` made of the same: the JSON it wrote with `JSONSerialization` and the ids it folded.
@Suite(.timed) struct WithoutFoundationTests {
    static func foundationJSON(_ object: Any) throws -> [UInt8] {
        Array(try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]))
    }

    @Test func theSchemaIsWhatJSONSerializationWrote() throws {
        let workspace = WorkspaceLoader().load(directory: AgendaFixture.repositoryRegions)
        for schema in [JSONSchemaExporter.agendaSchema(), JSONSchemaExporter(workspace: workspace).agendaSchema()] {
            let object = try JSONSerialization.jsonObject(with: Data(schema.utf8))
            #expect(Array(schema.utf8) == (try Self.foundationJSON(object)) + [0x0A])
        }
    }

    @Test func aCatalogueRecordIsWhatJSONSerializationWrote() throws {
        for baseAddress in [nil, "https://example.org/mja/am05 twente/"] {
            let record = CatalogueRecord(
                title: "Open data: \"Twente\" / 2026", description: "Tabellen\tmet é, € en \u{1}", publisher: "Regionaal Beraad",
                version: "1.0", issued: CalendarDate(year: 2026, month: 3, day: 1), modified: nil, period: YearRange(first: 2026, last: 2029),
                keywords: ["arbeidsmarkt", "Zorg"], licence: "https://creativecommons.org/publicdomain/zero/1.0/",
                files: ["acties.csv", "datapackage.json", "thema's: één.csv"], baseAddress: baseAddress)
            #expect(record.jsonLD() == (try Self.foundationJSON(record.object())) + [0x0A])
        }
    }

    @Test(arguments: ["Zorg Instroom", "Gemeente Enschédé ß", "ÅRHUS-ﬁets", "e\u{301}lan vital", "\u{301}x", "Ĳssel & Øre", "KELVIN \u{212A}", "", "---"])
    func anIdIsFoldedAsFoundationFoldedIt(value: String) {
        let folded = value.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "nl_NL")).lowercased()
        var expected = ""
        for scalar in folded.unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                expected.unicodeScalars.append(scalar)
            } else if !expected.isEmpty && !expected.hasSuffix("-") {
                expected += "-"
            }
        }
        if expected.hasSuffix("-") { expected.removeLast() }
        #expect(LoadProblem.identifier(from: value) == expected)
    }
}
