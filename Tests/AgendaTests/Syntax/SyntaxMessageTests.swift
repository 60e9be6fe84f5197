import Diagnostics
import TestSupport
import Testing
import TOML
@testable import Agenda

/// The words a programme manager reads for a TOML error: Dutch by default, English on request. The
/// TOML library gives the facts; the agenda reader words them (issue 32, point 3).
@Suite(.timed) struct MessageTests {
    @Test func duplicateKeyInDutchAndEnglish() {
        let error = syntaxProblem("titel = 'a'\n\n\ntitel = 'b'\n")
        #expect(error?.message(in: .dutch) == "sleutel 'titel' staat al op regel 1")
        #expect(error?.message(in: .english) == "key 'titel' is already defined on line 1")
        #expect(error?.hint(in: .dutch) == "verwijder een van de twee, of geef deze een andere naam")
    }

    @Test func unterminatedString() {
        let error = syntaxProblem("titel = \"Werk in de regio\n")
        #expect(error?.message(in: .dutch) == "tekst zonder afsluitend aanhalingsteken")
        #expect(error?.hint(in: .dutch)?.contains("\"\"\"") == true)
    }

    @Test func nonexistentDate() {
        let error = syntaxProblem("start = 2026-02-30")
        #expect(error?.message(in: .dutch) == "datum 2026-02-30 bestaat niet")
        #expect(error?.message(in: .english) == "date 2026-02-30 does not exist")
        #expect(error?.hint(in: .dutch) == "maand 2 van 2026 heeft 28 dagen")
    }

    @Test func unquotedText() {
        let error = syntaxProblem("trekker = gemeente Enschede")
        #expect(error?.message(in: .dutch) == "'gemeente Enschede' staat niet tussen aanhalingstekens; tekst hoort tussen \"...\"")
        #expect(error?.hint(in: .dutch) == "schrijf: trekker = \"gemeente Enschede\"")
    }

    @Test func unexpectedCharacterNamesIt() {
        #expect(syntaxProblem("a = 1 b = 2")?.message(in: .dutch)
            == "na de waarde hoort de regel te eindigen, maar er staat 'b'")
        #expect(syntaxProblem("a = ")?.message(in: .dutch) == "hier ontbreekt een waarde")
        #expect(syntaxProblem("a = 1\n\u{0C}")?.message(in: .english) == "expected a key, but found the character U+000C")
    }

    @Test func tableRules() {
        #expect(syntaxProblem("[thema]\n[thema]")?.message(in: .dutch) == "tabel [thema] staat al op regel 1")
        #expect(syntaxProblem("a = {b = 1}\na.c = 2")?.message(in: .dutch)
            == "tabel 'a' is op regel 1 tussen { } geschreven en kan daarna niet worden aangevuld")
    }

    @Test(arguments: [
        "a = 1\na = 2", "a = \"\\q\"", "a = 012", "a = 1e", "a = 99999999999999999999", "d = 2026-13-01", "t = 25:00:00",
        "a = [1 2]", "a = {b = 1,}", "a = {b = 1,\n}", "[a]\n[a]", "a.b = 1\n[a]", "[[a]]\n[a]", "[a]\n[[a]]", "a = [1]\n[[a]]",
        "a = \"\u{01}\"", "# \u{7F}", "a = 1\rb", "a = '''x", "a = \"\\uD800\"", "a = 0X1", "a = +0x1", "a = 0o9", "a = 1__2",
    ])
    func everyErrorHasTextInBothLanguages(_ source: String) throws {
        let error = try #require(syntaxProblem(source))
        for language in Language.allCases {
            let message = error.message(in: language)
            #expect(!message.isEmpty)
            #expect(error.hint(in: language).map { !$0.isEmpty } ?? true)
        }
        #expect(error.message(in: .dutch) != error.message(in: .english))
    }
}

/// Habits of Word and Excel users: found after the parser stops, named, with the fix in the reader's
/// own key and value, at the place where the value starts.
@Suite(.timed) struct HabitTests {
    @Test(arguments: [
        ("start = 12-03-2026", "1:9", "schrijf: start = 2026-03-12 (jaar-maand-dag, zonder aanhalingstekens)"),
        ("a = [31.12.2026]", "1:6", "schrijf: 2026-12-31 (jaar-maand-dag, zonder aanhalingstekens)"),
        ("x = 6,5", "1:5", "schrijf: x = 6.5"),
        ("t = { voortgang = 6,5 }", "1:19", "schrijf: voortgang = 6.5"),
        ("b = 1.250.000", "1:5", "schrijf het getal zonder die tekens: b = 1250000; of, voor een bedrag, als tekst: b = \"1.250.000\""),
        ("b = 12.000 euro", "1:5", "schrijf het getal zonder die tekens: b = 12000; of, voor een bedrag, als tekst: b = \"12.000 euro\""),
        ("t = „Werk”", "1:5", "schrijf: t = \"Werk\" (zet in uw editor 'slimme aanhalingstekens' uit)"),
        ("t = \"a \"b\" c\" # noot", "1:5", "zet een \\ voor elk aanhalingsteken in de tekst: t = \"a \\\"b\\\" c\"; of gebruik enkele aanhalingstekens eromheen: t = 'a \"b\" c'"),
        ("t = Werk # noot", "1:5", "schrijf: t = \"Werk\""),
        ("l = [Werk, \"b\"]", "1:6", "schrijf: \"Werk\""),
        ("v = Nee", "1:5", "schrijf: v = false"),
        // Placed where the fix is, not where the parser stopped (these were `.habit` cases of the
        // TOML module's own tests before issue 32).
        ("titel = Hallo wereld", "1:9", "schrijf: titel = \"Hallo wereld\""),
        ("a = True", "1:5", "schrijf: a = true"),
        ("a = infinity", "1:5", "schrijf: a = \"infinity\""),
        ("bedrag = 1.500,00", "1:10", "schrijf het getal zonder die tekens: bedrag = 1500; of, voor een bedrag, als tekst: bedrag = \"1.500,00\""),
        ("[a\nb = 1", "1:1", "schrijf: [a]"),
        ("[[a]\n", "1:1", "schrijf: [[a]]"),
        ("[[a]]\n[a]", "2:1", "schrijf: [[a]]"),
        ("[a]\n[[a]]", "1:1", "schrijf: [[a]]"),
    ])
    func habitWithFix(_ source: String, _ position: String, _ hint: String) throws {
        let error = try #require(syntaxProblem(source))
        guard case .habit = error else {
            Issue.record("no habit for \(source): \(error)")
            return
        }
        #expect(error.range.start.description == position)
        #expect(error.hint(in: .dutch) == hint)
        #expect(error.message(in: .english) != error.message(in: .dutch))
    }

    /// A `"""` text never closed is the TOML library's own finding (recovery reads on at the line it
    /// ran into); the words are the agenda reader's.
    @Test func runawayMultilineString() throws {
        let error = try #require(syntaxProblem("a = \"\"\"\nx\n[b]\nc = \"\"\"\n\"\"\""))
        #expect(error.range.start.description == "1:5")
        #expect(error.message(in: .dutch) == "tekst over meerdere regels zonder afsluitende \"\"\": de tekst loopt door tot in '[b]' op regel 3")
        #expect(error.hint(in: .dutch) == "sluit de tekst af met \"\"\" op een eigen regel, vóór regel 3")
    }

    @Test(arguments: ["a = 1 b = 2", "a = 99-99-2026", "a = 1.5,3", "a = \"x\" y", "a = \"\"\"\nx\n\"\"\"\nb = 1 2"])
    func otherErrorsStayAsTheyAre(_ source: String) throws {
        let error = try #require(syntaxProblem(source))
        if case .habit = error { Issue.record("a habit was found in \(source): \(error)") }
    }
}

/// The first syntax problem of `text` as the agenda reader reports it, or nil when it parses.
func syntaxProblem(_ text: String) -> SyntaxProblem? {
    let bytes = Array(text.utf8)
    return SyntaxProblem.all(in: TOML.parseRecovering(bytes: bytes, limit: 1), of: bytes).first
}
