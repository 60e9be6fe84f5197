import Foundation
import TestSupport
import Testing
@testable import AgendaCLI

/// Issue 14, point 8: `mja` run from another folder finds `regions/` and `templates/` from the
/// agenda's folder upwards, says where it looked when it cannot, and reports file-system failures in
/// one Dutch line with the path. Runs the built `mja` program in a folder outside the project.
@Suite(.timed, .endToEnd) struct OutsideTheProjectTests {
    func run(_ arguments: [String], in folder: String) throws -> (status: Int32, output: String, error: String) {
        let mja = try #require(EndToEndTests.executable, "the mja program was not found next to the tests")
        let process = Process()
        process.executableURL = mja
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        process.environment = ["PATH": "/usr/bin:/bin", "LANG": "nl_NL.UTF-8"]
        let output = Pipe(), error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outputData, as: UTF8.self), String(decoding: errorData, as: UTF8.self))
    }

    @Test func anAgendaBesideTheProjectIsCheckedAndBuiltFromElsewhere() throws {
        let root = NSTemporaryDirectory() + "mja-outside-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: root) }
        let project = root + "/project", elsewhere = root + "/elders"
        try FileManager.default.createDirectory(atPath: elsewhere, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: project, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: AgendaCommandsTests.regions, toPath: project + "/regions")
        try FileManager.default.copyItem(atPath: BuildCommandTests.templates, toPath: project + "/templates")
        let file = project + "/concepten/am24-zeeland.toml"
        let written = try run(["init", "--regio", "Zeeland", "--uit", project + "/concepten/", "--regios", project + "/regions",
                               "--sjabloon", project + "/templates/nieuwe-agenda.toml"], in: elsewhere)
        #expect(written.status == 0, "\(written.error)")

        let check = try run(["check", file], in: elsewhere)
        #expect(check.status == 0, "\(check.output)")
        #expect(!check.output.contains("MJA019"))
        #expect(check.output.contains("waarschuwing[MJA130]"))

        let build = try run(["build", file, "--uit", elsewhere + "/uit"], in: elsewhere)
        #expect(build.status == 0, "\(build.error)")
        #expect(FileManager.default.fileExists(atPath: elsewhere + "/uit/am24-zeeland/beleidsdeel.html"))

        let lost = try run(["check"], in: elsewhere)
        #expect(lost.status == 2)
        #expect(lost.error.hasPrefix("mja: fout: de map met agenda's 'regions' is niet gevonden; gezocht in: \(URL(fileURLWithPath: elsewhere).standardizedFileURL.path)/regions, "))

        try "geen map".write(toFile: elsewhere + "/bestand", atomically: true, encoding: .utf8)
        let blocked = try run(["build", file, "--uit", "bestand/uit"], in: elsewhere)
        #expect(blocked.status == 1)
        #expect(blocked.error == "mja: fout: 'bestand/uit' kan niet worden gelezen of geschreven: er staat een bestand waar een map moet staan\n")
    }
}
