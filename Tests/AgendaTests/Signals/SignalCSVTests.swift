import Diagnostics
import Documents
import Foundation
import TestSupport
import Testing
@testable import Agenda

/// Reading signals from Excel CSV and writing them back.
@Suite(.timed) struct SignalCSVTests {
    static let registry: Registry = {
        WorkspaceLoader().load(directory: AgendaFixture.repositoryRegions).registry
    }()

    func read(_ text: String, themes: Set<String>? = nil) -> SignalCSVReader.Output {
        SignalCSVReader(registry: Self.registry, nationalThemeIDs: themes).read(text, file: "in.csv")
    }

    static let header = "regio;id;datum;soort;titel;beschrijving;opgave;sectoren;doelgroepen;landelijke_themas;urgentie;vraag;status;antwoord"

    @Test func readsDutchExcelWithBOMAndCRLF() throws {
        let text = "\u{FEFF}" + Self.header + "\r\n"
            + "AM05;stap;1-3-2026;knelpunt;Scholing loopt vast;\"Regel een;\r\nregel twee met \"\"aanhalingstekens\"\"\";ontwikkel;techniek|zorg-en-welzijn;bijstand;lt3;hoog;oplossen;nieuw;\r\n"
            + "Twente;loket;2026-04-14;goed voorbeeld;Eén loket;;;;;;laag;opschalen;teruggekoppeld;Gedeeld met drie regio's\r\n"
        let output = read(text)
        #expect(output.diagnostics.isEmpty, "\(output.diagnostics.map(\.message))")
        #expect(output.signals.count == 2)
        let first = try #require(output.signals.first)
        #expect(first.qualifiedID == "AM05/stap")
        #expect(first.date == CalendarDate(year: 2026, month: 3, day: 1))
        #expect(first.description == "Regel een;\nregel twee met \"aanhalingstekens\"")
        #expect(first.sectors.map(\.id) == ["techniek", "zorg-en-welzijn"])
        #expect(first.nationalThemes.map(\.id) == ["lt3"])
        #expect(first.task == .development)
        #expect(first.origin.range(of: "titel").start == SourcePosition(line: 2, column: 29))
        let second = output.signals[1]
        #expect(second.region == "AM05")
        #expect(second.kind == .goodPractice)
        #expect(second.answer == "Gedeeld met drie regio's")
        #expect(second.task == nil)
        // The quoted cell spans two lines: the next record starts on line 4.
        #expect(second.origin.range.start.line == 4)
    }

    @Test func readsExcelsOldWindows1252FilesWithAWarning() throws {
        let path = NSTemporaryDirectory() + "mja-csv-\(UUID().uuidString).csv"
        defer { try? FileManager.default.removeItem(atPath: path) }
        let text = Self.header + "\r\nAM05;cafe;1-3-2026;kans;Caf\u{E9}s zoeken personeel;;;;;;laag;agenderen;;\r\n"
        try #require(text.data(using: .windowsCP1252)).write(to: URL(fileURLWithPath: path))
        let (output, _) = SignalCSVReader(registry: Self.registry, nationalThemeIDs: nil).read(file: path)
        #expect(output.signals.first?.title == "Caf\u{E9}s zoeken personeel")
        #expect(output.diagnostics.map(\.code) == ["MJA210"])
        #expect(output.diagnostics.first?.severity == .warning)
    }

    @Test func readsCommaSeparatedFilesWithListsInCommas() throws {
        let text = "regio,id,datum,soort,titel,urgentie,vraag,sectoren\n"
            + "AM09,mkb,01-03-2026,knelpunt,\"Mkb stopt met scholing, na STAP\",hoog,oplossen,\"techniek,zorg-en-welzijn\"\n"
        #expect(CSVTable(parsing: text).separator == ",")
        let output = read(text)
        #expect(output.diagnostics.isEmpty, "\(output.diagnostics.map(\.message))")
        let signal = try #require(output.signals.first)
        #expect(signal.title == "Mkb stopt met scholing, na STAP")
        #expect(signal.sectors.map(\.id) == ["techniek", "zorg-en-welzijn"])
        #expect(signal.status == .new)
    }

    /// Each bad row is reported at its cell, in Dutch with a hint; the good rows stay.
    @Test(arguments: [
        ("AM04;a;2026-03-01;knelpunt;T;hoog;oplossen", "MJA204 2:1", "'AM04' is geen arbeidsmarktregio"),
        ("AM05;a;31-02-2026;knelpunt;T;hoog;oplossen", "MJA205 2:8", "'31-02-2026' is geen geldige datum"),
        ("AM05;a;2026-03-01;klacht;T;hoog;oplossen", "MJA206 2:19", "'klacht' is geen toegestane waarde voor 'soort'"),
        ("AM05;a;2026-03-01;knelpunt;T;dringend;oplossen", "MJA206 2:30", "'dringend' is geen toegestane waarde voor 'urgentie'"),
        ("AM05;a;2026-03-01;knelpunt;T;hoog", "MJA203 2:1", "deze rij heeft 6 kolommen, de kopregel 7"),
        ("AM05;Met Spatie;2026-03-01;knelpunt;T;hoog;oplossen", "MJA208 2:6", "'Met Spatie' is geen geldige id"),
        ("AM05;a;2026-03-01;knelpunt;;hoog;oplossen", "MJA208 2:28", "'titel' is leeg"),
    ])
    func badRowsAreLocated(row: String, located: String, message: String) throws {
        let text = "regio;id;datum;soort;titel;urgentie;vraag\n" + row + "\nAM06;goed;2026-05-01;kans;Goede rij;laag;agenderen\n"
        let output = read(text)
        let diagnostic = try #require(output.diagnostics.first)
        #expect(output.diagnostics.count == 1)
        #expect(diagnostic.located == located)
        #expect(diagnostic.file == "in.csv")
        #expect(diagnostic.message.hasPrefix(message), "\(diagnostic.message)")
        #expect(diagnostic.hint != nil)
        #expect(output.signals.map(\.qualifiedID) == ["AM06/goed"])
    }

    @Test func headerProblemsAndUnknownReferences() {
        let unknown = read("regio;id;datum;soort;titl;urgentie;vraag\nAM05;a;2026-03-01;knelpunt;T;hoog;oplossen\n")
        #expect(unknown.diagnostics.map(\.located) == ["MJA202 1:22", "MJA202 1:1"])
        #expect(unknown.diagnostics[0].hint == "bedoelde u 'titel'?")
        #expect(unknown.signals.isEmpty)

        let references = read("regio;id;datum;soort;titel;urgentie;vraag;sectoren;landelijke_themas\n"
            + "AM05;a;2026-03-01;knelpunt;T;hoog;oplossen;techniek|zorgsector;lt9\n", themes: ["lt3"])
        #expect(references.diagnostics.map(\.located) == ["MJA207 2:44", "MJA207 2:64"])
        #expect(references.diagnostics[0].message == "'zorgsector' in 'sectoren' bestaat niet; de rij is overgeslagen")

        let open = read("regio;id;datum;soort;titel;urgentie;vraag\nAM05;a;2026-03-01;knelpunt;\"T;hoog;oplossen\n")
        #expect(open.diagnostics.map(\.located) == ["MJA201 2:28"])
        #expect(read("").diagnostics.map(\.code) == ["MJA201"])
    }

    @Test(arguments: ["2026-03-01", "1-3-2026", "01-03-2026", "1/3/2026"])
    func acceptsISOAndDutchDates(text: String) {
        #expect(SignalCSVFormat.date(text) == CalendarDate(year: 2026, month: 3, day: 1))
    }

    @Test(arguments: ["31-02-2026", "2026-13-01", "29-02-2027", "2026/03/01", "maart", "1-3-26"])
    func refusesDatesThatDoNotExist(text: String) {
        #expect(SignalCSVFormat.date(text) == nil)
    }

    @Test func exportIsExcelReady() {
        let signal = SignalFixtures.signal("AM05", "a", "2026-03-01", title: "Titel; met \"quotes\"",
                                           description: "Regel 1\nRegel 2", sectors: ["techniek", "zorg-en-welzijn"])
        let text = SignalCSVWriter().write([signal])
        #expect(text.hasPrefix("\u{FEFF}regio;id;datum;soort;titel;"))
        #expect(Array(text.utf8.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let lines = text.dropFirst().components(separatedBy: "\r\n")
        #expect(lines.count == 3 && lines[2].isEmpty)
        #expect(lines[1] == "AM05;a;2026-03-01;knelpunt;\"Titel; met \"\"quotes\"\"\";\"Regel 1\nRegel 2\";sociaal;techniek|zorg-en-welzijn;;;middel;agenderen;nieuw;")
    }

    /// Issue 31 point 5: no NUL, C0 or C1 control, DEL or bidirectional override reaches the CSV
    /// (nor the workbook), and one cannot hide a formula behind it.
    @Test func invisibleControlsLeaveTheCSV() throws {
        var controls = (0..<0x20).compactMap(Unicode.Scalar.init).filter { $0 != "\t" && $0 != "\n" && $0 != "\r" }
        controls += [Unicode.Scalar(0x7F)!, Unicode.Scalar(0x85)!, Unicode.Scalar(0x9F)!, Unicode.Scalar(0x202E)!, Unicode.Scalar(0x2066)!]
        let dirty = String(String.UnicodeScalarView(controls))
        let signal = SignalFixtures.signal("AM05", "a", "2026-03-01", title: "\u{0}=1+1" + dirty, description: "a" + dirty + "b", answer: "\u{202E}gnitset")
        let text = SignalCSVWriter().write([signal])
        #expect(!text.unicodeScalars.contains { controls.contains($0) }, "\(text.debugDescription)")
        let cells = text.components(separatedBy: "\r\n")[1].components(separatedBy: ";")
        #expect(cells[4] == "'=1+1" && cells[5] == "ab" && cells.last == "gnitset")
        let reader = try ZipReader(XlsxWriter().render(SignalWorkbook.workbook([signal])))
        let strings = String(decoding: (reader["xl/sharedStrings.xml"] ?? []) + (reader["xl/worksheets/sheet1.xml"] ?? []), as: UTF8.self)
        #expect(!strings.unicodeScalars.contains { controls.contains($0) } && !strings.contains("_x0000_") && !strings.contains("_x0001_"))
    }

    @Test(arguments: ["=SUM(A1:A9)", "+31 6 1234", "-1 werkgever", "@HYPERLINK(\"x\")", "\tverborgen", "\rterug"])
    func formulasAreNeutralised(title: String) throws {
        let signal = SignalFixtures.signal("AM05", "a", "2026-03-01", title: title)
        let row = SignalCSVWriter().write([signal]).components(separatedBy: "\r\n")[1]
        let cells = row.components(separatedBy: ";")
        let cell = try #require(cells.count > 4 ? cells[4] : nil)
        #expect(cell.hasPrefix("'") || cell.hasPrefix("\"'"), "\(cell)")
        let back = read(SignalCSVWriter().write([signal]))
        #expect(back.signals.first?.title == title.trimmingCharacters(in: .whitespaces))
    }

    @Test func exportThenImportGivesTheSameSignals() {
        let signals = SignalFixtures.transport + SignalFixtures.childcare + [
            SignalFixtures.signal("AM13", "alles", "2026-11-02", title: "Alle velden, ook \"lastige\" tekst; en een | streep",
                                  description: "Eerste regel\nTweede regel met ; en ,\n", kind: .request, task: .economic,
                                  sectors: ["techniek"], groups: ["bijstand", "jongeren"], themes: ["lt3"], urgency: .high,
                                  ask: .solve, status: .reportedBack, answer: "=Opgelost in juni"),
        ]
        let output = read(SignalCSVWriter().write(signals))
        #expect(output.diagnostics.isEmpty, "\(output.diagnostics.map(\.message))")
        func essence(_ s: Signal) -> [String] { SignalCSVWriter().row(s) }
        #expect(output.signals.map(essence) == signals.map(essence))
    }
}
