import TestSupport
import Testing
import TOML
@testable import Agenda

/// Issue 30, point 2: a syntax hint made with the key's type in the agenda format leads to a value the
/// checks accept, and the message does not contradict it.
@Suite(.timed) struct SyntaxFixTests {
    func diagnose(_ line: String) -> (message: String, hint: String)? {
        guard let problem = syntaxProblem(line) else { return nil }
        return (SyntaxFix.message(for: problem, in: .dutch) ?? problem.message(in: .dutch),
                SyntaxFix.hint(for: problem, in: .dutch) ?? problem.hint(in: .dutch) ?? "")
    }

    @Test(arguments: [
        ("bedrag = 160000,50", "een bedrag met centen schrijft u als tekst tussen aanhalingstekens: bedrag = \"160000,50\""),
        ("bedrag = 160.000,50", "een bedrag met centen schrijft u als tekst tussen aanhalingstekens: bedrag = \"160.000,50\""),
        ("bedrag = 1.500.000", "schrijf het bedrag in hele euro's, zonder punten: bedrag = 1500000"),
        ("plafond = { 2027 = 600.000,- }", "schrijf het bedrag in hele euro's, zonder punten: 2027 = 600000"),
        ("nulmeting = 1.500.000", "schrijf het getal zonder punten: nulmeting = 1500000"),
        ("concreet = ja", "zet de tekst tussen aanhalingstekens: concreet = \"ja\""),
        ("voortgang = 15%", "schrijf: voortgang = 15 (zonder %)"),
        ("voorbeeld = ja", "schrijf: voorbeeld = true"),
    ])
    func theHintFitsTheKey(_ line: String, _ hint: String) throws {
        let found = try #require(diagnose(line))
        #expect(found.hint == hint, "\(found)")
    }

    @Test func aYesInATextFieldIsTextWithoutQuotes() throws {
        let found = try #require(diagnose("nergens_anders_belegd = ja"))
        #expect(found.message == "'ja' staat niet tussen aanhalingstekens, maar 'nergens_anders_belegd' is tekst")
    }
}

/// Issue 30, point 2: a character that looks like a plain one is named, with its position, so the
/// hint does not look the same as the mistake.
@Suite(.timed) struct LookAlikeHintTests {
    @Test func anEnDashInAPeriodIsNamed() {
        let hint = LoadProblem.invalidPeriod(key: "beleidsperiode", value: "2026\u{2013}2030", years: nil).hint(in: .dutch)
        #expect(hint == "op positie 5 staat een gedachtestreepje (–, U+2013), zoals een tekstverwerker die zet, in plaats van een gewoon streepje (-); schrijf: beleidsperiode = \"2026-2030\"")
    }

    @Test func aNonBreakingHyphenInAnIdIsNamed() {
        let hint = LoadProblem.invalidIdentifier(key: "id", value: "gemeente\u{2011}venlo").hint(in: .dutch)
        #expect(hint == "op positie 9 staat een vast afbreekstreepje (U+2011), zoals een tekstverwerker die zet, in plaats van een gewoon streepje (-); gebruik kleine letters, cijfers en streepjes; schrijf: id = \"gemeente-venlo\"")
        let reference = LoadProblem.unresolvedReference(id: "gemeente-venlo", kind: .organisation, suggestion: "gemeente\u{2011}venlo")
        #expect(reference.hint(in: .dutch)?.hasPrefix("de id is daar geschreven als 'gemeente\u{2011}venlo': op positie 9 staat een vast afbreekstreepje (U+2011)") == true)
    }

    @Test func aRegionNameGetsItsCode() {
        let hint = LoadProblem.unknownRegion(code: "Noord-Limburg", suggestion: nil, named: "AM29").hint(in: .dutch)
        #expect(hint == "'Noord-Limburg' is de naam van regio AM29; hier staat de code: regio = \"AM29\"")
    }
}
