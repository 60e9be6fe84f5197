import Foundation
import TestSupport
import Testing
@testable import AgendaCLI

/// Issue 37, point 1: `mja build --formaat data` and `mja importeer`, end to end on real files.
@Suite(.timed) struct OpenDataCommandTests {
    /// One national build with `data`, made once and only read by the tests.
    static let national: (output: String, outcome: Outcome) = {
        let output = ProcessScratch.path("mja-opendata-")
        let outcome = mja("build", AgendaCommandsTests.regions, "--formaat", "data", "--uit", output)
        return (output, outcome)
    }()

    static let agendaFiles = ["agenda.json", "themas.csv", "acties.csv", "begroting.csv", "resultaten.csv", "indicatoren.csv",
                              "metingen.csv", "signalen.csv", "criteria.csv", "datapackage.json"]

    /// Every datapackage.json of the national build: one per agenda and the national one.
    static var packages: [String] {
        let folders = ((try? FileManager.default.contentsOfDirectory(atPath: national.output)) ?? []).sorted()
        return (folders.map { "\(national.output)/\($0)/data/datapackage.json" } + ["\(national.output)/data/datapackage.json"])
            .filter { FileManager.default.fileExists(atPath: $0) }
    }

    @Test func theBuildWritesThePromisedLayout() throws {
        let (output, outcome) = Self.national
        #expect(outcome.code == .success, "\(outcome.error)")
        #expect(outcome.output.contains("De open data van 36 agenda's geschreven"), "\(outcome.output)")
        for folder in ["am05-twente", "lmja", "am38-foodvalley"] {
            let files = try FileManager.default.contentsOfDirectory(atPath: "\(output)/\(folder)/data").sorted()
            // The data and, beside it, its DCAT-AP-NL catalogue record.
            #expect(files == (Self.agendaFiles + ["dcat.jsonld"]).sorted(), "\(folder)")
        }
        let national = try FileManager.default.contentsOfDirectory(atPath: "\(output)/data").sorted()
        #expect(national == (Self.agendaFiles.filter { $0 != "agenda.json" } + ["dcat.jsonld"]).sorted())
        // No documents were asked for, so none are written.
        #expect(!FileManager.default.fileExists(atPath: "\(output)/am05-twente/beleidsdeel.html"))
        let index = try String(contentsOfFile: output + "/index.html", encoding: .utf8)
        #expect(index.contains("href=\"am05-twente/data/datapackage.json\""))
        #expect(index.contains("href=\"am05-twente/data/agenda.json\""))
        #expect(index.contains("href=\"data/datapackage.json\""))
        // An agenda's row does not list its tables one by one; the dashboard's figures link the
        // national table they come from.
        #expect(!index.contains("am05-twente/data/themas.csv"))
        #expect(index.contains("href=\"data/themas.csv\""))
        #expect(index.contains("<td>Open data: <a href=\"am05-twente/data/agenda.json\" title=\"Open data (agenda.json)\">agenda.json</a> · <a href=\"am05-twente/data/datapackage.json\""), "\(index)")
        // The national tables are every agenda's, with the region as the key.
        let themes = try String(contentsOfFile: output + "/data/themas.csv", encoding: .utf8)
        let regions = Set(themes.split(separator: "\r\n").dropFirst().map { $0.prefix { $0 != "," } })
        #expect(regions.count == 36 && regions.contains("landelijk") && regions.contains("AM05"))
    }

    @Test func aBuildOfOneAgendaLeavesTheNationalTablesAlone() throws {
        let output = NSTemporaryDirectory() + "mja-opendata-one-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: output) }
        let outcome = mja("build", AgendaCommandsTests.regions + "/am05-twente.toml", "--formaat", "data", "--uit", output)
        #expect(outcome.code == .success, "\(outcome.error)")
        #expect(FileManager.default.fileExists(atPath: output + "/am05-twente/data/datapackage.json"))
        #expect(!FileManager.default.fileExists(atPath: output + "/data"))
    }

    /// Data that looks current but is not is removed: an agenda that now has errors loses its
    /// `data/` folder, as it loses its documents.
    @Test func theDataOfAnAgendaWithErrorsIsRemoved() throws {
        let folder = NSTemporaryDirectory() + "mja-opendata-errors-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: AgendaCommandsTests.regions + "/registers", toPath: folder + "/registers")
        let twente = try String(contentsOfFile: AgendaCommandsTests.regions + "/am05-twente.toml", encoding: .utf8)
        try twente.write(toFile: folder + "/am05-twente.toml", atomically: true, encoding: .utf8)
        let output = folder + "/uit"
        #expect(mja("build", folder, "--formaat", "data,html", "--uit", output).code == .success)
        #expect(FileManager.default.fileExists(atPath: output + "/am05-twente/data/themas.csv"))
        try twente.replacingOccurrences(of: "status = \"concept\"", with: "status = \"klaar\"")
            .write(toFile: folder + "/am05-twente.toml", atomically: true, encoding: .utf8)
        let again = mja("build", folder, "--formaat", "data,html", "--uit", output)
        #expect(again.code == .failure)
        #expect(again.error.contains("am05-twente/data/agenda.json"), "\(again.error)")
        #expect(!FileManager.default.fileExists(atPath: output + "/am05-twente/data"))
        #expect(!FileManager.default.fileExists(atPath: output + "/am05-twente"))
    }

    @Test func theSameInputGivesTheSameBytes() throws {
        let output = NSTemporaryDirectory() + "mja-opendata-again-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: output) }
        #expect(mja("build", AgendaCommandsTests.regions, "--formaat", "data", "--uit", output).code == .success)
        for name in ["data/themas.csv", "data/datapackage.json", "am05-twente/data/agenda.json", "lmja/data/criteria.csv"] {
            #expect(FileManager.default.contents(atPath: "\(output)/\(name)") == FileManager.default.contents(atPath: "\(Self.national.output)/\(name)"), "\(name)")
        }
    }

    @Test func importWritesTOMLAndNeverOverwritesWithoutBeingAsked() throws {
        let folder = NSTemporaryDirectory() + "mja-importeer-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let json = Self.national.output + "/am05-twente/data/agenda.json"
        let target = folder + "/am05-twente.toml"
        let first = mja("importeer", json, "--uit", target)
        #expect(first.code == .success, "\(first.error)")
        let written = try String(contentsOfFile: target, encoding: .utf8)
        #expect(written.hasPrefix("#:schema ./mja-agenda.schema.json\n[agenda]\nsoort = \"regionaal\"\n"))
        try "mijn eigen tekst".write(toFile: target, atomically: true, encoding: .utf8)
        let second = mja("importeer", json, "--uit", target)
        #expect(second.code != .success)
        #expect(second.error.contains("bestaat al") && second.error.contains("--overschrijven"), "\(second.error)")
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "mijn eigen tekst")
        #expect(mja("importeer", json, "--uit", target, "--overschrijven").code == .success)
        #expect(try String(contentsOfFile: target, encoding: .utf8) == written)
    }

    @Test func aBrokenJSONIsLocatedAndNothingIsWritten() throws {
        let folder = NSTemporaryDirectory() + "mja-importeer-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let json = folder + "/agenda.json"
        let text = try String(contentsOfFile: Self.national.output + "/am05-twente/data/agenda.json", encoding: .utf8)
        try text.replacingOccurrences(of: "\"vastgesteld_door\"", with: "\"vastgesteld_doorr\"").write(toFile: json, atomically: true, encoding: .utf8)
        let outcome = mja("importeer", json)
        #expect(outcome.code == .failure)
        #expect(outcome.error.contains("\(json):8:5: fout[MJA341]: onbekende sleutel 'agenda.vastgesteld_doorr': bedoelt u 'vastgesteld_door'?"), "\(outcome.error)")
        #expect(!FileManager.default.fileExists(atPath: folder + "/agenda.toml"))
    }

    /// Done when: `frictionless validate` says VALID for every agenda's package and the national one.
    /// One Python process runs the validation `frictionless validate` runs (its `validate`) on all
    /// 37 packages: one program start per package took over a minute.
    @Test(.enabled(if: ExternalTool.frictionless.shouldRun, ExternalTool.frictionless.skipReason))
    func frictionlessFindsEveryPackageValid() throws {
        let tool = try ExternalTool.frictionless.require()
        let python = (tool as NSString).deletingLastPathComponent + "/python"
        let packages = Self.packages
        #expect(packages.count == 37)
        let script = """
            import sys
            from frictionless import validate
            for path in sys.argv[1:]:
                report = validate(path)
                print("VALID" if report.valid else "INVALID", path)
                if not report.valid:
                    for row in report.flatten(["type", "message"])[:5]:
                        print("   ", *row)
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: FileManager.default.isExecutableFile(atPath: python) ? python : tool)
        process.arguments = ["-c", script] + packages
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let lines = output.split(separator: "\n")
        #expect(lines.filter { $0.hasPrefix("VALID ") }.count == 37, "\(output)")
        #expect(!output.contains("INVALID"), "\(output)")
    }

    /// Done when: every agenda.json validates against the schema `mja schema` prints (jsonschema).
    @Test(.enabled(if: ExternalTool.jsonschemaPython.shouldRun, ExternalTool.jsonschemaPython.skipReason))
    func jsonschemaFindsEveryAgendaJSONValid() throws {
        let python = try ExternalTool.jsonschemaPython.require()
        let schema = Self.national.output + "/mja-agenda.schema.json"
        try mja("schema", "--regios", AgendaCommandsTests.regions).output.write(toFile: schema, atomically: true, encoding: .utf8)
        let script = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1]))
            validator = jsonschema.Draft7Validator(schema, format_checker=jsonschema.FormatChecker())
            count = 0
            for path in sys.argv[2:]:
                for error in validator.iter_errors(json.load(open(path, encoding="utf-8"))):
                    print(path, list(error.absolute_path), error.message)
                    count += 1
            print("checked", len(sys.argv) - 2, "errors", count)
            """
        let files = Self.packages.map { ($0 as NSString).deletingLastPathComponent + "/agenda.json" }
            .filter { FileManager.default.fileExists(atPath: $0) }
        #expect(files.count == 36)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = ["-c", script, schema] + files
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(output.hasSuffix("checked 36 errors 0\n"), "\(output)")
    }
}
