import Diagnostics
import Documents
import Foundation
import TestSupport
import Testing
@testable import Agenda

@Suite(.timed) struct SignalXlsxTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures").path

    static var reader: SignalCSVReader {
        let workspace = ShippedAgendasTests.workspace
        return SignalCSVReader(registry: workspace.registry, nationalThemeIDs: Set(workspace.nationalAgenda?.themes.map(\.id) ?? []))
    }

    /// The signals as the CSV has them: every field, so two lists compare field by field.
    static func rows(_ signals: [Signal]) -> [[String]] { signals.map(SignalCSVWriter().row) }

    /// `mja signalen --xlsx`, opened and saved by LibreOffice 7.4 (`soffice --headless --convert-to
    /// xlsx`): its parts are deflated with dynamic Huffman blocks, its strings shared, its dates
    /// serial numbers with LibreOffice's own date style.
    @Test func aFileLibreOfficeSavedReadsBackWithEverySignalIdentical() throws {
        let output = Self.reader.read(xlsxFile: Self.fixtures + "/signalen-libreoffice.xlsx")
        #expect(output.diagnostics.isEmpty, "\(output.diagnostics.map(\.message))")
        let shipped = ShippedAgendasTests.workspace.regionalAgendas.flatMap(\.signals).sorted(by: SignalCollection.order)
        #expect(output.signals.count == 134)
        #expect(Self.rows(output.signals) == Self.rows(shipped))
    }

    @Test func whatMjaWritesReadsBack() {
        let signals = SignalFixtures.transport + SignalFixtures.childcare
        let bytes = XlsxWriter().render(SignalWorkbook.workbook(signals))
        let output = SignalCSVReader(registry: Registry()).read(xlsx: bytes, file: "s.xlsx")
        #expect(output.diagnostics.isEmpty, "\(output.diagnostics.map(\.message))")
        #expect(Self.rows(output.signals) == Self.rows(signals))
    }

    @Test func aBadCellIsNamedBySheetRowAndColumn() throws {
        let header = SignalCSVFormat.headings
        func row(_ region: String, _ id: String, _ date: SpreadsheetCell) -> [SpreadsheetCell] {
            [.text(region), .text(id), date, .text("knelpunt"), .text("Titel"), .empty, .empty, .empty, .empty, .empty, .text("hoog"), .text("oplossen")]
        }
        let sheet = Worksheet(name: "Signalen", header: header, rows: [
            row("AM05", "goed", .date(year: 2026, month: 3, day: 1)),
            row("AM05", "slechte-datum", .text("31-02-2026")),
            Array(repeating: .empty, count: 12),
            row("AM04", "geen-regio", .date(year: 2026, month: 3, day: 1)),
            row("AM05", "getal-als-datum", .number(46_082)),
            row("AM05", "twijfel", .text("3/12/2026")),
        ])
        let output = SignalCSVReader(registry: ShippedAgendasTests.workspace.registry).read(xlsx: XlsxWriter().render(Workbook(sheets: [sheet])), file: "in.xlsx")
        #expect(output.signals.map(\.id) == ["goed", "getal-als-datum", "twijfel"])
        #expect(output.signals[1].date.description == "2026-03-01", "a serial number in the date column is a date")
        #expect(output.signals[2].date.description == "2026-12-03")
        let located = output.diagnostics.map { "\($0.code) \($0.range!.start.line):\($0.range!.start.column) \($0.message.prefix(13))" }
        #expect(located == [
            "MJA205 3:3 Signalen!C3: ",
            "MJA204 5:1 Signalen!A5: ",
            "MJA213 7:3 Signalen!C7: ",
        ], "\(output.diagnostics.map(\.message))")
        #expect(output.diagnostics.allSatisfy { $0.file == "in.xlsx" })
    }

    @Test func notAWorkbookIsOneProblem() {
        let output = Self.reader.read(xlsx: Array("regio;id\n".utf8), file: "signalen.xlsx")
        #expect(output.diagnostics.map(\.code) == ["MJA211"])
        #expect(output.diagnostics[0].message.contains("geen Excel-werkmap"))
    }
}
