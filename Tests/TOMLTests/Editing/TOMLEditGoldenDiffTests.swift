import Foundation
import TestSupport
import Testing
import TOML

/// Edits a careful person would make by hand in `regions/am05-twente.toml`, and the diff each must
/// give: exactly the lines that person would change, nothing else.
@Suite(.timed) struct TOMLEditGoldenDiffTests {
    static func twente() throws -> String {
        try String(contentsOf: TOMLEditPropertyTests.regions.appendingPathComponent("am05-twente.toml"), encoding: .utf8)
    }

    /// The changed lines as `-12 old` / `+12 new`, numbered in the old and the new text.
    static func diff(_ old: String, _ new: String) -> String {
        let lines = LineDiff(old, new)
        var result: [String] = []
        // No space after the number of an empty line: no trailing blanks in the expected texts.
        for index in lines.oldChanged { result.append("-\(index + 1)" + (lines.old[index].isEmpty ? "" : " \(lines.old[index])")) }
        for index in lines.newChanged { result.append("+\(index + 1)" + (lines.new[index].isEmpty ? "" : " \(lines.new[index])")) }
        return result.joined(separator: "\n")
    }

    static func expectDiff(_ edited: String, _ expected: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let actual = diff(try twente(), edited)
        #expect(actual == expected, "the diff is:\n\(actual)", sourceLocation: sourceLocation)
    }

    @Test func changeAThemeTitle() throws {
        var editor = try TOMLEditor(text: Self.twente())
        try editor.set(.string("Van werk naar werk in de techniek en de bouw"), at: [.key("thema"), .index(0), .key("titel")])
        try Self.expectDiff(editor.text, """
            -99 titel = "Van werk naar werk in de techniek"
            +99 titel = "Van werk naar werk in de techniek en de bouw"
            """)
    }

    @Test func addABudgetLine() throws {
        var editor = try TOMLEditor(text: Self.twente())
        let line = TOMLEditValue.inlineTable([
            ("jaar", .integer(2027)), ("bron", .string("oo-fonds")), ("bedrag", .integer(80000)), ("zekerheid", .string("aangevraagd")),
        ])
        let index = try editor.appendElement(line, to: [.key("thema"), .index(0), .key("actie"), .index(0), .key("begroting")])
        #expect(index == 3)
        try Self.expectDiff(editor.text, """
            +146     { jaar = 2027, bron = "oo-fonds", bedrag = 80000, zekerheid = "aangevraagd" },
            """)
    }

    @Test func removeAnAction() throws {
        var editor = try TOMLEditor(text: Self.twente())
        try editor.remove(at: [.key("thema"), .index(0), .key("actie"), .index(1)])
        try Self.expectDiff(editor.text, """
            -153 [[thema.actie]]
            -154 id = "loopbaanscan"
            -155 titel = "Loopbaanscan voor werkenden in krimpberoepen"
            -156 trekker = "werkcentrum-twente"
            -157 partners = ["uwv-twente"]
            -158 start = 2026-01-01
            -159 einde = 2026-12-31
            -160 oplevering = "1.000 loopbaanscans met een persoonlijk ontwikkelplan"
            -161 status = "lopend"
            -162 voortgang = 90
            -163 peildatum = 2026-10-01
            -164 begroting = [
            -165     { jaar = 2026, bron = "slim", bedrag = "85000,50", zekerheid = "toegezegd" },
            -166 ]
            -167 realisatie = [
            -168     { jaar = 2026, bron = "slim", bedrag = "71250,25" },
            -169 ]
            -170
            """)
    }

    @Test func addAnAction() throws {
        var editor = try TOMLEditor(text: Self.twente())
        let index = try editor.appendTable(to: [.key("thema"), .index(1), .key("actie")], entries: [
            ("id", .string("taalcoaching")), ("titel", .string("Taalcoaching op de werkvloer")),
            ("trekker", .string("werkcentrum-twente")), ("start", .localDate(LocalDate(year: 2026, month: 9, day: 1))),
            ("status", .string("gepland")),
        ])
        #expect(index == 1)
        try Self.expectDiff(editor.text, """
            +224 [[thema.actie]]
            +225 id = "taalcoaching"
            +226 titel = "Taalcoaching op de werkvloer"
            +227 trekker = "werkcentrum-twente"
            +228 start = 2026-09-01
            +229 status = "gepland"
            +230
            """)
    }
}
