import Foundation
import TestSupport
import Testing
@testable import AgendaCLI

/// `mja build` and `mja check` share their check options and their template checks.
@Suite(.timed) struct BuildOptionsTests {
    static let lmja = AgendaCommandsTests.regions + "/lmja.toml"

    /// The themes whose "signalen" verdict (second column) in the overview table of the execution
    /// part is not "✓" (a theme that meets shows only the sign there).
    static func themesFailingSignals(in markdown: String) -> Int {
        let table = markdown.components(separatedBy: "| Thema | Signalen |").dropFirst().first ?? ""
        let rows = table.split(separator: "\n").dropFirst(2).prefix { $0.hasPrefix("|") }
        return rows.filter { row in
            let cells = row.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            return cells.count > 1 && cells[1] != "✓"
        }.count
    }

    @Test(arguments: ["3", "40"])
    func buildAndCheckAgreeOnEveryVerdict(minimum: String) throws {
        let output = NSTemporaryDirectory() + "mja-min-regios-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: output) }
        let built = mja("build", Self.lmja, "--min-regios", minimum, "--uit", output, "--formaat", "md")
        #expect(built.code == .success, "\(built.error)")
        let markdown = try String(contentsOfFile: output + "/lmja/uitvoeringsdeel.md", encoding: .utf8)
        let checked = mja("check", Self.lmja, "--min-regios", minimum, "--format", "json")
        let warnings = checked.output.components(separatedBy: "\"MJA101\"").count - 1
        #expect(Self.themesFailingSignals(in: markdown) == warnings)
        if minimum == "40" { #expect(warnings == 6, "no region count reaches 40") }
    }

    @Test func aTemplateTypoIsAnErrorWithItsPlace() throws {
        let folder = NSTemporaryDirectory() + "mja-typo-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: AgendaCommandsTests.regions + "/registers", toPath: folder + "/registers")
        try FileManager.default.copyItem(atPath: BuildCommandTests.twente, toPath: folder + "/am05-twente.toml")
        try FileManager.default.copyItem(atPath: BuildCommandTests.templates, toPath: folder + "/sjablonen")
        let template = folder + "/sjablonen/uitvoeringsdeel.md"
        let text = try String(contentsOfFile: template, encoding: .utf8)
        try text.replacingOccurrences(of: "# {{deel.kop}}", with: "# {{agenda.titl}}").write(toFile: template, atomically: true, encoding: .utf8)
        let result = mja("build", folder + "/am05-twente.toml", "--uit", folder + "/uit", "--sjablonen", folder + "/sjablonen")
        #expect(result.code == .failure)
        #expect(result.error.contains("uitvoeringsdeel.md:1:3: geen waarde voor 'agenda.titl' [MJA071] (bedoelde u 'agenda.titel'?)"), "\(result.error)")
        #expect(!FileManager.default.fileExists(atPath: folder + "/uit/am05-twente/uitvoeringsdeel.md"))
        let explained = mja("explain", "MJA071")
        #expect(explained.code == .success && explained.output.contains("{{agenda.titl}}"), "\(explained.output)")
    }

    /// Issue 32, point 2: a misspelt figure or partial stops the build when the templates load
    /// (before, `begroting-per-jaarr` built with exit 0 and showed the name as code).
    @Test func aMisspeltFigureOrPartialIsALocatedErrorWhenTheTemplatesLoad() throws {
        let folder = NSTemporaryDirectory() + "mja-figure-typo-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: AgendaCommandsTests.regions + "/registers", toPath: folder + "/registers")
        try FileManager.default.copyItem(atPath: BuildCommandTests.twente, toPath: folder + "/am05-twente.toml")
        try FileManager.default.copyItem(atPath: BuildCommandTests.templates, toPath: folder + "/sjablonen")
        let execution = folder + "/sjablonen/uitvoeringsdeel.md"
        let text = try String(contentsOfFile: execution, encoding: .utf8)
        let misspelt = text.replacingOccurrences(of: "{{grafieken.begroting-per-jaar}}", with: "{{grafieken.begroting-per-jaarr}}")
            .replacingOccurrences(of: "{{> delen/voorblad}}", with: "{{> delen/voorbld}}")
        #expect(misspelt != text)
        try misspelt.write(toFile: execution, atomically: true, encoding: .utf8)
        let line = { (tag: String) in (misspelt.components(separatedBy: "\n").firstIndex { $0.contains(tag) } ?? -1) + 1 }
        let result = mja("build", folder + "/am05-twente.toml", "--uit", folder + "/uit", "--sjablonen", folder + "/sjablonen")
        #expect(result.code == .failure)
        #expect(result.error.contains(
            "uitvoeringsdeel.md:\(line("begroting-per-jaarr")):1: fout[MJA073]: er is geen grafiek 'begroting-per-jaarr'"), "\(result.error)")
        #expect(result.error.contains(
            "bedoelde u 'begroting-per-jaar'? De grafieken zijn: begroting-per-bron, begroting-per-jaar, kaart-signalen, matrix-regio-thema, tijdlijn, trend-per-kwartaal."),
            "\(result.error)")
        #expect(result.error.contains("uitvoeringsdeel.md:\(line("voorbld")):1: fout[MJA071]: sjabloon 'delen/voorbld' bestaat niet"), "\(result.error)")
        #expect(result.error.contains("bedoelde u 'delen/voorblad'? De sjablonen zijn: "), "\(result.error)")
        #expect(!FileManager.default.fileExists(atPath: folder + "/uit/am05-twente/uitvoeringsdeel.md"))
    }

    /// A template of one's own that still shows a figure the old way, as a ```grafiek block, is an
    /// error with the tag to write (MJA074), reported with the other template errors in one run;
    /// before, the figure was left out and its name shown as code, with exit 0.
    @Test func aFigureAsAnOldCodeBlockIsAnErrorWithTheTagToWrite() throws {
        let folder = NSTemporaryDirectory() + "mja-old-figure-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: AgendaCommandsTests.regions + "/registers", toPath: folder + "/registers")
        try FileManager.default.copyItem(atPath: BuildCommandTests.twente, toPath: folder + "/am05-twente.toml")
        try FileManager.default.createDirectory(atPath: folder + "/sjablonen", withIntermediateDirectories: true)
        let old = "# {{agenda.titel}}\n\n```grafiek\nbegroting-per-bron\n```\n\n{{grafieken.tijdlijnn}}\n"
        try old.write(toFile: folder + "/sjablonen/uitvoeringsdeel.md", atomically: true, encoding: .utf8)
        let result = mja("build", folder + "/am05-twente.toml", "--uit", folder + "/uit", "--sjablonen", folder + "/sjablonen")
        #expect(result.code == .failure)
        #expect(result.error.contains("uitvoeringsdeel.md:3:1: fout[MJA074]: een grafiek als codeblok ```grafiek wordt niet meer getekend"), "\(result.error)")
        #expect(result.error.contains("door de tag {{grafieken.begroting-per-bron}} op een eigen regel"), "\(result.error)")
        #expect(result.error.contains("uitvoeringsdeel.md:7:1: fout[MJA073]: er is geen grafiek 'tijdlijnn'"), "\(result.error)")
        #expect(!FileManager.default.fileExists(atPath: folder + "/uit/am05-twente/uitvoeringsdeel.md"))
    }

    /// A folder with the registries and two agendas, and the output folder inside it.
    func twoAgendas() throws -> (folder: String, output: String) {
        let folder = NSTemporaryDirectory() + "mja-index-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: AgendaCommandsTests.regions + "/registers", toPath: folder + "/registers")
        for name in ["am05-twente.toml", "am06-veluwe-stedendriehoek.toml"] {
            try FileManager.default.copyItem(atPath: AgendaCommandsTests.regions + "/" + name, toPath: folder + "/" + name)
        }
        return (folder, folder + "/uit")
    }

    @Test func aBuildOfOneAgendaKeepsTheIndexWhole() throws {
        let (folder, output) = try twoAgendas()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(mja("build", folder, "--uit", output).code == .success)
        let full = try String(contentsOfFile: output + "/index.html", encoding: .utf8)
        #expect(mja("build", folder + "/am05-twente.toml", "--uit", output).code == .success)
        let index = try String(contentsOfFile: output + "/index.html", encoding: .utf8)
        #expect(index.contains("am06-veluwe-stedendriehoek/beleidsdeel.html"), "the other agenda keeps its row and links")
        #expect(index.contains("signalen.html"), "the signal report keeps its link")
        #expect(index == full)
    }

    @Test func aFullBuildRemovesDocumentsOfAgendasThatAreGone() throws {
        let (folder, output) = try twoAgendas()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(mja("build", folder, "--uit", output).code == .success)
        try "eigen aantekeningen".write(toFile: output + "/am06-veluwe-stedendriehoek/notities.txt", atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(atPath: folder + "/am06-veluwe-stedendriehoek.toml")
        #expect(mja("build", folder, "--uit", output).code == .success)
        let left = try FileManager.default.contentsOfDirectory(atPath: output + "/am06-veluwe-stedendriehoek")
        #expect(left == ["notities.txt"], "documents removed, the user's own file kept")
        let index = try String(contentsOfFile: output + "/index.html", encoding: .utf8)
        #expect(!index.contains("am06-veluwe-stedendriehoek/"))
        #expect(FileManager.default.fileExists(atPath: output + "/am05-twente/beleidsdeel.html"))
    }
}
