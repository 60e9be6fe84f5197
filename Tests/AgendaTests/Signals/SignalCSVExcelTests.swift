import Diagnostics
import Foundation
import TestSupport
import Testing
@testable import Agenda

/// The CSV reader forgives what Excel and LibreOffice do to a file: one test per case of issue 20.
@Suite(.timed) struct SignalCSVExcelTests {
    static let fixtures = SignalXlsxTests.fixtures
    static let shipped = ShippedAgendasTests.workspace.regionalAgendas.flatMap(\.signals).sorted(by: SignalCollection.order)

    func read(_ text: String) -> SignalCSVReader.Output {
        SignalCSVReader(registry: SignalCSVTests.registry).read(text, file: "in.csv")
    }

    static let header = "regio;id;datum;soort;titel;sectoren;urgentie;vraag"

    /// `mja signalen --csv` opened by LibreOffice without choosing settings (comma, Latin-1) and
    /// saved as CSV: every line one quoted cell followed by commas, the byte-order mark kept.
    @Test func linesSavedWithCommasAreRestored() {
        let output = SignalCSVReader(registry: SignalCSVTests.registry).read(file: Self.fixtures + "/signalen-libreoffice-komma.csv").output
        #expect(output.diagnostics.map(\.code) == ["MJA214"], "\(output.diagnostics.map(\.message))")
        #expect(output.signals.count == 134)
        #expect(SignalXlsxTests.rows(output.signals) == SignalXlsxTests.rows(Self.shipped))
    }

    @Test func aProblemInARestoredLinePointsAtTheFilesColumn() {
        let output = read("regio;id;datum;soort;titel;urgentie;vraag,,,,\n"
            + "\"AM05;a;31-02-2026;knelpunt;\"\"T\"\";hoog;oplossen\",,,,\n"
            + "AM05;b;2026-03-01;knelpunt;Titel,met komma;hoog;oplossen,,,\n")
        #expect(output.diagnostics.map(\.located) == ["MJA214 1:1", "MJA205 2:9"], "\(output.diagnostics.map(\.message))")
        #expect(output.signals.map(\.title) == ["Titel,met komma"])
    }

    /// The same, saved as UTF-8: the text converted twice (`Ã©`, `ï»¿` inside the first quote).
    @Test func lettersConvertedTwiceAreRestored() throws {
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: Self.fixtures + "/signalen-libreoffice-latijn1.csv")))
        #expect(String(decoding: bytes.prefix(7), as: UTF8.self) == "\"ï»¿")
        let output = SignalCSVReader(registry: SignalCSVTests.registry).read(file: Self.fixtures + "/signalen-libreoffice-latijn1.csv").output
        #expect(output.diagnostics.map(\.code) == ["MJA215", "MJA214"], "\(output.diagnostics.map(\.message))")
        #expect(output.signals.count == 134)
        #expect(SignalXlsxTests.rows(output.signals) == SignalXlsxTests.rows(Self.shipped))
        #expect(output.signals.contains { $0.title.contains("é") })
    }

    /// Excel's "CSV (gescheiden door komma's)" in Windows-1252: commas and é as one byte.
    @Test func commasAndWindows1252() throws {
        let text = "regio,id,datum,soort,titel,urgentie,vraag\r\nAM05,cafe,1-3-2026,knelpunt,\"Café-personeel, te weinig\",hoog,oplossen\r\n"
        let path = NSTemporaryDirectory() + "mja-1252-" + UUID().uuidString + ".csv"
        try Data(text.data(using: .windowsCP1252)!).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let output = SignalCSVReader(registry: SignalCSVTests.registry).read(file: path).output
        #expect(output.diagnostics.map(\.code) == ["MJA210"])
        #expect(output.signals.map(\.title) == ["Café-personeel, te weinig"])
    }

    @Test(arguments: ["\u{FEFF}", "ï»¿", "\"\u{FEFF}", "\"ï»¿"])
    func aByteOrderMarkReadAsTextIsLeftOut(prefix: String) {
        let header = prefix.hasPrefix("\"") ? prefix + "regio\";id;datum;soort;titel;urgentie;vraag" : prefix + "regio;id;datum;soort;titel;urgentie;vraag"
        let output = read(header + "\nAM05;a;2026-03-01;knelpunt;T;hoog;oplossen\n")
        #expect(output.signals.map(\.id) == ["a"], "\(output.diagnostics.map(\.message))")
        #expect(output.diagnostics.allSatisfy { $0.severity != .error })
    }

    @Test func emptyTrailingRowsAreSkippedWithoutAWord() {
        let output = read(Self.header + "\r\nAM05;a;2026-03-01;knelpunt;T;;hoog;oplossen\r\n;;;;;;;\r\n;;;;;;;;;;;;;\r\n ; ; \r\n")
        #expect(output.diagnostics.isEmpty, "\(output.diagnostics.map(\.message))")
        #expect(output.signals.map(\.id) == ["a"])
    }

    @Test func anUnknownSectorIsReportedAndANameIsReadAsItsID() throws {
        let output = read(Self.header + "\nAM05;zorg;2026-03-01;knelpunt;T;Zorg;hoog;oplossen\n"
            + "AM05;naam;2026-03-01;knelpunt;T;Zorg en Welzijn|techniek;hoog;oplossen\n"
            + "AM05;onbekend;2026-03-01;knelpunt;T;zorg-welzijn;hoog;oplossen\n")
        #expect(output.signals.map(\.id) == ["zorg", "naam"], "a name or other word of the registry keeps the signal")
        #expect(output.signals.map { $0.sectors.map(\.id) } == [["zorg-en-welzijn"], ["zorg-en-welzijn", "techniek"]])
        #expect(output.diagnostics.map(\.located) == ["MJA216 2:33", "MJA216 3:33", "MJA207 4:37"])
        #expect(output.diagnostics[0].message == "'Zorg' in 'sectoren' is gelezen als 'zorg-en-welzijn' (Zorg en Welzijn)")
        #expect(output.diagnostics[0].hint == "schrijf de id 'zorg-en-welzijn', zoals de registers die kennen")
        #expect(output.diagnostics[2].message == "'zorg-welzijn' in 'sectoren' bestaat niet; de rij is overgeslagen")
        #expect(output.diagnostics[2].hint == "bedoelde u 'zorg-en-welzijn'?")
    }

    @Test func aDateThatReadsTwoWaysIsAWarning() throws {
        let output = read(Self.header + "\nAM05;a;3/12/2026;knelpunt;T;;hoog;oplossen\nAM05;b;13/12/2026;knelpunt;T;;hoog;oplossen\n"
            + "AM05;c;3-12-2026;knelpunt;T;;hoog;oplossen\nAM05;d;3/3/2026;knelpunt;T;;hoog;oplossen\n")
        #expect(output.signals.map(\.date.description) == ["2026-12-03", "2026-12-13", "2026-12-03", "2026-03-03"])
        #expect(output.diagnostics.map(\.located) == ["MJA213 2:8"])
        let warning = try #require(output.diagnostics.first)
        #expect(warning.severity == .warning)
        #expect(warning.message == "'3/12/2026' kan twee datums zijn: gelezen als 3 december 2026 (dag/maand/jaar), maar het kan ook 12 maart 2026 zijn (maand/dag/jaar, zoals Engelstalige Excel schrijft)")
        #expect(warning.hint == "schrijf de datum ondubbelzinnig als 2026-12-03 (of 2026-03-12 als 12 maart 2026 bedoeld is)")
    }
}
