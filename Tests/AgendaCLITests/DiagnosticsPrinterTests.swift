import Diagnostics
import Foundation
import TestSupport
import Testing
@testable import AgendaCLI

@Suite(.timed) struct DiagnosticsPrinterTests {
    @Test func textIsSortedWithSourceLinesCaretsAndASummary() {
        let outcome = mja("diag")
        #expect(outcome.code == .failure)
        #expect(outcome.error == "")
        #expect(outcome.output == """
            twente.toml:2:1: fout[MJA012]: onbekende sleutel 'trekkr'
             2 | trekkr = "gemeente"
               | ^~~~~~
               = hint: bedoelde u 'trekker'?

            twente.toml:3:10: waarschuwing[MJA020]: bedrag is negatief
             3 | budget = -5
               |          ^~

            1 fout en 1 waarschuwing in 1 van de 3 bestanden.

            """)
    }

    @Test func englishLabelsAndSummary() {
        let output = mja("diag", "--lang", "en").output
        #expect(output.hasPrefix("twente.toml:2:1: error[MJA012]:"))
        #expect(output.hasSuffix("\n\n1 error and 1 warning in 1 of 3 files.\n"))
    }

    @Test func aFileWithoutKnownSourceIsPrintedWithoutExcerpt() {
        let printer = DiagnosticsPrinter(language: .dutch, colored: false)
        let output = printer.render(sampleDiagnostics, fileCount: 1) { _ in nil }
        #expect(output == """
            twente.toml:2:1: fout[MJA012]: onbekende sleutel 'trekkr'
               = hint: bedoelde u 'trekker'?

            twente.toml:3:10: waarschuwing[MJA020]: bedrag is negatief

            1 fout en 1 waarschuwing in 1 bestand.

            """)
    }

    static func diagnostics(_ severities: [Severity], files: [String?]) -> [Diagnostic] {
        zip(severities, files).map { Diagnostic(severity: $0, code: "MJA001", message: "m", file: $1) }
    }

    @Test(arguments: [
        ([], [], 36, Language.dutch, "Geen problemen gevonden in 36 bestanden."),
        ([], [], 1, .dutch, "Geen problemen gevonden in 1 bestand."),
        ([], [], 36, .english, "No problems found in 36 files."),
        ([.error, .error, .warning], ["a", "b", "c"], 3, .dutch, "2 fouten en 1 waarschuwing in 3 bestanden."),
        ([.error, .error, .warning], ["a", "b", "c"], 36, .dutch, "2 fouten en 1 waarschuwing in 3 van de 36 bestanden."),
        ([.error, .warning, .note, .note], ["a", "a", "b", "b"], 5, .dutch, "1 fout, 1 waarschuwing en 2 opmerkingen in 2 van de 5 bestanden."),
        ([.warning], ["a"], 1, .dutch, "1 waarschuwing in 1 bestand."),
        ([.error], [nil], 4, .dutch, "1 fout."),
        ([.error, .error, .warning], ["a", "b", "c"], 36, .english, "2 errors and 1 warning in 3 of 36 files."),
        ([.warning, .warning], ["a", "a"], 1, .english, "2 warnings in 1 file."),
        // Large counts grouped as the reader writes them, like the grouped lines above the summary.
        (Array(repeating: .warning, count: 10_000), Array(repeating: "a", count: 10_000), 1_200, .dutch, "10.000 waarschuwingen in 1 van de 1.200 bestanden."),
        (Array(repeating: .warning, count: 10_000), Array(repeating: "a", count: 10_000), 1_200, .english, "10,000 warnings in 1 of 1,200 files."),
    ] as [([Severity], [String?], Int, Language, String)])
    func summarySentence(severities: [Severity], files: [String?], fileCount: Int, language: Language, expected: String) {
        let summary = DiagnosticsSummary(Self.diagnostics(severities, files: files), fileCount: fileCount)
        #expect(summary.sentence(in: language) == expected)
    }

    @Test(arguments: [
        ([], false, ExitCode.success),
        ([.note], true, .success),
        ([.warning], false, .success),
        ([.warning], true, .failure),
        ([.error], false, .failure),
        ([.note, .error], false, .failure),
    ] as [([Severity], Bool, ExitCode)])
    func exitCode(severities: [Severity], strict: Bool, expected: ExitCode) {
        let printer = DiagnosticsPrinter(language: .dutch, colored: false, strict: strict)
        let diagnostics = Self.diagnostics(severities, files: severities.map { _ in "a" })
        #expect(printer.exitCode(for: diagnostics) == expected)
    }

    @Test func strictFlagReachesThePrinterThroughACommand() {
        let warningOnly = TestCommand(name: "warns", options: [.strict]) { invocation, context in
            context.printDiagnostics(
                [Diagnostic(severity: .warning, code: "MJA020", message: "let op")], fileCount: 1, sources: [:],
                strict: invocation.flag("strikt"))
        }
        let registry = testRegistry.adding([warningOnly])
        let console = CapturingConsole()
        #expect(MJA.run(["warns"], environment: [:], console: console, registry: registry) == .success)
        #expect(MJA.run(["warns", "--strikt"], environment: [:], console: console, registry: registry) == .failure)
    }

    /// Issue 29: "6 waarschuwingen" with exit 1 did not say that the warnings counted as errors.
    @Test(arguments: [
        ([Severity.warning], false, Language.dutch, "1 waarschuwing in 1 bestand.\n"),
        ([.warning], true, .dutch, "1 waarschuwing in 1 bestand. Met --strikt telt de waarschuwing als fout.\n"),
        ([.warning, .warning, .error], true, .dutch, "1 fout en 2 waarschuwingen in 1 bestand. Met --strikt tellen de 2 waarschuwingen als fouten.\n"),
        ([.warning, .warning], true, .english, "2 warnings in 1 file. With --strict the 2 warnings count as errors.\n"),
        ([.note], true, .dutch, "1 opmerking in 1 bestand.\n"),
    ] as [([Severity], Bool, Language, String)])
    func strictSummarySaysWarningsCount(severities: [Severity], strict: Bool, language: Language, expected: String) {
        let printer = DiagnosticsPrinter(language: language, colored: false, strict: strict)
        let output = printer.render(Self.diagnostics(severities, files: severities.map { _ in "a" }), fileCount: 1) { _ in nil }
        #expect(output.hasSuffix(expected), "\(output)")
    }

    @Test func jsonHasAllDiagnosticsSortedAndTheCounts() throws {
        let outcome = mja("diag", "--format", "json")
        #expect(outcome.code == .failure)
        let document = try #require(
            try JSONSerialization.jsonObject(with: Data(outcome.output.utf8)) as? [String: Any])
        #expect(document.keys.sorted() == ["diagnostics", "formatVersion", "summary"])
        #expect(document["formatVersion"] as? Int == 1)
        let summary = try #require(document["summary"] as? [String: Int])
        #expect(summary == ["errors": 1, "warnings": 1, "notes": 0, "files": 3, "filesWithProblems": 1])
        let diagnostics = try #require(document["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.map { $0["code"] as? String } == ["MJA012", "MJA020"])
        #expect(diagnostics.first?["severity"] as? String == "error")
    }

    @Test func jsonIsStableText() {
        let one = [Diagnostic(
            severity: .error, code: "MJA012", message: "onbekende sleutel", file: "regions/a.toml",
            range: SourceRange(at: .init(line: 2, column: 1)))]
        let printer = DiagnosticsPrinter(language: .english, colored: true, format: .json)
        #expect(printer.render(one, fileCount: 1) { _ in nil } == """
            {
              "diagnostics" : [
                {
                  "code" : "MJA012",
                  "file" : "regions/a.toml",
                  "message" : "onbekende sleutel",
                  "notes" : [

                  ],
                  "range" : {
                    "end" : {
                      "column" : 2,
                      "line" : 2
                    },
                    "start" : {
                      "column" : 1,
                      "line" : 2
                    }
                  },
                  "severity" : "error"
                }
              ],
              "formatVersion" : 1,
              "summary" : {
                "errors" : 1,
                "files" : 1,
                "filesWithProblems" : 1,
                "notes" : 0,
                "warnings" : 0
              }
            }

            """)
    }
}
