import TestSupport
import Testing
import TOML

/// The edits one at a time on small documents, with the exact text expected.
@Suite(.timed) struct TOMLEditorTests {
    private func edited(_ text: String, _ edit: (inout TOMLEditor) throws -> Void) throws -> String {
        var editor = try TOMLEditor(text: text)
        try edit(&editor)
        return editor.text
    }

    @Test func replacesAValueAndKeepsTheLine() throws {
        let text = "# kop\n[a]\ntitel = 'oud'   # uitleg\nb = 2\n"
        let result = try edited(text) { try $0.set(.string("nieuw \"x\""), at: [.key("a"), .key("titel")]) }
        #expect(result == "# kop\n[a]\ntitel = 'nieuw \"x\"'   # uitleg\nb = 2\n")
    }

    @Test func addsAKeyAfterTheLastKeyOfItsTable() throws {
        let text = "[a]\n  x = 1\n  y  =  2 # c\n\n[b]\nz = 3\n"
        let result = try edited(text) { try $0.set(.integer(5), at: [.key("a"), .key("nieuw")]) }
        #expect(result == "[a]\n  x = 1\n  y  =  2 # c\n  nieuw  =  5\n\n[b]\nz = 3\n")
    }

    @Test func addsAKeyToAnEmptySectionRightUnderItsHeader() throws {
        let result = try edited("[a]\n\n[b]\n") { try $0.set(.boolean(true), at: [.key("a"), .key("k")]) }
        #expect(result == "[a]\nk = true\n\n[b]\n")
    }

    @Test func addsAKeyToARootWithoutKeysBeforeTheFirstHeaderAndItsComment() throws {
        let result = try edited("# bestand\n\n# over a\n[a]\n") { try $0.set(.integer(1), at: [.key("k")]) }
        #expect(result == "# bestand\n\nk = 1\n\n# over a\n[a]\n")
    }

    @Test func addsADottedKeyWithTheSamePrefix() throws {
        let text = "[a]\nsub . x = 1\nsub . y = 2\nz = 0\n"
        let result = try edited(text) { try $0.set(.integer(3), at: [.key("a"), .key("sub"), .key("w")]) }
        #expect(result == "[a]\nsub . x = 1\nsub . y = 2\nsub . w = 3\nz = 0\n")
    }

    @Test func addsAKeyToAnInlineTable() throws {
        #expect(try edited("p = { a = 1 }\n") { try $0.set(.string("b"), at: [.key("p"), .key("b")]) } == "p = { a = 1, b = \"b\" }\n")
        #expect(try edited("p = {}\n") { try $0.set(.integer(2), at: [.key("p"), .key("b")]) } == "p = { b = 2 }\n")
    }

    @Test func refusesANewKeyInATableMadeOnlyByDeeperHeaders() throws {
        var editor = try TOMLEditor(text: "[a.b]\nx = 1\n")
        #expect(throws: TOMLEditError(.noPlaceForNewKey, path: [.key("a"), .key("k")])) {
            try editor.set(.integer(1), at: [.key("a"), .key("k")])
        }
        #expect(editor.text == "[a.b]\nx = 1\n")
    }

    @Test func refusesToReplaceASectionByAValue() throws {
        var editor = try TOMLEditor(text: "[a]\nx = 1\n")
        #expect(throws: TOMLEditError(.writtenAsSection, path: [.key("a")])) {
            try editor.set(.inlineTable([("x", .integer(1))]), at: [.key("a")])
        }
    }

    @Test func removesAKeyLineWithItsMultilineValue() throws {
        let text = "a = 1\n# over b\nb = \"\"\"\nproza\n\"\"\"\nc = 3\n"
        #expect(try edited(text) { try $0.remove(at: [.key("b")]) } == "a = 1\n# over b\nc = 3\n")
    }

    @Test func removesAnElementOfAnArrayOfTablesWithItsSubtables() throws {
        let text = "[[t]]\nn = 1\n\n[[t.a]]\nx = 1\n\n[[t]]\nn = 2\n\n# laatste\n[[t]]\nn = 3\n"
        #expect(try edited(text) { try $0.remove(at: [.key("t"), .index(0)]) } == "[[t]]\nn = 2\n\n# laatste\n[[t]]\nn = 3\n")
        #expect(try edited(text) { try $0.remove(at: [.key("t"), .index(2)]) } == "[[t]]\nn = 1\n\n[[t.a]]\nx = 1\n\n[[t]]\nn = 2\n\n# laatste\n")
    }

    @Test func removesArrayAndInlineTableElementsWithTheirComma() throws {
        #expect(try edited("a = [1, 2, 3]\n") { try $0.remove(at: [.key("a"), .index(1)]) } == "a = [1, 3]\n")
        #expect(try edited("a = [1, 2, 3]\n") { try $0.remove(at: [.key("a"), .index(2)]) } == "a = [1, 2]\n")
        #expect(try edited("a = [\n  1,\n  2,\n]\n") { try $0.remove(at: [.key("a"), .index(0)]) } == "a = [\n  2,\n]\n")
        #expect(try edited("a = [7]\n") { try $0.remove(at: [.key("a"), .index(0)]) } == "a = []\n")
        #expect(try edited("p = { a = 1, b = 2 }\n") { try $0.remove(at: [.key("p"), .key("a")]) } == "p = { b = 2 }\n")
        #expect(try edited("p = { a = 1 }\n") { try $0.remove(at: [.key("p"), .key("a")]) } == "p = {}\n")
    }

    @Test func appendsATableAfterTheLastBlockOfItsArray() throws {
        let text = "[[t]]\nn = 1\n\n[[t.a]]\nx = 1\n\n[[t]]\nn = 2\n\n[ander]\nk = 1\n"
        var editor = try TOMLEditor(text: text)
        let index = try editor.appendTable(to: [.key("t"), .index(0), .key("a")], entries: [("x", .integer(2))])
        #expect(index == 1)
        #expect(editor.text == "[[t]]\nn = 1\n\n[[t.a]]\nx = 1\n\n[[t.a]]\nx = 2\n\n[[t]]\nn = 2\n\n[ander]\nk = 1\n")
        let first = try editor.appendTable(to: [.key("t"), .index(1), .key("a")], entries: [("x", .integer(3))])
        #expect(first == 0)
        #expect(editor.text.hasSuffix("[[t]]\nn = 2\n\n[[t.a]]\nx = 3\n\n[ander]\nk = 1\n"))
        try editor.appendTable(to: [.key("t")], entries: [("n", .integer(3)), ("tekst", .multilineString("twee\nregels"))])
        #expect(editor.text.hasSuffix("[[t.a]]\nx = 3\n\n[[t]]\nn = 3\ntekst = '''\ntwee\nregels'''\n\n[ander]\nk = 1\n"))
    }

    @Test func keepsTheLineBreaksOfAWindowsFile() throws {
        let result = try edited("[a]\r\nx = 1\r\n") { try $0.set(.integer(2), at: [.key("a"), .key("y")]) }
        #expect(result == "[a]\r\nx = 1\r\ny = 2\r\n")
    }

    @Test(arguments: [
        "gewoon", "met \"aanhalingstekens\" en \\ backslash", "regel\nregel", "tab\there", "\u{7}bel\u{7F}",
        "eindigt met '", "''' drie", "\"\"\"", "crlf\r\nregel", "", "\n", "émoji 🎉 en ‘krul’",
    ])
    func writesAnyStringSoItReadsBack(_ value: String) throws {
        for edit in [TOMLEditValue.string(value), .multilineString(value)] {
            var editor = try TOMLEditor(text: "k = 1\n")
            try editor.set(edit, at: [.key("k")])
            #expect(editor.root["k"]?.kind == .string(value))
        }
    }

    @Test func writesFloatsSoTheyReadBack() throws {
        for value in [0.1, 1.0, -0.0, 1e300, .leastNonzeroMagnitude, 123456789.125, .infinity] {
            var editor = try TOMLEditor(text: "k = 1\n")
            try editor.set(.float(value), at: [.key("k")])
            #expect(editor.root["k"]?.kind == .float(value))
        }
    }

    /// A padded float: zeros after its last digit up to the digits asked, reading back as the same
    /// float; one with more digits, an exponent or no finite value is written as `float` writes it.
    @Test(arguments: [(1.125, 4, "1.1250"), (-12.5, 4, "-12.5000"), (1.0, 3, "1.000"), (0.123456, 4, "0.123456"), (1e300, 4, "1e+300"), (Double.infinity, 4, "inf")])
    func writesPaddedFloats(value: Double, digits: Int, written: String) throws {
        var editor = try TOMLEditor(text: "k = 1\n")
        try editor.set(.paddedFloat(value, fractionDigits: digits), at: [.key("k")])
        #expect(editor.text == "k = \(written)\n")
        #expect(editor.root["k"]?.kind == .float(value))
    }
}

/// New elements of arrays written as values: on a line of their own like the others, or on the line.
@Suite(.timed) struct TOMLEditorElementTests {
    @Test(arguments: [
        ("a = [1, 2]\n", "a = [1, 2, 3]\n"),
        ("a = [1, 2,]\n", "a = [1, 2, 3,]\n"),
        ("a = []\n", "a = [3]\n"),
        ("a = [\n    1,\n    2,\n]\n", "a = [\n    1,\n    2,\n    3,\n]\n"),
        ("a = [\n  1,\n  2 # twee\n]\n", "a = [\n  1,\n  2, # twee\n  3\n]\n"),
        ("a = [\n  1,\n  2 ]\n", "a = [\n  1,\n  2, 3 ]\n"),
    ])
    func appendsLikeTheLastElement(_ before: String, _ after: String) throws {
        var editor = try TOMLEditor(text: before)
        let index = try editor.appendElement(.integer(3), to: [.key("a")])
        #expect(editor.text == after)
        #expect(index == (editor.root["a"].map { if case .array(let e) = $0.kind { e.count } else { 0 } } ?? 0) - 1)
    }
}

/// A replaced string keeps the quoting of the one it replaces where the new text allows it, so a
/// diff shows the words that changed, not the quotes.
@Suite(.timed) struct TOMLEditorQuotingTests {
    @Test(arguments: [
        ("k = 'oud'\n", TOMLEditValue.string("nieuw"), "k = 'nieuw'\n"),
        ("k = 'oud'\n", .string("it's"), "k = \"it's\"\n"),
        ("k = \"\"\"\noud\n\"\"\"\n", .multilineString("nieuw \"citaat\"\nregel\n"), "k = \"\"\"\nnieuw \"citaat\"\nregel\n\"\"\"\n"),
        ("k = '''\noud\n'''\n", .multilineString("nieuw\n"), "k = '''\nnieuw\n'''\n"),
        ("k = \"oud\"\n", .multilineString("a\nb"), "k = '''\na\nb'''\n"),
        ("k = \"\"\"\noud\"\"\"\n", .multilineString("eindigt op \"\""), "k = \"\"\"\neindigt op \\\"\\\"\"\"\"\n"),
    ])
    func keepsTheQuotingOfTheReplacedString(_ before: String, _ value: TOMLEditValue, _ after: String) throws {
        var editor = try TOMLEditor(text: before)
        try editor.set(value, at: [.key("k")])
        #expect(editor.text == after)
    }
}
