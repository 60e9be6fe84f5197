import Diagnostics
import TestSupport
import Testing
@testable import AgendaCLI

/// Issue 30, point 3: repeated findings of one rule are grouped in the text output after a few;
/// `--alles` and JSON keep them all.
@Suite(.timed) struct DiagnosticGroupsTests {
    static func alike(_ count: Int, code: String = "MJA103", file: String = "a.toml") -> [Diagnostic] {
        (1...count).map { line in
            Diagnostic(severity: .warning, code: code, message: "thema \(line) overlapt", file: file,
                       range: SourceRange(at: SourcePosition(line: line, column: 1)))
        }
    }

    @Test func groupsAfterTenOfOneRuleInOneFile() {
        let diagnostics = Self.alike(10_000) + Self.alike(3, code: "MJA104") + Self.alike(12, file: "b.toml")
        let text = DiagnosticsPrinter(language: .dutch, colored: false, groupAfter: 10).render(diagnostics, fileCount: 2) { _ in nil }
        #expect(text.utf8.count < 100_000)
        #expect(text.components(separatedBy: "[MJA103]").count - 1 == 20)
        #expect(text.components(separatedBy: "[MJA104]").count - 1 == 3)
        #expect(text.contains("… en nog 9.990 meldingen MJA103 in a.toml; `--alles` toont ze\n"))
        #expect(text.contains("… en nog 2 meldingen MJA103 in b.toml; `--alles` toont ze\n"))
        // The line follows the last one shown of its group.
        #expect(text.contains("a.toml:10:1: waarschuwing[MJA103]: thema 10 overlapt\n\n… en nog 9.990"))
        let english = DiagnosticsPrinter(language: .english, colored: false, groupAfter: 10).render(diagnostics, fileCount: 2) { _ in nil }
        #expect(english.contains("… and 9,990 more messages MJA103 in a.toml; `--all` shows them\n"))
    }

    @Test func allAndJSONKeepEveryOne() {
        let diagnostics = Self.alike(50)
        let all = DiagnosticsPrinter(language: .dutch, colored: false).render(diagnostics, fileCount: 1) { _ in nil }
        #expect(all.components(separatedBy: "[MJA103]").count - 1 == 50)
        #expect(!all.contains("en nog"))
        let json = DiagnosticsPrinter(language: .dutch, colored: false, format: .json, groupAfter: 10).render(diagnostics, fileCount: 1) { _ in nil }
        #expect(json.components(separatedBy: "\"code\" : \"MJA103\"").count - 1 == 50)
    }

    @Test func syntaxErrorsAreNeverGrouped() {
        let diagnostics = (1...30).map { line in
            Diagnostic(severity: .error, code: "MJA001", message: "fout", file: "a.toml", range: SourceRange(at: SourcePosition(line: line, column: 1)))
        }
        let text = DiagnosticsPrinter(language: .dutch, colored: false, groupAfter: 10).render(diagnostics, fileCount: 1) { _ in nil }
        #expect(text.components(separatedBy: "[MJA001]").count - 1 == 30)
    }
}
