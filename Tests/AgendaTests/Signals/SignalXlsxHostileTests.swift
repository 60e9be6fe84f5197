import Diagnostics
import Documents
import TestSupport
import Testing
@testable import Agenda

/// Cells that crashed the import or flooded the terminal (issue 31, points 1 and 2): each is a
/// located Dutch message now.
@Suite(.timed) struct SignalXlsxHostileTests {
    static let header = SignalCSVFormat.headings

    static func row(_ id: String, date: SpreadsheetCell = .date(year: 2026, month: 3, day: 1), region: String = "AM05") -> [SpreadsheetCell] {
        [.text(region), .text(id), date, .text("knelpunt"), .text("Titel"), .empty, .empty, .empty, .empty, .empty, .text("hoog"), .text("oplossen")]
    }

    /// The workbook of `rows` under the signal header, its sheet XML passed through `edit`.
    static func workbook(_ rows: [[SpreadsheetCell]], header: [String] = header, edit: (String) -> String = { $0 }) throws -> [UInt8] {
        let written = try ZipReader(XlsxWriter().render(Workbook(sheets: [Worksheet(name: "Signalen", header: header, rows: rows)])))
        var zip = ZipWriter()
        for entry in written.entries {
            let bytes = entry.name == "xl/worksheets/sheet1.xml" ? Array(edit(String(decoding: entry.bytes, as: UTF8.self)).utf8) : entry.bytes
            try zip.add(entry.name, bytes)
        }
        return try zip.finish()
    }

    static func read(_ bytes: [UInt8]) -> SignalCSVReader.Output {
        SignalCSVReader(registry: ShippedAgendasTests.workspace.registry).read(xlsx: bytes, file: "in.xlsx")
    }

    static func located(_ output: SignalCSVReader.Output) -> [String] {
        output.diagnostics.map { "\($0.code) \($0.range!.start.line):\($0.range!.start.column) \($0.message)" }
    }

    @Test func aNumberPastAnyIntegerOrInfinityInTheDateColumnIsAMessageNotATrap() throws {
        // 9.3e18 once trapped in Int(number) (SIGILL); INF parsed as a Double and did the same.
        let bytes = try Self.workbook([Self.row("groot", date: .number(9.3e18)), Self.row("oneindig", date: .number(12_345)),
                                       Self.row("negatief", date: .number(-1e300)), Self.row("goed")]) {
            $0.replacingOccurrences(of: "<v>12345</v>", with: "<v>INF</v>")
        }
        let output = Self.read(bytes)
        #expect(output.signals.map(\.id) == ["goed"])
        #expect(Self.located(output) == [
            "MJA205 2:3 Signalen!C2: '9.3e+18' is geen geldige datum; de rij is overgeslagen",
            "MJA212 3:3 Signalen!C3: de cel bevat de foutwaarde 'INF' in plaats van een waarde; de rij is overgeslagen",
            "MJA205 4:3 Signalen!C4: '-1e+300' is geen geldige datum; de rij is overgeslagen",
        ])
    }

    @Test func aRowNumberPastExcelsGridIsNamed() throws {
        let bytes = try Self.workbook([Self.row("goed")]) {
            $0.replacingOccurrences(of: "<row r=\"2\">", with: "<row r=\"9223372036854775807\">")
                .replacingOccurrences(of: "</sheetData>", with: "<row><c t=\"inlineStr\"><is><t>x</t></is></c></row></sheetData>")
        }
        let output = Self.read(bytes)
        #expect(output.signals.isEmpty)
        #expect(Self.located(output) == [
            "MJA211 1:1 het Excel-bestand kan niet worden gelezen: blad Signalen, rij 9223372036854775807: dat rijnummer bestaat niet in Excel (kolom A tot en met XFD, rij 1 tot en met 1.048.576)",
        ])
        #expect(output.diagnostics[0].hint == "open het bestand in Excel of LibreOffice en sla het opnieuw op als 'Excel-werkmap (.xlsx)'")
    }

    @Test func aCellPastColumnXFDIsNamedAtItsRow() throws {
        let bytes = try Self.workbook([Self.row("goed")]) {
            $0.replacingOccurrences(of: "<c r=\"A2\"", with: "<c r=\"XFE2\"")
        }
        #expect(Self.located(Self.read(bytes)) == [
            "MJA211 2:16385 het Excel-bestand kan niet worden gelezen: Signalen!XFE2: die cel bestaat niet in Excel (kolom A tot en met XFD, rij 1 tot en met 1.048.576)",
        ])
    }

    @Test func aHeaderRunningOnToFarRightIsOneMessage() throws {
        // A heading in column BM would have made every row 65 cells wide; at XFD, 16,384.
        let header = Self.header + Array(repeating: "", count: 64 - Self.header.count) + ["opmerking"]
        let output = Self.read(try Self.workbook([Self.row("goed")], header: header))
        #expect(Self.located(output) == [
            "MJA202 1:65 Signalen!BM1: de kopregel loopt door tot kolom BM; een blad met signalen heeft 14 kolommen en mja leest er hoogstens 64",
        ])
    }

    @Test func pastAHundredRowsWithProblemsTheRestIsCounted() throws {
        // A million bad rows once printed 21 million lines.
        let rows = (1...250).map { Self.row("rij-\($0)", region: "AM04") } + [Self.row("goed")]
        let output = Self.read(try Self.workbook(rows))
        #expect(output.signals.map(\.id) == ["goed"])
        #expect(output.diagnostics.count == 101)
        #expect(output.diagnostics.filter { $0.code == "MJA204" }.count == 100)
        #expect(Self.located(output).last == "MJA203 102:1 Signalen!A102: en nog 150 rijen met problemen, die niet afzonderlijk worden gemeld")
    }

    @Test func twoPartsWithTheSameNameAreNamed() throws {
        // The writer refuses a repeated name, so the second part is renamed in the bytes afterwards.
        let written = try ZipReader(try Self.workbook([Self.row("goed")]))
        var zip = ZipWriter()
        for entry in written.entries { try zip.add(entry.name, entry.bytes) }
        try zip.add("xl/worksheets/sheet9.xml", Array("<worksheet><sheetData/></worksheet>".utf8))
        var bytes = try zip.finish()
        let from = Array("sheet9.xml".utf8), to = Array("sheet1.xml".utf8)
        for index in 0...(bytes.count - from.count) where Array(bytes[index..<(index + from.count)]) == from {
            bytes.replaceSubrange(index..<(index + from.count), with: to)
        }
        #expect(Self.located(Self.read(bytes)) == [
            "MJA211 1:1 het Excel-bestand kan niet worden gelezen: het onderdeel xl/worksheets/sheet1.xml staat er twee keer in; Excel leest het ene, andere programma's het andere, dus mja leest geen van beide",
        ])
    }
}
