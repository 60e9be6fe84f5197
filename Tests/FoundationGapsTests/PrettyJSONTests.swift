import Foundation
import FoundationGaps
import TestSupport
import Testing

/// `PrettyJSON` held against `JSONSerialization.data(withJSONObject:options: [.prettyPrinted,
/// .sortedKeys, .withoutEscapingSlashes])`, byte for byte, and `KeyOrder` against the comparison it sorts
/// keys with, `compare(_:options: [.numeric, .caseInsensitive, .forcedOrdering], locale: NSLocale.system)`.
@Suite(.timed) struct PrettyJSONTests {
    static func foundation(_ object: Any) throws -> [UInt8] {
        Array(try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]))
    }

    static func foundationOrder(_ a: String, _ b: String) -> Int {
        a.compare(b, options: [.numeric, .caseInsensitive, .forcedOrdering], range: a.startIndex..<a.endIndex, locale: NSLocale.system).rawValue
    }

    @Test func valuesAndSpacingAsFoundationWritesThem() throws {
        let nested: [String: Any] = ["b": true, "c": false, "d": 1.5, "e": 2.0, "f": 1e20, "g": -0.0, "h": 0.1, "i": Int64.max,
                                     "j": [Any](), "k": [String: Any](), "l": Decimal(string: "1.25")!, "m": Int32.min, "n": Float(0.5)]
        let objects: [Any] = [
            ["a": [1, "x/y\"\\\u{1}\u{1F}\n\t\r\u{8}\u{C}\u{7F}é\u{2028}😀", nested, [] as [Any], [:] as [String: Any]] as [Any],
             "$id": "x", "@type": 3, "_x": -4, "a10": [[1]], "a2": "", "Zeta": "z"] as [String: Any],
            [Any](), [String: Any](), [[[Any]()]], ["": ["": ""]],
        ]
        for object in objects {
            #expect(PrettyJSON.bytes(of: object) == (try Self.foundation(object)))
        }
    }

    @Test func whatFoundationRefusesIsNil() {
        #expect(PrettyJSON.bytes(of: ["a": Double.nan]) == nil)
        #expect(PrettyJSON.bytes(of: ["a": Double.infinity] as [String: Any]) == nil)
        #expect(PrettyJSON.bytes(of: [1: "a"] as [Int: String]) == nil)
        #expect(PrettyJSON.bytes(of: ["a": Date()]) == nil)
    }

    @Test func keysOfTheSchemaAndTheCatalogueInFoundationsOrder() throws {
        let keys = ["$schema", "$id", "title", "@type", "@context", "@id", "@value", "@language", "dct:title", "dcat:accessURL",
                    "dcat:downloadURL", "dct:format", "foaf:name", "vcard:fn", "Zeta", "alpha", "a_b", "a-b", "ab", "aB", "a1",
                    "a10", "a2", "_x", "z", "^[0-9]{4}$", "additionalProperties", "anyOf", "patternProperties", "a b", "a.b", "a:b"]
        var object: [String: Any] = [:]
        for (index, key) in keys.enumerated() { object[key] = index }
        #expect(PrettyJSON.bytes(of: object) == (try Self.foundation(object)))
    }

    /// Every pair of ASCII characters, then random keys of printable ASCII, half of them a copy of the
    /// other with its case changed and zeros added or taken away, where only the tie-break decides.
    @Test func keyOrderIsFoundationsOnASCII() {
        var mismatches: [String] = []
        for x in 0x20..<0x7F {
            for y in 0x20..<0x7F {
                let a = String(Unicode.Scalar(UInt8(x))), b = String(Unicode.Scalar(UInt8(y)))
                if KeyOrder.areInIncreasingOrder(a, b) != (Self.foundationOrder(a, b) < 0) { mismatches.append("\(a) \(b)") }
            }
        }
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("aAbBzZ0123456789 _-$@:./\t~|\"\\")
        func randomKey() -> [Character] { (0..<Int.random(in: 0...7, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! } }
        for round in 0..<20_000 {
            let first = randomKey()
            var second = round % 2 == 0 ? first : randomKey()
            if round % 2 == 0 {
                for _ in 0..<Int.random(in: 1...2, using: &generator) {
                    switch Int.random(in: 0...2, using: &generator) {
                    case 0:
                        if let i = second.indices.randomElement(using: &generator) {
                            second[i] = Character(second[i].isUppercase ? second[i].lowercased() : second[i].uppercased())
                        }
                    case 1: second.insert("0", at: Int.random(in: 0...second.count, using: &generator))
                    default: if let i = second.firstIndex(of: "0") { second.remove(at: i) }
                    }
                }
            }
            let a = String(first), b = String(second)
            if KeyOrder.areInIncreasingOrder(a, b) != (Self.foundationOrder(a, b) < 0)
                || KeyOrder.areInIncreasingOrder(b, a) != (Self.foundationOrder(b, a) < 0) {
                mismatches.append("\(a.debugDescription) \(b.debugDescription)")
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(20))")
    }

    @Test func randomObjectsAsFoundationWritesThem() throws {
        var generator = SystemRandomNumberGenerator()
        let keys = ["$id", "@type", "a", "A", "a2", "a10", "b_c", "b-c", "Zeta", "x:y", "", "a01"]
        func value(_ depth: Int) -> Any {
            switch Int.random(in: 0...(depth > 2 ? 3 : 5), using: &generator) {
            case 0: return ["x", "a/b", "\"q\"", "tab\there", "é€😀", ""].randomElement(using: &generator)!
            case 1: return Int.random(in: -1_000_000...1_000_000, using: &generator)
            case 2: return Bool.random(using: &generator)
            case 3: return Double(Int.random(in: -1000...1000, using: &generator)) / 8
            case 4: return (0..<Int.random(in: 0...3, using: &generator)).map { _ in value(depth + 1) }
            default:
                var object: [String: Any] = [:]
                for _ in 0..<Int.random(in: 0...4, using: &generator) { object[keys.randomElement(using: &generator)!] = value(depth + 1) }
                return object
            }
        }
        for _ in 0..<500 {
            var object: [String: Any] = [:]
            for key in keys.shuffled(using: &generator).prefix(Int.random(in: 0...6, using: &generator)) {
                object[key] = value(0)
            }
            #expect(PrettyJSON.bytes(of: object) == (try Self.foundation(object)))
        }
    }
}
