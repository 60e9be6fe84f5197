import Foundation
import TestSupport
import Testing
@testable import AgendaCLI

/// Issue 14, point 1: every way from the example agenda of a region to the region's own agenda ends
/// with `mja check` of the whole workspace free of errors. Runs the real commands on a copy of
/// `regions/`.
@Suite(.timed) struct ExampleReplacementTests {
    static let template = AgendaCommandsTests.template

    /// A copy of the shipped `regions/` in a temporary folder; returns the workspace and its regions.
    func workspace() throws -> (root: String, regions: String) {
        let root = NSTemporaryDirectory() + "mja-first-day-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: AgendaCommandsTests.regions, toPath: root + "/regions")
        return (root, root + "/regions")
    }

    func initZeeland(_ regions: String, _ extra: String...) -> Outcome {
        mja(["init", "--regio", "AM24", "--regios", regions, "--sjabloon", Self.template] + extra)
    }

    /// The whole workspace checks without errors, and lmja.toml's first reference to a Zeeland example
    /// signal is now the warning MJA020 at its place.
    func expectCleanWorkspace(_ regions: String, absent: Bool = false, sourceLocation: SourceLocation = #_sourceLocation) {
        let check = mja("check", regions)
        #expect(check.code == .success, "\(check.output)", sourceLocation: sourceLocation)
        #expect(!check.output.contains("fout["), sourceLocation: sourceLocation)
        let message = absent
            ? "is niet te vinden: er staat geen agenda van Zeeland (AM24) in deze map"
            : "kwam uit de voorbeeldagenda van Zeeland (AM24), die is vervangen door een echte agenda"
        #expect(check.output.contains(
            "\(regions)/lmja.toml:502:5: waarschuwing[MJA020]: signaal 'AM24/kerncentrale-vakmensen' \(message)\n"),
            sourceLocation: sourceLocation)
    }

    @Test func initOverTheExampleMovesItAsideAndTheWorkspaceStaysClean() throws {
        let (root, regions) = try workspace()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let example = try String(contentsOfFile: regions + "/am24-zeeland.toml", encoding: .utf8)
        let result = initZeeland(regions)
        #expect(result.code == .success, "\(result.error)")
        #expect(result.output.hasPrefix("De voorbeeldagenda \(regions)/am24-zeeland.toml staat nu in \(regions)/voorbeelden/am24-zeeland.toml."))
        #expect(try String(contentsOfFile: regions + "/voorbeelden/am24-zeeland.toml", encoding: .utf8) == example)
        let written = try String(contentsOfFile: regions + "/am24-zeeland.toml", encoding: .utf8)
        #expect(written.hasPrefix("#:schema ./mja-agenda.schema.json\n"))
        #expect(!written.contains("voorbeeld = true"))
        expectCleanWorkspace(regions)
    }

    @Test func removingTheExampleFirstAlsoEndsClean() throws {
        let (root, regions) = try workspace()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.removeItem(atPath: regions + "/am24-zeeland.toml")
        expectCleanWorkspace(regions, absent: true)
        #expect(initZeeland(regions).code == .success)
        #expect(!FileManager.default.fileExists(atPath: regions + "/voorbeelden"))
        expectCleanWorkspace(regions)
    }

    @Test func aConceptNextToTheExampleMovesTheExampleAside() throws {
        let (root, regions) = try workspace()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let result = initZeeland(regions, "--uit", regions + "/am24-zeeland-concept.toml")
        #expect(result.code == .success, "\(result.error)")
        #expect(FileManager.default.fileExists(atPath: regions + "/voorbeelden/am24-zeeland.toml"))
        #expect(!FileManager.default.fileExists(atPath: regions + "/am24-zeeland.toml"))
        expectCleanWorkspace(regions)
    }

    @Test func aFileElsewhereIsNamedForItsRegionAndChecksAgainstTheWorkspace() throws {
        let (root, regions) = try workspace()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let refused = initZeeland(regions, "--uit", root + "/elders/zeeland.toml")
        #expect(refused.code == .usageError)
        #expect(refused.error.contains(
            "'\(root)/elders/zeeland.toml' past niet bij Zeeland (AM24): de naam van een agendabestand begint met de regiocode en eindigt op .toml (anders fout MJA017). Gebruik bijvoorbeeld --uit \(root)/elders/am24-zeeland.toml"))
        #expect(!FileManager.default.fileExists(atPath: root + "/elders/zeeland.toml"))

        let written = initZeeland(regions, "--uit", root + "/elders/")
        #expect(written.code == .success, "\(written.error)")
        let file = root + "/elders/am24-zeeland.toml"
        #expect(try String(contentsOfFile: file, encoding: .utf8).hasPrefix("#:schema ../regions/mja-agenda.schema.json\n"))
        // The example in regions/ stays; the file elsewhere takes its place in the check's context.
        #expect(FileManager.default.fileExists(atPath: regions + "/am24-zeeland.toml"))
        let check = mja("check", file)
        #expect(check.code == .success, "\(check.output)")
        #expect(!check.output.contains("MJA019"))
        #expect(!check.output.contains("fout["))
        #expect(check.output.contains("waarschuwing[MJA130]"))
    }

    @Test func aRealAgendaOfTheRegionIsNeverMovedOrOverwritten() throws {
        let (root, regions) = try workspace()
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(initZeeland(regions).code == .success)
        let own = try String(contentsOfFile: regions + "/am24-zeeland.toml", encoding: .utf8)
        let again = initZeeland(regions)
        #expect(again.code == .failure)
        #expect(again.error == "mja: fout: '\(regions)/am24-zeeland.toml' bestaat al en wordt niet overschreven. Kies een andere naam met --uit.\n")
        let concept = initZeeland(regions, "--uit", regions + "/am24-concept.toml")
        #expect(concept.code == .failure)
        #expect(concept.error.contains(
            "'\(regions)/am24-zeeland.toml' is al een agenda van Zeeland (AM24), en per regio hoort één agenda in een map (anders fout MJA140)."))
        #expect(!FileManager.default.fileExists(atPath: regions + "/am24-concept.toml"))
        #expect(try String(contentsOfFile: regions + "/am24-zeeland.toml", encoding: .utf8) == own)
    }

    @Test func aKeptExampleIsNeverReplaced() throws {
        let (root, regions) = try workspace()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: regions + "/voorbeelden", withIntermediateDirectories: true)
        try "eerder bewaard".write(toFile: regions + "/voorbeelden/am24-zeeland.toml", atomically: true, encoding: .utf8)
        let result = initZeeland(regions)
        #expect(result.code == .failure)
        #expect(result.error.contains("'\(regions)/voorbeelden/am24-zeeland.toml' bestaat al"))
        #expect(try String(contentsOfFile: regions + "/voorbeelden/am24-zeeland.toml", encoding: .utf8) == "eerder bewaard")
        #expect(try String(contentsOfFile: regions + "/am24-zeeland.toml", encoding: .utf8).contains("voorbeeld = true"))
    }

    @Test(arguments: ["Zeeland", "zeeland", "am24"])
    func theRegionMayBeNamed(_ name: String) throws {
        let (root, regions) = try workspace()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let result = mja("init", "--regio", name, "--regios", regions, "--sjabloon", Self.template)
        #expect(result.code == .success, "\(result.error)")
        #expect(result.output.contains("\(regions)/am24-zeeland.toml geschreven voor Zeeland (AM24)"))
    }

    @Test func aMistypedRegionNameGetsASuggestion() {
        let result = mja("init", "--regio", "Zeelnd", "--regios", AgendaCommandsTests.regions, "--sjabloon", Self.template)
        #expect(result.code == .usageError)
        #expect(result.error.contains("'Zeelnd' is geen arbeidsmarktregio. Bedoelde u 'Zeeland'?"))
    }
}
