import Documents
import Foundation
import TestSupport
import Testing
@testable import Agenda

/// Issue 37, point 1: the tables of the open data hold together as their package says (what
/// `frictionless validate` checks, here without the tool): every row as wide as the header, primary
/// keys unique, every foreign key found, amounts exact.
@Suite(.timed) struct OpenDataTablesTests {
    static let workspace = WorkspaceLoader().load(directory: AgendaFixture.repositoryRegions)
    static let national: [DataTable] = {
        let assessor = CriteriaAssessor(workspace: workspace)
        let all = workspace.agendas.map { (agenda: $0, tables: OpenDataTables(agenda: $0, scorecards: assessor.scorecards(for: $0))) }
        return OpenDataTables.schemas.enumerated().map { index, schema in schema.appending(all.map { $0.tables.tables[index] }) }
    }()

    static func key(_ row: [CSVWriter.Cell], _ table: DataTable, _ fields: [String]) -> [String] {
        fields.map { name in
            switch row[table.fields.firstIndex { $0.name == name }!] {
            case .text(let text), .value(let text): text
            case .empty: ""
            }
        }
    }

    @Test func rowsKeysAndReferencesHoldTogether() throws {
        #expect(Self.national.map(\.name) == ["themas", "acties", "begroting", "resultaten", "indicatoren", "metingen", "signalen", "criteria"])
        for table in Self.national {
            #expect(!table.rows.isEmpty, "\(table.name)")
            for row in table.rows { #expect(row.count == table.fields.count, "\(table.name)") }
            let keys = table.rows.map { Self.key($0, table, table.primaryKey) }
            #expect(Set(keys).count == keys.count, "\(table.name): a primary key twice")
            for field in table.fields where field.isRequired {
                let index = table.fields.firstIndex { $0.name == field.name }!
                #expect(table.rows.allSatisfy { $0[index] != .empty }, "\(table.name).\(field.name)")
            }
            for reference in table.foreignKeys {
                let target = try #require(Self.national.first { $0.name == reference.table })
                let targetKeys = Set(target.rows.map { Self.key($0, target, target.primaryKey) })
                for row in table.rows {
                    #expect(targetKeys.contains(Self.key(row, table, reference.fields)), "\(table.name) -> \(reference.table)")
                }
            }
        }
    }

    @Test func amountsAreCentsAndEurosWithTwoDecimals() {
        #expect(OpenDataValues.euros(Euro(cents: 125050)) == .value("1250.50"))
        #expect(OpenDataValues.euros(Euro(cents: -5)) == .value("-0.05"))
        #expect(OpenDataValues.euros(Euro(cents: 62_000_000)) == .value("620000.00"))
        #expect(OpenDataValues.cents(Euro(cents: 125050)) == .value("125050"))
        // The budget table sums to the agendas' own totals.
        let budget = Self.national[2]
        let cents = budget.fields.firstIndex { $0.name == "bedrag_centen" }!, kind = budget.fields.firstIndex { $0.name == "soort" }!
        let total = budget.rows.filter { $0[kind] == .value("begroting") }.reduce(Int64(0)) { sum, row in
            guard case .value(let text) = row[cents] else { return sum }
            return sum + Int64(text)!
        }
        #expect(total == Self.workspace.agendas.flatMap(\.actions).map(\.plannedTotal.cents).reduce(0, +))
    }

    @Test func thePackageDescribesTheTablesWithTheAgendasLicence() throws {
        var twente = try #require(Self.workspace.agendas.first { $0.scope.regionCode == "AM05" })
        twente.licence = .ccBy
        let tables = OpenDataTables(agenda: twente, scorecards: [])
        let files = OpenDataFiles.tableFiles(of: twente, tables: tables)
        #expect(files.map(\.name) == ["themas.csv", "acties.csv", "begroting.csv", "resultaten.csv", "indicatoren.csv",
                                      "metingen.csv", "signalen.csv", "criteria.csv", "datapackage.json"])
        let package = try #require(try JSONSerialization.jsonObject(with: Data(files.last!.bytes)) as? [String: Any])
        #expect(package["name"] as? String == "mja-am05")
        #expect((package["licenses"] as? [[String: Any]])?.first?["name"] as? String == "CC-BY-4.0")
        let resources = try #require(package["resources"] as? [[String: Any]])
        let actions = try #require(resources.first { $0["name"] as? String == "acties" })
        let schema = try #require(actions["schema"] as? [String: Any])
        #expect(schema["primaryKey"] as? [String] == ["regio", "thema", "actie"])
        let fields = try #require(schema["fields"] as? [[String: Any]])
        #expect(fields.first { $0["name"] as? String == "begroot_centen" }?["type"] as? String == "integer")
        #expect(fields.first { $0["name"] as? String == "begroot_euro" }?["type"] as? String == "number")
        #expect(fields.first { $0["name"] as? String == "start" }?["type"] as? String == "date")
        #expect(fields.allSatisfy { !(($0["title"] as? String) ?? "").isEmpty && !(($0["description"] as? String) ?? "").isEmpty })
        // The same agenda gives the same bytes.
        #expect(OpenDataFiles.tableFiles(of: twente, tables: tables).map(\.bytes) == files.map(\.bytes))
        // One agenda under CC BY makes the national set CC BY.
        let national = OpenDataFiles.nationalFiles(of: [(twente, tables)])
        #expect(String(decoding: national.last!.bytes, as: UTF8.self).contains("\"CC-BY-4.0\""))
    }
}
