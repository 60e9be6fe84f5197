import Documents
import Foundation
import TestSupport
import Testing
@testable import Agenda

@Suite(.timed) struct SignalWorkbookTests {
    static func sheetXML(_ workbook: Workbook, sheet: Int = 1) throws -> (sheet: String, strings: String) {
        let reader = try ZipReader(XlsxWriter().render(workbook))
        return (String(decoding: reader["xl/worksheets/sheet\(sheet).xml"] ?? [], as: UTF8.self),
                String(decoding: reader["xl/sharedStrings.xml"] ?? [], as: UTF8.self))
    }

    @Test func oneRowPerSignalWithTheDateAsADate() throws {
        let signals = SignalFixtures.transport
        let workbook = SignalWorkbook.workbook(signals)
        let sheet = try #require(workbook.sheets.first)
        #expect(sheet.name == "Signalen")
        #expect(sheet.rows.count == signals.count)
        #expect(sheet.header.map(SignalCSVFormat.columnName) == SignalCSVFormat.columns, "the headings read back as the CSV's columns")
        let first = signals[0].date
        #expect(sheet.rows[0][2] == .date(year: first.year, month: first.month, day: first.day))
        #expect(sheet.rows[0][0] == .text(signals[0].region))
    }

    @Test func formulaLikeTextInEveryFreeCellStaysText() throws {
        let signal = SignalFixtures.signal(
            "AM05", "a", "2026-03-01", title: "=HYPERLINK(\"http://x\")", description: "+31 6 1234", sectors: ["-a"], groups: ["@b"],
            themes: ["=c"], answer: "-5 werkgevers")
        let (xml, strings) = try Self.sheetXML(SignalWorkbook.workbook([signal]))
        #expect(!xml.contains("<f>") && !xml.contains("<f "))
        for column in ["E", "F", "H", "I", "J", "N"] {
            #expect(xml.contains("<c r=\"\(column)2\" s=\"3\" t=\"s\">"), "\(column)2 is text with the quote prefix")
        }
        for text in ["=HYPERLINK(&quot;http://x&quot;)", "+31 6 1234", "-a", "@b", "=c", "-5 werkgevers"] {
            #expect(strings.contains(">\(text)</t>"), "\(text) is stored as it is, without a ' in front")
        }
    }

    @Test func everyBudgetLineOfEveryAgenda() throws {
        let workspace = ShippedAgendasTests.workspace
        let budget = BudgetWorkbook(workspace: workspace)
        let summaries = workspace.agendas.map { BudgetSummary(agenda: $0).total }
        #expect(budget.total == summaries.sum())
        #expect(budget.lines.count == workspace.agendas.flatMap(\.actions).flatMap(\.budget).count)
        #expect(budget.totals.map(\.total).sum() == budget.total, "the totals sheet adds up to every line")
        #expect(budget.totals.map(\.lineCount).reduce(0, +) == budget.lines.count)
        #expect(budget.totals.first?.regionCode == "LMJA")
        let workbook = budget.workbook
        #expect(workbook.sheets.map(\.name) == ["Begrotingsregels", "Totalen"])
        #expect(workbook.sheets[0].header == ["Agenda", "Regiocode", "Regio", "Thema", "Actie", "Jaar", "Financieringsbron", "Bedrag", "Zekerheid"])
        let line = try #require(budget.lines.first)
        #expect(workbook.sheets[0].rows[0][5] == .whole(Int64(line.year)))
        #expect(workbook.sheets[0].rows[0][7] == .euro(cents: line.amount.cents))
        #expect(workbook.sheets[1].header == ["Regiocode", "Regio", "Jaar", "Financieringsbron", "Toegezegd", "Aangevraagd", "Indicatief", "Totaal", "Begrotingsregels"])
    }

    @Test func formulaLikeTitlesInTheBudgetStayText() throws {
        var workspace = ShippedAgendasTests.workspace
        let index = try #require(workspace.agendas.firstIndex { !$0.actions.flatMap(\.budget).isEmpty })
        workspace.agendas[index].title = "=1+1"
        workspace.agendas[index].themes[0].title = "+thema"
        workspace.agendas[index].themes[0].actions[0].title = "@actie"
        let budget = BudgetWorkbook(workspace: workspace)
        let row = try #require(budget.lines.firstIndex { $0.agenda == "=1+1" && $0.action == "@actie" }) + 2
        let (xml, _) = try Self.sheetXML(budget.workbook)
        for column in ["A", "D", "E"] { #expect(xml.contains("<c r=\"\(column)\(row)\" s=\"3\" t=\"s\">"), "\(column)\(row)") }
        #expect(!xml.contains("<f>"))
    }
}
