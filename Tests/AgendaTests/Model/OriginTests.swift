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

    @Test func aRangeThatDoesNotFitTwelveBytesIsKeptAsItIs() {
        // A column past 65 535, a value over more than 65 535 lines, a negative column, a key the
        // formats do not know: each kept beside the compact entries, exactly.
        let wideColumn = Self.range(2, 70_000, 2, 70_010), longValue = Self.range(3, 1, 70_000, 2)
        let negative = Self.range(4, -1, 4, 2), unknown = Self.range(5, 1, 5, 9)
        let origin = Origin(file: "a.toml", range: Self.table, fieldsInOrder: [
            ("titel", wideColumn), ("beschrijving", longValue), ("id", negative), ("titl", unknown),
            ("titel", Self.range(9, 1, 9, 2)), ("trekker", Self.range(10, 3, 10, 4)),
        ])
        #expect(origin.range(of: "titel") == wideColumn)
        #expect(origin.range(of: "beschrijving") == longValue)
        #expect(origin.range(of: "id") == negative)
        #expect(origin.range(of: "titl") == unknown)
        #expect(origin.range(of: "trekker") == Self.range(10, 3, 10, 4))
        #expect(origin.fields == ["titel": wideColumn, "beschrijving": longValue, "id": negative, "titl": unknown,
                                  "trekker": Self.range(10, 3, 10, 4)])
    }

    @Test func theKeysOfTheFormatsAreKnown() {
        // The plain way the quick look-up is held to: a dictionary of each key's number.
        let keyCodes = Dictionary(uniqueKeysWithValues: OriginFields.knownKeys.enumerated().map { ($0.element, UInt16($0.offset)) })
        for key in ["id", "titel", "beschrijving", "trekker", "partners", "afwegingen", "nergens_anders_belegd",
                    "begroting", "realisatie", "metingen", "bron", "bedrag", "zekerheid", "regio", "code", "term"] {
            #expect(keyCodes[key] != nil, "\(key)")
        }
        #expect(OriginFields.knownKeys == OriginFields.knownKeys.sorted())
        // The quick look-up gives what the dictionary gives, for every key and for others.
        for key in OriginFields.knownKeys + ["", "é", "titell", "Titel", "id ", "nergens_anders_belegd_", String(repeating: "a", count: 40)] {
            #expect(OriginFields.code(of: key) == keyCodes[key], "\(key)")
        }
        #expect(Set(OriginFields.knownKeys).count == OriginFields.knownKeys.count)
    }

    /// Random tables of known and unknown keys, some written twice, with ranges that fit and ranges
    /// that do not: the origin gives what a plain dictionary of the first range of each key gives.
    @Test func randomFieldsGiveTheRangesOfAPlainDictionary() {
        var random = SplitMix64(seed: 38)
        for _ in 0..<400 { randomTable(&random) }
    }

    private func randomTable(_ random: inout SplitMix64) {
        let keys = ["id", "titel", "beschrijving", "trekker", "signalen", "bedrag", "onbekend", "titell", "é", ""]
        func number(_ random: inout SplitMix64) -> Int {
            switch Int.random(in: 0..<10, using: &random) {
            case 0: Int.random(in: 65_530...70_000, using: &random)
            case 1: Int.random(in: -3...0, using: &random)
            default: Int.random(in: 1...400, using: &random)
            }
        }
        var pairs: [(key: String, range: SourceRange)] = []
        var plain: [String: SourceRange] = [:]
        for _ in 0..<Int.random(in: 0...14, using: &random) {
            let key = keys.randomElement(using: &random)!
            let line = number(&random)
            let range = Self.range(line, number(&random), line + (Bool.random(using: &random) ? 0 : number(&random)), number(&random))
            pairs.append((key, range))
            if plain[key] == nil { plain[key] = range }
        }
        let origin = Origin(file: "a.toml", range: Self.table, fieldsInOrder: pairs)
        #expect(origin.fields == plain)
        for key in keys {
            #expect(origin.range(of: key) == plain[key] ?? Self.table)
            #expect(origin.hasField(key) == (plain[key] != nil))
        }
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
