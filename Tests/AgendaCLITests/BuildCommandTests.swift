import Foundation
import TestSupport
import Testing
@testable import AgendaCLI

/// `mja build` end to end, on real files in a temporary folder.
@Suite(.timed) struct BuildCommandTests {
    static let templates = AgendaCommandsTests.repository.appendingPathComponent("templates").path
    static let twente = AgendaCommandsTests.regions + "/am05-twente.toml"

    func workspace() throws -> (folder: String, output: String) {
        let folder = NSTemporaryDirectory() + "mja-build-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: AgendaCommandsTests.regions + "/registers", toPath: folder + "/registers")
        try FileManager.default.copyItem(atPath: Self.twente, toPath: folder + "/am05-twente.toml")
        return (folder, folder + "/uit")
    }

    func files(in folder: String) -> [String] {
        (FileManager.default.enumerator(atPath: folder)?.allObjects as? [String] ?? []).filter { !$0.hasSuffix("/") }.sorted()
    }

    @Test func buildsBothPartsInBothFormatsWithAnIndex() throws {
        let (folder, output) = try workspace()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = mja("build", folder, "--uit", output, "--sjablonen", Self.templates)
        #expect(result.code == .success, "\(result.error)")
        // The documents link to the signal report (`../signalen.html`): a build of one agenda writes it.
        #expect(result.output.contains("3 documenten van 1 agenda en het signalenrapport geschreven in 2 formaten (8 bestanden)"))
        #expect(files(in: output) == [
            "am05-twente", "am05-twente/beleidsdeel.html", "am05-twente/beleidsdeel.md",
            "am05-twente/publieksversie.html", "am05-twente/publieksversie.md", "am05-twente/uitvoeringsdeel.html", "am05-twente/uitvoeringsdeel.md", "index.html",
            "signalen.html", "signalen.md",
        ])
        let index = try String(contentsOfFile: output + "/index.html", encoding: .utf8)
        #expect(index.contains("<br />\nUitvoeringsdeel: <a href=\"am05-twente/uitvoeringsdeel.md\" title=\"Uitvoeringsdeel (Markdown)\">Markdown</a> · <a href=\"am05-twente/uitvoeringsdeel.html\" title=\"Uitvoeringsdeel (HTML)\">HTML</a><br />\nPublieksversie: <a href=\"am05-twente/publieksversie.md\" title=\"Publieksversie (Markdown)\">Markdown</a> · <a href=\"am05-twente/publieksversie.html\" title=\"Publieksversie (HTML)\">HTML</a></td>"))
    }

    @Test func aFolderBuildAlsoWritesTheSignalReport() throws {
        let (folder, output) = try workspace()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.copyItem(
            atPath: AgendaCommandsTests.regions + "/am01-groningen.toml", toPath: folder + "/am01-groningen.toml")
        let result = mja("build", folder, "--uit", output, "--sjablonen", Self.templates)
        #expect(result.code == .success, "\(result.error)")
        #expect(result.output.contains("en het signalenrapport"))
        #expect(FileManager.default.fileExists(atPath: output + "/signalen.html"))
        let index = try String(contentsOfFile: output + "/index.html", encoding: .utf8)
        #expect(index.contains("<a href=\"signalen.html\">"))
    }

    @Test func onlyTheFormatsAskedFor() throws {
        let (folder, output) = try workspace()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = mja("build", folder, "--uit", output, "--sjablonen", Self.templates, "--formaat", "html")
        #expect(result.code == .success)
        #expect(!files(in: output).contains { $0.hasSuffix(".md") })
    }

    @Test func wordFilesWhenAskedFor() throws {
        let (folder, output) = try workspace()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.copyItem(
            atPath: AgendaCommandsTests.regions + "/am01-groningen.toml", toPath: folder + "/am01-groningen.toml")
        let result = mja("build", folder, "--uit", output, "--sjablonen", Self.templates, "--formaat", "docx")
        #expect(result.code == .success, "\(result.error)")
        #expect(files(in: output).filter { $0.hasSuffix(".docx") } == [
            "am01-groningen/beleidsdeel.docx", "am01-groningen/publieksversie.docx", "am01-groningen/uitvoeringsdeel.docx",
            "am05-twente/beleidsdeel.docx", "am05-twente/publieksversie.docx", "am05-twente/uitvoeringsdeel.docx", "signalen.docx",
        ])
        let word = try Data(contentsOf: URL(fileURLWithPath: output + "/am05-twente/uitvoeringsdeel.docx"))
        #expect(Array(word.prefix(4)) == [0x50, 0x4B, 0x03, 0x04], "a ZIP file")
        let index = try String(contentsOfFile: output + "/index.html", encoding: .utf8)
        #expect(index.contains("Uitvoeringsdeel: <a href=\"am05-twente/uitvoeringsdeel.docx\" title=\"Uitvoeringsdeel (Word)\">Word</a>"))
    }

    @Test func twoBuildsAreByteIdentical() throws {
        let (folder, output) = try workspace()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        _ = mja("build", folder, "--uit", output + "1", "--sjablonen", Self.templates, "--formaat", "md,html,docx,pdf")
        _ = mja("build", folder, "--uit", output + "2", "--sjablonen", Self.templates, "--formaat", "md,html,docx,pdf")
        #expect(files(in: output + "1").contains("am05-twente/uitvoeringsdeel.pdf"))
        for file in files(in: output + "1") where file.contains(".") {
            let first = FileManager.default.contents(atPath: output + "1/" + file)
            #expect(first != nil && first == FileManager.default.contents(atPath: output + "2/" + file), "\(file)")
        }
    }

    @Test func anAgendaWithErrorsIsRefusedAndSaysWhy() throws {
        let (folder, output) = try workspace()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = folder + "/am05-twente.toml"
        let original = try String(contentsOfFile: file, encoding: .utf8)
        try original.replacingOccurrences(of: "status = \"concept\"", with: "status = \"klaar\"")
            .write(toFile: file, atomically: true, encoding: .utf8)
        let result = mja("build", folder, "--uit", output, "--sjablonen", Self.templates)
        #expect(result.code == .failure)
        #expect(result.error.contains("fout[MJA013]"))
        // The line of the error is shown under it: a build keeps the source text of a file with an
        // error when it lets the others go after the checks (issue 38).
        #expect(result.error.contains("| status = \"klaar\""), "\(result.error)")
        #expect(result.error.contains("\(file) is niet gebouwd"))
        #expect(!FileManager.default.fileExists(atPath: output + "/am05-twente/beleidsdeel.html"))
        let index = try String(contentsOfFile: output + "/index.html", encoding: .utf8)
        #expect(index.contains("1 fout: niet gebouwd"))
    }

    @Test func aBrokenTemplateIsReportedWithItsPlace() throws {
        let (folder, output) = try workspace()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let templates = folder + "/sjablonen"
        try FileManager.default.copyItem(atPath: Self.templates, toPath: templates)
        try "# {{agenda.titel}\n".write(toFile: templates + "/beleidsdeel.md", atomically: true, encoding: .utf8)
        let result = mja("build", folder, "--uit", output, "--sjablonen", templates)
        #expect(result.code == .failure)
        #expect(result.error.contains("beleidsdeel.md:1:3"), "\(result.error)")
        #expect(!FileManager.default.fileExists(atPath: output + "/index.html"))
    }
}

/// `mja build --formaat dia`: the slide decks beside the documents and the signal report.
@Suite(.timed) struct BuildDeckTests {
    @Test func diaWritesADeckPerAgendaAndForTheSignalReport() throws {
        let (folder, output) = try BuildCommandTests().workspace()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.copyItem(
            atPath: AgendaCommandsTests.regions + "/am01-groningen.toml", toPath: folder + "/am01-groningen.toml")
        let result = mja("build", folder, "--uit", output, "--sjablonen", BuildCommandTests.templates, "--formaat", "html,dia")
        #expect(result.code == .success, "\(result.error)")
        #expect(result.output.contains("6 documenten van 2 agenda's en het signalenrapport geschreven in 2 formaten (13 bestanden)"))
        let files = BuildCommandTests().files(in: output)
        #expect(files.contains("am05-twente/dia.html") && files.contains("am01-groningen/dia.html") && files.contains("signalen-dia.html"))
        #expect(files.filter { $0.hasSuffix(".pptx") } == ["am01-groningen/dia.pptx", "am05-twente/dia.pptx", "signalen-dia.pptx"])
        #expect(!files.contains { $0.hasSuffix(".md") })
        let deck = try String(contentsOfFile: output + "/am05-twente/dia.html", encoding: .utf8)
        #expect(deck.contains("<section class=\"dia titeldia\" id=\"dia-1\""))
        #expect(deck.contains(">De drie opgaven</h2>") && deck.contains(">Begroting per jaar</h2>") && deck.contains("<svg"))
        let index = try String(contentsOfFile: output + "/index.html", encoding: .utf8)
        #expect(index.contains("Dia's: <a href=\"am05-twente/dia.html\" title=\"Dia's (HTML)\">HTML</a>"))
        #expect(index.contains("<a href=\"am05-twente/dia.pptx\" title=\"Dia's (PowerPoint)\">PowerPoint</a>"))
        #expect(index.contains("<a href=\"signalen-dia.pptx\">Signalen uit de regio's: Dia's (PowerPoint)</a>"))

        // Only the decks, and twice the same bytes.
        let again = mja("build", folder, "--uit", output + "2", "--sjablonen", BuildCommandTests.templates, "--formaat", "dia")
        #expect(again.code == .success, "\(again.error)")
        #expect(BuildCommandTests().files(in: output + "2").filter { $0.hasSuffix(".html") && $0 != "index.html" }
                == ["am01-groningen/dia.html", "am05-twente/dia.html", "signalen-dia.html"])
        for deck in ["am05-twente/dia.html", "am05-twente/dia.pptx", "signalen-dia.pptx"] {
            #expect(FileManager.default.contents(atPath: "\(output)/\(deck)") == FileManager.default.contents(atPath: "\(output)2/\(deck)"), "\(deck)")
        }
    }
}
