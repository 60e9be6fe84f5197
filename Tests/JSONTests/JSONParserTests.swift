import Diagnostics
import JSON
import TestSupport
import Testing

@Suite(.timed) struct JSONParserTests {
    @Test func readsValuesWithTheirPositions() throws {
        let value = try JSONParser.parse("{\n  \"a\": [1, -2.5e3, \"x\\u00e9\\n\"],\n  \"b\": { \"c\": null, \"d\": true }\n}")
        guard case .object(let members) = value.kind else { Issue.record("no object"); return }
        #expect(members.map(\.key) == ["a", "b"])
        #expect(members[0].keyRange.start == SourcePosition(line: 2, column: 3))
        guard case .array(let elements) = members[0].value.kind else { Issue.record("no array"); return }
        #expect(elements.map(\.kind) == [.number("1"), .number("-2.5e3"), .string("xé\n")])
        #expect(elements[1].range.start == SourcePosition(line: 2, column: 12))
    }

    @Test(arguments: [
        ("{\"a\": 1,}", 1, 9),
        ("{\"a\": 1, \"a\": 2}", 1, 10),
        ("[01]", 1, 4),
        ("\"open", 1, 6),
        ("{\n  \"a\": tru\n}", 2, 8),
        ("[1] 2", 1, 5),
    ])
    func refusesInvalidJSONWithItsPosition(text: String, line: Int, column: Int) {
        #expect {
            _ = try JSONParser.parse(text)
        } throws: { error in
            guard let error = error as? JSONSyntaxError else { return false }
            return error.position == SourcePosition(line: line, column: column) && !error.message.isEmpty
        }
    }

    @Test func deepNestingIsAnErrorNotACrash() {
        #expect(throws: JSONSyntaxError.self) { _ = try JSONParser.parse(String(repeating: "[", count: 100_000)) }
    }
}

@Suite(.timed) struct JSONNodeTests {
    /// What the writer writes, the parser reads back: every character that needs an escape.
    @Test func writtenTextReadsBack() throws {
        let tricky = "a\"b\\c\nd\re\tf\u{1}g é 😀 /"
        let node = JSONNode.object([.init("k\"", .string(tricky)), .init("n", .integer(-3)), .init("l", .array([.string("x"), .string("y")])),
                                    .init("o", .object([.init("t", .boolean(true))])), .init("e", .array([]))])
        let text = node.text()
        #expect(text.hasPrefix("{\n  \"k\\\"\": \"a\\\"b\\\\c\\nd\\re\\tf\\u0001g é 😀 /\",\n  \"n\": -3,\n  \"l\": [\"x\", \"y\"],"))
        let value = try JSONParser.parse(text)
        guard case .object(let members) = value.kind else { Issue.record("no object"); return }
        #expect(members.map(\.key) == ["k\"", "n", "l", "o", "e"])
        #expect(members[0].value.kind == .string(tricky))
    }
}
