import Diagnostics
import TestSupport
import Testing
import TOML
@testable import Agenda

/// Issue 30, point 1, as the agenda reader reports it: every mistake of a broken document, each at the
/// place where the fix is (the habits point at the start of the value or header, where the TOML
/// library's own errors point where the parser stopped).
@Suite(.timed) struct SyntaxRecoveryTests {
    /// Ten different mistakes spread over a document, each on its own statement (the same document
    /// as the TOML module's `RecoveryTests`).
    static let broken = BrokenTOML.tenMistakes

    @Test func reportsEveryMistakeWhereItsFixIs() {
        let bytes = Array(Self.broken.utf8)
        let problems = SyntaxProblem.all(in: TOML.parseRecovering(bytes: bytes), of: bytes)
        let places = problems.map { "\($0.range.start.line):\($0.range.start.column)" }
        #expect(places == ["1:9", "2:10", "3:10", "5:9", "7:9", "8:1", "14:9", "15:16", "17:13", "18:10", "19:9", "21:16", "22:8"])
        #expect(problems[5].message(in: .dutch) == "de kop [[thema] mist de afsluitende ']'")
        #expect(problems[7].message(in: .dutch)
            == "tekst over meerdere regels zonder afsluitende \"\"\": de tekst loopt door tot in 'voortgang = 15%' op regel 17")
        #expect(problems[12].hint(in: .dutch) == "schrijf: open = true")
    }
}
