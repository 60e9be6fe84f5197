import Foundation
import Mustache
import TestSupport
import Testing

@Suite(.timed) struct MustacheValueTests {
    @Test func literalsBuildTheMatchingCases() {
        let value: MustacheValue = ["s": "x", "i": 2, "d": 1.5, "b": true, "n": nil, "l": [1, "a"], "o": ["k": "v"]]
        #expect(value["s"] == .string("x"))
        #expect(value["i"] == .int(2))
        #expect(value["d"] == .double(1.5))
        #expect(value["b"] == .bool(true))
        #expect(value["n"] == .null)
        #expect(value["l"] == .array([.int(1), .string("a")]))
        #expect(value["o"] == .dictionary(["k": .string("v")]))
        #expect(value["ontbreekt"] == nil)
        let jaar = 2025
        #expect(MustacheValue(stringLiteral: "jaar \(jaar)") == "jaar 2025")
        #expect(MustacheValue(nil as String?) == .null)
        #expect(MustacheValue(["a", "b"]) == ["a", "b"])
    }

    @Test(arguments: [
        (MustacheValue.int(85), "85"), (.int(-3), "-3"), (.double(1.21), "1.21"), (.double(3.0), "3"),
        (.double(-0.5), "-0.5"), (.double(1e20), "1e+20"), (.double(1_234_567.0), "1234567"), (.bool(false), "false"),
        (.null, ""), (.array(["a", 1]), "a, 1"), (.dictionary(["a": 1]), ""),
    ])
    func text(_ value: MustacheValue, _ expected: String) {
        #expect(value.text == expected)
    }

    @Test(arguments: [
        (MustacheValue.null, true), (.bool(false), true), (.string(""), true), (.array([]), true),
        (.bool(true), false), (.int(0), false), (.double(0), false), (.string("0"), false), (.dictionary([:]), false),
        (.array([.null]), false),
    ])
    func falsey(_ value: MustacheValue, _ expected: Bool) {
        #expect(value.isFalsey == expected)
    }

    @Test func decodesJSONIntoTheNaturalCases() throws {
        let json = #"{"i": 85, "d": 1.21, "b": false, "n": null, "s": "x", "l": [1, {"k": "v"}]}"#
        let value = try JSONDecoder().decode(MustacheValue.self, from: Data(json.utf8))
        #expect(value == ["i": 85, "d": 1.21, "b": false, "n": nil, "s": "x", "l": [1, ["k": "v"]]])
        let encoded = try JSONEncoder().encode(value)
        #expect(try JSONDecoder().decode(MustacheValue.self, from: encoded) == value)
    }
}
