import Diagnostics
import Mustache
import TestSupport
import Testing
@testable import Agenda

/// The Mustache module gives typed errors; the toolkit's codes and Dutch (and English) texts are
/// made here, in Agenda (issue 32, point 3).
@Suite(.timed) struct TemplateErrorWordingTests {
    @Test func mismatchedCloseIsExplainedInDutchAndEnglish() {
        let error = MustacheError(
            .mismatchedClose(found: "b", open: "a", openLine: 3), templateName: "agenda", file: "templates/agenda.md",
            range: SourceRange(start: .init(line: 7, column: 5), end: .init(line: 7, column: 10)))
        #expect(error.message() == "'{{/b}}' sluit sectie 'a' van regel 3")
        #expect(error.message(in: .english) == "'{{/b}}' closes section 'a' opened on line 3")
        #expect(error.hint() == "sluit eerst 'a' met '{{/a}}'; secties sluiten in omgekeerde volgorde")
        let diagnostic = error.diagnostic()
        #expect(diagnostic.code == "MJA070")
        #expect(diagnostic.file == "templates/agenda.md")
        #expect(diagnostic.range?.start == SourcePosition(line: 7, column: 5))
        #expect(diagnostic.severity == .error)
    }

    @Test(arguments: [
        (MustacheError.Reason.unclosedTag(opening: "{{", closing: "}}"), "tag '{{' wordt niet gesloten met '}}'"),
        (.unclosedSection(name: "acties"), "sectie 'acties' wordt nergens gesloten met '{{/acties}}'"),
        (.unexpectedClose(name: "a"), "'{{/a}}' sluit geen geopende sectie"),
        (.emptyTagName, "tag zonder naam"),
        (.invalidName("a b"), "ongeldige naam 'a b' in tag"),
        (.invalidDelimiters("<%"), "ongeldige scheidingstekens '<%'"),
        (.missingPartial(name: "kop"), "sjabloon 'kop' bestaat niet"),
        (.notAFolder, "'t' is geen map"),
        (.missingValue(name: "regio.naam"), "geen waarde voor 'regio.naam'"),
    ])
    func dutchMessages(_ reason: MustacheError.Reason, _ expected: String) {
        let error = MustacheError(reason, templateName: "t", range: nil)
        #expect(error.message() == expected)
        #expect(error.message(in: .english) != expected)
    }

    @Test func aMissingPartialFoundWhenLoadingSuggestsTheClosestName() {
        var error = MustacheError(.missingPartial(name: "delen/voorbld"), templateName: "beleidsdeel", range: nil)
        error.suggestion = "delen/voorblad"
        #expect(error.code == "MJA071")
        #expect(error.hint() == "bedoelde u 'delen/voorblad'?")
    }
}
