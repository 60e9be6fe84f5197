import Documents
import Foundation
import TestSupport
import Testing
@testable import AgendaCLI

/// `mja verschil` on real files in a temporary folder, and on a temporary git repository.
@Suite(.timed) struct DiffCommandTests {
    static let twente = AgendaCommandsTests.regions + "/am05-twente.toml"

    /// A folder with the registries and the shipped Twente agenda as `am05-twente.toml`, and a
    /// second version of it as `am05-twente-1.0.toml` with a few changes.
    func versions() throws -> (folder: String, old: String, new: String) {
        let folder = NSTemporaryDirectory() + "mja-verschil-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: AgendaCommandsTests.regions + "/registers", toPath: folder + "/registers")
        // Versions of a region's own agenda: not the example (an edited one would get MJA024).
        let text = try String(contentsOfFile: Self.twente, encoding: .utf8)
            .replacingOccurrences(of: "\nvoorbeeld = true\n", with: "\nvoorbeeld = false\n")
        try text.write(toFile: folder + "/am05-twente.toml", atomically: true, encoding: .utf8)
        try Self.changed(text).write(toFile: folder + "/am05-twente-1.0.toml", atomically: true, encoding: .utf8)
        return (folder, folder + "/am05-twente.toml", folder + "/am05-twente-1.0.toml")
    }

    static func changed(_ text: String) -> String {
        text.replacingOccurrences(of: "versie = \"0.9\"", with: "versie = \"1.0\"")
            .replacingOccurrences(of: "titel = \"Instroom in de zorg via bbl-trajecten\"", with: "titel = \"Instroom in zorg en welzijn via bbl-trajecten\"")
            .replacingOccurrences(of: "bedrag = 180000, zekerheid = \"indicatief\"", with: "bedrag = 165000, zekerheid = \"toegezegd\"")
    }

    @Test func twoFilesWithChangesExitZero() throws {
        let (folder, old, new) = try versions()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = mja("verschil", old, new)
        #expect(result.code == .success, "\(result.error)")
        #expect(result.error == "")
        // The heading names the files, not the machine's paths; the lines below locate in the file given.
        #expect(result.output.hasPrefix("Wijzigingen in am05-twente-1.0.toml (versie 1.0) ten opzichte van versie 0.9 (am05-twente.toml)\n"))
        #expect(result.output.contains("\n\(new):11:10: gewijzigd: versie: 0.9 → 1.0\n"))
        #expect(result.output.contains("\nThema 'Instroom in zorg en welzijn via bbl-trajecten' (zorg-instroom)\n\(new):171:1: gewijzigd: thema 'Instroom in zorg en welzijn via bbl-trajecten' (zorg-instroom)\n    titel: 'Instroom in de zorg via bbl-trajecten' → 'Instroom in zorg en welzijn via bbl-trajecten'\n"))
        #expect(result.output.contains("    begroting 2027 · Gemeentelijke middelen: € 180.000 → € 165.000 (-€ 15.000)\n"))
        #expect(result.output.contains("    totaal                          € 1.065.000,50  € 1.050.000,50  -€ 15.000\n"))
        #expect(!result.output.contains("\u{1B}["))
        // Without --uit or a document format, no document is written.
        #expect(!result.output.contains("Geschreven"))
    }

    @Test func identicalFilesHaveNothingToReport() throws {
        let (folder, old, _) = try versions()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let copy = folder + "/am05-twente-kopie.toml"
        try FileManager.default.copyItem(atPath: old, toPath: copy)
        let result = mja("verschil", old, copy)
        #expect(result.code == .success)
        #expect(result.output.hasSuffix("Niets te melden: de twee versies zeggen hetzelfde (een andere volgorde of andere regelafbreking telt niet).\n"))
        let json = mja("verschil", old, copy, "--format", "json")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        #expect(object["changes"] as? Bool == false)
        #expect(json.code == .success)
    }

    @Test func jsonForScripts() throws {
        let (folder, old, new) = try versions()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = mja("verschil", old, new, "--formaat", "json")
        #expect(result.code == .success)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect(object["changes"] as? Bool == true)
        let comparison = try #require(object["comparison"] as? [String: Any])
        let budget = try #require(comparison["budget"] as? [String: Any])
        #expect((budget["oldTotal"] as? [String: Any])?["cents"] as? Int == 106_500_050)
        #expect((budget["difference"] as? [String: Any])?["cents"] as? Int == -1_500_000)
        let themes = try #require(comparison["themes"] as? [[String: Any]])
        #expect(themes.map { $0["id"] as? String } == ["zorg-instroom"])
    }

    @Test func colourOnlyOnATerminal() throws {
        let (folder, old, new) = try versions()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(mja(["verschil", old, new], outputIsTerminal: true).output.contains("\u{1B}[33mgewijzigd\u{1B}[0m"))
        #expect(!mja(["verschil", old, new], environment: ["NO_COLOR": "1"], outputIsTerminal: true).output.contains("\u{1B}["))
    }

    @Test func controlCharactersFromTheAgendaDoNotReachTheTerminal() throws {
        let (folder, old, new) = try versions()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let text = try String(contentsOfFile: new, encoding: .utf8)
            .replacingOccurrences(of: "titel = \"Instroom in zorg en welzijn via bbl-trajecten\"", with: "titel = \"Instroom\\u001B[2J in de zorg\"")
        try text.write(toFile: new, atomically: true, encoding: .utf8)
        let result = mja("verschil", old, new)
        #expect(result.code == .success)
        #expect(result.output.contains("→ 'Instroom?[2J in de zorg'\n"))
        #expect(!result.output.contains("\u{1B}"))
    }

    @Test func twoDifferentAgendasGiveAClearMessage() throws {
        let (folder, old, _) = try versions()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.copyItem(atPath: AgendaCommandsTests.regions + "/am01-groningen.toml", toPath: folder + "/am01-groningen.toml")
        let result = mja("verschil", old, folder + "/am01-groningen.toml")
        #expect(result.code == .failure)
        #expect(result.output == "")
        #expect(result.error.contains("'am05-twente.toml' is de agenda van Twente (AM05) en 'am01-groningen.toml' is de agenda van Groningen (AM01): mja verschil vergelijkt twee versies van één agenda."))
    }

    @Test func wrongCommandLines() throws {
        #expect(mja("verschil", Self.twente).code == .usageError)
        #expect(mja("verschil", Self.twente, Self.twente, "--formaat", "tekst,json").error.hasPrefix("mja: fout: kies tekst of json voor het scherm, niet allebei\n"))
        #expect(mja("verschil", "--sinds", "HEAD", Self.twente, Self.twente).code == .usageError)
        let missing = mja("verschil", "/bestaat/niet.toml", Self.twente)
        #expect(missing.code == .usageError)
        #expect(missing.error.contains("'/bestaat/niet.toml' bestaat niet"))
        #expect(mja("help", "verschil").output.contains("Exitcode 0 met of zonder wijzigingen"))
    }

    @Test func theDocumentInEveryOutputFormat() throws {
        let (folder, old, new) = try versions()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let output = folder + "/uit"
        let formats = OutputFormat.allCases.map(\.rawValue).joined(separator: ",")
        let result = mja("verschil", old, new, "--uit", output, "--formaat", formats, "--sjablonen", BuildCommandTests.templates)
        #expect(result.code == .success, "\(result.error)")
        let paths = OutputFormat.allCases.map { "\(output)/am05-twente-1.0/wijzigingen.\($0.fileExtension)" }
        #expect(result.output.hasSuffix("Geschreven: " + paths.joined(separator: ", ") + "\n"))
        for path in paths { #expect(FileManager.default.fileExists(atPath: path), "\(path)") }
        let html = try String(contentsOfFile: paths[OutputFormat.allCases.firstIndex(of: .html)!], encoding: .utf8)
        #expect(html.contains("wijzigingen ten opzichte van versie 0.9"))
        // With JSON on standard output, the files written are named on standard error; --uit alone means md,html.
        let json = mja("verschil", old, new, "--uit", output + "2", "--format", "json", "--sjablonen", BuildCommandTests.templates)
        #expect(json.error == "Geschreven: \(output)2/am05-twente-1.0/wijzigingen.md, \(output)2/am05-twente-1.0/wijzigingen.html\n")
        #expect(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) is [String: Any])
    }

    // MARK: - git

    /// Runs git in `folder`; fails the test when git fails.
    @discardableResult
    func git(_ arguments: [String], in folder: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", folder, "-c", "user.name=Test", "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false"] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = Pipe()
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "git \(arguments) failed")
        return String(decoding: data, as: UTF8.self)
    }

    @Test func sinceARevisionReadsTheOldVersionFromGit() throws {
        let (folder, file, _) = try versions()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try git(["init", "-q"], in: folder)
        try git(["add", "am05-twente.toml", "registers"], in: folder)
        try git(["commit", "-q", "-m", "versie 0.9"], in: folder)
        try git(["tag", "v0.9"], in: folder)
        let original = try String(contentsOfFile: file, encoding: .utf8)
        try Self.changed(original).write(toFile: file, atomically: true, encoding: .utf8)

        let result = mja("verschil", "--sinds", "v0.9", file)
        #expect(result.code == .success, "\(result.error)")
        #expect(result.output.hasPrefix("Wijzigingen in am05-twente.toml (versie 1.0) ten opzichte van versie 0.9 (am05-twente.toml (v0.9))\n"))
        #expect(result.output.contains("    titel: 'Instroom in de zorg via bbl-trajecten' → 'Instroom in zorg en welzijn via bbl-trajecten'\n"))
        // The working file is untouched, and the committed version is the same as HEAD: nothing to report.
        #expect(try String(contentsOfFile: file, encoding: .utf8) == Self.changed(original))
        try git(["commit", "-q", "-am", "versie 1.0"], in: folder)
        #expect(mja("verschil", "--sinds", "HEAD", file).output.contains("Niets te melden"))

        let unknown = mja("verschil", "--sinds", "v7.3", file)
        #expect(unknown.code == .failure)
        #expect(unknown.error.contains("revisie 'v7.3' bestaat niet in de repository van '\(file)'"))

        let newer = folder + "/am05-twente-1.0.toml"
        try git(["add", "am05-twente-1.0.toml"], in: folder)
        try git(["commit", "-q", "-m", "nieuw bestand"], in: folder)
        let before = mja("verschil", "--sinds", "v0.9", newer)
        #expect(before.code == .failure)
        #expect(before.error.contains("'\(newer)' bestond nog niet in revisie 'v0.9'"))
    }

    // MARK: - What the check says (issue 29, point 4; issue 31, point 6)

    /// The Twente agenda with its 2026 line on the regional budget raised from € 250.000 to
    /// € 625.000: € 25.000 over the ceiling of € 600.000 (MJA121).
    static func overTheCeiling(_ text: String) -> String {
        text.replacingOccurrences(of: "{ jaar = 2026, bron = \"regiobudget-twente\", bedrag = 250000,",
                                  with: "{ jaar = 2026, bron = \"regiobudget-twente\", bedrag = 625000,")
    }

    static let ceilingError = "voor Regionaal budget arbeidsmarktinfrastructuur Twente is in 2026 € 625.000 gepland, meer dan het plafond van € 600.000"

    @Test func aRaiseThatBreaksACeilingIsSaidNotOnlyTheAmount() throws {
        let (folder, old, _) = try versions()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let new = folder + "/nieuw/am05-twente.toml"
        try FileManager.default.createDirectory(atPath: folder + "/nieuw", withIntermediateDirectories: true)
        try Self.overTheCeiling(try String(contentsOfFile: old, encoding: .utf8)).write(toFile: new, atomically: true, encoding: .utf8)
        try #require(mja("check", new).output.contains(Self.ceilingError))

        let output = folder + "/uit"
        let result = mja("verschil", old, new, "--uit", output, "--formaat", "md,text", "--sjablonen", BuildCommandTests.templates)
        #expect(result.code == .success, "\(result.error)")
        #expect(result.output.contains("\nWat de controle nu anders zegt\n\(new):95:11: nieuw: fout[MJA121]: \(Self.ceilingError)\n"))
        #expect(result.output.contains("\nSamengevat: 1 nieuwe fout; 1 thema gewijzigd; 1 actie gewijzigd; begroting +€ 375.000.\n"))
        // Two files of the same name are told apart by their folders.
        #expect(result.output.hasPrefix("Wijzigingen in nieuw/am05-twente.toml (versie 0.9) ten opzichte van versie 0.9 (\((folder as NSString).lastPathComponent)/am05-twente.toml)\n"))

        let document = try String(contentsOfFile: output + "/am05-twente/wijzigingen.md", encoding: .utf8)
        #expect(document.contains("- De controle zegt bij deze versie iets anders dan bij de vorige: 1 nieuwe fout.\n"))
        #expect(document.contains("## Wat de controle nu meldt\n"))
        #expect(document.contains("| fout | MJA121 | Voor Regionaal budget arbeidsmarktinfrastructuur Twente is in 2026 €\u{A0}625.000 gepland, meer dan het plafond van €\u{A0}600.000 | 95 |\n"))
        // No machine path anywhere in the document.
        #expect(!document.contains(folder) && !document.contains(NSTemporaryDirectory()))

        // Back again: the error is resolved, and said so.
        let back = mja("verschil", new, old)
        #expect(back.output.contains(": opgelost: fout[MJA121]: \(Self.ceilingError)\n"))
        #expect(back.output.contains("Samengevat: 1 melding opgelost;"))
        // Raised further, the error is still there with another amount: changed, not resolved.
        let further = folder + "/verder/am05-twente.toml"
        try FileManager.default.createDirectory(atPath: folder + "/verder", withIntermediateDirectories: true)
        try Self.overTheCeiling(try String(contentsOfFile: old, encoding: .utf8)).replacingOccurrences(of: "bedrag = 625000,", with: "bedrag = 650000,")
            .write(toFile: further, atomically: true, encoding: .utf8)
        let changed = mja("verschil", new, further)
        #expect(changed.output.contains(": gewijzigd: fout[MJA121]: voor Regionaal budget arbeidsmarktinfrastructuur Twente is in 2026 € 650.000 gepland, meer dan het plafond van € 600.000\n    eerder: \(Self.ceilingError)\n"))
        #expect(!changed.output.contains("opgelost"))
        // In JSON, for scripts.
        let json = mja("verschil", old, new, "--format", "json")
        #expect(json.output.contains("\"code\" : \"MJA121\""))
    }

    @Test func aVersionFromGitIsNamedByItsFileAndRevision() throws {
        let (folder, file, _) = try versions()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try git(["init", "-q"], in: folder)
        // The earlier version has an error of its own (an amount written 12.000).
        let original = try String(contentsOfFile: file, encoding: .utf8)
        try original.replacingOccurrences(of: "bedrag = 180000, zekerheid = \"indicatief\"", with: "bedrag = 180.000, zekerheid = \"indicatief\"")
            .write(toFile: file, atomically: true, encoding: .utf8)
        try git(["add", "am05-twente.toml", "registers"], in: folder)
        try git(["commit", "-q", "-m", "met een fout"], in: folder)
        try Self.overTheCeiling(original).write(toFile: file, atomically: true, encoding: .utf8)

        let output = folder + "/uit"
        let result = mja("verschil", "--sinds", "HEAD", file, "--uit", output, "--formaat", "md", "--sjablonen", BuildCommandTests.templates)
        #expect(result.code == .success, "\(result.error)")
        // The old version's error is located in the old version, not at the current file's path.
        #expect(result.error.contains("am05-twente.toml (HEAD):"))
        #expect(result.error.contains("fout[MJA014]: '180.000' is geen bedrag in euro's voor 'bedrag'"))
        #expect(!result.error.contains(file + ":"))
        #expect(result.output.hasPrefix("Wijzigingen in am05-twente.toml (versie 0.9) ten opzichte van versie 0.9 (am05-twente.toml (HEAD))\n"))
        let document = try String(contentsOfFile: output + "/am05-twente/wijzigingen.md", encoding: .utf8)
        #expect(document.contains("- **Vergeleken met:** versie 0.9, concept (am05-twente.toml (HEAD))\n"))
        #expect(!document.contains(folder) && !document.contains("HEAD:"))
        #expect(document.contains("| fout | MJA121 |"))
    }

    @Test func sinceWithoutARepositoryOrWithoutGit() throws {
        let (folder, file, _) = try versions()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // The temporary folder is in no repository.
        let outside = mja("verschil", "--sinds", "HEAD", file)
        #expect(outside.code == .failure)
        #expect(outside.error.contains("'\(file)' staat niet in een git-repository, dus er is geen eerdere versie om mee te vergelijken"))
        let noGit = mja(["verschil", "--sinds", "HEAD", file], environment: ["PATH": folder + "/geen-git"])
        #expect(noGit.code == .failure)
        #expect(noGit.error.contains("git is niet gevonden, en --sinds leest de oude versie met git"))
    }
}
