import TestSupport
import Testing
import AgendaCLI

@Suite(.timed) struct CommandErrorTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var arguments: [String]
        var code: ExitCode
        var error: String
        var testDescription: String { arguments.joined(separator: " ") }
    }

    @Test(arguments: [
        Case(
            arguments: ["chek"], code: .usageError,
            error: "mja: fout: onbekend commando 'chek'. Bedoelde u 'check'?\nZie 'mja help' voor de commando's.\n"),
        Case(
            arguments: ["--lang", "en", "proeb"], code: .usageError,
            error: "mja: error: unknown command 'proeb'. Did you mean 'probe'?\nSee 'mja help' for the commands.\n"),
        Case(
            arguments: ["help", "versoin"], code: .usageError,
            error: "mja: fout: onbekend commando 'versoin'. Bedoelde u 'version'?\nZie 'mja help' voor de commando's.\n"),
        Case(
            arguments: ["xyzzy", "--help"], code: .usageError,
            error: "mja: fout: onbekend commando 'xyzzy'.\nZie 'mja help' voor de commando's.\n"),
        Case(
            arguments: ["--", "verison"], code: .usageError,
            error: "mja: fout: onbekend commando 'verison'. Bedoelde u 'version'?\nZie 'mja help' voor de commando's.\n"),
        Case(arguments: ["fails"], code: .failure, error: "mja: fout: kan map 'uit' niet maken\n"),
        Case(arguments: ["fails", "--lang", "en"], code: .failure, error: "mja: error: cannot create folder 'uit'\n"),
        Case(arguments: ["crashes"], code: .failure, error: "mja: fout: Boom()\n"),
        Case(
            arguments: ["refuses"], code: .usageError,
            error: "mja: fout: --uit en --droog gaan niet samen\nZie 'mja help refuses' voor de opties van dit commando.\n"),
    ])
    func errorsGoToStandardErrorWithTheirExitCode(_ test: Case) {
        let outcome = mja(test.arguments)
        #expect(outcome.code == test.code)
        #expect(outcome.error == test.error)
        #expect(outcome.output == "")
    }
}
