import Foundation
import TestSupport
import Testing
import TOML
@testable import Agenda

/// The key paths of the agenda format and the edits the forms make through them: only the lines a
/// careful person would touch change.
@Suite(.timed) struct AgendaEditorTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    static func twente() throws -> String {
        try String(contentsOfFile: root + "/regions/am05-twente.toml", encoding: .utf8)
    }

    /// The lines of `after` that differ from `before`, as `-old`/`+new`, in a plain line diff.
    static func changedLines(_ before: String, _ after: String) -> [String] {
        let a = before.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let b = after.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var start = 0
        while start < min(a.count, b.count), a[start] == b[start] { start += 1 }
        var endA = a.count, endB = b.count
        while endA > start, endB > start, a[endA - 1] == b[endB - 1] { endA -= 1; endB -= 1 }
        return a[start..<endA].map { "-" + $0 } + b[start..<endB].map { "+" + $0 }
    }

    @Test func pathsFindThemesActionsAndValues() throws {
        let root = try TOML.parse(try Self.twente())
        #expect(AgendaPath.themeIndex(of: "zorg-instroom", in: root) == 1)
        #expect(AgendaPath.actionIndex(of: "loopbaanscan", theme: 0, in: root) == 1)
        #expect(AgendaPath.actionIndex(of: "loopbaanscan", theme: 1, in: root) == nil)
        #expect(AgendaPath.value(at: AgendaPath.opening("status"), in: root)?.stringValue == "concept")
        #expect(AgendaPath.value(at: AgendaPath.task(.economic), in: root)?.stringValue?.hasPrefix("Werkgevers in de techniek") == true)
        #expect(AgendaPath.value(at: AgendaPath.criterion(0, "concreet"), in: root)?.stringValue?.hasPrefix("200 overstappers") == true)
        #expect(AgendaPath.value(at: AgendaPath.budgetLine(0, 0, 2) + [.key("bron")], in: root)?.stringValue == "oo-fonds")
        #expect(AgendaPath.value(at: AgendaPath.result(1, 0, "streefwaarde"), in: root).map { $0.kind == .integer(80) } == true)
        #expect(AgendaPath.value(at: AgendaPath.signal(1, "status"), in: root)?.stringValue == "geagendeerd")
        #expect(AgendaPath.value(at: AgendaPath.action(0, 0, "nergens"), in: root) == nil)
    }

    @Test func anUnchangedValueIsNotWrittenAgain() throws {
        let text = try Self.twente()
        var editor = try AgendaEditor(text: text)
        try editor.set(.string("Van werk naar werk in de techniek"), at: AgendaPath.theme(0, "titel"))
        try editor.set(.multilineString("Werkenden in beroepen met weinig toekomst (administratie, productie) stappen over naar\ntechnisch werk, met een **leerwerkbaan** en behoud van inkomen.\n"), at: AgendaPath.theme(0, "beschrijving"))
        try editor.set(nil, at: AgendaPath.theme(0, "bestaat-niet"))
        #expect(editor.text == text)
    }

    @Test func aNewBudgetLineIsOneNewLine() throws {
        let text = try Self.twente()
        var editor = try AgendaEditor(text: text)
        let line: (Int64, String, TOMLEditValue, String) -> [(String, TOMLEditValue)] = { year, source, amount, certainty in
            [("jaar", .integer(year)), ("bron", .string(source)), ("bedrag", amount), ("zekerheid", .string(certainty))]
        }
        try editor.setTables([
            line(2026, "regiobudget-twente", .integer(250000), "toegezegd"),
            line(2027, "regiobudget-twente", .integer(250000), "toegezegd"),
            line(2026, "oo-fonds", .integer(120000), "aangevraagd"),
            line(2027, "oo-fonds", .string("60000,50"), "indicatief"),
        ], at: AgendaPath.budget(0, 0))
        #expect(Self.changedLines(text, editor.text) == [
            "+    { jaar = 2027, bron = \"oo-fonds\", bedrag = \"60000,50\", zekerheid = \"indicatief\" },",
        ])
    }

    @Test func aChangedAndARemovedBudgetLine() throws {
        let text = try Self.twente()
        var editor = try AgendaEditor(text: text)
        try editor.setTables([
            [("jaar", .integer(2026)), ("bron", .string("regiobudget-twente")), ("bedrag", .integer(300000)), ("zekerheid", .string("toegezegd"))],
            [("jaar", .integer(2027)), ("bron", .string("regiobudget-twente")), ("bedrag", .integer(250000)), ("zekerheid", .string("toegezegd"))],
        ], at: AgendaPath.budget(0, 0))
        #expect(Self.changedLines(text, editor.text) == [
            "-    { jaar = 2026, bron = \"regiobudget-twente\", bedrag = 250000, zekerheid = \"toegezegd\" },",
            "-    { jaar = 2027, bron = \"regiobudget-twente\", bedrag = 250000, zekerheid = \"toegezegd\" },",
            "-    { jaar = 2026, bron = \"oo-fonds\", bedrag = 120000, zekerheid = \"aangevraagd\" },",
            "+    { jaar = 2026, bron = \"regiobudget-twente\", bedrag = 300000, zekerheid = \"toegezegd\" },",
            "+    { jaar = 2027, bron = \"regiobudget-twente\", bedrag = 250000, zekerheid = \"toegezegd\" },",
        ])
    }

    @Test func aNewThemeGetsItsCriteriaAsASection() throws {
        let text = try Self.twente()
        var editor = try AgendaEditor(text: text)
        let index = try editor.appendTable(to: AgendaPath.themes, entries: [("id", .string("nieuw")), ("titel", .string("Nieuw thema")), ("trekker", nil)])
        #expect(index == 2)
        try editor.addSection("afwegingen", entries: [("concreet", .string("Honderd banen.")), ("vernieuwend", nil)], to: AgendaPath.theme(index))
        let root = try TOML.parse(editor.text)
        #expect(AgendaPath.value(at: AgendaPath.criterion(2, "concreet"), in: root)?.stringValue == "Honderd banen.")
        #expect(editor.text.contains("[[thema]]\nid = \"nieuw\"\ntitel = \"Nieuw thema\"\n\n[thema.afwegingen]\nconcreet = \"Honderd banen.\"\n"))
        // Nothing else moved: every line of the old text is still there, in order.
        #expect(Self.changedLines(text, editor.text).allSatisfy { $0.hasPrefix("+") })
    }
}
