import Diagnostics
import Foundation
import TestSupport
import Testing
@testable import Agenda

/// An origin keeps the range of each value by key compactly (issue 38: 55 MB as dictionaries at 100
/// times the national content) and gives the same ranges, the same equality and the same JSON.
@Suite(.timed) struct OriginTests {
    static func range(_ line: Int, _ column: Int, _ endLine: Int, _ endColumn: Int) -> SourceRange {
        SourceRange(start: SourcePosition(line: line, column: column), end: SourcePosition(line: endLine, column: endColumn))
    }

    static let table = range(3, 1, 3, 10)
    static let pairs: [(key: String, range: SourceRange)] = [
        ("titel", range(4, 9, 4, 30)), ("id", range(5, 6, 5, 12)), ("beschrijving", range(6, 16, 9, 4)),
        ("titel", range(12, 9, 12, 20)), ("é", range(7, 5, 7, 8)),
    ]

    @Test func everyKeyHasTheRangeItWasFirstWrittenAt() {
        let origin = Origin(file: "a.toml", range: Self.table, fieldsInOrder: Self.pairs)
        #expect(origin.range(of: "titel") == Self.range(4, 9, 4, 30))
        #expect(origin.range(of: "id") == Self.range(5, 6, 5, 12))
        #expect(origin.range(of: "beschrijving") == Self.range(6, 16, 9, 4))
        #expect(origin.range(of: "é") == Self.range(7, 5, 7, 8))
        #expect(origin.range(of: "trekker") == Self.table)
        #expect(origin.hasField("id") && !origin.hasField("trekker"))
        #expect(origin.fields.count == 4)
    }

    @Test func theSameFieldsGiveTheSameOriginWhateverTheirOrder() {
        let inOrder = Origin(file: "a.toml", range: Self.table, fieldsInOrder: Self.pairs)
        let fromDictionary = Origin(file: "a.toml", range: Self.table, fields: inOrder.fields)
        #expect(inOrder == fromDictionary)
        #expect(inOrder.hashValue == fromDictionary.hashValue)
        var changed = fromDictionary
        changed.fields["id"] = Self.range(5, 6, 5, 13)
        #expect(changed != inOrder)
        #expect(changed.range(of: "id") == Self.range(5, 6, 5, 13))
    }

    @Test func aRangeBeyondThirtyTwoBitsIsKeptAsItIs() {
        let far = Self.range(1, 1, Int(UInt32.max) + 5, 2)
        let origin = Origin(file: "a.toml", range: Self.table, fieldsInOrder: [("ver", far), ("id", Self.range(2, 1, 2, 3)), ("ver", Self.range(1, 1, 1, 2))])
        #expect(origin.range(of: "ver") == far)
        #expect(origin.range(of: "id") == Self.range(2, 1, 2, 3))
        #expect(origin.fields == ["ver": far, "id": Self.range(2, 1, 2, 3)])
    }

    @Test func theJSONHasTheFieldsAsAnObjectByKey() throws {
        let origin = Origin(file: "a.toml", range: Self.table, fieldsInOrder: Self.pairs)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let json = try #require(String(data: encoder.encode(origin), encoding: .utf8))
        #expect(json.contains("\"fields\":{\"beschrijving\":{\"end\":{\"column\":4,\"line\":9}"))
        #expect(try JSONDecoder().decode(Origin.self, from: Data(json.utf8)) == origin)
    }
}
