import Agenda
import Foundation
import TestSupport
import Testing
@testable import AgendaCLI

/// `mja signalen` run in-process on real files in a temporary folder.
@Suite(.timed) struct SignalsCommandTests {
    static let templates = AgendaCommandsTests.repository.appendingPathComponent("templates").path

    func folder(_ files: [String: String]) throws -> String {
        let folder = NSTemporaryDirectory() + "mja-signalen-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder + "/regions", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: AgendaCommandsTests.regions + "/registers", toPath: folder + "/regions/registers")
        for (name, text) in files { try text.write(toFile: folder + "/" + name, atomically: true, encoding: .utf8) }
        return folder
    }

    static let csv = "\u{FEFF}regio;id;datum;soort;titel;beschrijving;urgentie;vraag;status\r\n"
        + "AM02;ov-dorpen;3-2-2026;knelpunt;Zonder auto kom je in de dorpen niet op tijd bij de vroege dienst;De bus rijdt niet voor zeven uur. Werkzoekenden kunnen geen diensten aannemen.;hoog;agenderen;nieuw\r\n"
        + "AM03;buslijnen;20-2-2026;knelpunt;Werkzoekenden kunnen vroege en late diensten niet bereiken;De buslijnen zijn uitgedund, ploegendiensten vallen af zonder rijbewijs.;middel;agenderen;nieuw\r\n"
        + "AM09;bedrijventerrein;2-4-2026;knelpunt;Bedrijventerreinen zijn zonder auto niet te bereiken;Werkzoekenden zonder rijbewijs kunnen geen ploegendiensten aannemen.;middel;oplossen;geagendeerd\r\n"

    @Test func writesTheReportAndPrintsASummary() throws {
        let root = try folder(["regions/am05-twente.toml": try String(contentsOfFile: AgendaCommandsTests.regions + "/am05-twente.toml", encoding: .utf8),
                               "ov.csv": Self.csv])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let result = mja("signalen", root + "/regions", "--csv-invoer", root + "/ov.csv", "--uit", root + "/out",
                         "--csv", root + "/out/alle.csv", "--breed", "3", "--peildatum", "2026-11-23", "--sjablonen", Self.templates)
        #expect(result.code == .success, "\(result.error)")
        #expect(result.output.hasPrefix("7 signalen uit 4 regio's\n"), "\(result.output)")
        #expect(result.output.contains("Breed gedragen (3 of meer regio's):"))
        #expect(result.output.contains("Mogelijke nieuwe thema's (signalen zonder landelijk thema): 1\n  1. "))
        #expect(result.output.contains("3 signalen uit 3 regio's: AM02, AM03, AM09"))
        #expect(result.output.contains("Open signalen: 6 (peildatum 2026-11-23)"))
        #expect(result.output.contains("AM05/zorg-bbl-plaatsen 307 dagen open"))
        let markdown = try String(contentsOfFile: root + "/out/signalen.md", encoding: .utf8)
        let html = try String(contentsOfFile: root + "/out/signalen.html", encoding: .utf8)
        #expect(markdown.hasPrefix("# Signalen uit de regio's"))
        #expect(html.contains("role=\"img\""))
        let exported = try Data(contentsOf: URL(fileURLWithPath: root + "/out/alle.csv"))
        #expect(Array(exported.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(String(decoding: exported, as: UTF8.self).components(separatedBy: "\r\n").count == 9)

        // The same input gives the same bytes.
        let again = mja("signalen", root + "/regions", "--csv-invoer", root + "/ov.csv", "--uit", root + "/out2",
                        "--breed", "3", "--peildatum", "2026-11-23", "--sjablonen", Self.templates)
        #expect(again.code == .success)
        #expect(try String(contentsOfFile: root + "/out2/signalen.md", encoding: .utf8) == markdown)
        #expect(try String(contentsOfFile: root + "/out2/signalen.html", encoding: .utf8) == html)
    }

    /// Issue 29: the summary said "Breed gedragen: 23" and listed 8. The count now says what the
    /// topics are, and the list holds every one of the kind it names.
    @Test func theBroadCountSaysWhatItsListHolds() throws {
        let out = NSTemporaryDirectory() + "mja-signalen-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: out) }
        let result = mja("signalen", AgendaCommandsTests.regions, "--uit", out, "--sjablonen", Self.templates)
        #expect(result.code == .success, "\(result.error)")
        let lines = result.output.split(separator: "\n").map(String.init)
        let headline = try #require(lines.firstIndex { $0.hasPrefix("Breed gedragen") })
        #expect(lines[headline] == "Breed gedragen (5 of meer regio's): 23 onderwerpen: 7 landelijke thema's, 9 sectoren en 7 doelgroepen; de landelijke thema's:")
        #expect(lines[(headline + 1)...].prefix { $0.hasPrefix("  - ") }.count == 7)
    }

    @Test func diaWritesOnlyTheDecks() throws {
        let root = try folder(["regions/am05-twente.toml": try String(contentsOfFile: AgendaCommandsTests.regions + "/am05-twente.toml", encoding: .utf8),
                               "ov.csv": Self.csv])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let result = mja("signalen", root + "/regions", "--csv-invoer", root + "/ov.csv", "--uit", root + "/out",
                         "--formaat", "dia", "--breed", "3", "--peildatum", "2026-11-23", "--sjablonen", Self.templates)
        #expect(result.code == .success, "\(result.error)")
        #expect(Set(try FileManager.default.contentsOfDirectory(atPath: root + "/out")) == ["signalen-dia.html", "signalen-dia.pptx"])
        let pptx = try #require(FileManager.default.contents(atPath: root + "/out/signalen-dia.pptx"))
        #expect(pptx.starts(with: [0x50, 0x4B, 0x03, 0x04]), "a ZIP package")
        let deck = try String(contentsOfFile: root + "/out/signalen-dia.html", encoding: .utf8)
        #expect(deck.contains(">Signalen uit de regio&#39;s</h1>") || deck.contains(">Signalen uit de regio's</h1>"))
        #expect(deck.contains(">Wat nog open staat</h2>") && deck.contains("class=\"kaart\""))
    }

    @Test func badRowsArePrintedAndExitOne() throws {
        let bad = Self.csv + "AM04;fout;31-02-2026;knelpunt;Kapot;x;hoog;oplossen;nieuw\r\n"
        let root = try folder(["bad.csv": bad])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let result = mja("signalen", root + "/regions", "--csv-invoer", root + "/bad.csv", "--uit", root + "/out", "--sjablonen", Self.templates)
        #expect(result.code == .failure)
        #expect(result.error.contains("\(root)/bad.csv:5:1: fout[MJA204]: 'AM04' is geen arbeidsmarktregio"), "\(result.error)")
        #expect(result.error.contains("\(root)/bad.csv:5:11: fout[MJA205]: '31-02-2026' is geen geldige datum"))
        #expect(result.output.hasPrefix("3 signalen uit 3 regio's"))
        #expect(FileManager.default.fileExists(atPath: root + "/out/signalen.html"))
    }

    @Test func wrongOptionsAreUsageErrors() {
        #expect(mja("signalen", "--breed", "nul", "--sjablonen", Self.templates).code == .usageError)
        let date = mja("signalen", "--peildatum", "31-02-2026", "--sjablonen", Self.templates)
        #expect(date.code == .usageError)
        #expect(date.error.contains("--peildatum verwacht een bestaande datum"))
    }
}
