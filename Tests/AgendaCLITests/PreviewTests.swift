import Foundation
import TestSupport
import Testing
@testable import AgendaCLI
import HTTP
@testable import Documents

/// `mja voorbeeld` end to end: the real program on a workspace of its own, asked over a socket as a
/// browser would; and the pieces that keep requests inside the preview's documents.
@Suite(.timed) struct PreviewTests {
    /// A copy of `regions/` and `templates/` in a temporary folder, removed by the caller.
    static func workspace() throws -> String {
        let scratch = NSTemporaryDirectory() + "mja-voorbeeld-" + UUID().uuidString
        let manager = FileManager.default
        try manager.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        try manager.copyItem(atPath: AgendaCommandsTests.regions, toPath: scratch + "/regions")
        try manager.copyItem(atPath: AgendaCommandsTests.repository.appendingPathComponent("templates").path, toPath: scratch + "/templates")
        return scratch
    }

    /// What the preview printed so far, gathered from its pipe.
    final class Printed: @unchecked Sendable {
        private let lock = NSLock()
        private var data = Data()
        func append(_ more: Data) { lock.withLock { data += more } }
        var text: String { lock.withLock { String(decoding: data, as: UTF8.self) } }

        /// Whether `needle` was printed within `seconds`. What a program printed just before it ended
        /// reaches the pipe's handler a moment after the end, on another thread, so a test waits for it.
        func shows(_ needle: String, within seconds: Double = 10) -> Bool {
            let deadline = Date().addingTimeInterval(seconds)
            while !text.contains(needle) && Date() < deadline { usleep(10_000) }
            return text.contains(needle)
        }
    }

    /// Sends `request` as it is to 127.0.0.1:`port` and reads the answer until the server closes.
    static func exchange(_ request: String, port: UInt16) throws -> (status: Int, text: String) {
        let text = try #require(Loopback.exchange(request, port: port), "cannot connect to the preview")
        let status = text.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0
        return (status, text)
    }

    static func get(_ path: String, port: UInt16) throws -> (status: Int, text: String) {
        try exchange("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n\r\n", port: port)
    }

    /// Asks for `path` until `condition` holds for the answer, for at most 60 seconds (a rebuild under a full test run on two cores can take a while).
    static func waitFor(_ path: String, port: UInt16, until condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(60)
        var last = ""
        while Date() < deadline {
            last = try get(path, port: port).text
            if condition(last) { return last }
            usleep(20_000)
        }
        return last
    }

    @Test(.endToEnd) func previewServesRebuildsShowsErrorsAndStaysInside() throws {
        let program = try #require(EndToEndTests.executable, "the mja program was not found next to the tests")
        let scratch = try Self.workspace()
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let agenda = scratch + "/regions/am05-twente.toml"
        let original = try String(contentsOfFile: agenda, encoding: .utf8)

        let process = Process()
        process.executableURL = program
        process.currentDirectoryURL = URL(fileURLWithPath: scratch)
        process.arguments = ["voorbeeld", "regions/am05-twente.toml", "--poort", "0"]
        process.environment = ["PATH": "/usr/bin:/bin", "LANG": "nl_NL.UTF-8"]
        let output = Pipe()
        let printed = Printed()
        output.fileHandleForReading.readabilityHandler = { printed.append($0.availableData) }
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { kill(process.processIdentifier, SIGKILL) } }

        // The address it prints: http://127.0.0.1:PORT/
        var port: UInt16?
        let started = Date()
        while port == nil && Date().timeIntervalSince(started) < 60 && process.isRunning {
            if let range = printed.text.range(of: "http://127.0.0.1:") {
                port = UInt16(printed.text[range.upperBound...].prefix { $0.isNumber })
            }
            usleep(20_000)
        }
        let live = try #require(port, "the preview printed no address: \(printed.text)")
        let page = "/am05-twente/beleidsdeel.html"

        // The document, with the reload script that only the preview adds.
        let first = try Self.get(page, port: live)
        #expect(first.status == 200)
        #expect(first.text.contains("Regionale Meerjarenagenda Twente 2026-2030"))
        #expect(first.text.contains("<script src=\"\(PreviewOverlay.scriptPath)\""))
        #expect(try Self.get("/", port: live).text.contains("am05-twente/beleidsdeel.html"))

        // The document links to the signal report over all regions; the preview makes it when it is opened.
        #expect(first.text.contains("href=\"../signalen.html"))
        #expect(try Self.get("/", port: live).text.contains("href=\"signalen.html\""))
        let report = try Self.get("/signalen.html", port: live)
        #expect(report.status == 200)
        #expect(report.text.contains("Signalen uit de regio"))
        #expect(report.text.contains("Twente"), "made from every agenda the preview read")
        #expect(report.text.contains("<script src=\"\(PreviewOverlay.scriptPath)\""))

        // Change the agenda: the new title is served.
        try original.replacingOccurrences(of: "titel = \"Regionale Meerjarenagenda Twente 2026-2030\"",
                                          with: "titel = \"Twentse agenda, nieuwe versie\"")
            .write(toFile: agenda, atomically: true, encoding: .utf8)
        let updated = try Self.waitFor(page, port: live) { $0.contains("Twentse agenda, nieuwe versie") }
        #expect(updated.contains("Twentse agenda, nieuwe versie"))

        // Break it: the error shows as `mja check` prints it, the last good document underneath.
        let broken = original.replacingOccurrences(of: "titel = \"Regionale Meerjarenagenda Twente 2026-2030\"",
                                                   with: "titel = \"Twentse agenda, kapot")
        try broken.write(toFile: agenda, atomically: true, encoding: .utf8)
        // `mja check` names the file as it was given; the preview as it read it (regions/...).
        let check = mja("check", agenda)
        let checkLine = try #require(check.output.split(separator: "\n").first { $0.contains(": fout[") })
        let located = String(checkLine[try #require(checkLine.range(of: "regions/am05-twente.toml:")).lowerBound...])
        #expect(located.hasPrefix("regions/am05-twente.toml:10:9: fout[MJA001]: "))
        let withError = try Self.waitFor(page, port: live) { $0.contains("role=\"alert\"") }
        #expect(withError.contains("role=\"alert\""))
        #expect(withError.contains(located.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")), "the error as mja check prints it")
        #expect(withError.contains("Twentse agenda, nieuwe versie"), "the last good document stays below the error")

        // Nothing outside the documents: not the agenda, not a registry, however the path is written.
        for path in ["/../regions/am05-twente.toml", "/%2e%2e/regions/am05-twente.toml", "/%2E%2E%2Fregions%2Fam05-twente.toml",
                     "/am05-twente/../../regions/registers/regios.toml", "/am05-twente/%2e%2e/%2e%2e/regions/am05-twente.toml",
                     "/..%5c..%5cregions%5cam05-twente.toml", "/regions/am05-twente.toml", "/%252e%252e/regions/am05-twente.toml"] {
            let answer = try Self.get(path, port: live)
            #expect(answer.status == 404, "\(path)")
            #expect(!answer.text.contains("[[thema]]") && !answer.text.contains("[[regio]]"), "\(path)")
        }
        #expect(try Self.get("/nergens.html", port: live).status == 404)
        #expect(try Self.get("/%zz", port: live).status == 400)
        #expect(try Self.exchange("HALLO\r\n\r\n", port: live).status == 400)
        #expect(try Self.exchange("GET / HTTP/1.1\r\n\r\n", port: live).status == 400, "HTTP/1.1 without Host")
        #expect(try Self.exchange("GET ../regions/am05-twente.toml HTTP/1.1\r\nHost: x\r\n\r\n", port: live).status == 400)
        // A page of another site whose name was made to point at 127.0.0.1 (DNS rebinding) reads nothing.
        let rebound = try Self.exchange("GET \(page) HTTP/1.1\r\nHost: evil.example:\(live)\r\nConnection: close\r\n\r\n", port: live)
        #expect(rebound.status == 421)
        #expect(!rebound.text.contains("Twente"))
        #expect(try Self.exchange("GET \(page) HTTP/1.1\r\nHost: localhost:\(live)\r\nConnection: close\r\n\r\n", port: live).status == 200)

        // Ctrl-C stops it cleanly.
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit && process.terminationStatus == 0)
        #expect(printed.shows("Voorbeeld gestopt."), "\(printed.text)")
        output.fileHandleForReading.readabilityHandler = nil
    }

    /// A checker for what a build writes: no document on disk holds a script; the preview's script
    /// exists only in what it serves.
    @Test(.endToEnd) func builtDocumentsHoldNoScript() throws {
        // The national build the process shares (every format, decks included), only read here.
        let build = NumberConsistencyTests.Build.shared
        let output = build.folder + "/bouw"
        #expect(!build.outcomes.contains { $0.hasPrefix("build:") }, "\(build.outcomes)")
        var checked = 0
        for case let path as String in FileManager.default.enumerator(atPath: output) ?? FileManager.DirectoryEnumerator() {
            guard let data = FileManager.default.contents(atPath: output + "/" + path), path.hasSuffix(".html") || path.hasSuffix(".md") else { continue }
            let text = String(decoding: data, as: UTF8.self).lowercased()
            #expect(!text.contains("<script") && !text.contains("eventsource") && !text.contains("__mja"), "\(path)")
            checked += 1
        }
        #expect(checked > 70)
    }

    @Test func theOverlayAddsTheScriptAndTheErrorsToTheServedCopyOnly() {
        let page = Array("<!DOCTYPE html>\n<html><head></head>\n<body>\n<p>Tekst</p>\n</body>\n</html>\n".utf8)
        let served = String(decoding: PreviewOverlay.inject(into: page, version: 7, problems: "a.toml:1:2: fout <x>", heading: "Fouten"),
                            as: UTF8.self)
        #expect(served.contains("<body>\n<section role=\"alert\""))
        #expect(served.contains("a.toml:1:2: fout &lt;x&gt;"))
        #expect(served.contains("<p>Tekst</p>\n<script src=\"/__mja/voorbeeld.js\" data-versie=\"7\"></script>\n</body>"))
        #expect(!String(decoding: page, as: UTF8.self).contains("script"))
        let clean = String(decoding: PreviewOverlay.inject(into: page, version: 1, problems: "", heading: "Fouten"), as: UTF8.self)
        #expect(!clean.contains("role=\"alert\""))
    }

    @Test(arguments: [
        ("/", PreviewPath.Resolved.file("index.html")),
        ("/am05-twente/beleidsdeel.html?x=1#kop", .file("am05-twente/beleidsdeel.html")),
        ("/am05-twente/", .file("am05-twente/index.html")),
        ("/am05%2Dtwente/beleidsdeel.html", .file("am05-twente/beleidsdeel.html")),
        ("/../etc/passwd", .outside),
        ("/%2e%2e/etc/passwd", .outside),
        ("/%2E%2E%2Fetc%2Fpasswd", .outside),
        ("/a/./b", .outside),
        ("/a//b", .outside),
        ("/..%5Cetc", .outside),
        ("/%", .badRequest),
        ("/%g0", .badRequest),
        ("/%00", .badRequest),
        ("/%ff", .badRequest),
    ])
    func requestPaths(target: String, expected: PreviewPath.Resolved) {
        #expect(PreviewPath.resolve(target) == expected)
    }
}
