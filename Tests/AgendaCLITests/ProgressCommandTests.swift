import Agenda
import Foundation
import TestSupport
import Testing
@testable import AgendaCLI

/// `mja voortgang` run in-process on real files in a temporary folder.
@Suite(.timed) struct ProgressCommandTests {
    static let templates = AgendaCommandsTests.repository.appendingPathComponent("templates").path

    func folder(_ names: [String]) throws -> String {
        let folder = NSTemporaryDirectory() + "mja-voortgang-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder + "/regions", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: AgendaCommandsTests.regions + "/registers", toPath: folder + "/regions/registers")
        for name in names {
            try FileManager.default.copyItem(atPath: AgendaCommandsTests.regions + "/" + name, toPath: folder + "/regions/" + name)
        }
        return folder
    }

    @Test func writesEachReportAndTheNationalOverview() throws {
        let root = try folder(["am05-twente.toml", "am01-groningen.toml", "lmja.toml"])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let result = mja("voortgang", root + "/regions", "--uit", root + "/out", "--formaat", "md,html,docx", "--sjablonen", Self.templates)
        #expect(result.code == .success, "\(result.error)")
        #expect(result.output == "3 voortgangsrapportages en het landelijke overzicht geschreven in \(root)/out (12 bestanden); 2 van de 3 agenda's hebben voortgangsgegevens\n")
        for file in ["am05-twente/voortgang.md", "am01-groningen/voortgang.html", "lmja/voortgang.docx", "voortgang.md", "voortgang.html", "voortgang.docx"] {
            #expect(FileManager.default.fileExists(atPath: root + "/out/" + file), "\(file)")
        }
        let groningen = try String(contentsOfFile: root + "/out/am01-groningen/voortgang.md", encoding: .utf8)
        #expect(groningen.contains("Deze agenda bevat nog geen voortgangsgegevens"))
        let national = try String(contentsOfFile: root + "/out/voortgang.md", encoding: .utf8)
        #expect(national.contains("3 agenda's, waarvan 2 agenda's met voortgangsgegevens: Twente (AM05) en de landelijke agenda"))
    }

    /// The build writes no progress reports, but its index links those `mja voortgang` left there.
    @Test func theBuildIndexLinksTheProgressReports() throws {
        let root = try folder(["am05-twente.toml", "am01-groningen.toml", "lmja.toml"])
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(mja("voortgang", root + "/regions", "--uit", root + "/out", "--formaat", "md,html", "--sjablonen", Self.templates).code == .success)
        let built = mja("build", root + "/regions", "--uit", root + "/out", "--formaat", "html", "--sjablonen", Self.templates)
        #expect(built.code == .success, "\(built.error)")
        let index = try String(contentsOfFile: root + "/out/index.html", encoding: .utf8)
        #expect(index.contains("<a href=\"am05-twente/voortgang.html\" title=\"Voortgang (HTML)\">HTML</a>"))
        #expect(index.contains("<a href=\"lmja/voortgang.md\" title=\"Voortgang (Markdown)\">Markdown</a>"))
        #expect(index.contains("<a href=\"voortgang.html\">Landelijke voortgangsrapportage (HTML)</a>"))
        #expect(FileManager.default.fileExists(atPath: root + "/out/am05-twente/voortgang.html"), "the build leaves them alone")
    }

    @Test func aReferenceDateMustBeADate() throws {
        let root = try folder(["am05-twente.toml"])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let result = mja("voortgang", root + "/regions", "--uit", root + "/out", "--peildatum", "morgen", "--sjablonen", Self.templates)
        #expect(result.code == .usageError)
        #expect(result.error.contains("--peildatum verwacht een bestaande datum als 2026-10-01, niet 'morgen'"))
    }

    /// Spending recorded in 2029, outside the execution period (MJA151, an error).
    @Test func anAgendaWithAProgressErrorGetsNoReport() throws {
        let root = try folder(["am05-twente.toml"])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let file = root + "/regions/am05-twente.toml"
        let text = try String(contentsOfFile: file, encoding: .utf8)
            .replacingOccurrences(of: "{ jaar = 2026, bron = \"slim\", bedrag = \"71250,25\" }", with: "{ jaar = 2029, bron = \"slim\", bedrag = \"71250,25\" }")
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        let result = mja("voortgang", root + "/regions", "--uit", root + "/out", "--sjablonen", Self.templates)
        #expect(result.code == .failure)
        #expect(result.error.contains("MJA151"))
        #expect(result.error.contains("geen voortgangsrapportage: los eerst de fouten op"))
        #expect(!FileManager.default.fileExists(atPath: root + "/out/am05-twente/voortgang.md"))
    }
}
