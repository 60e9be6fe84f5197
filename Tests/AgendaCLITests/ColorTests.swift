import TestSupport
import Testing
@testable import AgendaCLI

@Suite(.timed) struct ColorTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var id: String
        var choice: ColorChoice
        var terminal: Bool
        var environment: [String: String] = [:]
        var colored: Bool
        var testDescription: String { id }
    }

    @Test(arguments: [
        Case(id: "auto on a terminal", choice: .auto, terminal: true, colored: true),
        Case(id: "auto into a pipe", choice: .auto, terminal: false, colored: false),
        Case(id: "auto with NO_COLOR", choice: .auto, terminal: true, environment: ["NO_COLOR": "1"], colored: false),
        Case(id: "auto with empty NO_COLOR", choice: .auto, terminal: true, environment: ["NO_COLOR": ""], colored: true),
        Case(id: "auto with TERM=dumb", choice: .auto, terminal: true, environment: ["TERM": "dumb"], colored: false),
        Case(id: "altijd into a pipe", choice: .always, terminal: false, colored: true),
        Case(id: "altijd with NO_COLOR", choice: .always, terminal: false, environment: ["NO_COLOR": "1"], colored: true),
        Case(id: "nooit on a terminal", choice: .never, terminal: true, colored: false),
    ])
    func colourRules(_ test: Case) {
        #expect(test.choice.allowsColor(isTerminal: test.terminal, environment: test.environment) == test.colored)
    }

    @Test(arguments: [
        (["diag"], [String: String](), true, true),
        (["diag"], [:], false, false),
        (["diag"], ["NO_COLOR": "ja"], true, false),
        (["diag", "--kleur", "altijd"], ["NO_COLOR": "ja"], false, true),
        (["diag", "--kleur=nooit"], [:], true, false),
        (["--color", "altijd", "diag"], [:], false, true),
        (["diag", "--format", "json", "--kleur", "altijd"], [:], true, false),
    ])
    func diagnosticsOnStandardOutputFollowTheRules(
        arguments: [String], environment: [String: String], terminal: Bool, colored: Bool
    ) {
        let outcome = mja(arguments, environment: environment, outputIsTerminal: terminal)
        #expect(outcome.output.contains("\u{1B}[") == colored)
    }

    @Test func usageErrorsAreColouredByStandardErrorAlone() {
        let onTerminal = mja("chekc", outputIsTerminal: false, errorIsTerminal: true)
        #expect(onTerminal.error.hasPrefix("mja: \u{1B}[1;31mfout\u{1B}[0m: onbekend commando 'chekc'."))
        let inPipe = mja("chekc", outputIsTerminal: true, errorIsTerminal: false)
        #expect(inPipe.error.hasPrefix("mja: fout: onbekend commando 'chekc'."))
    }
}
