import Diagnostics
import Foundation
import TestSupport
import Testing
@testable import TOML

/// Issue 30, point 1: the parser reads on past a syntax error and reports every one, each at its own
/// place, without inventing a value and without false errors after the place it went on.
@Suite(.timed) struct RecoveryTests {
    /// Ten different mistakes spread over a document, each on its own statement.
    static let broken = BrokenTOML.tenMistakes

    @Test func reportsEveryMistakeAtItsOwnPlace() {
        let recovery = TOML.parseRecovering(Self.broken)
        let places = recovery.errors.map { "\($0.range.start.line):\($0.range.start.column)" }
        // Where the parser stopped; the agenda reader points some at the start of the value or header
        // (`SyntaxRecoveryTests` in AgendaTests).
        #expect(places == ["1:9", "2:10", "3:10", "5:9", "7:9", "8:9", "14:15", "15:16", "17:15", "18:16", "19:9", "21:16", "22:8"])
        #expect(!recovery.stoppedAtLimit)
        // The unclosed text is reported at its opening, and what follows it is read again as TOML.
        guard case .multilineStringRunsOn(.multilineBasic, "voortgang = 15%", let line) = recovery.errors[7].reason else {
            Issue.record("expected the unclosed text, got \(recovery.errors[7])")
            return
        }
        #expect(line == 17)
    }

    @Test func keepsWhatCouldBeReadAndNothingElse() throws {
        let table = TOML.parseRecovering(Self.broken).table
        #expect(table.entries.map(\.key) == ["agenda", "thema"])
        #expect(table.value("agenda.periode") == .string("2026-2030"))
        #expect(table.value("agenda.soort") == nil)
        // The broken `[[thema]` is left out with the action under it: the action does not move to
        // another theme, and its keys do not land in `[agenda]`.
        guard case .array(let themes) = try #require(table["thema"]).kind else { Issue.record("no themes"); return }
        #expect(themes.count == 1)
        guard case .table(let theme) = themes[0].kind else { Issue.record("not a table"); return }
        #expect(theme.entries.map(\.key) == ["id", "einde"])
        #expect(table.value("agenda.id") == nil)
    }

    @Test func listsTheSkippedKeysWithTheirTables() {
        let skipped = TOML.parseRecovering(Self.broken).skipped
        let voortgang = skipped.first { $0.key == "voortgang" }
        #expect(voortgang?.tableLine == 12)
        #expect(voortgang?.lines == 17...17)
        #expect(skipped.first { $0.key == "titel" }?.tableLine == nil)
        let header = skipped.first { $0.isHeader }
        #expect(header?.lines == 8...11)
        #expect(skipped.first { $0.key == "beschrijving" }?.lines == 15...16)
        #expect(skipped.first { $0.key == "sectoren" }?.lines == 20...21)
    }

    @Test func aValidDocumentIsReadAsParseReadsIt() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../regions").standardized.path
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".toml") }.sorted()
        #expect(files.count > 30)
        for name in files {
            let bytes = try #require(FileManager.default.contents(atPath: folder + "/" + name)).map { $0 }
            let recovery = TOML.parseRecovering(bytes: bytes)
            #expect(recovery.errors.isEmpty, "\(name)")
            #expect(recovery.table == (try TOML.parse(bytes: bytes)), "\(name)")
        }
    }

    @Test(arguments: InvalidDocumentTests.structure + InvalidDocumentTests.syntax + InvalidDocumentTests.strings
          + InvalidDocumentTests.numbers + InvalidDocumentTests.dates)
    func anInvalidDocumentStaysInvalid(_ test: InvalidDocumentTests.Case) throws {
        let recovery = TOML.parseRecovering(test.source)
        let thrown = try #require(parseError(test.source))
        #expect(recovery.errors.first == thrown)
        #expect(!recovery.isValid)
    }

    @Test func stopsAtTheLimit() {
        let text = (1...80).map { "k\($0) = waarde \($0)" }.joined(separator: "\n") + "\n"
        let recovery = TOML.parseRecovering(text)
        #expect(recovery.errors.count == TOML.maximumRecoveredErrors)
        #expect(recovery.stoppedAtLimit)
        #expect(recovery.errors.last?.range.start.line == 50)
        #expect(recovery.table.entries.isEmpty)
    }

    @Test func aBrokenStringLeavesTheNextLineAlone() {
        let recovery = TOML.parseRecovering("a = \"open\nb = 2\n[t]\nc = 'x\nd = 4\n")
        #expect(recovery.errors.map(\.range.start.line) == [1, 4])
        #expect(recovery.table.value("b") == .integer(2))
        #expect(recovery.table.value("t.d") == .integer(4))
        #expect(recovery.table.value("a") == nil)
    }
}
