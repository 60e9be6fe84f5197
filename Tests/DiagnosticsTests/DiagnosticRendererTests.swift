import TestSupport
import Testing
@testable import Diagnostics

@Suite(.timed) struct DiagnosticRendererTests {
    let source = SourceText("[thema]\ntrekkr = \"gemeente\"\n")

    func diagnostic() -> Diagnostic {
        Diagnostic(
            severity: .error, code: "MJA012", message: "onbekende sleutel 'trekkr'", file: "regions/twente.toml",
            range: SourceRange(start: .init(line: 2, column: 1), end: .init(line: 2, column: 7)),
            hint: "bedoelde u 'trekker'?")
    }

    @Test func rendersCompilerStyleWithCaret() {
        let output = DiagnosticRenderer(language: .dutch, colored: false).render(diagnostic()) { _, line in
            source.line(line)
        }
        #expect(output == """
            regions/twente.toml:2:1: fout[MJA012]: onbekende sleutel 'trekkr'
             2 | trekkr = "gemeente"
               | ^~~~~~
               = hint: bedoelde u 'trekker'?

            """)
    }

    @Test func englishLabelsAndNoColourCodesWhenPlain() {
        let output = DiagnosticRenderer(language: .english, colored: false).render(diagnostic()) { _, _ in nil }
        #expect(output.hasPrefix("regions/twente.toml:2:1: error[MJA012]:"))
        #expect(!output.contains("\u{1B}["))
    }

    @Test func colouredOutputUsesAnsiCodes() {
        let output = DiagnosticRenderer(language: .dutch, colored: true).render(diagnostic()) { _, _ in nil }
        #expect(output.contains("\u{1B}[1;31m"))
    }

    @Test func controlCharactersFromABrokenFileAreNotPrinted() {
        let output = DiagnosticRenderer(language: .dutch, colored: false).render(diagnostic()) { _, _ in "a\u{1B}[31mb\u{07}\tc" }
        #expect(!output.contains("\u{1B}") && !output.contains("\u{07}"))
        #expect(output.contains(" 2 | a\u{FFFD}[31mb\u{FFFD} c\n"))
    }

    @Test func aVeryLongLineIsShownAroundTheProblem() {
        let line = String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000)
        let problem = Diagnostic(
            severity: .error, code: "X", message: "m", range: SourceRange(start: .init(line: 1, column: 1005), end: .init(line: 1, column: 1006)))
        let output = DiagnosticRenderer(language: .dutch, colored: false).render(problem) { _, _ in line }
        let lines = output.split(separator: "\n")
        #expect(lines[1] == " 1 | …" + String(repeating: "[", count: 120) + "…")
        #expect(lines[2] == "   | " + String(repeating: " ", count: 41) + "^")
    }

    @Test func caretIsClippedToTheLine() {
        let wide = Diagnostic(
            severity: .warning, code: "X", message: "m", file: nil,
            range: SourceRange(start: .init(line: 1, column: 3), end: .init(line: 4, column: 1)))
        let output = DiagnosticRenderer(language: .dutch, colored: false).render(wide) { _, _ in "abcd" }
        #expect(output.hasSuffix(" 1 | abcd\n   |   ^~\n"))
    }

    @Test(arguments: [
        ("a\nb\r\nc\rd", 4, "d"), ("a\nb\r\nc\rd", 2, "b"), ("", 1, ""), ("x\n", 2, ""),
        ("é\r\n€\nx", 2, "€"), ("a\tb\u{0B}c\u{0C}d\r", 1, "a\tb\u{0B}c\u{0C}d"),
    ])
    func sourceTextSplitsEveryLineEnding(text: String, line: Int, expected: String) {
        #expect(SourceText(text).line(line) == expected)
        // Kept as bytes, a line is found when asked for: the same line.
        #expect(SourceText(unindexed: Array(text.utf8)).line(line) == expected)
        #expect(SourceText(unindexed: Array(text.utf8)).string == text)
    }

    /// Issue 38: the index keeps only where each line starts (its end follows from the next start);
    /// every line of texts with every mix of endings, empty lines among them, is the same as a plain
    /// split gives, indexed or not.
    @Test(arguments: ["\r\r\n\n", "a\r\n\r\nb\n\r", "\n", "\r", "\r\n", "x\r\ry\n\nz\r\n", "é\r€\r\n\r\n"])
    func sourceTextGivesEveryLineOfMixedEndings(text: String) {
        var lines: [String] = [], current: [UInt8] = []
        let bytes = Array(text.utf8)
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0x0A || bytes[index] == 0x0D {
                lines.append(String(decoding: current, as: UTF8.self))
                current = []
                if bytes[index] == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A { index += 1 }
            } else {
                current.append(bytes[index])
            }
            index += 1
        }
        lines.append(String(decoding: current, as: UTF8.self))
        for (number, line) in lines.enumerated() {
            #expect(SourceText(text).line(number + 1) == line, "line \(number + 1)")
            #expect(SourceText(unindexed: bytes).line(number + 1) == line, "line \(number + 1)")
        }
        #expect(SourceText(text).line(lines.count + 1) == nil)
        #expect(SourceText(unindexed: bytes).line(lines.count + 1) == nil)
    }

    @Test func sourceTextOutOfRangeIsNil() {
        #expect(SourceText("a").line(2) == nil)
        #expect(SourceText("a").line(0) == nil)
        #expect(SourceText(unindexed: Array("a".utf8)).line(2) == nil)
        #expect(SourceText(unindexed: []).line(0) == nil)
    }

    @Test func diagnosticsSortByFileThenPosition() {
        let a = Diagnostic(severity: .warning, code: "B", message: "", file: "a", range: SourceRange(at: .init(line: 3, column: 1)))
        let b = Diagnostic(severity: .error, code: "A", message: "", file: "a", range: SourceRange(at: .init(line: 1, column: 9)))
        let c = Diagnostic(severity: .error, code: "A", message: "", file: "b", range: nil)
        #expect([c, a, b].sorted(by: Diagnostic.printingOrder) == [b, a, c])
    }

    @Test(arguments: [
        (nil as String?, ["LANG": "en_US.UTF-8"], Language.english),
        (nil, ["LANG": "nl_NL.UTF-8"], .dutch),
        (nil, [:], .dutch),
        ("en", ["LANG": "nl_NL"], .english),
        ("nl", ["LANG": "en_GB"], .dutch),
        (nil, ["LC_ALL": "en_GB", "LANG": "nl_NL"], .english),
    ])
    func languageResolution(flag: String?, environment: [String: String], expected: Language) {
        #expect(Language.resolve(flag: flag, environment: environment) == expected)
    }

    @Test func diagnosticRoundTripsThroughJSON() throws {
        let data = try JSONEncoder().encode(diagnostic())
        #expect(try JSONDecoder().decode(Diagnostic.self, from: data) == diagnostic())
    }
}

import Foundation
