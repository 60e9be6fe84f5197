import Foundation
import TestSupport
import Testing
@testable import AgendaCLI

/// `mja voorbeeld` when the folder it watches disappears under it (the project moved or removed, a
/// checkout of another branch). Before, the rebuild that noticed it looked for `templates/` upwards
/// from a current folder that no longer existed, a walk without end: the program grew by tens of
/// megabytes a second and no longer stopped on SIGTERM.
@Suite(.timed, .endToEnd) struct PreviewFolderGoneTests {
    /// The resident memory of process `id` in KiB, from /proc.
    static func residentKiB(_ id: Int32) -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/\(id)/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") })
        else { return nil }
        return Int(line.split(separator: " ").dropFirst().first ?? "")
    }

    @Test(arguments: [SIGTERM, SIGINT])
    func theFolderIsSaidGoneTheLastDocumentsStayAndTheSignalStopsIt(signal: Int32) throws {
        let scratch = try PreviewTests.workspace()
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let preview = try PreviewLaunch(["regions/am05-twente.toml"], in: scratch)
        let process = preview.process, printed = preview.printed, live = preview.port
        #expect(try PreviewTests.get("/am05-twente/beleidsdeel.html", port: live).status == 200)

        try FileManager.default.removeItem(atPath: scratch)
        let removed = Date()
        while !printed.text.contains("bestaan niet meer") && !printed.text.contains("bestaat niet meer")
            && Date().timeIntervalSince(removed) < 20 && process.isRunning {
            usleep(20_000)
        }
        #expect(printed.text.contains("niet meer (verplaatst, hernoemd of weg door een andere branch?)"), "\(printed.text)")
        // Bounded: the memory a second later is what it was (the walk without end grew it by tens of MB).
        let before = try #require(Self.residentKiB(process.processIdentifier))
        usleep(1_000_000)
        let after = try #require(Self.residentKiB(process.processIdentifier))
        #expect(after - before < 8 * 1024, "grew from \(before) to \(after) KiB")
        // The last documents are still served.
        let page = try PreviewTests.get("/am05-twente/beleidsdeel.html", port: live)
        #expect(page.status == 200)
        #expect(page.text.contains("Regionale Meerjarenagenda Twente 2026-2030"))

        let stopped = preview.stop(with: signal)
        #expect(stopped, "still running 20 s after the signal")
        if stopped { #expect(process.terminationReason == .exit && process.terminationStatus == 0, "stopped cleanly, not forced") }
        #expect(printed.shows("Voorbeeld gestopt."), "\(printed.text)")
    }
}

/// The walk up from a current folder that no longer exists, made certain: `mja check` started in a
/// folder removed just before. It went up `..`, `../..`, ... without end before; now it ends with
/// the places it looked.
@Suite(.timed) struct RemovedCurrentFolderTests {
    @Test func aCheckFromARemovedFolderEndsWithAMessage() throws {
        let program = try #require(EndToEndTests.executable, "the mja program was not found next to the tests")
        let scratch = NSTemporaryDirectory() + "mja-weg-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "cd \"$1\" && rm -r \"$1\" && exec \"$2\" check", "sh", scratch, program.path]
        process.environment = ["PATH": "/usr/bin:/bin", "LANG": "nl_NL.UTF-8"]
        let output = Pipe()
        let printed = PreviewTests.Printed()
        output.fileHandleForReading.readabilityHandler = { printed.append($0.availableData) }
        process.standardOutput = output
        process.standardError = output
        try process.run()
        defer { if process.isRunning { kill(process.processIdentifier, SIGKILL) } }
        let started = Date()
        while process.isRunning && Date().timeIntervalSince(started) < 20 { usleep(20_000) }
        #expect(!process.isRunning, "still looking for regions/ after 20 s")
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        #expect(process.terminationStatus == 2, "\(printed.text)")
        #expect(printed.shows("de map met agenda's 'regions' is niet gevonden"), "\(printed.text)")
        output.fileHandleForReading.readabilityHandler = nil
    }
}
