import TestSupport
import Testing
@testable import AgendaCLI

@Suite(.timed) struct ArgumentParsingTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var id: String
        var arguments: [String]
        var expected: String
        var testDescription: String { id }
    }

    @Test(arguments: [
        Case(id: "defaults", arguments: ["probe"], expected: "strikt=false uit=out formaat= paden="),
        Case(id: "value after a space", arguments: ["probe", "--uit", "docs"], expected: "strikt=false uit=docs formaat= paden="),
        Case(id: "value after =", arguments: ["probe", "--uit=docs"], expected: "strikt=false uit=docs formaat= paden="),
        Case(id: "value with = inside", arguments: ["probe", "--uit=a=b"], expected: "strikt=false uit=a=b formaat= paden="),
        Case(id: "short option", arguments: ["probe", "-o", "docs"], expected: "strikt=false uit=docs formaat= paden="),
        Case(id: "last value counts", arguments: ["probe", "--uit", "a", "--uit", "b"], expected: "strikt=false uit=b formaat= paden="),
        Case(id: "dash is a value", arguments: ["probe", "--uit", "-"], expected: "strikt=false uit=- formaat= paden="),
        Case(id: "flag", arguments: ["probe", "--strikt"], expected: "strikt=true uit=out formaat= paden="),
        Case(id: "flag by alias", arguments: ["probe", "--strict"], expected: "strikt=true uit=out formaat= paden="),
        Case(
            id: "comma list", arguments: ["probe", "--formaat", "md,html"], expected: "strikt=false uit=out formaat=md,html paden="),
        Case(
            id: "repeated list with spaces and case", arguments: ["probe", "--formaat=md, HTML", "--formaat", "pdf"],
            expected: "strikt=false uit=out formaat=md,html,pdf paden="),
        Case(
            id: "positionals mixed with options", arguments: ["probe", "a.toml", "--strikt", "b.toml"],
            expected: "strikt=true uit=out formaat= paden=a.toml|b.toml"),
        Case(
            id: "-- ends the options", arguments: ["probe", "--", "--strikt", "-o", "--"],
            expected: "strikt=false uit=out formaat= paden=--strikt|-o|--"),
        Case(
            id: "global options before the command", arguments: ["--lang", "en", "--kleur=nooit", "probe", "x"],
            expected: "strikt=false uit=out formaat= paden=x"),
    ])
    func optionForms(_ test: Case) {
        let outcome = mja(test.arguments)
        #expect(outcome.code == .success)
        #expect(outcome.output == test.expected + "\n")
        #expect(outcome.error == "")
    }

    @Test(arguments: [
        Case(id: "value missing at the end", arguments: ["probe", "--uit"], expected: "optie '--uit' heeft een waarde nodig: --uit MAP"),
        Case(id: "value empty after =", arguments: ["probe", "--uit="], expected: "optie '--uit' heeft een waarde nodig: --uit MAP"),
        Case(
            id: "value missing before an option", arguments: ["probe", "--uit", "--strikt"],
            expected: "optie '--uit' heeft een waarde nodig: --uit MAP"),
        Case(id: "short missing value", arguments: ["probe", "-o"], expected: "optie '-o' heeft een waarde nodig: -o MAP"),
        Case(
            id: "list of only commas", arguments: ["probe", "--formaat", ","],
            expected: "optie '--formaat' heeft een waarde nodig: --formaat FORMAAT"),
        Case(
            id: "flag with a value", arguments: ["probe", "--strikt=ja"],
            expected: "optie '--strikt' heeft geen waarde; laat '=ja' weg"),
        Case(
            id: "value not allowed", arguments: ["probe", "--formaat", "md,htm"],
            expected: "ongeldige waarde 'htm' voor '--formaat'. Kies uit: md, html, docx, pdf. Bedoelde u 'html'?"),
        Case(
            id: "global value not allowed", arguments: ["--kleur", "altyd", "probe"],
            expected: "ongeldige waarde 'altyd' voor '--kleur'. Kies uit: auto, altijd, nooit. Bedoelde u 'altijd'?"),
        Case(
            id: "unknown flag with suggestion", arguments: ["probe", "--strkt"],
            expected: "onbekende optie '--strkt'. Bedoelde u '--strikt'?"),
        Case(id: "unknown flag without suggestion", arguments: ["probe", "--zzzzzz"], expected: "onbekende optie '--zzzzzz'."),
        Case(id: "single dash long name", arguments: ["probe", "-help"], expected: "onbekende optie '-help'. Bedoelde u '--help'?"),
        Case(
            id: "positional not taken", arguments: ["version", "nu"],
            expected: "onverwacht argument 'nu': 'mja version' neemt geen argumenten"),
        Case(
            id: "too many positionals", arguments: ["opzoeken", "A", "B"],
            expected: "onverwacht argument 'B': 'mja opzoeken' neemt er ten hoogste 1"),
        Case(id: "required positional missing", arguments: ["opzoeken"], expected: "'mja opzoeken' heeft een CODE nodig"),
    ])
    func usageErrors(_ test: Case) {
        let outcome = mja(test.arguments)
        #expect(outcome.code == .usageError)
        #expect(outcome.output == "")
        #expect(outcome.error.split(separator: "\n").first.map(String.init) == "mja: fout: " + test.expected)
    }

    @Test func allUsageErrorsAreReportedAtOnce() {
        let outcome = mja("probe", "--strkt", "--formaat", "rtf", "--uit")
        #expect(outcome.code == .usageError)
        #expect(outcome.error == """
            mja: fout: onbekende optie '--strkt'. Bedoelde u '--strikt'?
            mja: fout: ongeldige waarde 'rtf' voor '--formaat'. Kies uit: md, html, docx, pdf.
            mja: fout: optie '--uit' heeft een waarde nodig: --uit MAP
            Zie 'mja help probe' voor de opties van dit commando.

            """)
    }

    @Test func requiredPositionalIsPassedOn() {
        #expect(mja("opzoeken", "MJA012").output == "code=MJA012\n")
    }

    @Test func commandIsFoundAfterGlobalValueOptions() {
        #expect(ArgumentParser.indexOfCommand(in: ["--lang", "en", "check"]) == 2)
        #expect(ArgumentParser.indexOfCommand(in: ["--lang=en", "check"]) == 1)
        #expect(ArgumentParser.indexOfCommand(in: ["--strikt", "check"]) == 1)
        #expect(ArgumentParser.indexOfCommand(in: ["--", "check"]) == nil)
        #expect(ArgumentParser.indexOfCommand(in: ["--help"]) == nil)
    }
}
