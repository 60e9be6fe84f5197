import AgendaCLI
import Foundation
import TestSupport
import Testing

/// Runs the built `mja` program as a process, as a user's shell would.
@Suite(.timed, .endToEnd) struct EndToEndTests {
    /// The `mja` executable next to the test bundle (`swift test` builds every product first).
    static var executable: URL? {
        let main = Bundle.main
        let folders = [
            main.executableURL?.deletingLastPathComponent(), main.bundleURL.deletingLastPathComponent(),
            main.bundleURL,
        ].compactMap { $0 }
        return folders.map { $0.appendingPathComponent("mja") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    func run(_ arguments: [String], language: String = "nl_NL.UTF-8") throws -> (status: Int32, output: String, error: String) {
        let mja = try #require(Self.executable, "the mja program was not found next to the tests")
        let process = Process()
        process.executableURL = mja
        process.arguments = arguments
        process.environment = ["PATH": "/usr/bin:/bin", "LANG": language]
        let output = Pipe(), error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outputData, as: UTF8.self), String(decoding: errorData, as: UTF8.self))
    }

    @Test func version() throws {
        let result = try run(["--version"])
        #expect(result.status == 0)
        #expect(result.output == MJA.versionLine(in: .dutch) + "\n")
        #expect(result.output.hasPrefix("mja 0.1.0"))
        #expect(result.error == "")
    }

    @Test func mistypedCommand() throws {
        let result = try run(["chek"])
        #expect(result.status == 2)
        #expect(result.output == "")
        #expect(result.error == "mja: fout: onbekend commando 'chek'. Bedoelde u 'check'?\nZie 'mja help' voor de commando's.\n")
    }

    @Test func helpInEnglishThroughTheEnvironment() throws {
        let process = try run(["help"], language: "en_US.UTF-8")
        #expect(process.status == 0)
        #expect(process.output.contains("Usage: mja <command> [options]"))
    }
}
