import Agenda
import Foundation
import TestSupport
import Testing
@testable import AgendaCLI

/// The agenda commands run in-process on real files in a temporary folder.
@Suite(.timed) struct AgendaCommandsTests {
    static let repository: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" && !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
            url.deleteLastPathComponent()
        }
        return url
    }()
    static let regions = repository.appendingPathComponent("regions").path
    static let template = repository.appendingPathComponent("templates/nieuwe-agenda.toml").path

    /// A temporary copy of the registries, plus `files`.
    func folder(_ files: [String: String] = [:]) throws -> String {
        let folder = NSTemporaryDirectory() + "mja-cli-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Self.regions + "/registers", toPath: folder + "/registers")
        for (name, text) in files { try text.write(toFile: folder + "/" + name, atomically: true, encoding: .utf8) }
        return folder
    }

    @Test func checkPassesOnTheShippedAgendas() {
        let result = mja("check", Self.regions)
        #expect(result.code == .success, "\(result.output)")
        #expect(result.output.hasPrefix("Geen problemen gevonden") || result.output.contains("waarschuwing"))
    }

    @Test func initWritesACleanSkeletonAndNeverOverwrites() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let target = folder + "/am21-haaglanden.toml"
        let first = mja("init", "--regio", "am21", "--regios", folder, "--sjabloon", Self.template)
        #expect(first.code == .success, "\(first.error)")
        #expect(first.output.contains("geschreven voor Haaglanden (AM21)"))
        let written = try String(contentsOfFile: target, encoding: .utf8)
        #expect(written.contains("regio = \"AM21\""))
        #expect(written.contains("naam = \"Gemeente 's-Gravenhage\""))

        let check = mja("check", target)
        #expect(check.code == .success, "\(check.output)")
        #expect(check.output.contains("waarschuwing[MJA130]"))
        #expect(!check.output.contains("fout["))

        try "gewijzigd".write(toFile: target, atomically: true, encoding: .utf8)
        let second = mja("init", "--regio", "AM21", "--regios", folder, "--sjabloon", Self.template)
        #expect(second.code == .failure)
        #expect(second.error.contains("bestaat al en wordt niet overschreven"))
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "gewijzigd")
    }

    @Test func initRefusesAnUnknownRegion() throws {
        let result = mja("init", "--regio", "AM04", "--regios", Self.regions, "--sjabloon", Self.template)
        #expect(result.code == .usageError)
        // Issue 30: a code in a gap of the numbering is named as such, with its neighbours.
        #expect(result.error.contains("AM04 bestaat niet"), "\(result.error)")
        #expect(result.error.contains("De buren op nummer zijn AM03 (Drenthe) en AM05 (Twente)."))
        let byName = mja("init", "--regio", "Twenthe", "--regios", Self.regions, "--sjabloon", Self.template)
        #expect(byName.error.contains("'Twenthe' is geen arbeidsmarktregio. Bedoelde u 'Twente'?"), "\(byName.error)")
    }

    @Test func checkReportsABrokenFileWithLineCaretAndSummary() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = folder + "/am05-twente.toml"
        try "[agenda]\nsoort = \"regionaal\"\nregio = \"AM05\"\ntitl = \"x\"\n".write(toFile: file, atomically: true, encoding: .utf8)
        let result = mja("check", file)
        #expect(result.code == .failure)
        #expect(result.output.contains("\(file):4:1: fout[MJA010]: onbekende sleutel 'titl' in [agenda]\n 4 | titl = \"x\"\n   | ^~~~\n   = hint: bedoelde u 'titel'?"))
        #expect(result.output.contains("fouten en 1 opmerking in 1 bestand"))

        let json = mja("check", "--format", "json", file)
        let object = try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any]
        let summary = object?["summary"] as? [String: Any]
        #expect((summary?["errors"] as? Int ?? 0) >= 5)
        #expect(json.code == .failure)
    }

    @Test func checkOfAMissingPathIsAUsageError() {
        let result = mja("check", "/nergens/agenda.toml")
        #expect(result.code == .usageError)
        #expect(result.error.contains("'/nergens/agenda.toml' bestaat niet"))
    }

    @Test func explainPrintsTheRuleAndSuggestsOnATypo() {
        let rule = mja("explain", "mja016")
        #expect(rule.code == .success)
        #expect(rule.output.hasPrefix("MJA016: Verwijzing naar iets dat niet bestaat\nErnst: fout\n"))
        #expect(rule.output.contains("goed:  partners = [\"uwv-twente\"]"))
        let all = mja("explain")
        #expect(all.output.split(separator: "\n").count == RuleCatalogue.all.count)
        let typo = mja("explain", "MJA0166")
        #expect(typo.code == .usageError)
        #expect(typo.error.contains("Bedoelde u 'MJA016'?"))
    }

    @Test func schemaIsJSONWithTheAgendaTables() throws {
        let result = mja("schema")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let properties = try #require(object["properties"] as? [String: Any])
        #expect(Set(properties.keys) == ["agenda", "beleidsdeel", "organisatie", "financieringsbron", "thema", "signaal"])
        #expect(object["required"] as? [String] == ["agenda", "beleidsdeel"])
        #expect(mja("schema").output == result.output)
    }
}

