import Diagnostics
import Foundation
import TestSupport
import Testing
@testable import Agenda

/// A build lets go of the range of each value once the checks have run (issue 38: 20 MB at 100
/// times the national content): every origin keeps its file and definition, nothing else changes,
/// and the assessor weighs the same.
@Suite(.timed) struct FieldRangesTests {
    static let workspace = WorkspaceLoader().load(directory: AgendaFixture.repositoryRegions)

    @Test func anOriginKeepsItsFileAndDefinition() {
        let table = OriginTests.table
        var origin = Origin(file: "a.toml", range: table, fieldsInOrder: OriginTests.pairs)
        origin.dropFieldRanges()
        #expect(origin == Origin(file: "a.toml", range: table))
        #expect(origin.range(of: "titel") == table)
        #expect(!origin.hasField("id"))
        #expect(origin.fields.isEmpty)
    }

    /// The JSON of the agendas with every origin's `fields` emptied: what dropping them must give.
    static func withoutFields(_ value: Any) -> Any {
        if let object = value as? [String: Any] {
            var result: [String: Any] = [:]
            for (key, member) in object { result[key] = key == "fields" ? [String: Any]() : withoutFields(member) }
            return result
        }
        if let array = value as? [Any] { return array.map(withoutFields) }
        return value
    }

    static func json(_ agendas: [Agenda]) throws -> Any {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return try JSONSerialization.jsonObject(with: encoder.encode(agendas))
    }

    static func canonical(_ value: Any) throws -> Data {
        try JSONSerialization.data(withJSONObject: value, options: [.sortedKeys])
    }

    @Test func everyOriginOfEveryAgendaLosesItsFieldsAndNothingElse() throws {
        var dropped = Self.workspace
        dropped.dropFieldRanges()
        let before = try Self.json(Self.workspace.agendas)
        let after = try Self.json(dropped.agendas)
        // The shipped agendas have ranges to lose, or the comparison below says nothing.
        #expect(try Self.canonical(before) != Self.canonical(after))
        #expect(try Self.canonical(Self.withoutFields(before)) == Self.canonical(after))
        #expect(dropped.registry == Self.workspace.registry)
    }

    @Test func theAssessorWeighsTheSameAndSharesTheAgendas() {
        let original = CriteriaAssessor(workspace: Self.workspace)
        var assessor = original
        var workspace = Self.workspace
        assessor.dropFieldRanges(sharingWith: &workspace)
        #expect(assessor.workspace.agendas == workspace.agendas)
        #expect(workspace.agendas.allSatisfy { $0.origin.fields.isEmpty && $0.themes.allSatisfy(\.origin.fields.isEmpty) })
        #expect(workspace.sources.count == Self.workspace.sources.count)
        for (agenda, kept) in zip(Self.workspace.agendas, workspace.agendas) {
            #expect(assessor.scorecards(for: kept) == original.scorecards(for: agenda), "\(agenda.file)")
            for (theme, keptTheme) in zip(agenda.themes, kept.themes) {
                #expect(assessor.signals(of: keptTheme, in: kept).map(\.qualifiedID) == original.signals(of: theme, in: agenda).map(\.qualifiedID))
            }
        }
    }

    @Test(arguments: 0..<20) func theKeptCompactMapIsCompactMap(seed: UInt64) {
        var generator = SplitMix64(seed: seed)
        let count = seed == 0 ? 0 : Int.random(in: 0...200, using: &generator)
        let values = (0..<count).map { _ in Int.random(in: -50...50, using: &generator) }
        let transform: (Int) -> String? = { $0 % 3 == 0 ? nil : "\($0)" }
        #expect(values.keptCompactMap(transform) == values.compactMap(transform))
        #expect(values.keptCompactMap { $0 } == values)
        let none: [Int] = values.keptCompactMap { _ in nil }
        #expect(none.isEmpty)
    }
}
